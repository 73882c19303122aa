import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleLibrary, writeGeneratedDir } from '../../test/support/generated-content'
import { loadGeneratedContent, loadSearchEngine, openGeneratedContent } from './load-generated'

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

describe('opening the generated content as the app starts', () => {
  it('reads only the table of contents; the search engine is loaded after', async () => {
    const opened = openGeneratedContent(writeGeneratedDir({ withContents: true }))
    if (!opened.ok) throw new Error(opened.problem.message)
    const { library } = opened.content
    expect(library.reports.map((r) => r.metadata.title)).toEqual(['Alpha Report', 'Beta Report'])
    expect(library.reports[1]?.sections[0]?.paragraphs[0]?.text).toBe('About Beta Report.')
    const search = await loadSearchEngine(opened.content)
    if (!search.ok) throw new Error(search.problem.message)
    expect(search.engine.search('beta').results.map((r) => r.paragraphId)).toEqual(['overview-p1'])
  })

  it('finds a damaged report when it is read, saying which and what to do', () => {
    const dir = writeGeneratedDir({ withContents: true })
    const path = join(dir, 'library.json')
    const text = readFileSync(path, 'utf8')
    // Same size, so only reading Beta's text can tell.
    writeFileSync(path, text.replace('"About Beta Report."', '"About Beta Report.}'))
    const opened = openGeneratedContent(dir)
    if (!opened.ok) throw new Error(opened.problem.message)
    expect(opened.content.library.reports[0]?.sections).toHaveLength(1)
    expect(() => opened.content.library.reports[1]?.sections).toThrow(
      /report “Beta Report” .* cannot be read\. Rebuild it/
    )
  })

  it('refuses a library.json that is not the one its table of contents describes', () => {
    const dir = writeGeneratedDir({ withContents: true })
    writeFileSync(join(dir, 'library.json'), `${readFileSync(join(dir, 'library.json'), 'utf8')} `)
    expect(openGeneratedContent(dir)).toMatchObject({
      ok: false,
      problem: {
        code: 'content-corrupt',
        message: /not the library its table of contents describes/
      }
    })
  })

  it('says at launch when the search index is missing, cut short or from other reports', () => {
    expect(
      openGeneratedContent(writeGeneratedDir({ withContents: true, packedIndex: null }))
    ).toMatchObject({
      ok: false,
      problem: { code: 'content-missing' }
    })
    const whole = readIndex(writeGeneratedDir({}))
    const other = { ...sampleLibrary(), reports: sampleLibrary().reports.slice(0, 1) }
    for (const [files, message] of [
      [{ packedIndex: whole.slice(0, whole.length - 8) }, /truncated/],
      [{ packedIndex: 'RSIX, cut short by a bad copy' }, /not a packed search index/],
      [{ library: other, packedIndex: whole }, /not in the library/]
    ] as const) {
      const load = openGeneratedContent(writeGeneratedDir({ withContents: true, ...files }))
      expect(load).toMatchObject({ ok: false, problem: { code: 'content-corrupt', message } })
      if (!load.ok) expect(load.problem.path).toMatch(/search-index\.bin$/)
    }
  })

  it('says so when the index cannot be read once the window is open', async () => {
    const dir = writeGeneratedDir({ withContents: true })
    const opened = openGeneratedContent(dir)
    if (!opened.ok) throw new Error(opened.problem.message)
    rmSync(join(dir, 'search-index.bin'))
    expect(await loadSearchEngine(opened.content)).toMatchObject({
      ok: false,
      problem: { code: 'content-missing' }
    })
  })
})
