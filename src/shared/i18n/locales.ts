import type { Catalog } from './catalog-types'
import { arabicCatalog } from './catalogs/ar'
import { englishCatalog } from './catalogs/en'
import { kazakhCatalog } from './catalogs/kk'
import { russianCatalog } from './catalogs/ru'

/**
 * The languages the app speaks. A new language is one catalog file in catalogs/ (its name,
 * direction and every message) and its line here; the type of `messages` and the key and
 * argument check (catalogs.test.ts) make sure it is complete.
 */
export const CATALOGS = {
  en: englishCatalog,
  ar: arabicCatalog,
  ru: russianCatalog,
  kk: kazakhCatalog
} as const satisfies Record<string, Catalog>

export type Locale = keyof typeof CATALOGS

export const LOCALES = Object.keys(CATALOGS) as Locale[]

export const SOURCE_LOCALE: Locale = 'en'

export function isLocale(tag: string): tag is Locale {
  return Object.hasOwn(CATALOGS, tag)
}
