import { describe, expect, it } from 'vitest'
import { splitRunInHeading } from './run-in-heading'

describe('run-in headings', () => {
  it.each([
    ['Overview: Kazakhstan remained on guard.', 'Overview', 'Kazakhstan remained on guard.'],
    ['2021 Terrorist Incidents: There were none.', '2021 Terrorist Incidents', 'There were none.'],
    [
      'Legislation, Law Enforcement, and Border Security: Kazakhstan has…',
      'Legislation, Law Enforcement, and Border Security',
      'Kazakhstan has…'
    ],
    [
      'Countering the Financing of Terrorism: Text.',
      'Countering the Financing of Terrorism',
      'Text.'
    ],
    ['U.S. Assistance: Text.', 'U.S. Assistance', 'Text.'],
    ['Countering Violent Extremism (CVE): Text.', 'Countering Violent Extremism (CVE)', 'Text.'],
    ['Overview:', 'Overview', '']
  ])('%j starts section %j', (paragraph, heading, rest) => {
    expect(splitRunInHeading(paragraph)).toEqual({ heading, rest })
  })

  it.each([
    ['a sentence with a colon', 'The government said the following: nothing.'],
    ['a lowercase word', 'For example: nothing.'],
    ['a lowercase first minor word', 'and Overview: text'],
    ['sentence punctuation', 'It ended. Then: more'],
    [
      'more than 12 words',
      'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen: x'
    ],
    ['a colon not followed by a space', 'At 10:30 the court met.'],
    ['a URL', 'A lock ( ) or https://example.org means…'],
    ['no colon at all', 'Kazakhstan has a comprehensive CT legal framework.']
  ])('not a heading: %s', (_why, paragraph) => {
    expect(splitRunInHeading(paragraph)).toBeNull()
  })
})
