import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkFuseConfig } from './fuses-check'
import { loadBuilderConfig, readStaticInputs } from './project'
import { staticChecks } from './static-audit'

// The static part of `npm run audit:security`, run on this repository in the unit tests, so a
// change that weakens the Electron shell or the build fails `npm test` and not only the audit.
const root = fileURLToPath(new URL('../../', import.meta.url))

describe('this repository', () => {
  it('passes every static security check', () => {
    const results = staticChecks(readStaticInputs(root))
    expect(
      results.flatMap((r) => r.findings.map((f) => `${r.id}: ${f.file}:${f.line} ${f.message}`))
    ).toEqual([])
    expect(results.every((r) => r.status === 'pass')).toBe(true)
  })

  it('sets every fuse the README promises, in the configuration electron-builder reads', async () => {
    const loaded = await loadBuilderConfig(root)
    expect(loaded).toHaveProperty('config')
    const result = checkFuseConfig(
      'config' in loaded ? loaded.config : null,
      'electron-builder.yml'
    )
    expect(result.findings).toEqual([])
  })
})
