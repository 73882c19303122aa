import { describe, expect, it, vi } from 'vitest'
import { editionText, type ComparableReport } from './edition-sentences'
import { MAX_MEASURED, pairSentences } from './pair-sentences'
import { WordCoder } from './sentence-similarity'
import type * as Similarity from './sentence-similarity'

// Every measurement of how alike two sentences are (a word edit distance), counted.
const measured = vi.hoisted(() => ({ count: 0 }))
vi.mock('./sentence-similarity', async (importOriginal) => {
  const real = await importOriginal<typeof Similarity>()
  return {
    ...real,
    similarity: (a: string, b: string) => {
      measured.count++
      return real.similarity(a, b)
    }
  }
})

/** An edition of one section whose paragraphs hold these sentences, four to a paragraph. */
function edition(sentences: readonly string[]): ComparableReport {
  const paragraphs = []
  for (let i = 0; i < sentences.length; i += 4) {
    paragraphs.push({ id: `p${i / 4 + 1}`, text: sentences.slice(i, i + 4).join(' ') })
  }
  return { sections: [{ id: 'part', heading: 'Part', paragraphs }] }
}

function pair(before: readonly string[], after: readonly string[]) {
  const coder = new WordCoder()
  measured.count = 0
  const pairing = pairSentences(
    editionText(edition(before), coder),
    editionText(edition(after), coder)
  )
  return { pairing, measured: measured.count }
}

const alike = (count: number, verb: string) =>
  Array.from(
    { length: count },
    (_, i) =>
      `The regional office received file KZ-${i + 1} from the border service and ${verb} it to the prosecutor.`
  )

describe('pairing the sentences of two editions', () => {
  it('pairs thousands of alike sentences each with its own, measuring a bounded number per sentence', () => {
    // Every sentence of one edition is alike to every sentence of the other: measuring all pairs
    // would be 3,000 × 3,000.
    const { pairing, measured } = pair(alike(3000, 'forwarded'), alike(3000, 'sent'))
    expect([...pairing.newPartner]).toEqual([...Array(3000).keys()])
    expect(measured).toBeLessThanOrEqual(3000 * MAX_MEASURED)
  })

  it('pairs alike sentences that share no rare word by where they stand', () => {
    const before = Array.from({ length: 2000 }, (_, i) => `Case ${i} was closed by the court.`)
    const after = Array.from(
      { length: 2000 },
      (_, i) => `Matter ${i + 5000} was closed by the court.`
    )
    const { pairing, measured } = pair(before, after)
    expect([...pairing.newPartner]).toEqual([...Array(2000).keys()])
    expect(measured).toBeLessThanOrEqual(2000 * MAX_MEASURED)
  })

  it('finds a sentence edited and moved to the far end of a long edition by its rare words', () => {
    const filler = Array.from(
      { length: 3000 },
      (_, i) => `Paragraph ${i} of the report describes the work of the ministry in the regions.`
    )
    const moving = 'The Ministry of Internal Affairs opened a rehabilitation centre in Almaty.'
    const before = [moving, ...filler]
    const after = [...filler, moving.replace('opened', 'closed')]
    const { pairing } = pair(before, after)
    expect(pairing.newPartner[3000]).toBe(0)
  })

  it('pairs each copy of a repeated sentence with the copy in the same place', () => {
    const chapter = (n: number) => [`Chapter ${n} opens here.`, 'Nothing else was reported.']
    const before = Array.from({ length: 200 }, (_, n) => chapter(n)).flat()
    const inserted = Array.from({ length: 300 }, (_, n) => `A new sentence ${n} of a new part.`)
    const after = [...before.slice(0, 200), ...inserted, ...before.slice(200)]
    const { pairing } = pair(before, after)
    // Each copy pairs with the copy in the same chapter: before the new part, and after it.
    for (let i = 0; i < before.length; i++) {
      expect(pairing.oldPartner[i]).toBe(i < 200 ? i : i + 300)
    }
  })
})
