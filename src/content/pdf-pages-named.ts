/** Pages as a message names them: "page 3", "pages 2 and 5", "pages 1, 4 and 7". */
export function pagesNamed(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b)
  if (sorted.length === 1) return `page ${sorted[0]}`
  return `pages ${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`
}
