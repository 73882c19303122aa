const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d

/** Bytes of UTF-8 decoded and parsed at a time: well below what V8 allocates apart (128 KB). */
export const PIECE_BYTES = 32 * 1024

/** A JSON array's items, and how many UTF-16 characters its text takes. */
export interface ParsedArray {
  items: unknown[]
  chars: number
}

/** A comma, then a line break: where the app's segments put each note on a line of its own. */
const LINE_AFTER_COMMA = Buffer.from(',\n')

/**
 * Parses the JSON array in `bytes` (UTF-8, the whole of it) a few items at a time, never making a
 * string of the whole: a string of hundreds of kilobytes is allocated apart from the rest of the
 * heap, which costs ten times what decoding it does (the largest part of opening 50,000 notes). The
 * text is cut at commas between the array's items, about every `pieceBytes`, and each piece is
 * decoded and parsed on its own. Where the text has a comma and a line break (the app's segments
 * put each note on a line) it is cut there, found without reading what is between; else a scan of
 * every byte finds the commas outside strings and nested values.
 *
 * Null when the bytes are not an array as the scan reads it; a SyntaxError, as JSON.parse, when a
 * piece is not JSON: items that are not, or a line break after a comma inside an item (a piece
 * cut there never closes). Never other items than JSON.parse gives: the caller, on null or an
 * error, parses the whole text and says what is wrong with it.
 */
export function parseArrayInPieces(bytes: Buffer, pieceBytes = PIECE_BYTES): ParsedArray | null {
  const end = bytes.length
  if (end < 2 || bytes[0] !== OPEN_ARRAY || bytes[end - 1] !== CLOSE_ARRAY) return null
  const commas = bytes.includes(LINE_AFTER_COMMA)
    ? commasBeforeLineBreaks(bytes, pieceBytes)
    : topLevelCommas(bytes)
  if (!commas) return null
  const items: unknown[] = []
  // The brackets, and each comma where the text is cut.
  let chars = 2
  let from = 1
  for (let next = 0; next <= commas.length; next++) {
    const at = next < commas.length ? (commas[next] as number) : end - 1
    if (next < commas.length && at - from < pieceBytes) continue
    const text = bytes.toString('utf8', from, at)
    chars += text.length + (next < commas.length ? 1 : 0)
    if (next === commas.length && commas.length === 0 && text.trim() === '') break
    for (const item of JSON.parse(`[${text}]`) as unknown[]) items.push(item)
    from = at + 1
  }
  return { items, chars }
}

/** The commas followed by a line break, one about every `pieceBytes`. */
function commasBeforeLineBreaks(bytes: Buffer, pieceBytes: number): number[] {
  const commas: number[] = []
  for (
    let at = bytes.indexOf(LINE_AFTER_COMMA, 1 + pieceBytes);
    at >= 0;
    at = bytes.indexOf(LINE_AFTER_COMMA, at + 1 + pieceBytes)
  ) {
    commas.push(at)
  }
  return commas
}

/**
 * The offsets of the commas between the items of the array that `bytes` is, or null when its
 * strings or brackets do not close where they should. A quote inside a string is always escaped,
 * so the next quote after an even run of backslashes ends it; UTF-8 never has these bytes inside
 * a character, so reading bytes is reading characters here.
 */
function topLevelCommas(bytes: Buffer): number[] | null {
  const commas: number[] = []
  let depth = 0
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (byte === QUOTE) {
      const close = closingQuote(bytes, i + 1)
      if (close < 0) return null
      i = close
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) depth++
    else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      depth--
      if (depth < 0 || (depth === 0 && i !== bytes.length - 1)) return null
    } else if (byte === COMMA && depth === 1) commas.push(i)
  }
  return depth === 0 ? commas : null
}

function closingQuote(bytes: Buffer, from: number): number {
  for (let at = bytes.indexOf(QUOTE, from); at >= 0; at = bytes.indexOf(QUOTE, at + 1)) {
    let backslashes = 0
    while (bytes[at - 1 - backslashes] === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return at
  }
  return -1
}
