import type { MessageId } from './catalog-types'

export type MessageValues = Record<string, string | number | Date | null | undefined>

/**
 * What shared code needs to say something in the reader's language: a message of the catalog,
 * and a list joined by the language's rules. The renderer's useT() and main's createTranslator()
 * are both one, so pure code (change-words.ts…) stays free of React and Electron.
 */
export interface Formatter {
  (id: MessageId, values?: MessageValues): string
  list: (items: string[], type?: 'conjunction' | 'disjunction' | 'unit') => string
  number: (value: number, options?: NumberOptions) => string
  date: (value: Date | string | number, options: Intl.DateTimeFormatOptions) => string
}

/** How many decimals a number shows ("5.0 MB"); the language gives the rest. */
export type NumberOptions = Pick<
  Intl.NumberFormatOptions,
  'minimumFractionDigits' | 'maximumFractionDigits'
>

/** A message said later, in whatever language the app then speaks: an id and its values. */
export interface Message {
  id: MessageId
  values?: MessageValues
}
