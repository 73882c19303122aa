import { describe, expect, it } from 'vitest'
import { sampleLibrary, writeGeneratedDir } from '../../test/support/generated-content'
import { findReport, libraryOverview, loadGeneratedLibrary } from './library-service'

describe('loading the generated content', () => {
  it('loads a valid library and summarizes it without paragraphs', () => {
    const load = loadGeneratedLibrary(writeGeneratedDir({}))
    expect(load.ok).toBe(true)
    const overview = libraryOverview(load, null, [])
    expect(overview).toMatchObject({ ok: true, lastReportId: null })
    if (!overview.ok) return
    expect(overview.reports.map((r) => r.metadata.title)).toEqual(['Alpha Report', 'Beta Report'])
    expect(overview.reports[0]?.sections).toEqual([{ id: 'overview', heading: 'Overview' }])
    expect(findReport(load, 'beta')?.sections[0]?.paragraphs[0]?.text).toBe('About Beta Report.')
  })

  it('remembers the last report only while it still exists', () => {
    const load = loadGeneratedLibrary(writeGeneratedDir({}))
    expect(libraryOverview(load, 'beta', [])).toMatchObject({ lastReportId: 'beta' })
    expect(libraryOverview(load, 'gone', [])).toMatchObject({ lastReportId: null })
  })

  it('reports missing files as missing content, naming the file', () => {
    for (const files of [{ library: null }, { searchIndex: null }]) {
      const load = loadGeneratedLibrary(writeGeneratedDir(files))
      expect(load).toMatchObject({ ok: false, problem: { code: 'content-missing' } })
      if (!load.ok) expect(load.problem.path).toMatch(/(library|search-index)\.json$/)
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
    ['an index that is not lunr', { searchIndex: { hello: 'world' } }, /lunr index/],
    ['a truncated index', { searchIndex: '{"version":"2.3.9","inv' }, /not valid JSON/]
  ])('reports %s as damaged content with a message', (_, files, message) => {
    const load = loadGeneratedLibrary(writeGeneratedDir(files))
    expect(load).toMatchObject({ ok: false, problem: { code: 'content-corrupt' } })
    if (!load.ok) expect(load.problem.message).toMatch(message)
  })
})
