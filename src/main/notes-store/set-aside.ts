import { freeName } from '../store-files'

/** A record (or the colour names, index null) that could not be read, kept with its reason. */
export interface SetAsideNote {
  index: number | null
  reason: string
  original: unknown
}

/** A file of records set aside, to write before the file they came from is written again. */
export interface AsideFile {
  path: string
  contents: () => string
  /** What the user is told. */
  notice: string
}

/**
 * The records of `source` that could not be read, for `<folder>/<base>.json` (or a free name
 * beside it): each with its number in the file, the reason and the record as it was, so nothing
 * the user wrote is dropped without a trace.
 */
export function setAsideFile(
  folder: string,
  base: string,
  source: string,
  items: SetAsideNote[],
  at: Date,
  version?: number
): AsideFile {
  const path = freeName(folder, base)
  const contents = () =>
    `${JSON.stringify(
      {
        about: `Notes that could not be read from ${source}${version === undefined ? '' : ` (format version ${version})`} and were set aside on ${at.toISOString()}. They are not in the app.`,
        sourceFile: source,
        ...(version === undefined ? {} : { schemaVersion: version }),
        items: items.map((item) => ({
          record: item.index === null ? 'colour names' : item.index + 1,
          reason: item.reason,
          original: item.original
        }))
      },
      null,
      '\t'
    )}\n`
  return { path, contents, notice: setAsideNotice(items, source, path) }
}

function setAsideNotice(items: SetAsideNote[], source: string, path: string): string {
  const records = items.filter((item) => item.index !== null).length
  const labels = records < items.length
  const notes = `${records} ${records === 1 ? 'note' : 'notes'} in ${source}`
  const what = labels
    ? records > 0
      ? `${notes} and your colour names`
      : 'Your colour names'
    : notes
  const outcome = labels
    ? records > 0
      ? 'they were left out and the default colour names are used'
      : 'the default names are used'
    : records === 1
      ? 'it was left out'
      : 'they were left out'
  return `${what} could not be read, so ${outcome}. What could not be read was kept, with the reason, in ${path}.`
}
