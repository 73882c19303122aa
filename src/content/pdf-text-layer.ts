/**
 * A PDF's text layer as the build reads it: for each page, the runs of text pdf.js finds, with
 * where they sit and in what type. This is what `ReportFile.text` holds for a PDF (as JSON), so
 * that parsing stays a pure function of a file's text, as it is for the other formats.
 */
export interface PdfTextRun {
  text: string
  /** Left edge and baseline, in points from the page's top left corner. */
  x: number
  y: number
  width: number
  /** The type's size in points. */
  size: number
  /** Whether the type is bold (or semibold, black), from the font's name and weight. */
  bold: boolean
}

export interface PdfPageText {
  /** The page's size in points. */
  width: number
  height: number
  runs: PdfTextRun[]
}

export interface PdfTextLayer {
  pages: PdfPageText[]
}

/** What the extraction (pdf-text-layer-reader.ts) writes: the text layer, or why there is none. */
export type PdfExtraction = { layer: PdfTextLayer } | { problem: string }
