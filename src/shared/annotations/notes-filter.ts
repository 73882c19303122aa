import * as v from 'valibot'
import { SlugSchema } from '../report-model'
import type { Formatter } from '../i18n/formatter'
import { ColorIdSchema, TagSchema, type Annotation, type ColorLabels } from './annotation-model'

/**
 * Which notes to show or export: those of one report, one colour, one tag and containing some
 * text, each optional. The notes panel lists with it, and an export of "the notes shown" sends the
 * same filter to main, which applies it: what the reader sees is what the file holds. Tags match
 * whatever their case ("numbers" and "Numbers" are one tag).
 */
export const NotesFilterSchema = v.strictObject({
  reportId: v.optional(SlugSchema),
  color: v.optional(ColorIdSchema),
  tag: v.optional(TagSchema),
  text: v.optional(v.pipe(v.string(), v.maxLength(200)))
})
export type NotesFilter = v.InferOutput<typeof NotesFilterSchema>

/** Case, accents and width folded, so "cafe" finds "Café" and "ｎｏｔｅ" finds "note". */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase()

export function matchesNotesFilter(annotation: Annotation, filter: NotesFilter): boolean {
  const tag = filter.tag?.toLocaleLowerCase()
  const text = filter.text?.trim() ? fold(filter.text.trim()) : ''
  const fields = () => [
    annotation.target.kind === 'text' ? annotation.target.quote.exact : '',
    annotation.note,
    ...annotation.tags
  ]
  return (
    (!filter.reportId || annotation.reportId === filter.reportId) &&
    (!filter.color || annotation.color === filter.color) &&
    (!tag || annotation.tags.some((t) => t.toLocaleLowerCase() === tag)) &&
    (!text || fields().some((f) => fold(f).includes(text)))
  )
}

export function isNotesFilterEmpty(filter: NotesFilter): boolean {
  return !filter.reportId && !filter.color && !filter.tag && !filter.text?.trim()
}

/**
 * What the filter asks for, in words that follow "notes": "in “Field Guide”, coloured Evidence
 * and tagged “law”", or "" when it asks for nothing (all notes). In the language of `t`.
 */
export function notesFilterWords(
  t: Formatter,
  filter: NotesFilter,
  colorLabels: ColorLabels,
  reportTitle: (reportId: string) => string | undefined
): string {
  const parts = [
    filter.reportId
      ? t('filterWords.report', { title: reportTitle(filter.reportId) ?? filter.reportId })
      : '',
    filter.color
      ? t('filterWords.color', { color: colorLabels[filter.color].trim() || filter.color })
      : '',
    filter.tag ? t('filterWords.tag', { tag: filter.tag }) : '',
    filter.text?.trim() ? t('filterWords.text', { text: filter.text.trim() }) : ''
  ].filter(Boolean)
  return parts.length > 0 ? t.list(parts) : ''
}
