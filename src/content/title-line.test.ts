import { describe, expect, it } from 'vitest'
import { isTitleLine } from './title-line'

const KYRGYZ = 'Country Reports on Terrorism 2021: Kyrgyz Republic'
const TURKMEN = 'Country Reports on Terrorism 2021: Turkmenistan'

describe('isTitleLine', () => {
  it.each([
    [true, 'the whole title', KYRGYZ, KYRGYZ],
    [
      true,
      'the title in other case and spacing',
      'COUNTRY REPORTS ON TERRORISM 2021:  kyrgyz republic',
      KYRGYZ
    ],
    [true, 'the title’s last part alone', 'Kyrgyz Republic', KYRGYZ],
    [true, 'the series’ name over it', 'Country Reports on Terrorism 2021', KYRGYZ],
    [
      true,
      'its parts and a chapter label',
      'Country Report on Terrorism 2021 - Chapter 1 - Turkmenistan',
      TURKMEN
    ],
    [
      true,
      'its parts joined by a bar',
      'Turkmenistan | Country Reports on Terrorism 2021',
      TURKMEN
    ],
    [false, 'a sentence that names the country', 'Kyrgyz Republic officials met in June.', KYRGYZ],
    [
      false,
      'another country’s chapter',
      'Country Report on Terrorism 2021 - Chapter 1 - Tajikistan',
      TURKMEN
    ],
    [false, 'a heading with a word more', 'Turkmenistan - Border Security', TURKMEN],
    [false, 'a one-part title inside a longer line', 'Field Guide - Notes', 'Field Guide'],
    [false, 'an empty line', '', TURKMEN]
  ])('%s: %s', (expected, _, line, title) => {
    expect(isTitleLine(line, title)).toBe(expected)
  })
})
