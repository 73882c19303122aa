/** Line icons drawn in SVG (no icon font, nothing fetched): decorative, named by their button. */
const PATHS = {
  sidebar: 'M4 5h16M4 12h16M4 19h16',
  previous: 'M15 6l-6 6 6 6',
  next: 'M9 6l6 6-6 6',
  close: 'M6 6l12 12M18 6L6 18',
  highlight: 'M4 20h6M14.5 4.5l5 5L10 19H5v-5z',
  display: 'M3 19l5-14h2l5 14M5.5 13h7M16 19l2.5-7h1l2.5 7M17 17h4',
  print:
    'M7 9V4h10v5M7 17H5a1 1 0 01-1-1v-6a1 1 0 011-1h14a1 1 0 011 1v6a1 1 0 01-1 1h-2M7 14h10v6H7z',
  about: 'M12 3a9 9 0 100 18 9 9 0 000-18zM12 11v6M12 7.5v.5',
  // The kinds of change in "What changed": plus, minus, a pencil, arrows up and down.
  inserted: 'M12 5v14M5 12h14',
  deleted: 'M5 12h14',
  modified: 'M4 20h4L19 9l-4-4L4 16z',
  moved: 'M8 4v16M4 8l4-4 4 4M16 20V4M12 16l4 4 4-4',
  changes: 'M4 6h10M4 12h16M4 18h7M17 3v6M14 6h6'
} as const

export type IconName = keyof typeof PATHS

/** Icons that point along the line: mirrored in a right-to-left language (styles.css). */
const POINTS_ALONG_THE_LINE: ReadonlySet<IconName> = new Set(['previous', 'next'])

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className={POINTS_ALONG_THE_LINE.has(name) ? 'icon icon-directional' : 'icon'}
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
