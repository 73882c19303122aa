import { splitSentencesOfTexts } from '../text/sentences'
import { WordCoder, similarityWords } from './sentence-similarity'

/** A report's text as the comparison sees it: its sentences in reading order, with their places. */

export interface EditionSentence {
  /** Position in the report's reading order, counting from 0. */
  index: number
  section: number
  /** Position of its paragraph among all the report's paragraphs. */
  paragraph: number
  start: number
  end: number
  text: string
  /** The text with spaces and quote marks made uniform: equal keys are the same sentence. */
  key: string
  /**
   * Its lowercase words, one code unit each (see WordCoder; one coder serves both editions of a
   * comparison), for how alike two sentences are: two bytes a word, not a string each.
   */
  codes: string
}

export interface EditionParagraph {
  id: string
  section: number
  text: string
  /** Its sentences: [first, end) in `sentences`. */
  first: number
  end: number
}

export interface EditionSection {
  id: string
  heading: string
  paragraphs: number[]
  /** Its sentences: [first, end) in `sentences`. */
  first: number
  end: number
}

export interface EditionText {
  sections: EditionSection[]
  paragraphs: EditionParagraph[]
  sentences: EditionSentence[]
}

const SPACES = /\s+/g
const SINGLE_QUOTES = /[‘’ʼ`´]/g
const DOUBLE_QUOTES = /[“”„″]/g

export function sentenceKey(text: string): string {
  return text.replace(SPACES, ' ').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').trim()
}

/**
 * What the comparison reads of a report: its sections' ids and headings and its blocks' ids and
 * text. A processed report is one; so is the compact copy the app keeps of an edition the user
 * read (kept-edition.ts).
 */
export interface ComparableReport {
  sections: readonly {
    id: string
    heading: string
    paragraphs: readonly { id: string; text: string }[]
  }[]
}

export function editionText(report: ComparableReport, coder = new WordCoder()): EditionText {
  const text: EditionText = { sections: [], paragraphs: [], sentences: [] }
  const spans = splitSentencesOfTexts(
    report.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))
  )
  report.sections.forEach((section, sectionIndex) => {
    const sectionFirst = text.sentences.length
    const paragraphs: number[] = []
    for (const paragraph of section.paragraphs) {
      const first = text.sentences.length
      for (const { start, end } of spans[text.paragraphs.length] ?? []) {
        const sentence = paragraph.text.slice(start, end)
        text.sentences.push({
          index: text.sentences.length,
          section: sectionIndex,
          paragraph: text.paragraphs.length,
          start,
          end,
          text: sentence,
          key: sentenceKey(sentence),
          codes: coder.encode(similarityWords(sentence))
        })
      }
      paragraphs.push(text.paragraphs.length)
      text.paragraphs.push({
        id: paragraph.id,
        section: sectionIndex,
        text: paragraph.text,
        first,
        end: text.sentences.length
      })
    }
    text.sections.push({
      id: section.id,
      heading: section.heading,
      paragraphs,
      first: sectionFirst,
      end: text.sentences.length
    })
  })
  return text
}
