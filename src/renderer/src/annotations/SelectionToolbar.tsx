import {
  COLOR_IDS,
  type ColorId,
  type ColorLabels
} from '../../../shared/annotations/annotation-model'
import type { TextSelection } from './useTextSelection'

/** Appears over a text selection: highlight in a colour, or highlight and write a note. */
export function SelectionToolbar({
  selection,
  colorLabels,
  onHighlight,
  onHighlightWithNote
}: {
  selection: TextSelection
  colorLabels: ColorLabels
  onHighlight: (color: ColorId) => void
  onHighlightWithNote: () => void
}) {
  // Above the selection, or below it near the top; always inside the window.
  const above = selection.rect.top - 52
  const top = Math.min(
    window.innerHeight - 56,
    Math.max(8, above < 64 ? selection.rect.bottom + 8 : above)
  )
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Highlight the selected text"
      style={{ top, left: Math.max(8, Math.min(selection.rect.left, window.innerWidth - 560)) }}
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
    </div>
  )
}
