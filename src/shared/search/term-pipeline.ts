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

/** Whether lunr's stop-word filter drops the term (looked up in STOP_WORDS, which is its list). */
export function isStopWord(term: string): boolean {
  return stopWords.has(term)
}

/**
 * lunr's English stop words (lunr 2.3.9, `lunr.stopWordFilter`), which the index leaves out: a
 * word being typed that starts one of them may still become a word of the text.
 * src/content/stop-words.test.ts checks it is lunr's own list.
 */
export const STOP_WORDS: readonly string[] = (
  'a able about across after all almost also am among an and any are as at be because been but ' +
  'by can cannot could dear did do does either else ever every for from get got had has have he ' +
  'her hers him his how however i if in into is it its just least let like likely may me might ' +
  'most must my neither no nor not of off often on only or other our own rather said say says she ' +
  'should since so some than that the their them then there these they this tis to too twas us ' +
  'wants was we were what when where which while who whom why will with would yet you your'
).split(' ')

const stopWords = new Set(STOP_WORDS)

/** Whether some stop word starts with `prefix`. */
export function startsAStopWord(prefix: string): boolean {
  return STOP_WORDS.some((word) => word.startsWith(prefix))
}
