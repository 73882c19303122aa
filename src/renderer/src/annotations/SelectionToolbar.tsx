import { useLayoutEffect, useRef, useState } from 'react'
import {
  COLOR_IDS,
  type ColorId,
  type ColorLabels
} from '../../../shared/annotations/annotation-model'
import { CopyWithCitation } from './CopyWithCitation'
import type { CitationForm } from './useCitationCopy'
import type { TextSelection } from './useTextSelection'

/** Room kept between the toolbar and the window's edges or the selection. */
const MARGIN = 8

/**
 * Appears over a text selection: highlight in a colour, highlight and write a note, or copy the
 * passage with its citation. It wraps onto a second row in a narrow window, and is placed from
 * its measured size: above the selection, or below it near the top; always inside the window.
 */
export function SelectionToolbar({
  selection,
  colorLabels,
  onHighlight,
  onHighlightWithNote,
  onCopy
}: {
  selection: TextSelection
  colorLabels: ColorLabels
  onHighlight: (color: ColorId) => void
  onHighlightWithNote: () => void
  onCopy: (form: CitationForm) => void
}) {
  const ref = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState({ width: 560, height: 44 })
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
  }, [])
  const above = selection.rect.top - size.height - MARGIN
  const top = Math.min(
    window.innerHeight - size.height - MARGIN,
    Math.max(MARGIN, above < 64 ? selection.rect.bottom + MARGIN : above)
  )
  const left = Math.max(
    MARGIN,
    Math.min(selection.rect.left, window.innerWidth - size.width - MARGIN)
  )
  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label="Highlight or copy the selected text"
      style={{ top, left }}
      // Keep the selection when a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      {COLOR_IDS.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch-button swatch-${color}`}
          onClick={() => onHighlight(color)}
        >
          <span className={`swatch swatch-${color}`} aria-hidden="true" />
          {colorLabels[color]}
        </button>
      ))}
      <button type="button" onClick={onHighlightWithNote}>
        Add note…
      </button>
      <CopyWithCitation onCopy={onCopy} />
    </div>
  )
}
