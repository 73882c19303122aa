/**
 * Names that tell the reports of a comparison apart, shorter than their titles where the titles
 * allow it, so that a narrow column does not spend its first lines on a title the others repeat:
 * what follows each title's last colon, when every title has one and those parts all differ
 * ("Country Reports on Terrorism 2021: Kazakhstan" → "Kazakhstan"); else each title without the
 * words all of them begin with, when what is left still tells them apart; else the titles.
 */
export function shortTitles(titles: ReadonlyMap<string, string>): Map<string, string> {
  const entries = [...titles.entries()]
  const distinct = (names: string[]) =>
    names.every((name) => name !== '') && new Set(names).size === names.length
  const afterColon = entries.map(([, title]) => {
    const at = title.lastIndexOf(': ')
    return at < 0 ? '' : title.slice(at + 2).trim()
  })
  if (entries.length > 1 && distinct(afterColon)) {
    return new Map(entries.map(([id], i) => [id, afterColon[i] as string]))
  }
  const words = entries.map(([, title]) => title.split(/\s+/))
  let shared = 0
  while (
    words.every((w) => w.length > shared + 1 && w[shared] === words[0]?.[shared]) &&
    entries.length > 1
  )
    shared++
  const rest = words.map((w) => w.slice(shared).join(' '))
  if (shared > 0 && distinct(rest))
    return new Map(entries.map(([id], i) => [id, rest[i] as string]))
  return new Map(entries)
}
