import { cpSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatNotice } from './build-library'
import { renderGeneratedContent } from './generate-content'
import { PROJECT_ROOT, TempDirs, writeReport } from './test-support'

const temp = new TempDirs()
afterEach(() => temp.cleanup())

const EDITION = { appName: 'Course Reader', editionTitle: 'Spring', about: '', contact: '' }

/** The lines the build prints about the edition's glossary. */
function glossaryLines(dir: string): string[] {
  return renderGeneratedContent(dir)
    .notices.filter((notice) => notice.file === 'edition.json')
    .map(formatNotice)
}

describe('an edition without a glossary.json', () => {
  it('says so at build time, naming the acronyms its reports never spell out, the most used first', () => {
    const dir = temp.make()
    writeFileSync(join(dir, 'edition.json'), JSON.stringify(EDITION))
    writeReport(
      dir,
      'brief.md',
      '# Brief\n\nThe Committee for National Security (KNB) and CT police met. CT units and NGOs, then CT again.\n\n## Part II\n\nThe KNB and the NGOs agreed.\n'
    )
    expect(glossaryLines(dir)).toEqual([
      'edition.json: warning: the edition has no glossary.json, so an acronym is explained only where a report spells it out; ' +
        'its reports use 2 they never spell out (CT, used 3 times; NGOs, 2). ' +
        'To explain them, add a glossary.json beside edition.json: {"terms": [{"term": "CT", "expansion": "…"}]}.'
    ])
  })

  it('says it needs none when every acronym is spelled out', () => {
    const dir = temp.make()
    writeFileSync(join(dir, 'edition.json'), JSON.stringify(EDITION))
    writeReport(
      dir,
      'brief.md',
      '# Brief\n\nThe Financial Action Task Force (FATF) met. The FATF agreed.\n'
    )
    expect(glossaryLines(dir)).toEqual([
      'edition.json: the edition has no glossary.json, and needs none: every acronym its reports use is spelled out in them'
    ])
  })

  it('says nothing with a glossary.json, or for a folder of reports that is no edition', () => {
    const edition = temp.make()
    cpSync(join(PROJECT_ROOT, 'resources', 'reports'), edition, { recursive: true })
    expect(glossaryLines(edition)).toEqual([])
    rmSync(join(edition, 'edition.json'))
    rmSync(join(edition, 'glossary.json'))
    expect(glossaryLines(edition)).toEqual([])
  })
})
