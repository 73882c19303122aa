import { describe, expect, it } from 'vitest'
import { debuggingSwitches, launchRefusal } from './launch-flags'

const EXE = '/opt/Field Course Reader/field-course-reader'

describe('launchRefusal: a packaged app refuses debugging switches', () => {
  it.each([
    '--remote-debugging-port=9222',
    '--remote-debugging-port',
    '--remote-debugging-pipe',
    '--remote-debugging-address=0.0.0.0',
    '--inspect',
    '--inspect=0.0.0.0:9229',
    '--inspect-brk',
    '--inspect-brk=9229',
    '--inspect-port=9229',
    '--inspect-brk-node',
    '--inspect-publish-uid=http',
    '--debug-port=9229',
    '-remote-debugging-port=9222',
    '--REMOTE-DEBUGGING-PORT=9222',
    '-Inspect'
  ])('refuses %s, saying which switch and what to do', (flag) => {
    const refusal = launchRefusal({ argv: [EXE, flag], isPackaged: true, platform: 'linux' })
    expect(refusal?.title).toBe('The reader will not start')
    expect(refusal?.message).toContain(`The reader was started with ${flag}, which would let`)
    expect(refusal?.message).toContain('without extra options')
  })

  it('reads Windows-style /switches on Windows only, as Chromium does', () => {
    const argv = ['C:\\Reader\\Reader.exe', '/remote-debugging-port=9222']
    expect(debuggingSwitches(argv, 'win32')).toEqual(['/remote-debugging-port=9222'])
    expect(debuggingSwitches(argv, 'linux')).toEqual([])
  })

  it('names every refused switch, even after --', () => {
    const argv = [EXE, '--inspect', '--', '--remote-debugging-pipe']
    expect(launchRefusal({ argv, isPackaged: true, platform: 'darwin' })?.message).toContain(
      'started with --inspect --remote-debugging-pipe, which'
    )
  })

  it.each([
    [[EXE]],
    [[EXE, '--reader-user-data=/tmp/x']],
    [[EXE, '--no-sandbox-is-not-ours', '--lang=de']],
    [[EXE, '/tmp/inspect-notes.txt']],
    // The executable itself is never read as a switch.
    [['--inspect']]
  ])('starts normally with %j', (argv) => {
    expect(launchRefusal({ argv, isPackaged: true, platform: 'linux' })).toBeNull()
  })

  it('lets a development run (electron ., the tests) keep its debugging switches', () => {
    const argv = ['/usr/bin/electron', '.', '--remote-debugging-port=0', '--inspect=0']
    expect(launchRefusal({ argv, isPackaged: false, platform: 'linux' })).toBeNull()
  })
})
