import lunr from 'lunr'

/**
 * lunr's own stop-word filter and Porter stemmer, applied to single terms, exactly as the index
 * pipeline applies them at build time (see lunr-setup.ts). Stems are memoized: the same few
 * thousand words come back on every keystroke and every snippet.
 */

const stems = new Map<string, string>()

export function stem(term: string): string {
  let stemmed = stems.get(term)
  if (stemmed === undefined) {
    stemmed = String(lunr.stemmer(new lunr.Token(term, {})))
    if (stems.size > 100_000) stems.clear()
    stems.set(term, stemmed)
  }
  return stemmed
}

export function isStopWord(term: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(term, {})) === undefined
}
