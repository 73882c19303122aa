/**
 * Tags as typed: comma-separated, trimmed, without empties or repeats. Tags are the same tag
 * whatever their case: one the user already has keeps its spelling ("numbers" typed where
 * "Numbers" exists is "Numbers"), and a repeat in another case is dropped.
 */
export function parseTags(text: string, known: readonly string[] = []): string[] {
  const spelling = new Map(known.map((tag) => [tag.toLocaleLowerCase(), tag]))
  const tags = new Map<string, string>()
  for (const raw of text.split(',')) {
    const tag = raw.trim()
    if (!tag) continue
    const key = tag.toLocaleLowerCase()
    if (!tags.has(key)) tags.set(key, spelling.get(key) ?? tag)
  }
  return [...tags.values()]
}

/** Known tags that start with what is being typed after the last comma, not yet in the list. */
export function tagSuggestions(text: string, known: readonly string[], limit = 6): string[] {
  const parts = text.split(',')
  const typing = (parts[parts.length - 1] ?? '').trim().toLocaleLowerCase()
  const chosen = new Set(parts.slice(0, -1).map((t) => t.trim().toLocaleLowerCase()))
  return known
    .filter((tag) => {
      const key = tag.toLocaleLowerCase()
      return !chosen.has(key) && key !== typing && key.startsWith(typing)
    })
    .slice(0, limit)
}
