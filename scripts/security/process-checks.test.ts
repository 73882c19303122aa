import { describe, expect, it } from 'vitest'
import { parseSource } from './ast'
import { checkNoShell } from './process-checks'

function findings(path: string, text: string): string[] {
  return checkNoShell([parseSource(path, text)]).findings.map(
    (f) => `${f.file}:${f.line} ${f.message}`
  )
}

const IMPORT = "import { spawnSync, exec, execSync } from 'node:child_process'\n"

describe('the no-shell check', () => {
  it.each([
    ['no shell option', "spawnSync(process.execPath, ['a.js'], { stdio: 'inherit' })"],
    ['shell: false', "spawnSync('git', ['status'], { shell: false })"],
    ['a shell that is not a child_process option', "import { shell } from 'electron'\nvoid shell"]
  ])('passes %s', (_name, code) => {
    expect(findings('scripts/x.ts', IMPORT + code)).toEqual([])
  })

  it.each([
    ['shell: true', "spawnSync('npx', ['tsc'], { shell: true })"],
    ['shell on Windows only', "spawnSync('npx', args, { shell: process.platform === 'win32' })"],
    ['a shell path', "spawnSync('npx', args, { shell: '/bin/sh' })"],
    ['a quoted key', "spawnSync('npx', args, { 'shell': 1 })"],
    ['a computed key', "spawnSync('npx', args, { ['she' + 'll']: true })"],
    ['a shorthand', 'const shell = true\nspawnSync("npx", args, { shell })'],
    ['an options object set later', 'const o: any = {}\no.shell = true\nspawnSync("npx", args, o)'],
    ['an element assignment', "const o: any = {}\no['shell'] = true"]
  ])('catches %s', (_name, code) => {
    expect(findings('scripts/x.ts', IMPORT + code).join('\n')).toMatch(
      /^scripts\/x\.ts:\d+ a shell option that can be true: a shell reads its arguments as commands/
    )
  })

  it.each([
    ['exec', "exec('npm run build')"],
    ['execSync', "execSync('npm run build')"],
    ['a namespace exec', "import * as cp from 'child_process'\ncp.exec('ls')"],
    ['a required execSync', "require('node:child_process').execSync('ls')"],
    ['a destructured require', "const { exec: run } = require('child_process')\nrun('ls')"]
  ])('catches %s, which always uses a shell', (_name, code) => {
    expect(findings('src/x.ts', IMPORT + code).join('\n')).toMatch(
      /child_process\.exec(Sync)? always uses a shell/
    )
  })

  it.each([
    ['/bin/sh -c', "spawnSync('/bin/sh', ['-c', line])"],
    ['cmd.exe /c', "spawnSync('cmd.exe', ['/c', line])"],
    [
      'CMD.EXE by a Windows path',
      "spawnSync('C:\\\\Windows\\\\System32\\\\CMD.EXE', ['/c', line])"
    ],
    ['bash through spawn', "spawn('bash', ['-c', line], { stdio: 'inherit' })"],
    ['powershell through execFile', "execFile('powershell.exe', ['-Command', line], () => {})"],
    ['zsh through execFileSync', "execFileSync('/usr/bin/zsh', ['-c', line])"],
    ['a shell in a const', "const SH = '/bin/' + 'sh'\nspawnSync(SH, ['-c', line])"],
    [
      'a shell on one platform only',
      "spawnSync(process.platform === 'win32' ? 'cmd.exe' : 'node', ['/c', line])"
    ],
    ["the user's shell", "spawnSync(process.env.SHELL ?? 'node', ['-c', line])"],
    ['ComSpec', "spawn(process.env['ComSpec']!, ['/c', line])"],
    ['fork with a shell for Node', "fork('x.js', [], { execPath: '/bin/sh' })"],
    [
      'a namespace spawnSync',
      "import * as cp from 'child_process'\ncp.spawnSync('sh', ['-c', line])"
    ],
    ['a required spawn', "require('node:child_process').spawn('dash', ['-c', line])"],
    [
      'a destructured require',
      "const { spawnSync: run } = require('child_process')\nrun('/bin/bash', ['-c', line])"
    ]
  ])('catches a shell run as the program: %s', (_name, code) => {
    const imports =
      "import { spawn, spawnSync, execFile, execFileSync, fork } from 'node:child_process'\n"
    expect(
      findings('scripts/x.ts', `${imports}const line = process.argv[2]\n${code}`).join('\n')
    ).toMatch(
      /^scripts\/x\.ts:\d+ child_process\.\w+ runs a shell \(.+\): a shell reads its arguments as commands/m
    )
  })

  it.each([
    ['node', "spawnSync(process.execPath, ['-e', '1'])"],
    ['a program named like a shell but not one', "spawnSync('shellcheck', ['x.sh'])"],
    ['pdftotext', "execFileSync('pdftotext', ['-enc', 'UTF-8', 'a.pdf', '-'])"],
    ['npm.cmd on Windows', "spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['test'])"],
    ['fork of a module', "fork('worker.js', [], { execPath: process.execPath })"],
    ['another environment variable', "spawnSync(process.env.NODE ?? 'node', ['a.js'])"]
  ])('passes a program that is not a shell: %s', (_name, code) => {
    const imports = "import { spawn, spawnSync, execFileSync, fork } from 'node:child_process'\n"
    expect(findings('scripts/x.ts', imports + code)).toEqual([])
  })

  it('catches a child_process member it cannot name', () => {
    const code =
      "import * as cp from 'child_process'\nconst m = process.argv[2]!\n;(cp as any)[m]('ls')"
    expect(findings('scripts/x.ts', code).join('\n')).toMatch(
      /cannot verify a computed child_process member/
    )
  })

  it('reads JavaScript files too', () => {
    const code =
      "import { spawnSync } from 'node:child_process'\nspawnSync('npm', ['ci'], { shell: true })"
    expect(findings('scripts/x.mjs', code)).toHaveLength(1)
  })
})
