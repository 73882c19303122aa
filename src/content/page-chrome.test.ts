import { describe, expect, it } from 'vitest'
import { findPageChrome, NO_EDITION_RULES, type ChromeContext } from './page-chrome'
import { sampleMetadata } from './test-support'

const context: ChromeContext = {
  metadata: {
    ...sampleMetadata('Country Reports on Terrorism 2021: Kyrgyz Republic'),
    publisher: 'U.S. Department of State',
    edition: '2021',
    sourceUrl: 'https://www.state.gov/reports/kyrgyz-republic/'
  },
  edition: NO_EDITION_RULES
}

/** The lines the rules keep, blank lines left out, and what they say they dropped. */
function kept(lines: string[], rules: ChromeContext = context) {
  const chrome = findPageChrome(lines, rules)
  return {
    kept: lines.filter((line, i) => chrome.keep[i] && line.trim() !== ''),
    notices: chrome.notices.map((notice) => notice.message)
  }
}

describe('page chrome', () => {
  it('drops the .gov banner and says so once, with its first words and its size', () => {
    expect(
      kept([
        'An official website of the United States Government Here’s how you know',
        '',
        'Official websites use .gov',
        'Secure .gov websites use HTTPS',
        '',
        'Overview: Body.'
      ])
    ).toEqual({
      kept: ['Overview: Body.'],
      notices: ['dropped the .gov banner ("An official website of the United States…", 3 lines)']
    })
  })

  it('drops the archive banner, from "ARCHIVED CONTENT" to its "go to" link', () => {
    expect(
      kept([
        'ARCHIVED CONTENT: kept for reference, NOT UPDATED.',
        'For current information, go to',
        '',
        'www.state.gov',
        '',
        'Overview: Body.'
      ])
    ).toEqual({
      kept: ['Overview: Body.'],
      notices: ['dropped the archive banner ("ARCHIVED CONTENT: kept for reference…", 3 lines)']
    })
    expect(
      kept([
        'Archived content. This page is not updated. For current information, go to x.gov.',
        'Overview: Body.'
      ]).kept
    ).toEqual(['Overview: Body.'])
  })

  it('drops the 2017–2021 archive banner, one sentence without a "go to" link', () => {
    const banner =
      'You are viewing ARCHIVED CONTENT released online from January 20, 2017 to January 20, 2021.'
    expect(kept([banner, '', 'Overview: Body.'])).toEqual({
      kept: ['Overview: Body.'],
      notices: ['dropped the archive banner ("You are viewing ARCHIVED CONTENT…", 1 line)']
    })
    expect(
      kept([
        banner,
        'Content in this archive site is NOT UPDATED, and links may not function.',
        'External links to other Internet sites should not be construed as an endorsement of the views or privacy policies contained therein.',
        '',
        'Overview: Body.'
      ]).kept
    ).toEqual(['Overview: Body.'])
    // With its "go to" link, as the other archives print it, it ends there.
    expect(
      kept([
        'You are viewing ARCHIVED CONTENT. It is NOT UPDATED.',
        'For current information, go to www.state.gov.',
        'Overview: Body.'
      ]).kept
    ).toEqual(['Overview: Body.'])
  })

  it('keeps a line about archived content that is not the banner', () => {
    const lines = ['Archived content from the ministry was cited in court.', 'Overview: Body.']
    expect(kept(lines)).toEqual({ kept: lines, notices: [] })
  })

  it('drops a page title line above the text, not the same words further down', () => {
    expect(
      kept(['Kyrgyz Republic', '', 'Overview: Body.', '', 'Kyrgyz Republic', '', 'More.'])
    ).toEqual({
      kept: ['Overview: Body.', 'Kyrgyz Republic', 'More.'],
      notices: [
        'dropped the page title ("Kyrgyz Republic", 1 line): it repeats the report\'s title'
      ]
    })
  })

  it('drops the report’s details as the app prints them above the text', () => {
    expect(
      kept([
        'Country Reports on Terrorism 2021: Kyrgyz Republic',
        'Publisher U.S. Department of State',
        'Edition 2021',
        'Source https://www.state.gov/reports/kyrgyz-republic/',
        'Overview',
        'Body.'
      ]).kept
    ).toEqual(['Overview', 'Body.'])
  })

  it('drops everything from "On This Page" on, but never the whole text', () => {
    expect(
      kept(['Overview: Body.', '', 'On This Page', '', 'U.S. Department of State', 'Other Page'])
    ).toEqual({
      kept: ['Overview: Body.'],
      notices: [
        'dropped the end of the page ("On This Page…", 3 lines): the navigation and links after the article'
      ]
    })
    expect(kept(['On This Page', '', 'Overview: Body.'])).toEqual({
      kept: ['Overview: Body.'],
      notices: ['dropped the site\'s navigation ("On This Page", 1 line)']
    })
  })

  it('applies the edition’s own lines to drop and to end at, whole lines or starts of lines', () => {
    const rules: ChromeContext = {
      ...context,
      edition: { dropLines: ['Share this story', 'Photo credit…'], endAt: ['Related material'] }
    }
    expect(
      kept(
        [
          'Overview: Body.',
          'SHARE THIS STORY',
          'Photo credit: the ministry',
          'Share this story with a friend, said the minister.',
          'Related Material',
          'Another page'
        ],
        rules
      )
    ).toEqual({
      kept: ['Overview: Body.', 'Share this story with a friend, said the minister.'],
      notices: [
        'dropped lines named in edition.json\'s pageChrome ("SHARE THIS STORY…", 2 lines)',
        'dropped the end of the text, from a line named in edition.json\'s pageChrome.endAt ("Related Material…", 2 lines)'
      ]
    })
  })
})
