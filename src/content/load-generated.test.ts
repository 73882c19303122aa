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

describe('a damaged report on screen gets one plain message, whatever the damage', () => {
  const message = (dir: string) =>
    `The report content is damaged: report “Beta Report” in ${join(dir, 'library.json')} cannot be read. Rebuild it with \`npm run build:content\`, or reinstall the app.`

  /** Content whose Beta report is `damage(its JSON)`, its table of contents telling the truth. */
  function withBeta(damage: (report: Record<string, unknown>) => unknown): string {
    const dir = writeGeneratedDir({ withContents: true })
    const contents = readContents(dir)
    const library = readFileSync(join(dir, 'library.json'))
    const beta = contents.reports[1] as { start: number; end: number }
    const report = JSON.parse(library.subarray(beta.start, beta.end).toString('utf8')) as Record<
      string,
      unknown
    >
    const damaged = Buffer.from(
      (JSON.stringify(damage(report)) ?? '').replace(
        JSON.stringify(NESTED),
        `${'['.repeat(100_000)}${']'.repeat(100_000)}`
      )
    )
    const written = Buffer.concat([
      library.subarray(0, beta.start),
      damaged,
      library.subarray(beta.end)
    ])
    beta.end = beta.start + damaged.length
    contents.libraryBytes = written.length
    writeFileSync(join(dir, 'library.json'), written)
    writeFileSync(join(dir, 'library-contents.json'), JSON.stringify(contents))
    return dir
  }

  /** Stands for 100,000 nested arrays, too deep to build as an object and stringify. */
  const NESTED = 'nested arrays go here'
  const paragraphOf = (report: Record<string, unknown>) =>
    (report['sections'] as { paragraphs: Record<string, unknown>[] }[])[0]?.paragraphs[0] ?? {}

  it.each([
    ['a missing field', (r: Record<string, unknown>) => ({ ...r, metadata: undefined })],
    [
      'a paragraph without text',
      (r: Record<string, unknown>) => (delete paragraphOf(r)['text'], r)
    ],
    ['text of the wrong type', (r: Record<string, unknown>) => ((paragraphOf(r)['text'] = 7), r)],
    [
      'a negative offset',
      (r: Record<string, unknown>) => (
        (paragraphOf(r)['footnoteRefs'] = [{ start: -4, end: 2, label: '1' }]),
        r
      )
    ],
    [
      '100,000 nested brackets where its text should be',
      (r: Record<string, unknown>) => ((paragraphOf(r)['text'] = NESTED), r)
    ],
    ['another report in its place', (r: Record<string, unknown>) => ({ ...r, id: 'alpha' })]
  ])('%s', (_, damage) => {
    const dir = withBeta(damage)
    const opened = openGeneratedContent(dir)
    if (!opened.ok) throw new Error(opened.problem.message)
    expect(opened.content.library.reports[0]?.sections[0]?.paragraphs[0]?.text).toBe(
      'About Alpha Report.'
    )
    expect(() => opened.content.library.reports[1]?.sections).toThrow(message(dir))
  })

  it('opens, without it, a field nested 100,000 deep that the app does not read (as the schema did)', () => {
    const dir = withBeta((r) => ((paragraphOf(r)['note'] = NESTED), r))
    const opened = openGeneratedContent(dir)
    if (!opened.ok) throw new Error(opened.problem.message)
    expect(opened.content.library.reports[1]?.sections[0]?.paragraphs[0]).toEqual({
      id: 'overview-p1',
      text: 'About Beta Report.'
    })
  })

  it('a table of contents pointing to the wrong bytes', () => {
    const dir = writeGeneratedDir({ withContents: true })
    const contents = readContents(dir)
    const beta = contents.reports[1] as { start: number; end: number }
    beta.start += 3
    writeFileSync(join(dir, 'library-contents.json'), JSON.stringify(contents))
    const opened = openGeneratedContent(dir)
    if (!opened.ok) throw new Error(opened.problem.message)
    expect(() => opened.content.library.reports[1]?.sections).toThrow(message(dir))
  })
})

function readContents(dir: string): { libraryBytes: number; reports: unknown[] } {
  return JSON.parse(readFileSync(join(dir, 'library-contents.json'), 'utf8')) as {
    libraryBytes: number
    reports: unknown[]
  }
}
