import * as v from 'valibot'
import { SlugSchema } from '../report-model'
import { ColorIdSchema, TagSchema, type Annotation, type ColorLabels } from './annotation-model'

/**
 * Which notes to show or export: those of one report, one colour and one tag, each optional.
 * The notes panel lists with it, and an export of "the notes shown" sends the same filter to
 * main, which applies it: what the reader sees is what the file holds.
 */
export const NotesFilterSchema = v.strictObject({
  reportId: v.optional(SlugSchema),
  color: v.optional(ColorIdSchema),
  tag: v.optional(TagSchema)
})
export type NotesFilter = v.InferOutput<typeof NotesFilterSchema>

export function matchesNotesFilter(annotation: Annotation, filter: NotesFilter): boolean {
  return (
    (!filter.reportId || annotation.reportId === filter.reportId) &&
    (!filter.color || annotation.color === filter.color) &&
    (!filter.tag || annotation.tags.includes(filter.tag))
  )
}

export function isNotesFilterEmpty(filter: NotesFilter): boolean {
  return !filter.reportId && !filter.color && !filter.tag
}

/**
 * What the filter asks for, in words that follow "notes": "in “Field Guide”, coloured Evidence
 * and tagged “law”", or "" when it asks for nothing (all notes).
 */
export function notesFilterWords(
  filter: NotesFilter,
  colorLabels: ColorLabels,
  reportTitle: (reportId: string) => string | undefined
): string {
  const parts = [
    filter.reportId ? `in “${reportTitle(filter.reportId) ?? filter.reportId}”` : '',
    filter.color ? `coloured ${colorLabels[filter.color].trim() || filter.color}` : '',
    filter.tag ? `tagged “${filter.tag}”` : ''
  ].filter(Boolean)
  const last = parts.pop() ?? ''
  return parts.length > 0 ? `${parts.join(', ')} and ${last}` : last
}
