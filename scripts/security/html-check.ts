import { resultOf, type CheckResult, type Finding } from './types'

export interface HtmlElement {
  name: string
  attributes: Map<string, string>
  line: number
  /** Text between the start and end tag, for raw-text elements (script, style). */
  text?: string
}

const RAW_TEXT = new Set(['script', 'style'])

/**
 * A small HTML tokenizer: start tags with their attributes, skipping comments, doctype and end
 * tags, and reading script/style bodies as raw text the way browsers do. Enough to see every
 * script and every attribute; it does not build a tree.
 */
export function htmlElements(html: string): HtmlElement[] {
  const elements: HtmlElement[] = []
  const lineAt = (index: number) => html.slice(0, index).split('\n').length
  let i = 0
  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4)
      i = end < 0 ? html.length : end + 3
      continue
    }
    if (html.charAt(i) !== '<' || !/[A-Za-z]/.test(html.charAt(i + 1))) {
      i++
      continue
    }
    const start = i
    i++
    let name = ''
    while (i < html.length && /[A-Za-z0-9-]/.test(html.charAt(i))) name += html.charAt(i++)
    name = name.toLowerCase()
    const attributes = new Map<string, string>()
    for (;;) {
      while (i < html.length && /[\s/]/.test(html.charAt(i))) i++
      if (i >= html.length || html.charAt(i) === '>') {
        i++
        break
      }
      let attribute = ''
      while (i < html.length && !/[\s/>=]/.test(html.charAt(i))) attribute += html.charAt(i++)
      while (i < html.length && /\s/.test(html.charAt(i))) i++
      let value = ''
      if (html.charAt(i) === '=') {
        i++
        while (i < html.length && /\s/.test(html.charAt(i))) i++
        const quote = html.charAt(i)
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, i + 1)
          value = html.slice(i + 1, end < 0 ? html.length : end)
          i = end < 0 ? html.length : end + 1
        } else {
          while (i < html.length && !/[\s>]/.test(html.charAt(i))) value += html.charAt(i++)
        }
      }
      if (attribute) attributes.set(attribute.toLowerCase(), value)
    }
    const element: HtmlElement = { name, attributes, line: lineAt(start) }
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i)
      const end = close < 0 ? html.length : close
      element.text = html.slice(i, end)
      i = end
    }
    elements.push(element)
  }
  return elements
}

/** Inline script in an HTML page: script bodies, on* handlers, javascript: URLs, import maps. */
export function inlineScriptProblems(html: string): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = []
  for (const element of htmlElements(html)) {
    if (element.name === 'script') {
      if ((element.text ?? '').trim()) {
        problems.push({ line: element.line, message: 'an inline <script> body' })
      }
      if (!element.attributes.get('src')) {
        problems.push({ line: element.line, message: 'a <script> without src' })
      }
    }
    for (const [attribute, value] of element.attributes) {
      if (attribute.startsWith('on')) {
        problems.push({
          line: element.line,
          message: `an inline ${attribute} handler on <${element.name}>`
        })
      }
      if (value.trim().toLowerCase().replace(/\s/g, '').startsWith('javascript:')) {
        problems.push({
          line: element.line,
          message: `a javascript: URL in ${attribute} on <${element.name}>`
        })
      }
    }
  }
  return problems
}

export function checkRendererHtml(pages: { path: string; text: string | null }[]): CheckResult {
  const findings: Finding[] = []
  const notes: string[] = []
  for (const page of pages) {
    if (page.text === null) {
      notes.push(`${page.path}: not built, not checked`)
      continue
    }
    notes.push(
      `${page.path}: ${htmlElements(page.text).filter((e) => e.name === 'script').length} script tag(s)`
    )
    for (const problem of inlineScriptProblems(page.text)) {
      findings.push({ file: page.path, line: problem.line, message: problem.message })
    }
  }
  if (!pages.some((page) => page.text !== null)) {
    findings.push({ message: 'no renderer HTML found to check' })
  }
  return resultOf(
    'renderer-html',
    'no inline script in the renderer HTML (checklist 7)',
    findings,
    notes
  )
}
