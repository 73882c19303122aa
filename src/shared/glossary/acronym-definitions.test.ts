import { describe, expect, it } from 'vitest'
import { findAcronymDefinitions, fitsLetters } from './acronym-definitions'

const defined = (text: string) =>
  findAcronymDefinitions(text).map(({ term, expansion }) => [term, expansion])

describe('acronyms a text defines', () => {
  it('takes the words before a bracketed acronym that its letters spell', () => {
    expect(defined('The Financial Action Task Force (FATF) met.')).toEqual([
      ['FATF', 'Financial Action Task Force']
    ])
    expect(defined('repatriated foreign terrorist fighters (FTFs) and families')).toEqual([
      ['FTFs', 'foreign terrorist fighters']
    ])
  })

  it('takes an expansion in brackets after the acronym, without its article', () => {
    expect(defined('a member of the FATF (the Financial Action Task Force) since')).toEqual([
      ['FATF', 'Financial Action Task Force']
    ])
  })

  it('lets small words give no letter, or one (MoU), and long words give several (KASE)', () => {
    expect(defined('signed a Memorandum of Understanding (MoU) with')).toEqual([
      ['MoU', 'Memorandum of Understanding']
    ])
    expect(defined('listed on the Kazakhstan Stock Exchange (KASE) in')).toEqual([
      ['KASE', 'Kazakhstan Stock Exchange']
    ])
  })

  it('takes a capitalised name of as many words as letters, for names from another language', () => {
    expect(defined('is the Committee for National Security (KNB).')).toEqual([
      ['KNB', 'Committee for National Security']
    ])
  })

  it('takes an acronym of another language where the text says it is one', () => {
    expect(
      defined('arrested by Russia’s Federal Security Service (FSB, its Russian acronym) in May')
    ).toEqual([['FSB', 'Federal Security Service']])
    expect(defined('The Foreign Intelligence Service (Russian acronym: SVR) said')).toEqual([
      ['SVR', 'Foreign Intelligence Service']
    ])
    expect(
      defined('officers of the Ministry of Internal Affairs (by its Russian initials, MVD) and')
    ).toEqual([['MVD', 'Ministry of Internal Affairs']])
    // The name in that language, whose words the letters fit, says so too.
    expect(
      defined('the Federal Security Service (Federalnaya Sluzhba Bezopasnosti, FSB) said')
    ).toEqual([['FSB', 'Federal Security Service']])
  })

  it('takes a name of another language where the text says nothing, by its first letter, flagged', () => {
    const flagged = (text: string) =>
      findAcronymDefinitions(text).map(({ term, expansion, firstLetterOnly }) => [
        term,
        expansion,
        firstLetterOnly
      ])
    // Federal'naya Sluzhba Bezopasnosti: the English name's initials are FSS.
    expect(flagged('arrested by Russia’s Federal Security Service (FSB) in May')).toEqual([
      ['FSB', 'Federal Security Service', true]
    ])
    // Country Reports on Terrorism 2019, 2023 and 2018, Russia.
    expect(
      flagged(
        'two suspects in the Shpakov district in Stavropol opened fire with automatic weapons and threw a grenade when stopped by the Federal Security Service (FSB) for questioning.'
      )
    ).toEqual([['FSB', 'Federal Security Service', true]])
    expect(
      flagged(
        'Under the coordination of the National Antiterrorism Committee, the Federal Security Service (FSB) – with aid from the Ministry of Internal Affairs and Rosgvardiya (the National Guard) – performs counterterrorism functions.'
      )
    ).toEqual([['FSB', 'Federal Security Service', true]])
    expect(
      flagged(
        'On October 31, a teenager blew himself up at a Federal Security Service (FSB) building in the northern Russian city of Arkhangelsk.'
      )
    ).toEqual([['FSB', 'Federal Security Service', true]])
    // A name the letters spell, or a translated one, is no guess.
    expect(flagged('the Shanghai Cooperation Organization (SCO) in 2001')).toEqual([
      ['SCO', 'Shanghai Cooperation Organization', undefined]
    ])
    expect(flagged('The lead CT agency is the Committee for National Security (KNB).')).toEqual([
      ['KNB', 'Committee for National Security', undefined]
    ])
  })

  it('guesses no name by its first letter that is not a whole capitalised name of 2 to 6 words', () => {
    // Starts with another letter (the bundled report writes KNB's name this way round too).
    expect(defined('Kazakhstan’s National Security Committee (KNB) opened')).toEqual([])
    // Not capitalised: words of a sentence, not a name.
    expect(defined('stopped by the federal security service (FSB) for questioning')).toEqual([])
    expect(defined('worked with the regional office (UNODC) on')).toEqual([])
    // One word, or more than six: too little or too much for a first letter to vouch for.
    expect(defined('officers of the Federal (FSB) said')).toEqual([])
    expect(
      defined(
        'the Eurasian Group on Combating Money Laundering and Financing of Terrorism (EAG) met'
      )
    ).toEqual([])
    // The end of a hyphenated name is not the name: "Tehrik-e-Taliban Pakistan (TTP)".
    expect(defined('The Resistance Front (TRF); Tehrik-e-Taliban Pakistan (TTP)')).toEqual([])
    // Two letters are too few.
    expect(defined('the Border Guard (BS) said')).toEqual([])
  })

  it('takes no acronym of another language where the text does not say so', () => {
    // No list of translated words: the letters must fit, or the text must say whose they are.
    expect(defined('Kazakhstan’s National Security Committee (KNB) opened')).toEqual([])
    expect(defined('the Federal Security Service (Federal Service, FSB) said')).toEqual([])
    // Said so, but no name as long as the acronym, introduced as a name is, stands before it.
    expect(defined('Russia’s Federal Service (FSB, its Russian acronym) said')).toEqual([])
    expect(defined('in Kazakhstan for National Security (KNB, its Kazakh acronym) staff')).toEqual(
      []
    )
  })

  it('takes no translated name across a comma, with an acronym in it, or without "the"', () => {
    expect(defined('in July, the Collective Security (KNB) met')).toEqual([])
    expect(defined('with UNDP, UNODC, and Social Development (MISD) staff')).toEqual([])
    expect(defined('the Ministry of CT and Social Development (MISD) said')).toEqual([])
    expect(defined('Fokhstan Karanistan Social Development (MISD) said')).toEqual([])
  })

  it('says where the whole definition stands, both parts and the brackets', () => {
    const text = 'It joined the Shanghai Cooperation Organization (SCO) in 2001.'
    const [found] = findAcronymDefinitions(text)
    expect(text.slice(found?.start, found?.end)).toBe('Shanghai Cooperation Organization (SCO)')
  })

  it('invents nothing from years, numbers, explanations or ordinary words in brackets', () => {
    expect(defined('its five-year (2018-22) plan')).toEqual([])
    expect(defined('a unit of 40 (forty) officers')).toEqual([])
    expect(defined('the Border Service (part of the KNB) checks')).toEqual([])
    expect(
      defined('C5+1 (the Central Asian countries of Kazakhstan, plus the United States)')
    ).toEqual([])
    expect(defined('the CT (counter-terrorism, in short) unit')).toEqual([])
    expect(defined('he said ( ) nothing')).toEqual([])
  })

  it('invents no expansion whose words the letters do not spell', () => {
    expect(defined('worked with the regional office (UNODC) on')).toEqual([])
    expect(defined('cooperation on security (EAG) matters')).toEqual([])
  })

  it('finds nothing for acronyms that are never spelled out', () => {
    expect(defined('UNDP, UNODC, and the OSCE on a variety of CT and CVE projects')).toEqual([])
  })
})

describe('whether letters spell words', () => {
  it('needs the first word to give the first letter and the last word the last', () => {
    expect(fitsLetters(['N', 'S'], ['National', 'Security'])).toBe(true)
    expect(fitsLetters(['N', 'S'], ['the', 'National', 'Security'])).toBe(false)
    expect(fitsLetters(['N', 'S'], ['National', 'Security', 'Service'])).toBe(false)
  })
})
