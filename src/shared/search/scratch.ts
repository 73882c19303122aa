/**
 * Per-document working memory of a query, allocated once per engine and reused by every query:
 * a document's entries count only if its stamp is the current pass's, so nothing is cleared
 * between queries, and nothing the size of the library is allocated per keystroke.
 */
export class Scratch {
  readonly stamp: Uint32Array
  readonly excluded: Uint32Array
  readonly scores: Float32Array
  /** Bit s of word w of a document: matched by the s-th query word (32 per word). */
  marks: Uint32Array
  markWords = 1
  epoch = 0
  /** The documents reached in this pass: touched[0 … touchedCount). */
  readonly touched: Uint32Array
  touchedCount = 0
  /**
   * The documents a pass found, written here instead of into a growing array: a short prefix
   * finds tens of thousands, and an array that size, alive when a scavenge comes, is copied by
   * it (scavenges of 60–300 ms mid-keystroke on a busy machine).
   */
  readonly found: Uint32Array

  constructor(readonly documents: number) {
    this.stamp = new Uint32Array(documents)
    this.excluded = new Uint32Array(documents)
    this.scores = new Float32Array(documents)
    this.marks = new Uint32Array(documents)
    this.touched = new Uint32Array(documents)
    this.found = new Uint32Array(documents)
  }

  /** Starts a pass with `slots` word marks per document. */
  begin(slots: number): void {
    const words = Math.max(1, Math.ceil(slots / 32))
    if (words !== this.markWords) {
      this.markWords = words
      this.marks = new Uint32Array(this.documents * words)
    }
    this.touchedCount = 0
    if (++this.epoch === 0xffffffff) {
      this.stamp.fill(0)
      this.excluded.fill(0)
      this.epoch = 1
    }
  }

  /** Marks the document as reached in this pass (zeroing its score and marks the first time). */
  touch(doc: number): void {
    if (this.stamp[doc] === this.epoch) return
    this.stamp[doc] = this.epoch
    this.scores[doc] = 0
    const w = this.markWords
    if (w === 1) this.marks[doc] = 0
    else for (let i = doc * w; i < doc * w + w; i++) this.marks[i] = 0
    this.touched[this.touchedCount++] = doc
  }

  reached(doc: number): boolean {
    return this.stamp[doc] === this.epoch
  }

  mark(doc: number, slot: number): void {
    const i = doc * this.markWords + (slot >>> 5)
    this.marks[i] = (this.marks[i] as number) | (1 << (slot & 31))
  }

  /** Whether every slot in `slots` is marked for the document. */
  markedAll(doc: number, slots: readonly number[]): boolean {
    const w = this.markWords
    for (const slot of slots) {
      if ((((this.marks[doc * w + (slot >>> 5)] as number) >>> (slot & 31)) & 1) === 0) return false
    }
    return true
  }
}
