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
