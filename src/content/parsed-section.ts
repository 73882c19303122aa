import type { Paragraph } from '../shared/report-model'

/** A block as a format parser produces it, before ids are assigned. */
export type ParsedBlock = Omit<Paragraph, 'id'>

/** What a format parser produces: sections of clean text, before ids are assigned. */
export interface ParsedSection {
  heading: string
  /** 1 (top level, the default) to MAX_SECTION_LEVEL. */
  level?: number
  blocks: ParsedBlock[]
}

/**
 * Something the build tells the trainer about one file: text it dropped on purpose (page chrome,
 * a script), a warning (a file that looks cut off, an empty section, a repeated paragraph) or a
 * note (what an edition has no need of). None stops the build.
 */
export interface BuildNotice {
  kind: 'dropped' | 'warning' | 'note'
  message: string
}

export interface ParsedReport {
  /** Empty when the file has no recognizable sections (the caller reports that as a problem). */
  sections: ParsedSection[]
  notices: BuildNotice[]
}

/** Heading given to text that comes before a report's first heading. */
export const INTRODUCTION_HEADING = 'Introduction'
