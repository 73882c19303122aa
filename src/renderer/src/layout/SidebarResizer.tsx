import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { SIDEBAR_WIDTH } from '../../../shared/ipc-contract'
import { useT } from '../i18n/useT'
import { inlineSign } from './inline-direction'

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
  // The sidebar is on the left in a left-to-right language and on the right in Arabic: dragging
  // or stepping toward the text widens it either way.
  const drag = useRef<{ startX: number; startWidth: number; width: number; sign: 1 | -1 } | null>(
    null
  )

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = {
      startX: event.clientX,
      startWidth: width,
      width,
      sign: inlineSign(event.currentTarget)
    }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return
    const moved = (event.clientX - drag.current.startX) * drag.current.sign
    drag.current.width = drag.current.startWidth + moved
    onPreview(drag.current.width)
  }
  const onPointerUp = () => {
    if (!drag.current) return
    onCommit(drag.current.width)
    drag.current = null
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEP * inlineSign(event.currentTarget)
    const next =
      event.key === 'ArrowLeft'
        ? width - step
        : event.key === 'ArrowRight'
          ? width + step
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
