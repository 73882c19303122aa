import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkCsp } from './csp-check'
import { checkElectronShell } from './electron-checks'
import { checkRendererHtml } from './html-check'
import { readSources, readText } from './project'

// The static part of `npm run audit:security`, run on this repository in the unit tests, so a
// change that weakens the Electron shell fails `npm test` and not only the audit.
const root = fileURLToPath(new URL('../../', import.meta.url))
const all = readSources(root, 'src')

describe('this repository', () => {
  it('passes every static security check', () => {
    const results = [
      ...checkElectronShell({
        main: all.filter((s) => s.path.startsWith('src/main/')),
        preload: all.filter((s) => s.path.startsWith('src/preload/')),
        all
      }),
      checkCsp(all.filter((s) => s.path.startsWith('src/main/'))),
      checkRendererHtml([
        { path: 'src/renderer/index.html', text: readText(join(root, 'src/renderer/index.html')) }
      ])
    ]
    expect(
      results.flatMap((r) => r.findings.map((f) => `${r.id}: ${f.file}:${f.line} ${f.message}`))
    ).toEqual([])
    expect(results.every((r) => r.status === 'pass')).toBe(true)
  })
})
