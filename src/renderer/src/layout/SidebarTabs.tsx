import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { inlineSign } from './inline-direction'
import { useT } from '../i18n/useT'

export type SidebarTab = 'contents' | 'notes' | 'team' | 'glossary' | 'results'

/**
 * Which of the sidebar's tabs is chosen. Typing a search opens the Results tab (and the sidebar,
 * if it was closed); clearing it goes back to the tab the reader was on. The other tabs stay: the
 * reader can look at the notes while a search is on.
 */
export function useSidebarTabs(searching: boolean, openSidebar: (open: boolean) => void) {
  const [tab, setTab] = useState<SidebarTab>('contents')
  const tabBeforeSearch = useRef<SidebarTab>('contents')
  useEffect(() => {
    if (searching) {
      setTab((current) => {
        if (current !== 'results') tabBeforeSearch.current = current
        return 'results'
      })
      openSidebar(true)
    } else {
      setTab((current) => (current === 'results' ? tabBeforeSearch.current : current))
    }
  }, [searching, openSidebar])
  const tabs: SidebarTab[] = [
    'contents',
    'notes',
    'team',
    'glossary',
    ...(searching ? ['results' as const] : [])
  ]
  return { tab, setTab, tabs }
}

/**
 * The sidebar's tab row, as the WAI-ARIA tabs pattern has it: one Tab stop (the chosen tab), the
 * arrow keys move to the next or previous tab and choose it, Home and End to the first and last.
 * A row narrower than its tabs wraps (layout.css), so every tab is in sight.
 */
export function SidebarTabs({
  tabs,
  labels,
  chosen,
  onChoose
}: {
  tabs: readonly SidebarTab[]
  labels: Record<SidebarTab, string>
  chosen: SidebarTab
  onChoose: (tab: SidebarTab) => void
}) {
  const t = useT()
  const rowRef = useRef<HTMLDivElement>(null)
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.indexOf(chosen)
    // The tabs run right to left in Arabic: the arrow moves to the tab it points at.
    const sign = inlineSign(event.currentTarget)
    const next = {
      ArrowRight: at + sign,
      ArrowLeft: at - sign,
      Home: 0,
      End: tabs.length - 1
    }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const tab = tabs[(next + tabs.length) % tabs.length] as SidebarTab
    onChoose(tab)
    rowRef.current?.querySelector<HTMLElement>(`#tab-${tab}`)?.focus()
  }

  return (
    <div
      className="sidebar-tabs"
      role="tablist"
      aria-label={t('sidebar.tabs')}
      ref={rowRef}
      onKeyDown={onKeyDown}
    >
      {tabs.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={chosen === id}
          aria-controls={`panel-${id}`}
          tabIndex={chosen === id ? 0 : -1}
          onClick={() => onChoose(id)}
        >
          {labels[id]}
        </button>
      ))}
    </div>
  )
}
