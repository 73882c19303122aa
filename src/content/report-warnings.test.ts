import { describe, expect, it } from 'vitest'
import type { ParsedSection } from './parsed-section'
import { reportWarnings } from './report-warnings'

const section = (heading: string, texts: string[], level?: number): ParsedSection => ({
  heading,
  ...(level ? { level } : {}),
  blocks: texts.map((text) => ({ text }))
})
const messages = (sections: ParsedSection[]) => reportWarnings(sections).map((n) => n.message)

describe('build warnings', () => {
  it('warns when the text ends in the middle of a word or sentence, quoting its end', () => {
    expect(
      messages([section('Overview', ['The council promised to fund two more youth cent'])])
    ).toEqual([
      'the text looks cut off: it ends in the middle of a sentence ("…promised to fund two more youth cent"). Everything up to there is kept; check that the file is complete.'
    ])
  })

  it('does not warn about a text that ends a sentence, in quotes or brackets too', () => {
    for (const end of ['done.', 'done!', 'done?', 'as follows:', '“hatred.”', '(SCO).', 'so…']) {
      expect(messages([section('Overview', [`It was ${end}`])])).toEqual([])
    }
  })

  it('does not take a last list item or table row without a full stop for a cut', () => {
    const list: ParsedSection = {
      heading: 'Members',
      blocks: [{ text: 'Kazakhstan', block: { kind: 'list-item', ordered: false, depth: 1 } }]
    }
    expect(messages([list])).toEqual([])
  })

  it('warns about a section without text, unless deeper sections follow it', () => {
    expect(
      messages([
        section('Overview', ['Text.']),
        section('Incidents', []),
        section('Legislation', []),
        section('Border Security', ['Text here.'], 2)
      ])
    ).toEqual(['the section "Incidents" has no text under its heading; it is kept'])
  })

  it('warns about a paragraph that appears more than once, not about short ones', () => {
    const repeated = 'Cooperation with international partners focused on border management.'
    expect(
      messages([
        section('Overview', [repeated, 'None.']),
        section('Legislation', ['None.', repeated, repeated])
      ])
    ).toEqual([
      'a paragraph appears 3 times ("Cooperation with international partners…", in "Overview" and "Legislation"); each is kept'
    ])
  })
})
