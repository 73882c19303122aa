import { distance } from 'fastest-levenshtein'
import { describe, expect, it } from 'vitest'
import { oneReportLibrary } from '../../../test/support/one-report-library'
import { mulberry32 } from '../seeded-random'
import { allowedTypos, closestWord } from './closest-word'
import { packIndex } from './pack-index'
import { PackedIndex } from './packed-index'

/** The plain scan the trie walk replaces: every word, compared in full (or by its start while typing). */
function scan(index: PackedIndex, term: string, typing: boolean) {
  const budget = allowedTypos(term.length)
  if (budget === 0 || /\d/.test(term)) return null
  let best: { word: string; termId: number; distance: number; df: number } | null = null
  for (let i = 0; i < index.wordCount; i++) {
    const word = index.words.at(i)
    const candidate =
      typing && word.length > term.length + budget ? word.slice(0, term.length + 1) : word
    if (Math.abs(candidate.length - term.length) > budget) continue
    const d = distance(term, candidate)
    if (d > budget) continue
    const termId = index.wordTerm[i] as number
    const df = index.docFreq[termId] as number
    if (!best || d < best.distance || (d === best.distance && df > best.df))
      best = { word, termId, distance: d, df }
  }
  return best && { word: best.word, termId: best.termId }
}

describe('the closest known word', () => {
  // Words from a small alphabet, so that many are near one another, with some accented letters.
  const random = mulberry32(7)
  const letters = 'aeiorstnlkzhéü'
  const word = () =>
    Array.from({ length: 3 + Math.floor(random() * 10) }, () =>
      letters.charAt(Math.floor(random() * letters.length))
    ).join('')
  const vocabulary = Array.from({ length: 3000 }, word)
  const paragraphs = Array.from({ length: 300 }, (_, i) =>
    vocabulary.slice(i * 10, i * 10 + 10).join(' ')
  )
  const index = new PackedIndex(packIndex(oneReportLibrary([['Words', paragraphs]])))

  it('is the word a scan of every word finds, typed in full or still being typed', () => {
    const mutate = (w: string) => {
      const i = Math.floor(random() * w.length)
      const pick = random()
      const c = letters.charAt(Math.floor(random() * letters.length))
      if (pick < 0.33) return w.slice(0, i) + w.slice(i + 1)
      if (pick < 0.66) return w.slice(0, i) + c + w.slice(i + 1)
      return w.slice(0, i) + c + w.slice(i)
    }
    let corrected = 0
    for (let n = 0; n < 600; n++) {
      const query = mutate(mutate(vocabulary[Math.floor(random() * vocabulary.length)] as string))
      for (const typing of [false, true]) {
        const expected = scan(index, query, typing)
        expect(closestWord(index, query, typing), `${query} ${typing}`).toEqual(expected)
        if (expected) corrected++
      }
    }
    expect(corrected).toBeGreaterThan(300)
  })

  it('never corrects short words or numbers', () => {
    expect(closestWord(index, 'kza', false)).toBeNull()
    expect(closestWord(index, 'k2zah', false)).toBeNull()
  })
})
