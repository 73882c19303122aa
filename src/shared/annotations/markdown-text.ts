/**
 * Plain text (a note, a quote, a report's title) written into Markdown so that any CommonMark or
 * GitHub-flavoured viewer shows exactly the characters typed, and nothing else: no HTML, no
 * heading, list, quote, table, code, link or emphasis the writer did not mean. Only what a viewer
 * would actually interpret is escaped, with a backslash, so the Markdown still reads as prose:
 * `AT&T`, `2 * 3`, `snake_case`, `#hashtag`, `a < b` and `50%` are left as they are.
 *
 * What is escaped, and when (CommonMark 0.31, plus GFM tables and strikethrough):
 * - At the start of a line: `#` before a space (heading), `>` (quote), `-` `+` `*` before a
 *   space (list), `1.` / `1)` before a space (numbered list), a line of only `=` or `-` (would
 *   turn the line above into a heading), `***` / `- - -` / `___` (rule), three backticks or
 *   tildes (code fence), `[` of a `[label]: url` definition, and a table's `---|---` row.
 * - Anywhere: `<` before a letter, `/`, `!` or `?` (HTML, autolinks), `&` of an entity
 *   (`&amp;`, `&#35;`), `\` before punctuation (would escape it), backticks when two runs
 *   could pair into code, `[` of a `[text](url)` link, and `*`, `_`, `~` runs only where one could open
 *   emphasis or strikethrough that a later run could close.
 * - Leading spaces and tabs are dropped (four would start a code block). A web address
 *   (`https://…`) is written as an autolink, `<https://…>`, and nothing inside it is escaped:
 *   every viewer shows it as typed, as a link to that very address.
 *
 * No library fitted: the escapers on npm (markdown-escape, mdast-util-to-markdown's `unsafe`
 * patterns) escape every `*`, `_`, `#` or `&`, which is what made the old export hard to read.
 * The tests render the output with the CommonMark reference parser and with marked (GFM) and
 * check that the text comes back character for character.
 */

/** A line break inside a paragraph: two spaces, then the newline (CommonMark's hard break). */
const HARD_BREAK = '  \n'

/**
 * Several paragraphs of text (a note): line breaks kept as hard breaks, blank lines as paragraph
 * breaks, leading and trailing blanks of each line dropped.
 */
export function markdownText(text: string): string {
  return paragraphsOf(text)
    .map((lines) => escapeParagraph(lines).join(HARD_BREAK))
    .join('\n\n')
}

/**
 * Text for inside one line (a title, a tag, a heading): runs of white space, line breaks
 * included, become one space. With `emphasis`, every `*` is escaped too, for text that goes
 * between `*…*`; with `heading`, a closing run of `#` (which a heading would drop) is escaped.
 */
export function markdownInline(
  text: string,
  { emphasis = false, heading = false }: { emphasis?: boolean; heading?: boolean } = {}
): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return escapeText(line, (masked) => {
    const marks = emphasis ? [...masked.matchAll(/\*/g)].map((m) => m.index) : []
    const closing = heading ? /(?:^| )(#+) *$/.exec(masked) : null
    if (closing) marks.push(masked.length - closing[0].trimStart().length)
    return marks
  })
}

/** Text as a block quote: `> ` before each line, `>` alone between paragraphs. */
export function markdownQuote(text: string): string {
  return quoteLines(markdownText(text))
}

/** Prefixes each line of Markdown already written with `> `, so it becomes a block quote. */
export function quoteLines(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')
}

function paragraphsOf(text: string): string[][] {
  const paragraphs: string[][] = [[]]
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim()
    if (line) (paragraphs.at(-1) as string[]).push(line)
    else if ((paragraphs.at(-1) as string[]).length > 0) paragraphs.push([])
  }
  return paragraphs.filter((lines) => lines.length > 0)
}

/** Escapes one paragraph (its lines, trimmed), looking at all of it: code and emphasis span lines. */
function escapeParagraph(lines: string[]): string[] {
  const text = lines.join('\n')
  return escapeText(text, (masked) => {
    const marks: number[] = []
    let start = 0
    for (const line of masked.split('\n')) {
      for (const at of lineStartEscapes(line, masked.slice(start))) marks.push(start + at)
      start += line.length + 1
    }
    return marks
  }).split('\n')
}

/**
 * Escapes `text`: what inline Markdown would interpret, plus the positions `more` finds. Web
 * addresses are written as autolinks, `<https://…>`, with nothing escaped inside: GFM viewers
 * make them links anyway and would show a backslash in one. `more` and the inline rules look at
 * the text with each address masked as `<aaa…>`, so nothing in an address counts as Markdown.
 */
function escapeText(text: string, more: (masked: string) => Iterable<number>): string {
  const addresses = webAddresses(text)
  let masked = text
  for (const { start, end } of addresses) {
    masked = `${masked.slice(0, start)}<${'a'.repeat(end - start - 2)}>${masked.slice(end)}`
  }
  const marks = inlineEscapes(masked)
  for (const at of more(masked)) marks.add(at)
  let out = ''
  let next = 0
  for (const { start, end } of [...addresses, { start: text.length, end: text.length }]) {
    for (let i = next; i < start; i++) out += (marks.has(i) ? '\\' : '') + (text[i] as string)
    if (end > start) out += `<${text.slice(start, end)}>`
    next = end
  }
  return out
}

/**
 * `http://` and `https://` addresses, wherever they start (viewers link them even after a
 * letter), without the punctuation that ends a sentence after them (GFM's rule):
 * `see https://example.org/a_b.` → `https://example.org/a_b`.
 */
function webAddresses(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = []
  // Only the characters a URL may hold (RFC 3986): a backtick or a quote mark ends it.
  for (const m of text.matchAll(/https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gi)) {
    let address = m[0].replace(/[?!.,:;*_~'"]+$/, '')
    while (address.endsWith(')') && count(address, '(') < count(address, ')')) {
      address = address.slice(0, -1).replace(/[?!.,:;*_~'"]+$/, '')
    }
    if (/^https?:\/\/./i.test(address))
      found.push({ start: m.index, end: m.index + address.length })
  }
  return found
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const PUNCTUATION = /[\p{P}\p{S}]/u
const PUNCTUATION_BUT_TILDE = /(?!~)[\p{P}\p{S}]/u
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/

/** Positions (in `text`) of characters that would start inline Markdown. */
function inlineEscapes(text: string): Set<number> {
  const marks = new Set<number>()
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    const next = text[i + 1] ?? ''
    if (c === '\\' && ASCII_PUNCTUATION.test(next)) marks.add(i)
    else if (c === '<' && /[A-Za-z/!?]/.test(next)) marks.add(i)
    else if (c === '&' && ENTITY.test(text.slice(i, i + 40))) marks.add(i)
  }
  // `[text](url)`: a `[` with a `](` after it. (Reference links need a definition, and
  // definitions are escaped at line starts, so a lone `[x]` or `[x][y]` stays as it is.)
  const lastLink = text.lastIndexOf('](')
  for (let i = text.indexOf('['); i !== -1 && i < lastLink; i = text.indexOf('[', i + 1)) {
    marks.add(i)
  }
  for (const at of pairingBackticks(text)) marks.add(at)
  for (const at of pairingDelimiters(text)) marks.add(at)
  return marks
}

/**
 * Every backtick, when there are two runs or more: any two could make code. (All of them, not
 * just the pairs: a code span may end on a backtick after a backslash, since backslashes inside
 * code are text.) A single run, like an apostrophe typed as a backtick, stays as it is.
 */
function pairingBackticks(text: string): number[] {
  const runs = [...text.matchAll(/`+/g)]
  if (runs.length < 2) return []
  return runs.flatMap((run) => [...run[0]].map((_, k) => run.index + k))
}

/**
 * Every character of a `*`, `_` or `~` run that can open emphasis (strikethrough for `~`) and
 * has a later run of the same character that can close it, by CommonMark's flanking rules. Runs
 * that can only close, or open with nothing to close them, show as typed and are left alone.
 */
function pairingDelimiters(text: string): number[] {
  const marks: number[] = []
  for (const char of ['*', '_', '~']) {
    const runs = [...text.matchAll(char === '*' ? /\*+/g : char === '_' ? /_+/g : /~+/g)].map(
      (run) => ({ at: run.index, length: run[0].length, ...flanking(text, run.index, run[0]) })
    )
    runs.forEach((run, i) => {
      if (run.canOpen && runs.slice(i + 1).some((later) => later.canClose)) {
        for (let k = 0; k < run.length; k++) marks.push(run.at + k)
      }
    })
  }
  return marks
}

/**
 * Whether a run can open or close, by CommonMark's flanking rules; also by marked's, which count
 * `~` as a letter (it is GFM's strikethrough), so that either viewer's reading is covered.
 */
function flanking(text: string, at: number, run: string): { canOpen: boolean; canClose: boolean } {
  const before = text[at - 1] ?? ' '
  const after = text[at + run.length] ?? ' '
  const readings = [PUNCTUATION, PUNCTUATION_BUT_TILDE].map((punctuation) => {
    const space = (c: string) => /\s/u.test(c)
    const punct = (c: string) => punctuation.test(c)
    const left = !space(after) && (!punct(after) || space(before) || punct(before))
    const right = !space(before) && (!punct(before) || space(after) || punct(after))
    if (run[0] !== '_') return { canOpen: left, canClose: right }
    return {
      canOpen: left && (!right || punct(before)),
      canClose: right && (!left || punct(after))
    }
  })
  return {
    canOpen: readings.some((r) => r.canOpen),
    canClose: readings.some((r) => r.canClose)
  }
}

const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

/** Positions (in `line`) where a line's start would make a block: heading, list, quote, fence… */
function lineStartEscapes(line: string, rest: string): number[] {
  if (/^#{1,6}(?:[ \t]|$)/.test(line) || /^[>]/.test(line)) return [0]
  if (/^[-+*](?:[ \t]|$)/.test(line) || /^(?:=+|-+)[ \t]*$/.test(line)) return [0]
  // A rule (`***`, `___`): all of it, or what is left would pair as emphasis.
  if (/^([-*_])[ \t]*(?:\1[ \t]*){2,}$/.test(line)) {
    return [...line.matchAll(/[*_]/g)].map((m) => m.index).concat([0])
  }
  const ordered = /^\d{1,9}[.)](?:[ \t]|$)/.exec(line)
  if (ordered) return [ordered[0].search(/[.)]/)]
  const fence = /^(?:`{3,}|~{3,})/.exec(line)
  if (fence) return [...fence[0]].map((_, k) => k)
  if (line.startsWith('[') && rest.includes(']:')) return [0]
  // A table's delimiter row (`---|---`, `:--`); a line of dashes alone was handled above.
  if (DELIMITER_ROW.test(line) && /[|:]/.test(line)) return [line.search(/[|:]/)]
  return []
}
