import { useEffect, useRef } from 'react'
import { changeTitle } from '../../../shared/compare/change-words'
import type { ChangeWithNotes, EditionComparison } from '../../../shared/compare/edition-comparison'
import { Icon } from '../components/Icon'
import { ChangeText } from './ChangeText'
import { useT } from '../i18n/useT'

/** The changes shown after one block of the text, each named and with its words marked. */
export function ChangesAfterBlock({ changes }: { changes: readonly ChangeWithNotes[] }) {
  const t = useT()
  return (
    <>
      {changes.map((change, i) => (
        <aside
          key={i}
          className={`change-in-text change-${change.kind}`}
          aria-label={t('changes.inText.label', { title: changeTitle(change, t) })}
        >
          <p className="change-in-text-title">
            <Icon name={change.kind} /> {changeTitle(change, t)}
            {change.kind === 'moved' &&
              change.oldSection &&
              change.oldSection.id !== change.newSection?.id && (
                <>
                  {' '}
                  {t.rich('changes.inText.movedFrom', {
                    section: <bdi translate="no">{change.oldSection.heading}</bdi>
                  })}
                </>
              )}
          </p>
          <ChangeText change={change} />
        </aside>
      ))}
    </>
  )
}

/**
 * Above the text while an edition's changes are shown in it: what they are, and the way out. It
 * stays at the top of the pane however far the reader goes (Show in the report lands far down),
 * and Escape in the text goes back to What changed, as its first button does.
 */
export function ChangesShownBar({
  comparison,
  onBackToList,
  onStop
}: {
  comparison: EditionComparison
  onBackToList: () => void
  onStop: () => void
}) {
  const t = useT()
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    const pane = ref.current?.closest('main')
    if (!pane) return
    // On the document, so that what took the key first (an acronym putting its expansion away, a
    // dialog) keeps it: pressed in the text, and nothing else used it.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      if (!pane.contains(event.target as Node) || document.querySelector('dialog[open]')) return
      event.preventDefault()
      onBackToList()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onBackToList])
  return (
    <section className="changes-shown-bar" aria-label={t('changes.shown.label')} ref={ref}>
      <p>
        <Icon name="changes" />{' '}
        {comparison.since === 'last-read'
          ? t('changes.shown.sinceLastRead')
          : t.rich('changes.shown.sinceEdition', {
              edition: <bdi translate="no">{comparison.fromEdition}</bdi>
            })}
      </p>
      <div className="changes-offer-actions">
        <button type="button" onClick={onBackToList}>
          {t('changes.shown.back')}
        </button>
        <button type="button" onClick={onStop}>
          {t('changes.shown.stop')}
        </button>
      </div>
    </section>
  )
}
