/**
 * The example edition's previous edition of the Kazakhstan chapter (examples/field-course/previous/),
 * made from the bundled text, so that "Compare with the previous edition" has something to show:
 * the chapter as a first printing had it, before a correction. Against it, the bundled text has
 * one sentence inserted, one word changed, one sentence deleted and two paragraphs swapped back.
 * `npm run -s example:previous-edition` writes it; a test checks the file is this function's output.
 */

/** What the correction added: the first printing lacks it. */
export const INSERTED_SENTENCE = 'Aktau and Karaganda are members of the Strong Cities Network.'
/** The word the correction changed: the first printing said "sevenfold". */
export const CHANGED_WORD = { before: 'sevenfold', after: 'eightfold' }
/** What the correction removed: the first printing had it. */
export const DELETED_SENTENCE =
  'The figures in this section were provisional when the chapter was first printed.'
/** The paragraphs the correction put in order: in the first printing, these two were swapped. */
export const SWAPPED_PARAGRAPHS = ['Kazakhstani law bans', 'Law-enforcement units demonstrated']

export function firstPrinting(corrected: string): string {
  const lines = corrected.split('\n')
  const replaceOnce = (from: string | RegExp, to: string) => {
    const at = lines.findIndex((line) => line.search(from) !== -1)
    if (at === -1) throw new Error(`the bundled text no longer has “${String(from)}”`)
    lines[at] = (lines[at] as string).replace(from, to)
  }
  // Between sentences the source has a space and a no-break space, in either order.
  replaceOnce(new RegExp(`\\s+${INSERTED_SENTENCE.replace(/\./g, '\\.')}`), '')
  replaceOnce(`${CHANGED_WORD.after} increase`, `${CHANGED_WORD.before} increase`)
  replaceOnce(
    'Kazakhstan partnered with the United States',
    `${DELETED_SENTENCE}\u00a0 Kazakhstan partnered with the United States`
  )
  const [first, second] = SWAPPED_PARAGRAPHS.map((start) =>
    lines.findIndex((line) => line.startsWith(start as string))
  ) as [number, number]
  if (first === -1 || second === -1)
    throw new Error('the bundled text no longer has both paragraphs')
  ;[lines[first], lines[second]] = [lines[second] as string, lines[first] as string]
  return lines.join('\n')
}
