import type { ReactNode } from 'react'
import { DISPLAY_POPOVER_ID } from '../settings/DisplaySettings'
import { Icon, type IconName } from './Icon'

/**
 * The one toolbar row: the sidebar toggle, search (and the hit navigator while hits are marked),
 * then Display, Print and About. In a narrow window the buttons show only their icons; their
 * names stay for screen readers and as tooltips.
 */
export function AppToolbar({
  sidebarOpen,
  onToggleSidebar,
  search,
  onPrint,
  onAbout
}: {
  sidebarOpen: boolean
  onToggleSidebar: () => void
  /** The search box, and the hit navigator when there is one. */
  search: ReactNode
  onPrint: () => void
  onAbout: () => void
}) {
  return (
    <header className="toolbar">
      <ToolbarButton
        icon="sidebar"
        label={sidebarOpen ? 'Hide contents and notes' : 'Show contents and notes'}
        expanded={sidebarOpen}
        controls="sidebar"
        onClick={onToggleSidebar}
        iconOnly
      />
      {search}
      <span className="toolbar-spacer" />
      <button
        type="button"
        className="toolbar-button"
        popoverTarget={DISPLAY_POPOVER_ID}
        aria-label="Display"
        title="Display: theme, typeface, text size and spacing"
      >
        <Icon name="display" />
        <span className="toolbar-label">Display</span>
      </button>
      <ToolbarButton icon="print" label="Print / PDF…" onClick={onPrint} />
      <ToolbarButton icon="about" label="About" onClick={onAbout} />
    </header>
  )
}

export function ToolbarButton({
  icon,
  label,
  onClick,
  expanded,
  controls,
  disabled,
  keys,
  iconOnly = false
}: {
  icon: IconName
  label: string
  onClick: () => void
  expanded?: boolean
  controls?: string
  disabled?: boolean
  keys?: string
  /** Never shows its label, however wide the window. */
  iconOnly?: boolean
}) {
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      title={keys ? `${label} (${keys})` : label}
      aria-expanded={expanded}
      aria-controls={controls}
      aria-keyshortcuts={keys}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
      {!iconOnly && <span className="toolbar-label">{label}</span>}
    </button>
  )
}
