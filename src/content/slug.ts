/**
 * Slugs for section ids: lowercase ASCII letters and digits in words joined by single hyphens
 * (SLUG_PATTERN). Latin diacritics are folded, apostrophes dropped ("Women’s" → "womens"),
 * every other run of non-alphanumerics becomes a hyphen.
 */

/** Leaves room for a uniqueness suffix and a paragraph suffix within the 120-character limit. */
export const MAX_SECTION_SLUG_LENGTH = 100
export const FALLBACK_SLUG = 'section'

export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SECTION_SLUG_LENGTH)
    .replace(/-+$/, '')
  return slug || FALLBACK_SLUG
}
