import type { en } from './catalogs/en'

/** Every message of the app, by id; English (catalogs/en.ts) is the source catalog. */
export type MessageId = keyof typeof en

/** A language's catalog: a translation of every English message, in ICU MessageFormat. */
export interface Catalog {
  /** The language's own name for itself, as the language menu lists it. */
  name: string
  /** Right to left (Arabic, Hebrew, Persian…) or left to right. */
  dir: 'ltr' | 'rtl'
  messages: Record<MessageId, string>
}
