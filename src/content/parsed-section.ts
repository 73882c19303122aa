/** What a format parser produces: sections of clean text, before ids are assigned. */
export interface ParsedSection {
  heading: string
  paragraphs: string[]
}

/** Heading given to text that comes before a report's first heading. */
export const INTRODUCTION_HEADING = 'Introduction'
