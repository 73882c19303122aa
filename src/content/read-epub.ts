import { posix } from 'node:path'
import { DOMParser, parseHTML } from 'linkedom'
import type { BuildNotice } from './parsed-section'
import { entryText, readZip } from './zip-archive'

/**
 * Reads an EPUB (`.epub`): its chapters in the order of its spine, as one HTML document for
 * parse-html.ts. The zip is read within bounds (zip-archive.ts); META-INF/container.xml names
 * the package document (OPF), whose manifest says where each chapter is and whose spine gives
 * their order. The book's navigation document (its table of contents) is left out, as the app
 * has its own; chapters marked non-linear (notes, a cover) are kept after the others, in order.
 * Each chapter's ids are made its own ("c3-fn1") and its links within the book follow, so the
 * footnotes of chapters that each count from 1 stay apart. What a chapter runs or loads
 * (scripts, pictures, embedded objects, anything on the web) is removed by parse-html.ts like a
 * web page's, and said. A book locked with DRM is refused: its chapters cannot be read.
 */

export type EpubRead = { text: string; notices: BuildNotice[] } | { problem: string }

/** At most this many chapters: more than any book has. */
const MAX_CHAPTERS = 5000

interface ManifestItem {
  href: string
  mediaType: string
  properties: string
}

export function readEpub(bytes: Buffer): EpubRead {
  const zip = readZip(bytes, 'EPUB', (name) => /\.(?:xml|opf|x?html?)$/i.test(name))
  if ('problem' in zip) return zip
  const { entries } = zip
  const damaged = (what: string): EpubRead => ({
    problem: `not an EPUB that can be read (${what}); save it again from the program that made it`
  })
  const encryption = entryText(entries.get('META-INF/encryption.xml'))
  if (encryption && /<(?:\w+:)?EncryptedData\b/.test(encryption) && !/font/i.test(encryption)) {
    return {
      problem:
        'the EPUB is locked (DRM): its chapters cannot be read; use a copy without DRM, or the report in another format'
    }
  }
  const container = xml(entryText(entries.get('META-INF/container.xml')))
  const opfPath = container?.querySelector('rootfile')?.getAttribute('full-path')
  const opf = opfPath ? xml(entryText(entries.get(opfPath))) : null
  if (!opfPath || !opf) return damaged('it has no package document')
  const base = posix.dirname(opfPath)
  const manifest = new Map<string, ManifestItem>()
  for (const item of Array.from(opf.querySelectorAll('manifest > item'))) {
    const id = item.getAttribute('id')
    const href = item.getAttribute('href')
    if (!id || !href) continue
    manifest.set(id, {
      href: posix.normalize(posix.join(base, decodeURIComponent(href.split('#')[0] ?? ''))),
      mediaType: item.getAttribute('media-type') ?? '',
      properties: item.getAttribute('properties') ?? ''
    })
  }
  const spine = Array.from(opf.querySelectorAll('spine > itemref')).flatMap((ref) => {
    const item = manifest.get(ref.getAttribute('idref') ?? '')
    return item ? [{ item, linear: ref.getAttribute('linear') !== 'no' }] : []
  })
  if (spine.length > MAX_CHAPTERS) {
    return {
      problem: `the EPUB has more than ${MAX_CHAPTERS} chapters, more than any book has; it may be damaged`
    }
  }
  const chapters = [...spine.filter((s) => s.linear), ...spine.filter((s) => !s.linear)]
    .map((s) => s.item)
    .filter((item) => /x?html/i.test(item.mediaType) && !/\bnav\b/.test(item.properties))
  if (chapters.length === 0) return damaged('its spine lists no chapters')
  const chapterIndex = new Map(chapters.map((item, i) => [item.href, i + 1]))
  const bodies: string[] = []
  let missing = 0
  chapters.forEach((item, i) => {
    const source = entryText(entries.get(item.href))
    if (source === undefined) {
      missing++
      return
    }
    bodies.push(`<section>${chapterBody(source, i + 1, item.href, chapterIndex)}</section>`)
  })
  const notices: BuildNotice[] =
    missing > 0
      ? [
          {
            kind: 'warning',
            message: `${missing} of the EPUB's ${chapters.length} chapters ${missing === 1 ? 'is' : 'are'} missing from the file; the others are kept. Check that the file is complete.`
          }
        ]
      : []
  return {
    text: `<!DOCTYPE html><html><head></head><body>${bodies.join('\n')}</body></html>`,
    notices
  }
}

interface XmlDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>
}

function xml(text: string | undefined): XmlDocument | null {
  if (text === undefined) return null
  try {
    return new DOMParser().parseFromString(text, 'text/xml') as unknown as XmlDocument
  } catch {
    return null
  }
}

interface ChapterElement {
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
}

/**
 * A chapter's body, its ids made its own (`c<n>-<id>`) and its links to places in the book led to
 * them, so that footnotes and their references stay paired across chapters.
 */
function chapterBody(
  source: string,
  n: number,
  href: string,
  chapterIndex: ReadonlyMap<string, number>
): string {
  const { document } = parseHTML(source)
  const own = (chapter: number, id: string) => `c${chapter}-${id}`
  for (const element of Array.from(
    document.querySelectorAll('[id]') as ArrayLike<ChapterElement>
  )) {
    element.setAttribute('id', own(n, element.getAttribute('id') ?? ''))
  }
  for (const link of Array.from(
    document.querySelectorAll('a[href]') as ArrayLike<ChapterElement>
  )) {
    const target = link.getAttribute('href') ?? ''
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue
    const [file = '', id] = target.split('#')
    const chapter =
      file === '' ? n : chapterIndex.get(posix.normalize(posix.join(posix.dirname(href), file)))
    if (chapter !== undefined && id) link.setAttribute('href', `#${own(chapter, id)}`)
    else link.setAttribute('href', '')
  }
  const body = (document as unknown as { body: { innerHTML: string } | null }).body
  return body?.innerHTML ?? ''
}
