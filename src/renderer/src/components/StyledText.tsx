import type { ReactNode } from 'react'
import type { InlineMark } from '../../../shared/report-model'
import { splitByRanges } from '../../../shared/text/segments'
import { TermText, type TermMark } from '../glossary/TermText'

/**
 * Text (a piece of a longer text starting at `offset`) set as its source marked it: emphasis,
 * strong, inline code, links and struck text, nested as they overlap, with its acronyms marked
 * inside (TermText). The marks only wrap the text: the characters are the text's own, so
 * selections, highlights and search marks around this count their offsets as in plain text. A
 * link is drawn as one, with its address as its title, and leads nowhere: the app opens no web.
 */
export function StyledText({
  text,
  offset = 0,
  styles = [],
  terms
}: {
  text: string
  offset?: number
  styles?: readonly InlineMark[]
  terms: readonly TermMark[]
}): ReactNode {
  const end = offset + text.length
  const inside = styles.filter((mark) => mark.end > offset && mark.start < end)
  if (inside.length === 0) return <TermText text={text} offset={offset} terms={terms} />
  const local = inside.map((mark) => ({
    ...mark,
    start: mark.start - offset,
    end: mark.end - offset
  }))
  return splitByRanges(text, local).map((segment) => {
    let content: ReactNode = (
      <TermText text={segment.text} offset={offset + segment.start} terms={terms} />
    )
    // The longest mark outermost, so nested marks nest as in the source.
    const covering = segment.covering
      .map((i) => local[i] as InlineMark)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
    for (const mark of covering) content = styled(mark, content)
    return <span key={segment.start}>{content}</span>
  })
}

function styled(mark: InlineMark, content: ReactNode): ReactNode {
  switch (mark.kind) {
    case 'emphasis':
      return <em>{content}</em>
    case 'strong':
      return <strong>{content}</strong>
    case 'code':
      return <code className="inline-code">{content}</code>
    case 'strike':
      return <del>{content}</del>
    case 'link':
      return (
        <span className="text-link" title={mark.href}>
          {content}
        </span>
      )
  }
}
