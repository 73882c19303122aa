import type { PackedIndex } from './packed-index'
import { freshLookups, type WordLookups } from './query-plan'

/**
 * Typo corrections and splits of the words typed, remembered: while the user types on, the words
 * before the cursor are the same on every keystroke, and each costs a look through the
 * vocabulary. The last MAX_REMEMBERED of each are kept; past that the oldest go first.
 */

const MAX_REMEMBERED = 500

export function rememberedLookups(index: PackedIndex): WordLookups {
  const fresh = freshLookups(index)
  const corrections = new Map<string, ReturnType<WordLookups['correct']>>()
  const splits = new Map<string, ReturnType<WordLookups['split']>>()
  return {
    correct: (term, typing) =>
      remembered(corrections, `${typing ? 'typing' : 'typed'} ${term}`, () =>
        fresh.correct(term, typing)
      ),
    split: (term) => remembered(splits, term, () => fresh.split(term))
  }
}

function remembered<T>(memory: Map<string, T>, key: string, find: () => T): T {
  if (memory.has(key)) return memory.get(key) as T
  const found = find()
  if (memory.size >= MAX_REMEMBERED) {
    const oldest = memory.keys().next().value
    if (oldest !== undefined) memory.delete(oldest)
  }
  memory.set(key, found)
  return found
}
