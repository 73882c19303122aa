import { readFileSync } from 'node:fs'
import { buildReport } from '../../src/content/build-library'
import { generateSyntheticCorpus, learnVocabulary } from '../../src/content/synthetic-corpus'
import { slugify } from '../../src/content/slug'
import { BUNDLED_REPORT_FILE } from '../../src/content/test-support'
import type { ComparableReport } from '../../src/shared/compare/edition-sentences'
import type { ProcessedReport, Section } from '../../src/shared/report-model'
import {
  fetchProsePackages,
  proseCacheDir,
  readProseDocuments,
  type ProseDocument
} from './prose-corpus'

/**
 * Pairs of editions for the comparison benchmark (scripts/bench-diff.ts), each as the app hands
 * them to compareEditions: the sections' ids and headings and the paragraphs' ids and text.
 */
export interface EditionPair {
  before: ComparableReport
  after: ComparableReport
}

/** UTF-8 bytes of an edition's paragraph text. */
export function textBytes(report: ComparableReport): number {
  let bytes = 0
  for (const section of report.sections)
    for (const paragraph of section.paragraphs) bytes += Buffer.byteLength(paragraph.text)
  return bytes
}

const SENTENCES_PER_PARAGRAPH = 4
const PARAGRAPHS_PER_SECTION = 25

/**
 * `count` sentences that differ from one another in one word (a file number), about 190 bytes
 * each, and the same sentences with one other word changed in each: every sentence of one
 * edition is alike (SIMILAR) to every sentence of the other, so pairing all candidates is
 * quadratic. The right answer: sentence i of the new edition is sentence i of the old, edited.
 */
export function alikeSentences(count: number): EditionPair {
  const edition = (verb: string): ComparableReport => {
    const sentences = Array.from(
      { length: count },
      (_, i) =>
        `In the year under review the regional office of the ministry received file KZ-${i + 1} from the border service and ${verb} it to the prosecutor for a decision on the case.`
    )
    const perSection = SENTENCES_PER_PARAGRAPH * PARAGRAPHS_PER_SECTION
    const sections: { id: string; heading: string; paragraphs: { id: string; text: string }[] }[] =
      []
    for (let s = 0; s * perSection < count; s++) {
      const id = `part-${s + 1}`
      const paragraphs = []
      for (let p = 0; p < PARAGRAPHS_PER_SECTION; p++) {
        const first = s * perSection + p * SENTENCES_PER_PARAGRAPH
        if (first >= count) break
        const text = sentences.slice(first, first + SENTENCES_PER_PARAGRAPH).join(' ')
        paragraphs.push({ id: `${id}-p${p + 1}`, text })
      }
      sections.push({ id, heading: `Part ${s + 1}`, paragraphs })
    }
    return { sections }
  }
  return { before: edition('forwarded'), after: edition('sent') }
}

/** A report of about `bytes` learned from the bundled report, built by the real pipeline. */
function syntheticReport(bytes: number, seed: number): ProcessedReport {
  const vocabulary = learnVocabulary(readFileSync(BUNDLED_REPORT_FILE, 'utf8'))
  const [source] = generateSyntheticCorpus(vocabulary, {
    seed,
    targetBytes: bytes,
    reportBytes: bytes
  })
  if (!source) throw new Error('no synthetic report')
  return buildReport({
    ...source,
    format: 'text',
    sourceFile: `${source.id}.txt`,
    path: `${source.id}.txt`,
    notices: []
  }).report
}

/** A synthetic report against another one of the same size and vocabulary: everything changed. */
export function unrelatedReports(bytes: number): EditionPair {
  return { before: syntheticReport(bytes, 1), after: syntheticReport(bytes, 2) }
}

/**
 * A synthetic report against a copy with six edits: a word changed in three places, a paragraph
 * deleted, one moved, one added.
 */
export function editedCopy(bytes: number): EditionPair {
  const report = syntheticReport(bytes, 1)
  const copy = structuredClone(report)
  const paragraphs = (s: number): Section['paragraphs'] =>
    (copy.sections[s % copy.sections.length] as Section).paragraphs
  for (const s of [0, 2, 4]) {
    const paragraph = paragraphs(s)[1]
    if (paragraph) paragraph.text = paragraph.text.replace(/\b(\w{5,})\b/, 'changed')
  }
  paragraphs(1).splice(2, 1)
  const [moved] = paragraphs(3).splice(0, 1)
  if (moved) paragraphs(5).push(moved)
  paragraphs(6).splice(1, 0, { id: 'added', text: 'A new paragraph. It says two things.' })
  return { before: report, after: copy }
}

/**
 * Two real editions of one documentation: the API reference of the AWS SDK for JavaScript v2
 * (the doc comments of its service clients) in 2.1500.0 (November 2023) and 2.1693.0 (its last
 * release, 2025). The new edition takes the services in file order until it holds `bytes` of
 * text; the old one the same services as they were. Between the two, operations and services
 * were added, sentences reworded, paragraphs moved: what a trainer's next edition does, at size.
 * The tarballs are fetched once with `npm pack` into the benchmark cache (see prose-corpus.ts).
 */
export const REAL_EDITIONS = ['aws-sdk@2.1500.0', 'aws-sdk@2.1693.0'] as const

export function realEditions(bytes: number, log: (line: string) => void): EditionPair {
  const tarballs = fetchProsePackages(proseCacheDir(), log, REAL_EDITIONS)
  const [oldDocs, newDocs] = REAL_EDITIONS.map((spec, i) =>
    readProseDocuments([tarballs[i] as string], [spec])
  ) as [ProseDocument[], ProseDocument[]]
  const path = (document: ProseDocument) => document.source.slice(document.source.indexOf('/') + 1)
  const chosen: ProseDocument[] = []
  let total = 0
  for (const document of [...newDocs].sort((a, b) => (path(a) < path(b) ? -1 : 1))) {
    if (total >= bytes) break
    chosen.push(document)
    for (const section of document.sections)
      for (const paragraph of section.paragraphs) total += Buffer.byteLength(paragraph)
  }
  const oldByPath = new Map(oldDocs.map((document) => [path(document), document]))
  const edition = (documents: (ProseDocument | undefined)[]): ComparableReport => ({
    sections: documents.flatMap((document) =>
      (document?.sections ?? []).map((section, s) => {
        const id = `${slugify(path(document as ProseDocument))}-${s + 1}`
        return {
          id,
          heading:
            section.heading === 'Introduction' ? path(document as ProseDocument) : section.heading,
          paragraphs: section.paragraphs.map((text, p) => ({ id: `${id}-p${p + 1}`, text }))
        }
      })
    )
  })
  return {
    before: edition(chosen.map((document) => oldByPath.get(path(document)))),
    after: edition(chosen)
  }
}
