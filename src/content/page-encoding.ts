/**
 * The character encoding a saved web page declares for itself: `<meta charset="windows-1252">`
 * or `<meta http-equiv="Content-Type" content="text/html; charset=…">` near its start. A browser
 * saves a page ("HTML only") in the encoding it came in, and older government pages are often
 * in windows-1252 or ISO-8859-1, not UTF-8. Gives the name TextDecoder knows it by ('utf-8' for
 * a page that declares none, or whose byte order mark says UTF-8), or the name it does not know.
 */

/** Where a browser looks for the declaration: the first 1,024 bytes (HTML's "prescan"). */
const PRESCAN_BYTES = 1024
const CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i

export function declaredEncoding(bytes: Uint8Array): { encoding: string } | { unknown: string } {
  const utf8 = { encoding: 'utf-8' }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES))
  const label = CHARSET.exec(head)?.[1]
  if (!label) return utf8
  try {
    return { encoding: new TextDecoder(label).encoding }
  } catch {
    return { unknown: label }
  }
}
