import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { SIDEBAR_WIDTH } from '../../../shared/ipc-contract'
import { useT } from '../i18n/useT'

const STEP = 16

/**
 * The handle between the sidebar and the text: drag it, or focus it and use the arrow keys
 * (Home/End for the narrowest and widest), to widen or narrow the sidebar.
 */
export function SidebarResizer({
  width,
  onPreview,
  onCommit
}: {
  width: number
  onPreview: (width: number) => void
  onCommit: (width: number) => void
}) {
  const t = useT()
  const drag = useRef<{ startX: number; startWidth: number; width: number } | null>(null)

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { startX: event.clientX, startWidth: width, width }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return
    drag.current.width = drag.current.startWidth + event.clientX - drag.current.startX
    onPreview(drag.current.width)
  }
  const onPointerUp = () => {
    if (!drag.current) return
    onCommit(drag.current.width)
    drag.current = null
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next =
      event.key === 'ArrowLeft'
        ? width - STEP
        : event.key === 'ArrowRight'
          ? width + STEP
          : event.key === 'Home'
            ? SIDEBAR_WIDTH.min
            : event.key === 'End'
              ? SIDEBAR_WIDTH.max
              : null
    if (next === null) return
    event.preventDefault()
    onCommit(next)
  }

  return (
    <div
      className="sidebar-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('sidebar.width')}
      aria-valuemin={SIDEBAR_WIDTH.min}
      aria-valuemax={SIDEBAR_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  )
}
