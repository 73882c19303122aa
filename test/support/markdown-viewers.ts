import { HtmlRenderer, Parser } from 'commonmark'
import { marked } from 'marked'

/**
 * Markdown → HTML as readers' viewers make it: the CommonMark reference parser, and marked with
 * GitHub's extensions (tables, strikethrough, bare links). Tests of what the app writes as
 * Markdown render it with both.
 */
export const MARKDOWN_VIEWERS: Readonly<Record<string, (markdown: string) => string>> = {
  CommonMark: (markdown) => new HtmlRenderer().render(new Parser().parse(markdown)),
  marked: (markdown) => marked.parse(markdown, { async: false, gfm: true })
}
