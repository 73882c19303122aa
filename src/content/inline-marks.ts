import type { InlineMarkKind } from '../shared/report-model'

/**
 * Which inline mark an HTML element sets, by its tag: the same for saved pages, Word files
 * (through their HTML), EPUB chapters and raw HTML in Markdown. A link keeps its address when it
 * is one on the web or an e-mail address (shown as the link's title; the app never opens it).
 */
const MARK_OF_TAG: Readonly<Record<string, InlineMarkKind>> = {
  EM: 'emphasis',
  I: 'emphasis',
  CITE: 'emphasis',
  DFN: 'emphasis',
  VAR: 'emphasis',
  STRONG: 'strong',
  B: 'strong',
  CODE: 'code',
  KBD: 'code',
  SAMP: 'code',
  TT: 'code',
  A: 'link',
  DEL: 'strike',
  S: 'strike',
  STRIKE: 'strike'
}

/** The longest address a link keeps (the model's limit). */
const MAX_HREF = 2000

export function markOfElement(
  tagName: string,
  attribute: (name: string) => string | null
): { kind: InlineMarkKind; href?: string } | null {
  const kind = MARK_OF_TAG[tagName.toUpperCase()]
  if (!kind) return null
  if (kind !== 'link') return { kind }
  const href = attribute('href')
  if (href === null) return null
  return { kind, ...linkAddress(href) }
}

/** A link's address, kept when it leads to the web or is an e-mail address. */
export function linkAddress(href: string): { href?: string } {
  const address = href.trim()
  return /^(?:https?:\/\/|mailto:)\S+$/i.test(address) && address.length <= MAX_HREF
    ? { href: address }
    : {}
}
