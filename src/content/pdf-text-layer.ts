/**
 * A PDF's text layer as the build reads it: for each page, the runs of text pdf.js finds, with
 * where they sit and in what type, the small shapes and thin rules drawn on it (bullets drawn as
 * pictures, table borders, a footnote's separator) and, for a tagged PDF, its structure tree.
 * This is what `ReportFile.text` holds for a PDF (as JSON), so that parsing stays a pure function
 * of a file's text, as it is for the other formats.
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
  /** The type is monospaced (code, commands): its line breaks are the text's own. */
  mono?: boolean
  /** A tagged PDF's marked content the run is in: its index in the page's `marked`. */
  mc?: number
  /** Marked as an artifact (a running head, a page number): not part of the document's text. */
  artifact?: boolean
}

/** A shape drawn on the page: its bounding box, in points from the top left corner. */
export interface PdfShape {
  x: number
  y: number
  width: number
  height: number
  /** Filled (a disc, a square), or only stroked (a circle, a rule drawn as a line). */
  filled: boolean
}

/**
 * An element of a tagged PDF's structure tree ("P", "H2", "L", "LI", "Table", "TD", "Note",
 * "Link" …). Its kids are elements, or numbers: marked content on the page, by index in `marked`.
 */
export interface PdfStructElement {
  role: string
  kids: (PdfStructElement | number)[]
}

export interface PdfPageText {
  /** The page's size in points. */
  width: number
  height: number
  runs: PdfTextRun[]
  /** Small shapes (bullets) and thin rules, at most a few thousand a page. */
  shapes?: PdfShape[]
  /** The tag of each marked content sequence with an id ("P", or a style name as Writer writes). */
  marked?: string[]
  /** The part of the structure tree on this page (tagged PDFs only). */
  structure?: PdfStructElement
}

export interface PdfTextLayer {
  pages: PdfPageText[]
}

/** What the extraction (pdf-text-layer-reader.ts) writes: the text layer, or why there is none. */
export type PdfExtraction = { layer: PdfTextLayer } | { problem: string }
