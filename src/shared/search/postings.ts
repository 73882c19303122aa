import { partitionPoint } from '../sorted/partition-point'
import type { TermPostings } from './packed-index'

/** Looking up one document in a term's postings, which are sorted by document, then field. */

/** The first posting at or after `from` of a document ≥ doc. */
export function firstPostingAtOrAfter(postings: TermPostings, doc: number, from = 0): number {
  return partitionPoint(from, postings.count, (p) => (postings.docs[p] as number) < doc)
}

/** The posting of the document (its first in an allowed field, or in `field`), or -1. */
export function findPosting(
  postings: TermPostings,
  doc: number,
  fieldMask: number,
  field?: number
): number {
  for (
    let p = firstPostingAtOrAfter(postings, doc);
    p < postings.count && postings.docs[p] === doc;
    p++
  ) {
    const f = postings.fields[p] as number
    if ((field === undefined || f === field) && fieldMask & (1 << f)) return p
  }
  return -1
}
