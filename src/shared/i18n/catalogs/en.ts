import type { Catalog } from '../catalog-types'

/**
 * English: the source catalog. Every other catalog translates each of these messages (ICU
 * MessageFormat: `{count, plural, one {…} other {…}}`, `{name}`); the ids say where a message is
 * shown. Keep a message whole (never glued from pieces), so each language can order its words.
 */
export const en = {
  // The app as it opens
  'app.opening': 'Opening the report…',
  'app.reportNotOpened': 'That report could not be opened: {reason}',
  'app.noReports': 'This app contains no reports.',

  // Common buttons
  'common.done': 'Done',
  'common.close': 'Close',

  // Display settings
  'display.title': 'Display',
  'display.language': 'Language',
  'display.language.system': 'Follow the system',
  'display.theme': 'Theme',
  'display.theme.system': 'Follow the system',
  'display.theme.light': 'Light',
  'display.theme.dark': 'Dark',
  'display.typeface': 'Typeface',
  'display.typeface.literata': 'Literata (book serif)',
  'display.typeface.atkinson': 'Atkinson Hyperlegible (clear sans)',
  'display.typeface.system': 'This computer’s serif',
  'display.textSize': 'Text size',
  'display.smaller': 'Smaller text',
  'display.smaller.short': 'A−',
  'display.larger': 'Larger text',
  'display.larger.short': 'A+',
  'display.pixels': '{size, number} px',
  'display.lineSpacing': 'Line spacing',
  'display.spacing.compact': 'Compact',
  'display.spacing.normal': 'Normal',
  'display.spacing.relaxed': 'Relaxed',
  'display.lineWidth': 'Line width',
  'display.width.narrow': 'Narrow',
  'display.width.medium': 'Medium',
  'display.width.wide': 'Wide'
} as const

export const englishCatalog: Catalog = { name: 'English', dir: 'ltr', messages: en }
