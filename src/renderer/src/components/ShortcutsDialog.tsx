import { Fragment } from 'react'
import type { MessageId } from '../../../shared/i18n/catalog-types'
import { ModalDialog } from './ModalDialog'
import { useT } from '../i18n/useT'

const MOD = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'keys.ctrl'

/** Keys with a name (`keys.enter`) are said in the reader's language; letters and symbols as they are. */
const KEY_NAMES = new Set([
  'keys.ctrl',
  'keys.esc',
  'keys.enter',
  'keys.shift',
  'keys.alt',
  'keys.tab'
])

/** Every keyboard shortcut of the reader: keys (alternatives separated) and what they do. */
export const SHORTCUTS: {
  group: MessageId
  items: { keys: string[][]; action: MessageId }[]
}[] = [
  {
    group: 'shortcuts.anywhere',
    items: [
      {
        keys: [
          [MOD, 'K'],
          [MOD, 'F']
        ],
        action: 'shortcuts.search'
      },
      { keys: [[MOD, 'P']], action: 'shortcuts.print' },
      { keys: [['?']], action: 'shortcuts.help' },
      { keys: [['keys.esc']], action: 'shortcuts.escape' }
    ]
  },
  {
    group: 'shortcuts.inSearch',
    items: [
      { keys: [['↑'], ['↓']], action: 'shortcuts.chooseResult' },
      { keys: [['keys.enter']], action: 'shortcuts.openResult' },
      {
        keys: [['keys.enter'], ['keys.shift', 'keys.enter'], ['F3'], ['keys.shift', 'F3']],
        action: 'shortcuts.nextHit'
      },
      { keys: [['keys.alt', 'H']], action: 'shortcuts.highlightHit' }
    ]
  },
  {
    group: 'shortcuts.inText',
    items: [
      { keys: [['keys.tab'], ['keys.shift', 'keys.tab']], action: 'shortcuts.nextHighlight' },
      { keys: [['keys.enter']], action: 'shortcuts.openHighlight' }
    ]
  }
]

/**
 * The keyboard shortcuts help sheet (`?`, or Help › Keyboard Shortcuts). It opens at its top, its
 * title focused (a Close button focused at the end scrolled a small window's sheet to the bottom);
 * Close stays in sight at its foot.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT()
  const keyName = (key: string) => (KEY_NAMES.has(key) ? t(key as MessageId) : key)
  return (
    <ModalDialog
      className="annotation-dialog shortcuts-dialog"
      labelledBy="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title" tabIndex={-1}>
        {t('shortcuts.title')}
      </h2>
      {SHORTCUTS.map(({ group, items }) => (
        <table key={group} className="shortcuts">
          <caption>{t(group)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.keys')}</th>
              <th scope="col">{t('shortcuts.action')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ keys, action }) => (
              <tr key={action}>
                <td>
                  {keys.map((combo, i) => (
                    <Fragment key={i}>
                      {i > 0 && t('shortcuts.or')}
                      {combo.map((key, j) => (
                        <Fragment key={j}>
                          {j > 0 && '+'}
                          <kbd>{keyName(key)}</kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </td>
                <td>{t(action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <div className="dialog-actions shortcuts-actions">
        <span className="spacer" />
        <button type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  )
}
