import { useLayoutEffect, useRef, useState } from 'react'
import {
  COLOR_IDS,
  type ColorId,
  type ColorLabels
} from '../../../shared/annotations/annotation-model'
import { CopyWithCitation } from './CopyWithCitation'
import { useColorLabel } from './useColorLabel'
import type { CitationForm } from './useCitationCopy'
import { placeToolbar, TOOLBAR_MARGIN } from '../selection/toolbar-place'
import type { TextSelection } from '../selection/useTextSelection'
import { useT } from '../i18n/useT'

/**
 * Appears beside a text selection: highlight in a colour, highlight and write a note, or copy the
 * passage with its citation. It wraps onto a second row in a narrow pane, and is placed from its
 * measured size next to where the drag ended, never over a heading, always inside the text pane
 * (toolbar-place.ts). A passage too long to highlight can still be copied: the colours say why
 * they are not offered.
 */
export function SelectionToolbar({
  selection,
  cannotHighlight,
  colorLabels,
  onHighlight,
  onHighlightWithNote,
  onCopy
}: {
  selection: TextSelection
  /** Why this selection cannot be highlighted (too long), when it cannot. */
  cannotHighlight: string | null
  colorLabels: ColorLabels
  onHighlight: (color: ColorId) => void
  onHighlightWithNote: () => void
  onCopy: (form: CitationForm) => void
}) {
  const t = useT()
  const colorLabel = useColorLabel()
  const ref = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState({ width: 560, height: 44 })
  const shown = selection.place !== null
  // Measured once shown and whenever its size changes (renamed colours, a narrower window).
  useLayoutEffect(() => {
    const box = ref.current
    if (!box) return
    const measure = () => {
      const next = { width: box.offsetWidth, height: box.offsetHeight }
      setSize((s) => (s.width === next.width && s.height === next.height ? s : next))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(box)
    return () => observer.disconnect()
  }, [shown])
  const { place } = selection
  if (!place) return null
  const { top, left } = placeToolbar(size, place)
  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('selection.toolbar')}
      style={{
        top,
        left,
        maxWidth: `min(40rem, ${place.pane.right - place.pane.left - 2 * TOOLBAR_MARGIN}px)`
      }}
      // Keep the selection when a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      {cannotHighlight ? (
        <p className="selection-toolbar-note">{cannotHighlight}</p>
      ) : (
        <>
          {COLOR_IDS.map((color) => (
            <button
              key={color}
              type="button"
              className={`swatch-button swatch-${color}`}
              onClick={() => onHighlight(color)}
            >
              <span className={`swatch swatch-${color}`} aria-hidden="true" />
              {colorLabel(color, colorLabels)}
            </button>
          ))}
          <button type="button" onClick={onHighlightWithNote}>
            {t('selection.addNote')}
          </button>
        </>
      )}
      <CopyWithCitation onCopy={onCopy} />
    </div>
  )
}
