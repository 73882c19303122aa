import { describe, expect, it } from 'vitest'
import { writeGeneratedDir } from '../../test/support/generated-content'
import { loadGeneratedContent } from '../content/load-generated'
import { DEFAULT_LAYOUT, DEFAULT_READING_SETTINGS } from '../shared/ipc-contract'
import { findReport, libraryOverview } from './library-service'

const prefs = (lastReportId: string) => ({
  lastReportId,
  reading: DEFAULT_READING_SETTINGS,
  layout: DEFAULT_LAYOUT,
  positions: {}
})

describe('the library as main serves it', () => {
  it('summarizes reports without paragraphs, and remembers the last one only while it exists', () => {
    const load = loadGeneratedContent(writeGeneratedDir({}))
    const overview = libraryOverview(load, prefs('beta'), [], '1.0.0')
    expect(overview).toMatchObject({ ok: true, lastReportId: 'beta' })
    if (overview.ok) {
      expect(overview.reports[0]?.sections).toEqual([{ id: 'overview', heading: 'Overview' }])
    }
    expect(libraryOverview(load, prefs('gone'), [], '1.0.0')).toMatchObject({ lastReportId: null })
    expect(findReport(load, 'beta')?.sections[0]?.paragraphs[0]?.text).toBe('About Beta Report.')
  })
})
