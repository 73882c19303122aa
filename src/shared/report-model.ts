import * as v from 'valibot'
import { nameProblems, type NameField } from './edition-name'

/**
 * The processed report model: what the build-time content pipeline writes and what main serves.
 * The schemas double as the runtime check main runs on the generated files, so a corrupt or
 * hand-edited file is caught at load time with a message instead of a blank window.
 */

/** Ids are URL- and DOM-safe slugs; they appear in element ids, IPC payloads and index refs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SlugSchema = v.pipe(v.string(), v.maxLength(120), v.regex(SLUG_PATTERN))

export const ReportMetadataSchema = v.object({
  title: v.pipe(v.string(), v.nonEmpty()),
  publisher: v.pipe(v.string(), v.nonEmpty()),
  sourceUrl: v.pipe(v.string(), v.nonEmpty()),
  /** Year or edition label, e.g. "2021". */
  edition: v.pipe(v.string(), v.nonEmpty())
})
export type ReportMetadata = v.InferOutput<typeof ReportMetadataSchema>

const Count = v.pipe(v.number(), v.integer(), v.minValue(0))

/** Headings nest to four levels: 1 is a report's top-level section, 4 the deepest. */
export const MAX_SECTION_LEVEL = 4
/** Lists nest to four levels too; deeper items are kept at the fourth. */
export const MAX_LIST_DEPTH = 4

/** Between two cells in a table row's text (it is in the text, so search and copy see it). */
export const TABLE_CELL_SEPARATOR = ' | '

/** An item of a list, ordered or not, at a depth (1 = a top-level item). */
export const ListItemBlockSchema = v.object({
  kind: v.literal('list-item'),
  ordered: v.boolean(),
  depth: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_LIST_DEPTH)),
  /** An ordered item's number as the source gives it (a list may start anywhere). */
  number: v.optional(Count)
})

/** A row of a table. Rows of one table are consecutive blocks with the same `table`. */
export const TableRowBlockSchema = v.object({
  kind: v.literal('table-row'),
  /** Which table of its section the row belongs to, counting from 1. */
  table: v.pipe(Count, v.minValue(1)),
  /** A header row (kept as one: it labels the columns, and is read out as such). */
  header: v.boolean(),
  /** Each cell's [start, end) in the row's text; cells are joined by TABLE_CELL_SEPARATOR. */
  cells: v.pipe(v.array(v.tuple([Count, Count])), v.minLength(1))
})

/** A paragraph of a block quote. */
export const QuoteBlockSchema = v.object({ kind: v.literal('quote') })

/** A footnote's text; the references to it carry its label. */
export const FootnoteBlockSchema = v.object({
  kind: v.literal('footnote'),
  label: v.pipe(v.string(), v.nonEmpty(), v.maxLength(40))
})

/**
 * A block of code or other preformatted text (a Markdown code block, an HTML <pre>): its text
 * keeps its line breaks and spaces, is drawn in a monospaced type and is never reflowed.
 */
export const CodeBlockSchema = v.object({ kind: v.literal('code') })

export const BlockSchema = v.variant('kind', [
  ListItemBlockSchema,
  TableRowBlockSchema,
  QuoteBlockSchema,
  FootnoteBlockSchema,
  CodeBlockSchema
])
export type Block = v.InferOutput<typeof BlockSchema>
export type BlockKind = Block['kind'] | 'paragraph'

/** A reference to a footnote: the label as it appears in the text, e.g. "[1]" at [start, end). */
export const FootnoteRefSchema = v.object({
  start: Count,
  end: Count,
  label: v.pipe(v.string(), v.nonEmpty(), v.maxLength(40))
})
export type FootnoteRef = v.InferOutput<typeof FootnoteRefSchema>

/** How a run of a block's text is set, as its source marked it. */
export const INLINE_MARK_KINDS = ['emphasis', 'strong', 'code', 'link', 'strike'] as const
export type InlineMarkKind = (typeof INLINE_MARK_KINDS)[number]

/**
 * An inline mark: emphasis, strong, inline code, a link or struck-out text over [start, end) of
 * a block's text. Marks only say how the text is set; the text itself is the same plain text
 * with or without them, so search, highlights and notes count their offsets in it as before.
 * Marks of different kinds may nest or overlap; a link keeps its address for its title (the app
 * never opens it).
 */
export const InlineMarkSchema = v.object({
  start: Count,
  end: Count,
  kind: v.picklist(INLINE_MARK_KINDS),
  href: v.optional(v.pipe(v.string(), v.maxLength(2000)))
})
export type InlineMark = v.InferOutput<typeof InlineMarkSchema>

/**
 * A block of text: a paragraph, or (with `block`) a list item, a table row, a paragraph of a
 * quote, a footnote or a code block. It is what search indexes, what a highlight's offsets count in and what
 * notes anchor to; the name "paragraph" stays because notes saved by every earlier version say
 * `paragraphId`. Fields that are absent keep the JSON, and so the content hash, of a report
 * without structure exactly as before.
 */
export const ParagraphSchema = v.object({
  /** Stable within an edition: `<section id>-p<n>`, n counting blocks from 1. */
  id: SlugSchema,
  /** Clean text: chrome, heading label and non-breaking spaces removed; curly quotes kept. */
  text: v.pipe(v.string(), v.nonEmpty()),
  /** What kind of block this is, when it is not a plain paragraph. */
  block: v.optional(BlockSchema),
  /** References to footnotes inside the text. */
  footnoteRefs: v.optional(v.array(FootnoteRefSchema)),
  /** How runs of the text are set (emphasis, strong, code, links), in order of their start. */
  marks: v.optional(v.array(InlineMarkSchema)),
  /** The page the block starts on, for sources with pages (PDF), for citations. */
  page: v.optional(v.pipe(Count, v.minValue(1)))
})
export type Paragraph = v.InferOutput<typeof ParagraphSchema>

export const SectionSchema = v.object({
  /** Slug of the heading, made unique within the report. */
  id: SlugSchema,
  heading: v.pipe(v.string(), v.nonEmpty()),
  /** How deep the heading is, 2 to MAX_SECTION_LEVEL; absent for a top-level section. */
  level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_SECTION_LEVEL))),
  paragraphs: v.array(ParagraphSchema)
})
export type Section = v.InferOutput<typeof SectionSchema>

/** A section's heading level, 1 (top) to MAX_SECTION_LEVEL. */
export const sectionLevel = (section: Pick<Section, 'level'>): number => section.level ?? 1

/** What kind of block a paragraph is. */
export const blockKind = (paragraph: Pick<Paragraph, 'block'>): BlockKind =>
  paragraph.block?.kind ?? 'paragraph'

export const ReportFormatSchema = v.picklist(['text', 'markdown', 'html', 'pdf', 'docx', 'epub'])
export type ReportFormat = v.InferOutput<typeof ReportFormatSchema>

export const ProcessedReportSchema = v.object({
  id: SlugSchema,
  format: ReportFormatSchema,
  /** File name of the source inside the content folder, for messages and provenance. */
  sourceFile: v.string(),
  metadata: ReportMetadataSchema,
  /** sha256 (hex) of the processed sections: identifies this edition of the text. */
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  sections: v.pipe(v.array(SectionSchema), v.minLength(1))
})
export type ProcessedReport = v.InferOutput<typeof ProcessedReportSchema>

/** Names that reach file names, the product name or the app id: only safe characters. */
const safeName = (field: NameField) =>
  v.rawCheck<string>(({ dataset, addIssue }) => {
    if (dataset.typed)
      for (const message of nameProblems(field, dataset.value)) addIssue({ message })
  })

/**
 * An edition: the app as a trainer hands it out, named for its course. Read from `edition.json`
 * in the content folder; shown in the window title and the About screen.
 */
export const EditionSchema = v.object({
  appName: v.pipe(
    v.string('appName must be text in double quotes'),
    v.trim(),
    v.nonEmpty('appName is empty'),
    v.maxLength(60, 'appName is longer than 60 characters'),
    safeName('appName')
  ),
  editionTitle: v.pipe(
    v.string('editionTitle must be text in double quotes'),
    v.trim(),
    v.nonEmpty('editionTitle is empty'),
    v.maxLength(120, 'editionTitle is longer than 120 characters'),
    safeName('editionTitle')
  ),
  about: v.pipe(
    v.string('about must be text in double quotes'),
    v.maxLength(4000, 'about is longer than 4,000 characters')
  ),
  contact: v.pipe(
    v.string('contact must be text in double quotes'),
    v.maxLength(200, 'contact is longer than 200 characters')
  ),
  /** `#rrggbb`, dark enough for text on white (checked by the build), or null for the default. */
  accentColor: v.nullable(
    v.pipe(
      v.string('accentColor must look like #1d4f91'),
      v.regex(/^#[0-9a-fA-F]{6}$/, 'accentColor must look like #1d4f91')
    )
  ),
  /**
   * The language the app speaks in this edition until the reader chooses another (`"ru"`,
   * `"kk"`, `"ar"`…), or null to follow the system's languages.
   */
  language: v.optional(
    v.nullable(
      v.pipe(
        v.string('language must be a language tag in double quotes, e.g. "ru"'),
        v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language must be a language tag, e.g. "ru"')
      )
    ),
    null
  )
})
export type Edition = v.InferOutput<typeof EditionSchema>

export const DEFAULT_EDITION: Edition = {
  appName: 'Offline Reference Reader',
  editionTitle: 'Standard edition',
  about: '',
  contact: '',
  accentColor: null,
  language: null
}

export const LIBRARY_FORMAT_VERSION = 1

export const LibrarySchema = v.object({
  formatVersion: v.literal(LIBRARY_FORMAT_VERSION),
  edition: EditionSchema,
  reports: v.pipe(v.array(ProcessedReportSchema), v.minLength(1))
})
export type Library = v.InferOutput<typeof LibrarySchema>

/** File names of the generated content, relative to the generated-content folder. */
export const GENERATED_FILES = {
  library: 'library.json',
  /** The library's table of contents: each report's summary and where it lies in library.json. */
  contents: 'library-contents.json',
  /** The prebuilt lunr index (lunr 2.3.9 JSON, with term positions). */
  searchIndex: 'search-index.json',
  /** The same index in the search engine's compact layout (see src/shared/search/packed-index.ts). */
  packedIndex: 'search-index.bin',
  /** Every report's acronyms and what they stand for (see src/shared/glossary/glossary-model.ts). */
  glossary: 'glossary.json'
} as const

/** A search index document is one paragraph; its ref joins report and paragraph ids. */
export function paragraphRef(reportId: string, paragraphId: string): string {
  return `${reportId}/${paragraphId}`
}

export function parseParagraphRef(ref: string): { reportId: string; paragraphId: string } | null {
  const slash = ref.indexOf('/')
  if (slash <= 0 || slash === ref.length - 1) return null
  return { reportId: ref.slice(0, slash), paragraphId: ref.slice(slash + 1) }
}

/**
 * What the report switcher, the About screen and search need of every report, without its text
 * or its sections: the window's first answer carries one per report, so it stays small however
 * many reports and headings the library has (sections come with the report when it is opened).
 */
export interface ReportSummary {
  id: string
  metadata: ReportMetadata
  contentHash: string
}

export function summarizeReport(
  report: Pick<ProcessedReport, 'id' | 'metadata' | 'contentHash'>
): ReportSummary {
  return { id: report.id, metadata: report.metadata, contentHash: report.contentHash }
}
