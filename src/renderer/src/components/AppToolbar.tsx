import type { ReactNode } from 'react'
import { DISPLAY_POPOVER_ID } from '../settings/DisplaySettings'
import { Icon, type IconName } from './Icon'
import { useT } from '../i18n/useT'

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
  const t = useT()
  return (
    <header className="toolbar">
      <ToolbarButton
        icon="sidebar"
        label={sidebarOpen ? t('toolbar.hideSidebar') : t('toolbar.showSidebar')}
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
        aria-label={t('toolbar.display')}
        title={t('toolbar.display.tooltip')}
      >
        <Icon name="display" />
        <span className="toolbar-label">{t('toolbar.display')}</span>
      </button>
      <ToolbarButton icon="print" label={t('toolbar.print')} onClick={onPrint} />
      <ToolbarButton icon="about" label={t('toolbar.about')} onClick={onAbout} />
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
  const t = useT()
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      title={keys ? t('toolbar.withKeys', { label, keys }) : label}
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
