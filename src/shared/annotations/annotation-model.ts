import * as v from 'valibot'
import { SlugSchema } from '../report-model'

/**
 * Highlights and notes, as stored, exported and sent over IPC. Every limit here is checked in
 * main on every IPC payload and on import, with a message the user can act on.
 */

export const LIMITS = {
  noteLength: 20_000,
  tagCount: 20,
  tagLength: 40,
  quoteLength: 5_000,
  contextLength: 64,
  colorLabelLength: 40,
  annotationCount: 100_000
} as const

/** The highlight colours; each has a meaning label the user can rename. */
export const COLOR_IDS = ['yellow', 'green', 'blue', 'pink'] as const
export type ColorId = (typeof COLOR_IDS)[number]
export const ColorIdSchema = v.picklist(COLOR_IDS)

export const DEFAULT_COLOR_LABELS: Record<ColorId, string> = {
  yellow: 'Important',
  green: 'Evidence',
  blue: 'Question',
  pink: 'Follow up'
}

const text = (max: number, what: string) =>
  v.pipe(v.string(), v.maxLength(max, `${what} is longer than ${max} characters.`))

export const TagSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('A tag cannot be empty.'),
  v.maxLength(LIMITS.tagLength, `A tag is longer than ${LIMITS.tagLength} characters.`)
)
export const TagsSchema = v.pipe(
  v.array(TagSchema),
  v.maxLength(LIMITS.tagCount, `A note can have at most ${LIMITS.tagCount} tags.`)
)
export const NoteSchema = text(LIMITS.noteLength, 'The note')

/** W3C TextQuoteSelector: the highlighted text with some context either side. */
export const TextQuoteSelectorSchema = v.object({
  exact: v.pipe(text(LIMITS.quoteLength, 'The highlighted text'), v.nonEmpty()),
  prefix: text(LIMITS.contextLength, 'The context'),
  suffix: text(LIMITS.contextLength, 'The context')
})
export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>

/** W3C TextPositionSelector, in UTF-16 offsets into the paragraph's text. */
export const TextPositionSelectorSchema = v.pipe(
  v.object({
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(1))
  }),
  v.check((p) => p.end > p.start, 'A highlight must cover at least one character.')
)
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>

export const TextTargetSchema = v.object({
  kind: v.literal('text'),
  paragraphId: SlugSchema,
  position: TextPositionSelectorSchema,
  quote: TextQuoteSelectorSchema
})
export type TextTarget = v.InferOutput<typeof TextTargetSchema>

export const SectionTargetSchema = v.object({
  kind: v.literal('section'),
  sectionId: SlugSchema
})

export const AnnotationTargetSchema = v.variant('kind', [TextTargetSchema, SectionTargetSchema])
export type AnnotationTarget = v.InferOutput<typeof AnnotationTargetSchema>

export const AnnotationIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/))

export const AnnotationSchema = v.object({
  id: AnnotationIdSchema,
  reportId: SlugSchema,
  /** contentHash of the report edition the target was made on. */
  editionHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  target: AnnotationTargetSchema,
  color: ColorIdSchema,
  note: NoteSchema,
  tags: TagsSchema,
  /** ISO 8601 times. */
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp())
})
export type Annotation = v.InferOutput<typeof AnnotationSchema>

/** What the renderer sends to create an annotation; main adds id and times. */
export const NewAnnotationSchema = v.object({
  reportId: SlugSchema,
  editionHash: AnnotationSchema.entries.editionHash,
  target: AnnotationTargetSchema,
  color: ColorIdSchema,
  note: NoteSchema,
  tags: TagsSchema
})
export type NewAnnotation = v.InferOutput<typeof NewAnnotationSchema>

/** What may change on an existing annotation. */
export const AnnotationChangesSchema = v.object({
  color: v.optional(ColorIdSchema),
  note: v.optional(NoteSchema),
  tags: v.optional(TagsSchema),
  /** Re-attach an orphan (or move a highlight) to a new place in the current edition. */
  target: v.optional(AnnotationTargetSchema),
  editionHash: v.optional(AnnotationSchema.entries.editionHash)
})
export type AnnotationChanges = v.InferOutput<typeof AnnotationChangesSchema>

export const ColorLabelsSchema = v.object({
  yellow: text(LIMITS.colorLabelLength, 'A colour name'),
  green: text(LIMITS.colorLabelLength, 'A colour name'),
  blue: text(LIMITS.colorLabelLength, 'A colour name'),
  pink: text(LIMITS.colorLabelLength, 'A colour name')
})
export type ColorLabels = v.InferOutput<typeof ColorLabelsSchema>

/** Whether the user's annotations are safely on disk; shown to the user when they are not. */
export type SaveState =
  { state: 'saved' } | { state: 'retrying' | 'failed'; message: string; unsavedChanges: number }
