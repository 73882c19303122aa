import { positionsOf, type PackedIndex } from './packed-index'
import { findPosting, firstPostingAtOrAfter } from './postings'
import { counts, type Alternative, type PlannedWord, type Requirement } from './query-plan'
import type { Scratch } from './scratch'
import {
  fieldAwaited,
  keepTyping,
  nothingMatches,
  onlyExcluded,
  someOfTheWords,
  tooCommon
} from './search-messages'

/**
 * Which paragraphs a query's plan matches, with their scores (BM25 of every matched term, times
 * its alternative's boost), and what to tell the user about it.
 *
 * - Every word must match (AND); a phrase must stand in the text as typed. +word is required,
 *   -word excludes.
 * - Only if no paragraph has them all: the paragraphs with some of them. Then a corrected word
 *   counts for nothing (a guess that never stands with the rest of the query is not an answer),
 *   and a single letter or digit brings in no paragraph by itself.
 *
 * The AND pass walks the postings of its rarest word in full and only looks up the others in the
 * paragraphs that one reached: its cost follows that word, not the commonest.
 */

export interface Match {
  /** The documents found, in the scratch's memory: valid until the engine's next query. */
  docs: Uint32Array
  scores: Float32Array
  message: string[]
  requirements: Requirement[]
  /** Only a word still being typed: nothing to search for yet, and nothing to explain. */
  pending: boolean
  /** Whether paragraphs with only some of the words are shown. */
  relaxed: boolean
}

/** What must match: each word of a plain clause, or a whole phrase. */
interface Unit {
  requirement: Requirement
  words: PlannedWord[]
  mandatory: boolean
  phrase: boolean
  /** One slot per word that must be there; null when a word matches nothing. */
  slots: number[] | null
}

export function matchQuery(
  index: PackedIndex,
  scratch: Scratch,
  requirements: Requirement[],
  range: [number, number],
  awaitingField: string | null = null
): Match {
  const message: string[] = []
  const positive = requirements.filter(
    (r) => r.clause.presence !== 'prohibited' && r.words.some(counts)
  )
  const prohibited = requirements.filter((r) => r.clause.presence === 'prohibited')
  const base = { scores: scratch.scores, requirements, relaxed: false }
  if (positive.length === 0) {
    const stops = requirements.filter(
      (r) => r.clause.presence !== 'prohibited' && r.words.some((w) => w.stop)
    )
    if (awaitingField) message.push(fieldAwaited(awaitingField))
    else if (stops.length > 0) message.push(tooCommon(stops.map((r) => r.clause.text)))
    else if (prohibited.length > 0) message.push(onlyExcluded())
    const pending = requirements.some((r) => r.words.some((w) => w.pending))
    // Only a word being typed: no verdict on it until it is longer.
    if (pending && message.length === 0) message.push(keepTyping())
    return {
      ...base,
      docs: scratch.found.subarray(0, 0),
      message,
      pending: pending || awaitingField !== null
    }
  }

  const units = positive.flatMap((r): Unit[] =>
    r.clause.kind === 'phrase'
      ? [
          {
            requirement: r,
            words: r.words.filter(counts),
            mandatory: true,
            phrase: true,
            slots: null
          }
        ]
      : r.words.filter(counts).map((w) => ({
          requirement: r,
          words: [w],
          mandatory: r.clause.presence === 'required',
          phrase: false,
          slots: null
        }))
  )
  const pass: Pass = { index, scratch, prohibited, range }
  let found = allOf(pass, units)
  let relaxed = false
  if (found.length === 0 && units.length > 1) {
    // A correction that never stands with the rest of the query is a guess, not an answer.
    for (const unit of units)
      for (const word of unit.words)
        if (word.correction !== null) {
          word.alternatives = []
          word.correction = null
        }
    found = someOf(pass, units)
    relaxed = found.length > 0
  }

  const unknown = units.filter((unit) => unit.words.every((w) => w.alternatives.length === 0))
  if (unknown.length > 0) {
    const typed = unknown.find((u) => !u.phrase && u.words[0]?.typing)
    message.push(
      nothingMatches(
        unknown.filter((u) => u !== typed).map((u) => u.words.map((w) => w.text).join(' ')),
        typed ? (typed.words[0] as PlannedWord).text : null
      )
    )
  }
  if (relaxed) message.push(someOfTheWords())
  if (awaitingField) message.push(fieldAwaited(awaitingField))
  return { ...base, docs: found, message, pending: false, relaxed }
}

/** Gives each unit its slots (none to a unit with a word that matches nothing); how many. */
function assignSlots(units: Unit[]): number {
  let slotCount = 0
  for (const unit of units) {
    unit.slots = unit.words.every((w) => w.alternatives.length > 0)
      ? unit.words.map(() => slotCount++)
      : null
  }
  return slotCount
}

/** What a pass over the postings works with: the index, its scratch, the range, and what to leave out. */
interface Pass {
  index: PackedIndex
  scratch: Scratch
  prohibited: Requirement[]
  range: [number, number]
}

/** The paragraphs with every unit, walking the rarest word's postings in full. */
function allOf({ index, scratch, prohibited, range }: Pass, units: Unit[]): Uint32Array {
  const slotCount = assignSlots(units)
  if (units.some((u) => u.slots === null)) return scratch.found.subarray(0, 0)
  scratch.begin(slotCount)
  const words = units.flatMap((unit) =>
    unit.words.map((word, i) => ({
      word,
      mask: unit.requirement.fieldMask,
      slot: (unit.slots as number[])[i] as number
    }))
  )
  const rarest = words.reduce((a, b) =>
    postingsOf(index, b.word) < postingsOf(index, a.word) ? b : a
  )
  collectWord(index, scratch, rarest.word, rarest.mask, range, rarest.slot, false)
  for (const w of words)
    if (w !== rarest) collectWord(index, scratch, w.word, w.mask, range, w.slot, true)
  excludeProhibited(index, scratch, prohibited, range)
  let count = 0
  const phrases = units.filter((unit) => unit.phrase)
  const { touched, excluded, marks, epoch, found } = scratch
  // Up to 32 words (nearly always): every word marked is one comparison of bits.
  let every = 0
  for (const unit of units) for (const slot of unit.slots as number[]) every |= 1 << slot
  for (let t = 0; t < scratch.touchedCount; t++) {
    const doc = touched[t] as number
    if (excluded[doc] === epoch) continue
    if (
      scratch.markWords === 1
        ? ((marks[doc] as number) & every) === every
        : markedAll(scratch, units, doc)
    )
      if (phrases.length === 0 || phrasesAt(index, phrases, doc)) found[count++] = doc
  }
  return found.subarray(0, count)
}

/**
 * Whether every unit's words are marked in the document. Loops, not closures: this runs for each
 * of tens of thousands of paragraphs a short prefix reaches, and a closure per paragraph was most
 * of what a keystroke allocated.
 */
function markedAll(scratch: Scratch, units: Unit[], doc: number): boolean {
  for (const unit of units) if (!scratch.markedAll(doc, unit.slots as number[])) return false
  return true
}

/** Whether every phrase stands as typed in the document. */
function phrasesAt(index: PackedIndex, phrases: Unit[], doc: number): boolean {
  for (const unit of phrases) if (!phraseAt(index, unit.requirement, doc)) return false
  return true
}

/**
 * The paragraphs with some of the units (and every required one). Only units of more than a
 * single letter or digit bring paragraphs in; the others only add to their scores and marks.
 */
function someOf({ index, scratch, prohibited, range }: Pass, units: Unit[]): Uint32Array {
  const strong = (unit: Unit) => unit.phrase || unit.words.some((w) => !w.weak)
  const slotCount = assignSlots(units)
  scratch.begin(slotCount)
  for (const pass of [true, false])
    for (const unit of units) {
      if (unit.slots === null || strong(unit) !== pass) continue
      unit.words.forEach((word, i) =>
        collectWord(
          index,
          scratch,
          word,
          unit.requirement.fieldMask,
          range,
          (unit.slots as number[])[i] as number,
          !pass
        )
      )
    }
  excludeProhibited(index, scratch, prohibited, range)
  let count = 0
  for (let t = 0; t < scratch.touchedCount; t++) {
    const doc = scratch.touched[t] as number
    if (scratch.excluded[doc] === scratch.epoch) continue
    let anyStrong = false
    let ok = true
    for (const unit of units) {
      const matched = holds(index, scratch, unit, doc)
      if (matched && strong(unit)) anyStrong = true
      if (!matched && unit.mandatory) {
        ok = false
        break
      }
    }
    if (ok && anyStrong) scratch.found[count++] = doc
  }
  return scratch.found.subarray(0, count)
}

/** Whether the unit matches the document: all its words marked, and a phrase standing as typed. */
function holds(index: PackedIndex, scratch: Scratch, unit: Unit, doc: number): boolean {
  return (
    unit.slots !== null &&
    scratch.markedAll(doc, unit.slots) &&
    (!unit.phrase || phraseAt(index, unit.requirement, doc))
  )
}

function excludeProhibited(
  index: PackedIndex,
  scratch: Scratch,
  prohibited: Requirement[],
  range: [number, number]
): void {
  for (const r of prohibited)
    for (const word of r.words)
      for (const alternative of word.alternatives)
        collectAlternative(index, scratch, alternative, r.fieldMask, range, -1, true)
}

/** About how many postings a word's alternatives walk. */
function postingsOf(index: PackedIndex, word: PlannedWord): number {
  let total = 0
  for (const alternative of word.alternatives) {
    let fewest = Infinity
    for (const termId of alternative.termIds) fewest = Math.min(fewest, index.postingCount(termId))
    total += fewest
  }
  return total
}

function collectWord(
  index: PackedIndex,
  scratch: Scratch,
  word: PlannedWord,
  fieldMask: number,
  range: [number, number],
  slot: number,
  onlyReached: boolean
): void {
  for (const alternative of word.alternatives)
    collectAlternative(index, scratch, alternative, fieldMask, range, slot, onlyReached)
}

/**
 * Marks the documents in `range` where the alternative matches (in the allowed fields): with the
 * word's slot and its weight, or (slot -1) as excluded. With `onlyReached`, only documents this
 * pass has already reached.
 */
function collectAlternative(
  index: PackedIndex,
  scratch: Scratch,
  alternative: Alternative,
  fieldMask: number,
  range: [number, number],
  slot: number,
  onlyReached: boolean
): void {
  const firstTerm = alternative.termIds[0]
  if (firstTerm === undefined) return
  const postings = index.postings(firstTerm)
  const { docs, fields, weights, count } = postings
  const [low, high] = range
  const { stamp, scores, excluded } = scratch
  const epoch = scratch.epoch
  const several = alternative.termIds.length > 1
  const boost = alternative.boost
  for (let p = low > 0 ? firstPostingAtOrAfter(postings, low) : 0; p < count; p++) {
    const doc = docs[p] as number
    if (doc >= high) break
    if (!(fieldMask & (1 << (fields[p] as number)))) continue
    if (onlyReached && stamp[doc] !== epoch) continue
    if (several && !matchesAll(index, alternative, doc, fieldMask)) continue
    if (slot === -1) {
      excluded[doc] = epoch
      continue
    }
    scratch.touch(doc)
    scratch.mark(doc, slot)
    scores[doc] = (scores[doc] as number) + boost * (weights[p] as number)
  }
}

/** Whether every term of the alternative is in the document (one after the other, if adjacent). */
function matchesAll(
  index: PackedIndex,
  alternative: Alternative,
  doc: number,
  fieldMask: number
): boolean {
  if (!alternative.adjacent)
    return alternative.termIds.every((t) => findPosting(index.postings(t), doc, fieldMask) !== -1)
  const steps = alternative.termIds.map((t) => [t])
  for (const field of [0, 1])
    if (fieldMask & (1 << field) && sequenceAt(index, steps, doc, field)) return true
  return false
}

/** Whether the phrase stands in the document (text or heading) in one of its ways. */
function phraseAt(index: PackedIndex, requirement: Requirement, doc: number): boolean {
  for (const field of [0, 1]) {
    if (!(requirement.fieldMask & (1 << field))) continue
    for (const steps of requirement.sequences) if (sequenceAt(index, steps, doc, field)) return true
  }
  return false
}

/** Whether the steps' terms stand one after another in the field of the document. */
function sequenceAt(
  index: PackedIndex,
  steps: readonly (readonly number[] | null)[],
  doc: number,
  field: number
): boolean {
  const positions = steps.map((terms) =>
    terms === null
      ? null
      : terms.flatMap((t) => {
          const postings = index.postings(t)
          const p = findPosting(postings, doc, 1 << field, field)
          return p === -1 ? [] : [positionsOf(postings, p)]
        })
  )
  const first = positions.findIndex((p) => p !== null)
  if (first === -1 || positions.some((p) => p !== null && p.length === 0)) return false
  for (const list of positions[first] as Uint16Array[])
    for (const start of list) {
      const origin = start - first
      if (
        positions.every((lists, k) => lists === null || lists.some((l) => contains(l, origin + k)))
      )
        return true
    }
  return false
}

/** Whether a sorted list of positions holds `value` (binary search). */
function contains(list: Uint16Array, value: number): boolean {
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >>> 1
    const v = list[mid] as number
    if (v === value) return true
    if (v < value) low = mid + 1
    else high = mid
  }
  return false
}
