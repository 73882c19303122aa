import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleLibrary, writeGeneratedDir } from '../../test/support/generated-content'
import { loadGeneratedContent } from './load-generated'

describe('opening the generated content', () => {
  it('loads a valid library with a working search engine', () => {
    const load = loadGeneratedContent(writeGeneratedDir({}))
    expect(load.ok).toBe(true)
    if (!load.ok) return
    expect(load.library.reports.map((r) => r.metadata.title)).toEqual([
      'Alpha Report',
      'Beta Report'
    ])
    expect(load.engine.search('beta').results.map((r) => r.reportId)).toEqual(['beta'])
  })

  it('reports missing files as missing content, naming the file', () => {
    for (const files of [{ library: null }, { packedIndex: null }]) {
      const load = loadGeneratedContent(writeGeneratedDir(files))
      expect(load).toMatchObject({ ok: false, problem: { code: 'content-missing' } })
      if (!load.ok) expect(load.problem.path).toMatch(/(library\.json|search-index\.bin)$/)
    }
  })

  it.each([
    ['truncated JSON in the library', { library: '{"formatVersion": 1, "rep' }, /not valid JSON/],
    [
      'a library of the wrong shape',
      { library: '{"formatVersion": 1, "reports": [{}]}' },
      /report format/
    ],
    ['an empty library', { library: { ...sampleLibrary(), reports: [] } }, /report format/],
    ['an index that is not ours', { packedIndex: 'hello world, not an index' }, /search index/],
    ['a truncated index', { packedIndex: new Uint8Array([0x52, 0x53, 0x49]) }, /too short/]
  ])('reports %s as damaged content with a message', (_, files, message) => {
    const load = loadGeneratedContent(writeGeneratedDir(files))
    expect(load).toMatchObject({ ok: false, problem: { code: 'content-corrupt' } })
    if (!load.ok) expect(load.problem.message).toMatch(message)
  })

  it('refuses an index built from other reports', () => {
    const other = { ...sampleLibrary(), reports: sampleLibrary().reports.slice(0, 1) }
    const dir = writeGeneratedDir({})
    const load = loadGeneratedContent(
      writeGeneratedDir({ library: other, packedIndex: readIndex(dir) })
    )
    expect(load).toMatchObject({ ok: false, problem: { code: 'content-corrupt' } })
    if (!load.ok) expect(load.problem.message).toMatch(/not in the library/)
  })
})

function readIndex(dir: string): Uint8Array {
  return new Uint8Array(readFileSync(join(dir, 'search-index.bin')))
}
