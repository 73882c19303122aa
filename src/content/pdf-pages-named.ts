import { say } from './build-words'

/** Pages as a message names them: "page 3", "pages 2 and 5", "pages 1, 4 and 7". */
/** The same, in the build's language (build-words.ts), for the messages that are translated. */
export function pagesSaid(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b)
  return say('build.pdf.pages', {
    count: sorted.length,
    first: sorted.slice(0, -1).join(', '),
    last: String(sorted.at(-1))
  })
}

export function pagesNamed(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b)
  if (sorted.length === 1) return `page ${sorted[0]}`
  return `pages ${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`
}
