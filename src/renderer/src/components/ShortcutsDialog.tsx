import { Fragment } from 'react'
import { ModalDialog } from './ModalDialog'

const MOD = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl'

/** Every keyboard shortcut of the reader: keys (alternatives separated) and what they do. */
export const SHORTCUTS: { group: string; items: { keys: string[][]; action: string }[] }[] = [
  {
    group: 'Anywhere',
    items: [
      {
        keys: [
          [MOD, 'K'],
          [MOD, 'F']
        ],
        action: 'Go to the search box'
      },
      { keys: [[MOD, 'P']], action: 'Print or export a PDF of the report' },
      { keys: [['?']], action: 'Show these keyboard shortcuts' },
      { keys: [['Esc']], action: 'Close a dialog; clear the search and its marks' }
    ]
  },
  {
    group: 'In the search box',
    items: [
      { keys: [['↑'], ['↓']], action: 'Choose a result' },
      { keys: [['Enter']], action: 'Open it: the text scrolls there and every hit is marked' },
      {
        keys: [['Enter'], ['Shift', 'Enter'], ['F3'], ['Shift', 'F3']],
        action: 'After opening: next / previous hit'
      },
      { keys: [['Alt', 'H']], action: 'Highlight the hit you are on and write a note' }
    ]
  },
  {
    group: 'In the text',
    items: [
      { keys: [['Tab'], ['Shift', 'Tab']], action: 'Move to the next / previous highlight' },
      { keys: [['Enter']], action: 'Open the highlight: colour, note, tags, delete' }
    ]
  }
]

/**
 * The keyboard shortcuts help sheet (`?`, or Help › Keyboard Shortcuts). It opens at its top, its
 * title focused (a Close button focused at the end scrolled a small window's sheet to the bottom);
 * Close stays in sight at its foot.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog
      className="annotation-dialog shortcuts-dialog"
      labelledBy="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title" tabIndex={-1}>
        Keyboard shortcuts
      </h2>
      {SHORTCUTS.map(({ group, items }) => (
        <table key={group} className="shortcuts">
          <caption>{group}</caption>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ keys, action }) => (
              <tr key={action}>
                <td>
                  {keys.map((combo, i) => (
                    <Fragment key={i}>
                      {i > 0 && ' or '}
                      {combo.map((key, j) => (
                        <Fragment key={j}>
                          {j > 0 && '+'}
                          <kbd>{key}</kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </td>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <div className="dialog-actions shortcuts-actions">
        <span className="spacer" />
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  )
}
