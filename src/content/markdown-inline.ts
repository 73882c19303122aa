import type { PhrasingContent } from 'mdast'
import { nameToEmoji } from 'gemoji'
import { linkAddress } from './inline-marks'
import type { BuildNotice } from './parsed-section'
import { escapeHtmlText, htmlInlineText } from './raw-html-text'
import { REF_CLOSE, REF_OPEN, RichTextBuilder, withoutRefMarks, type RichText } from './rich-text'

/**
 * Inline Markdown as the text a reader sees, with its marks: emphasis, strong, code spans,
 * links and strikethrough keep their text and become inline marks over it (a link keeps its web
 * address for its title); images leave their description, a line break a space, and a footnote
 * reference its number in brackets, "[1]", whose place is kept in `refs`. GitHub's emoji
 * shortcodes in text (`:heavy_check_mark:`) become their emoji (gemoji, GitHub's own list); an
 * unknown one stays as written. Inline HTML keeps its text and marks (raw-html-text.ts). The text
 * is cleaned as clean-text.ts does.
 */
export interface InlineContext {
  /** The label of the footnote with this identifier: its number, given at its first reference. */
  footnoteLabel(identifier: string): string
  /** The address a reference-style link's definition gives, if any. */
  linkDefinition(identifier: string): string | undefined
  notices: BuildNotice[]
}

export function inlineText(
  nodes: readonly PhrasingContent[],
  line: number | undefined,
  context: InlineContext
): RichText {
  if (hasHtml(nodes)) {
    // The Markdown's own marks as HTML around the escaped text, so the HTML parser sees the
    // inline HTML in its place among them.
    return htmlInlineText(asHtml(nodes, context), { line }, context.notices)
  }
  const builder = new RichTextBuilder()
  build(nodes, builder, context)
  return builder.finish()
}

function hasHtml(nodes: readonly PhrasingContent[]): boolean {
  return nodes.some(
    (node) => node.type === 'html' || ('children' in node && hasHtml(node.children))
  )
}

function build(
  nodes: readonly PhrasingContent[],
  builder: RichTextBuilder,
  context: InlineContext
): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        builder.add(withEmoji(withoutRefMarks(node.value)))
        break
      case 'inlineCode':
        builder.marked('code', undefined, () => builder.add(withoutRefMarks(node.value)))
        break
      case 'image':
      case 'imageReference':
        builder.add(` ${withoutRefMarks(node.alt ?? '')} `)
        break
      case 'break':
        builder.add(' ')
        break
      case 'footnoteReference':
        builder.ref(context.footnoteLabel(node.identifier))
        break
      case 'emphasis':
      case 'strong':
      case 'delete':
        builder.marked(MARK_OF_NODE[node.type], undefined, () =>
          build(node.children, builder, context)
        )
        break
      case 'link':
      case 'linkReference':
        builder.marked('link', linkHref(node, context), () =>
          build(node.children, builder, context)
        )
        break
    }
  }
}

const MARK_OF_NODE = { emphasis: 'emphasis', strong: 'strong', delete: 'strike' } as const
const TAG_OF_NODE = { emphasis: 'em', strong: 'strong', delete: 'del' } as const

function linkHref(
  node: Extract<PhrasingContent, { type: 'link' | 'linkReference' }>,
  context: InlineContext
): string | undefined {
  const url = node.type === 'link' ? node.url : context.linkDefinition(node.identifier)
  return url === undefined ? undefined : linkAddress(url).href
}

/** The nodes as HTML: text escaped, marks as tags, references as reference marks. */
function asHtml(nodes: readonly PhrasingContent[], context: InlineContext): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return escapeHtmlText(withEmoji(withoutRefMarks(node.value)))
        case 'inlineCode':
          return `<code>${escapeHtmlText(withoutRefMarks(node.value))}</code>`
        case 'image':
        case 'imageReference':
          return ` ${escapeHtmlText(withoutRefMarks(node.alt ?? ''))} `
        case 'break':
          return ' '
        case 'footnoteReference':
          return `${REF_OPEN}${escapeHtmlText(context.footnoteLabel(node.identifier))}${REF_CLOSE}`
        case 'html':
          return node.value
        case 'emphasis':
        case 'strong':
        case 'delete': {
          const tag = TAG_OF_NODE[node.type]
          return `<${tag}>${asHtml(node.children, context)}</${tag}>`
        }
        case 'link':
        case 'linkReference': {
          const href = linkHref(node, context) ?? '#'
          return `<a href="${escapeHtmlText(href).replace(/"/g, '&quot;')}">${asHtml(node.children, context)}</a>`
        }
        default:
          return ''
      }
    })
    .join('')
}

/** `:heavy_check_mark:` → ✔️, for the names GitHub knows; anything else stays as written. */
const SHORTCODE = /:([a-z0-9_+-]+):/g

export function withEmoji(text: string): string {
  return text.includes(':')
    ? text.replace(SHORTCODE, (code, name: string) => nameToEmoji[name] ?? code)
    : text
}
