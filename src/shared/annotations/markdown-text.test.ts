import { describe, expect, it } from 'vitest'
import { MARKDOWN_VIEWERS } from '../../../test/support/markdown-viewers'
import { mulberry32 } from '../seeded-random'
import { markdownInline, markdownQuote, markdownText } from './markdown-text'

/**
 * The text a viewer shows for HTML made only of the `allowed` tags, or the first other tag it
 * finds: that is structure the writer never typed. A link to a bare web address (GFM makes one
 * of `https://…` and `www.…`) is allowed: it shows the address typed, and goes only there.
 */
function shownText(html: string, allowed = ['p', 'br']): string {
  const withoutWebLinks = html.replace(/<a href="https?:\/\/[^"]*">([^<]*)<\/a>/g, '$1')
  const tags = [...withoutWebLinks.matchAll(/<\/?([a-z0-9]+)[^>]*>/g)]
  const other = tags.find((m) => !allowed.includes(m[1] as string))
  if (other) return `UNEXPECTED ${other[0]}`
  return withoutWebLinks
    .trim()
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<br ?\/?>\n?/g, '\n')
    .replace(/<\/?[a-z0-9]+>\n?/g, '')
    .trim()
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** What the reader typed, as a viewer should show it: lines trimmed, blank runs as one. */
function typed(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const TRICKY = [
  '# Not a heading',
  '#hashtag',
  '> not a quote',
  '- not a list',
  '+ plus',
  '* star',
  '1. not numbered',
  '2) nor this',
  '---',
  '===',
  '***',
  '- - -',
  '___',
  '```js',
  '~~~',
  '    indented & spaced',
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '<!-- comment -->',
  '<https://example.org>',
  '[click](javascript:alert(3))',
  '![img](x.png)',
  '[ref]: https://example.org',
  '[ref]',
  '**bold**',
  '*stars*',
  '_under_',
  '~~struck~~',
  '~one~',
  '`code`',
  '``double``',
  'a | b',
  '---|---',
  ':--',
  '|-',
  '&amp; &#35; &copy;',
  'AT&T',
  '2 * 3 * 4',
  'snake_case_name',
  'C:\\Users\\x and \\* and \\_',
  'ends with a backslash \\',
  'a < b > c',
  '50% (approx.) — “curly” and ‘single’',
  'Kazakhstan’s KNB',
  'a*b*c',
  '**open only',
  'close only**',
  '_a_b_',
  '[x][y]',
  'x]( y',
  'https://example.org/~me/a_b*c*',
  '(see https://example.org/x_(y)).',
  ''
]

describe('plain text in Markdown', () => {
  it('reads as prose: nothing is escaped that a viewer would show as typed', () => {
    const prose = [
      '#hashtag, AT&T, 2 * 3 * 4, snake_case_name, a < b, 50% — Kazakhstan’s KNB.',
      'A lone * star, a lone _ and ~, a [bracket] and C:\\Users\\x.'
    ].join('\n')
    expect(markdownText(prose)).toBe(prose.replace('\n', '  \n'))
  })

  it('escapes only the character that would start something, and only where it would', () => {
    expect(markdownText('# Not a heading')).toBe('\\# Not a heading')
    expect(markdownText('In the middle # is fine')).toBe('In the middle # is fine')
    expect(markdownText('1. first\n2) second')).toBe('1\\. first  \n2\\) second')
    expect(markdownText('- a\n+ b\n* c\n> d')).toBe('\\- a  \n\\+ b  \n\\* c  \n\\> d')
    expect(markdownText('*stars* and **bold**')).toBe('\\*stars* and \\*\\*bold**')
    expect(markdownText('<img src=x> & <b>')).toBe('\\<img src=x> & \\<b>')
    expect(markdownText('`code` and `more`')).toBe('\\`code\\` and \\`more\\`')
    expect(markdownText('a lone ` stays')).toBe('a lone ` stays')
    expect(markdownText('[click](javascript:x)')).toBe('\\[click](javascript:x)')
    expect(markdownText('&amp; but not AT&T')).toBe('\\&amp; but not AT&T')
    expect(markdownText('line\n===')).toBe('line  \n\\===')
    expect(markdownText('a | b\n---|---')).toBe('a | b  \n---\\|---')
  })

  it('keeps line breaks and paragraphs, and drops indentation that would make code', () => {
    expect(markdownText('one\ntwo\r\n\r\n\r\nthree')).toBe('one  \ntwo\n\nthree')
    expect(markdownText('    indented')).toBe('indented')
  })

  for (const [name, render] of Object.entries(MARKDOWN_VIEWERS)) {
    it(`shows exactly the text typed in ${name}, for every tricky line`, () => {
      for (const line of TRICKY) {
        expect(shownText(render(markdownText(line))), JSON.stringify(line)).toBe(typed(line))
      }
    })

    it(`shows exactly the text typed in ${name}, for 3,000 random notes made of tricky pieces`, () => {
      const random = mulberry32(20260102)
      const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T
      const pieces = [...TRICKY, ' ', ' ', 'word', '*', '_', '~', '`', '[', ']', '(', '\\', '#']
      for (let n = 0; n < 3000; n++) {
        const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
          Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(pieces)).join(
            pick(['', ' '])
          )
        )
        const note = lines.join(pick(['\n', '\n\n']))
        expect(shownText(render(markdownText(note))), JSON.stringify(note)).toBe(typed(note))
      }
    }, 60_000)

    it(`keeps a title one line of text in ${name}, in a heading and in emphasis`, () => {
      for (const line of TRICKY.filter(Boolean)) {
        const heading = render(`## ${markdownInline(line, { heading: true })}`)
        expect(shownText(heading, ['h2']), line).toBe(line.trim().replace(/\s+/g, ' '))
        const emphasis = render(`— *${markdownInline(`${line} C#`, { emphasis: true })}*, x`)
        expect(shownText(emphasis, ['p', 'em']), line).toBe(
          `— ${`${line} C#`.trim().replace(/\s+/g, ' ')}, x`
        )
      }
    })

    it(`makes a block quote of a quote in ${name}, whatever it holds`, () => {
      for (const line of TRICKY.filter(Boolean)) {
        const html = render(markdownQuote(`${line}\n${line}`))
        expect(html.startsWith('<blockquote>'), line).toBe(true)
        expect(shownText(html, ['blockquote', 'p', 'br']), line).toBe(typed(`${line}\n${line}`))
      }
    })
  }
})
