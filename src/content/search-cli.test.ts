import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runScript } from '../../test/support/run-script'
import { generateContent } from './generate-content'
import { EXIT_NO_INDEX, runSearchCli } from './search-cli'
import { BUNDLED_CONTENT_DIR, PROJECT_ROOT } from './test-support'

let generatedDir: string

beforeAll(() => {
  generatedDir = mkdtempSync(join(tmpdir(), 'reader-search-cli-'))
  generateContent({ contentDir: BUNDLED_CONTENT_DIR, outDir: generatedDir })
})

function run(...argv: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = runSearchCli({
    argv: ['--generated', generatedDir, ...argv],
    env: {},
    projectRoot: PROJECT_ROOT,
    cwd: PROJECT_ROOT,
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t)
  })
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') }
}

describe('the search command', () => {
  it('prints one JSON object with exactly the documented fields', () => {
    const { code, stdout } = run('Egmont', '--json')
    expect(code).toBe(0)
    const response = JSON.parse(stdout)
    expect(Object.keys(response)).toEqual(['query', 'message', 'corrected', 'total', 'results'])
    expect(response).toMatchObject({ query: 'Egmont', message: null, corrected: null, total: 1 })
    const [hit] = response.results
    expect(Object.keys(hit)).toEqual([
      'reportId',
      'sectionId',
      'heading',
      'paragraphId',
      'score',
      'snippet',
      'highlights'
    ])
    expect(hit.highlights.map(([s, e]: [number, number]) => hit.snippet.slice(s, e))).toEqual([
      'Egmont'
    ])
  })

  it('prints readable results with the hits marked', () => {
    const { code, stdout } = run('Tokaev')
    expect(code).toBe(0)
    expect(stdout).toContain('1 match for “Tokaev”')
    expect(stdout).toContain('Showing results for “Tokayev”.')
    expect(stdout).toContain('President «Tokayev» signed')
  })

  it.each(['--help', 'Overview:', '*', '-', 'foo:', '"', ''])(
    'exits 0 for the odd query %j, explaining it',
    (query) => {
      const { code, stdout } = run('--json', '--', query)
      expect(code).toBe(0)
      const response = JSON.parse(stdout)
      expect(response.total > 0 || typeof response.message === 'string').toBe(true)
    }
  )

  it('exits non-zero with a message when the index is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'reader-no-index-'))
    const stderr: string[] = []
    const code = runSearchCli({
      argv: ['border', '--generated', empty],
      env: {},
      projectRoot: PROJECT_ROOT,
      cwd: PROJECT_ROOT,
      stdout: () => undefined,
      stderr: (t) => stderr.push(t)
    })
    expect(code).toBe(EXIT_NO_INDEX)
    expect(stderr.join('\n')).toMatch(/was not built.*\n.*library\.json/)
  })

  it('runs as `npm run -s search` (the script the trainers use)', async () => {
    const result = await runScript('scripts/search.ts', [
      'C5+1',
      '--json',
      '--generated',
      generatedDir
    ])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).results[0].paragraphId).toBe(
      'international-and-regional-cooperation-p2'
    )
  })
})
