import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleLibrary, writeGeneratedDir } from '../../test/support/generated-content'
import { packIndex } from '../shared/search/pack-index'
import { readPackedHeader } from '../shared/search/packed-index'
import { DEFAULT_LAYOUT, DEFAULT_READING_SETTINGS } from '../shared/ipc-contract'
import { findReport, glossaryOf, libraryOverview, openLibrary } from './library-service'

const prefs = (lastReportId: string) => ({
  lastReportId,
  reading: DEFAULT_READING_SETTINGS,
  layout: DEFAULT_LAYOUT,
  positions: {}
})

describe('the library as main serves it', () => {
  it('summarizes reports by title alone, and remembers the last one only while it exists', () => {
    const load = openLibrary(writeGeneratedDir({ withContents: true }))
    const overview = libraryOverview(load, prefs('beta'), [], '1.0.0')
    expect(overview).toMatchObject({ ok: true, lastReportId: 'beta' })
    if (overview.ok) {
      // Sections come with the report when it is opened: the first answer stays small.
      expect(Object.keys(overview.reports[0] ?? {}).sort()).toEqual([
        'contentHash',
        'id',
        'metadata'
      ])
    }
    expect(libraryOverview(load, prefs('gone'), [], '1.0.0')).toMatchObject({ lastReportId: null })
    expect(findReport(load, 'beta')?.sections[0]?.paragraphs[0]?.text).toBe('About Beta Report.')
  })
})

describe('the search index, loaded after the window', () => {
  it('says search is not available when the index cannot be loaded', async () => {
    // A sound header (checked at launch) over postings that do not add up (found on loading).
    const index = packIndex(sampleLibrary())
    index.fill(0, readPackedHeader(index).metaLength + 12)
    const load = openLibrary(writeGeneratedDir({ withContents: true, packedIndex: index }))
    if (!load.ok) throw new Error('the library should open')
    load.search.start()
    await expect(load.search.ready).rejects.toThrow(
      /Search is not available: .*postings do not add up/
    )
    expect(() => load.search.current()).toThrow(/Search is not available/)
  })

  it('searches without reading the reports: a damaged one is found, and says so when opened', async () => {
    const dir = writeGeneratedDir({ withContents: true })
    const path = join(dir, 'library.json')
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('"About Beta Report."', '"About Beta Report.}')
    )
    const load = openLibrary(dir)
    if (!load.ok) throw new Error('the library should open')
    load.search.start()
    const engine = await load.search.ready
    expect(engine.search('alpha').total).toBe(1)
    expect(engine.search('beta').results.map((r) => r.snippet)).toEqual(['About Beta Report.'])
    expect(() => load.library.reports[1]?.sections).toThrow(/cannot be read/)
  })
})

describe('the glossary, as main serves it', () => {
  const term = {
    term: 'AR',
    expansion: 'Alpha Report',
    reportId: 'alpha',
    firstUse: 'overview-p1',
    source: 'edition'
  }

  it('gives each report its own terms, and search finds an acronym by its expansion', async () => {
    const dir = writeGeneratedDir({ withContents: true })
    writeFileSync(join(dir, 'glossary.json'), JSON.stringify({ terms: [term] }))
    const load = openLibrary(dir)
    expect(glossaryOf(load, 'alpha')).toEqual([term])
    expect(glossaryOf(load, 'beta')).toEqual([])
    if (!load.ok) throw new Error('the library should open')
    load.search.start()
    const engine = await load.search.ready
    // "AR" is in no paragraph: the hits are those of "Alpha Report".
    expect(engine.hitsInReport('AR', 'alpha').paragraphs).toEqual([
      { paragraphId: 'overview-p1', spans: [[6, 18]] }
    ])
  })

  it('is empty, and the reports open, without a glossary file or with a damaged one', () => {
    const without = openLibrary(writeGeneratedDir({ withContents: true }))
    expect(without.ok && glossaryOf(without, 'alpha')).toEqual([])
    const dir = writeGeneratedDir({ withContents: true })
    writeFileSync(join(dir, 'glossary.json'), '{"terms": [{"term": 3}]}')
    const damaged = openLibrary(dir)
    expect(damaged.ok && glossaryOf(damaged, 'alpha')).toEqual([])
  })
})
