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

  it('warns when the last block is a list item cut in the middle, as a prose list shows', () => {
    const item = (text: string) => ({
      text,
      block: { kind: 'list-item', ordered: false, depth: 1 } as const
    })
    const cut =
      'the text looks cut off: it ends in the middle of a sentence ("It promised to fund two more youth cent").'
    // Its items end their sentences, and the last one does not.
    expect(
      messages([
        {
          heading: 'Programs',
          blocks: [
            item('It trained 40 judges.'),
            item('It opened two youth centres.'),
            item('It promised to fund two more youth cent')
          ]
        }
      ])[0]
    ).toContain(cut)
    // One item of prose, cut.
    expect(
      messages([
        {
          heading: 'Programs',
          blocks: [
            item(
              'The council promised to fund two more youth centres in the south of the country, and to train their staff in two more youth cent'
            )
          ]
        }
      ])
    ).toHaveLength(1)
  })

  it('does not take a README’s last licence line, or its License section, for a cut', () => {
    for (const end of [
      'MIT © Sindre Sorhus',
      'MIT',
      'Licensed under the Apache License, Version 2.0',
      '[BSD-3-Clause](LICENSE)',
      'Copyright (c) 2024 The Authors'
    ]) {
      expect(messages([section('Overview', ['Text.', end])])).toEqual([])
    }
    expect(
      messages([
        section('Overview', ['Text.']),
        section('License', ['See the file LICENSE in this folder'])
      ])
    ).toEqual([])
    // A sentence that is cut and only mentions a licence somewhere is still cut.
    expect(
      messages([
        section('Overview', [
          'The licence that the ministry issued in 2019 to the foundation was revoked after the court found that its accounts had not been audited for three years and that its director had'
        ])
      ])
    ).toHaveLength(1)
  })

  it('never takes a last table row or code block for a cut', () => {
    expect(
      messages([
        {
          heading: 'Install',
          blocks: [{ text: 'npm install --save-exact reader', block: { kind: 'code' } }]
        }
      ])
    ).toEqual([])
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
