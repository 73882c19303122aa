import * as v from 'valibot'
import { SlugSchema } from '../report-model'
import { UnplacedReasonSchema } from './unplaced-reason'

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
  annotationCount: 100_000,
  /**
   * Offsets are UTF-16 positions in one paragraph. No paragraph comes near this; it only keeps
   * absurd numbers (1e300, 2^53) out of the store. Main also checks them against the paragraph.
   */
  offset: 50_000_000,
  /** Earlier places of a highlight kept after it moved to new editions (the newest). */
  historyLength: 20
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

/**
 * W3C TextPositionSelector, in UTF-16 offsets into the paragraph's text; for a highlight over
 * several paragraphs, `start` counts in the first and `end` in the last (see TextTargetSchema).
 */
const OffsetSchema = v.pipe(
  v.number(),
  v.safeInteger('An offset must be a whole number.'),
  v.minValue(0, 'An offset cannot be negative.'),
  v.maxValue(LIMITS.offset, 'An offset is larger than any paragraph.')
)
export const TextPositionSelectorSchema = v.object({ start: OffsetSchema, end: OffsetSchema })
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>

/**
 * A passage of the text: in one paragraph (`paragraphId`, offsets `start` to `end` in it), or
 * over several, from `start` in `paragraphId` to `end` in `endParagraphId`. The quote is the
 * passage's text, the paragraphs joined by a blank line (PARAGRAPH_JOIN).
 */
export const TextTargetSchema = v.pipe(
  v.object({
    kind: v.literal('text'),
    paragraphId: SlugSchema,
    endParagraphId: v.optional(SlugSchema),
    position: TextPositionSelectorSchema,
    quote: TextQuoteSelectorSchema
  }),
  v.check(
    (t) =>
      t.endParagraphId === undefined
        ? t.position.end > t.position.start
        : t.endParagraphId !== t.paragraphId,
    'A highlight must cover at least one character.'
  )
)
export type TextTarget = v.InferOutput<typeof TextTargetSchema>

/** Between the paragraphs of a passage that spans several, in its quote. */
export const PARAGRAPH_JOIN = '\n\n'

export const SectionTargetSchema = v.object({
  kind: v.literal('section'),
  sectionId: SlugSchema
})

export const AnnotationTargetSchema = v.variant('kind', [TextTargetSchema, SectionTargetSchema])
export type AnnotationTarget = v.InferOutput<typeof AnnotationTargetSchema>

export const AnnotationIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/))

const EditionHashSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))
const TimeSchema = v.pipe(v.string(), v.isoTimestamp())

/** Where a highlight was in an earlier edition, kept when the app moved it to a new one. */
export const EarlierPlaceSchema = v.object({
  editionHash: EditionHashSchema,
  target: TextTargetSchema,
  /** How it was found in the next edition (see anchoring.ts). */
  method: v.picklist(['position', 'quote', 'fuzzy']),
  movedAt: TimeSchema
})
export type EarlierPlace = v.InferOutput<typeof EarlierPlaceSchema>

export const AnnotationSchema = v.object({
  id: AnnotationIdSchema,
  reportId: SlugSchema,
  /** contentHash of the report edition the target is in (made on, or moved to). */
  editionHash: EditionHashSchema,
  target: AnnotationTargetSchema,
  color: ColorIdSchema,
  note: NoteSchema,
  tags: TagsSchema,
  /** ISO 8601 times. */
  createdAt: TimeSchema,
  updatedAt: TimeSchema,
  /** Earlier places, oldest first: the selectors it had before each move to a new edition. */
  history: v.optional(v.pipe(v.array(EarlierPlaceSchema), v.maxLength(LIMITS.historyLength))),
  /**
   * Set when it could not be placed in an edition: that edition, and why (a code and its values,
   * put into words when shown). It is not searched for again until the edition changes; its
   * target stays where it was last placed.
   */
  unplacedIn: v.optional(v.object({ editionHash: EditionHashSchema, reason: UnplacedReasonSchema }))
})
export type Annotation = v.InferOutput<typeof AnnotationSchema>

/** What the renderer sends to create an annotation; main adds id and times. */
export const NewAnnotationSchema = v.object({
  reportId: SlugSchema,
  editionHash: EditionHashSchema,
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
  editionHash: v.optional(EditionHashSchema)
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
