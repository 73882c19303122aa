/** What docx-html-reader.ts writes: the Word file as HTML, or why it could not be read. */
export type DocxExtraction = { html: string; messages: string[] } | { problem: string }
