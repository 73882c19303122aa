import { useEffect, useLayoutEffect, useRef } from 'react'
import type { MenuCommand, ReaderApi } from '../../../shared/ipc-contract'

/** What the application menu and the app-wide keys can ask of the reading view. */
export interface AppCommandHandlers {
  print: () => void
  exportPdf: () => void
  shortcuts: () => void
  about: () => void
  /** Undo the last change to the notes (outside text fields, which undo their own typing). */
  undo: () => void
}

/**
 * The application menu's commands (from main, through window.reader.onMenuCommand) and the keys
 * that work anywhere: `?` for the shortcuts sheet (not while typing), Ctrl/Cmd+P to print,
 * Ctrl/Cmd+Z to undo the last change to the notes (in a text field, its own undo).
 * Theme commands go to the display settings as a `reader:set-theme` DOM event.
 */
export function useAppCommands(api: ReaderApi, handlers: AppCommandHandlers): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(
    () =>
      api.onMenuCommand((command: MenuCommand) => {
        const run = latest.current
        if (command === 'print') run.print()
        else if (command === 'export-pdf') run.exportPdf()
        else if (command === 'undo') {
          // Edit › Undo: the text field's own undo while typing, else the notes'.
          if (isTextField(document.activeElement)) document.execCommand('undo')
          else if (!document.querySelector('dialog[open]')) run.undo()
        } else if (command === 'shortcuts') run.shortcuts()
        else if (command === 'about') run.about()
        else {
          const theme = command.slice('theme-'.length)
          window.dispatchEvent(new CustomEvent('reader:set-theme', { detail: theme }))
        }
      }),
    [api]
  )

  // Attached as the reader is drawn, not after it is painted: Ctrl+P pressed as soon as the report
  // shows must never reach the browser's own print.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const modalOpen = document.querySelector('dialog[open]') !== null
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
        // Never the browser's own print: it would print without choosing about notes.
        event.preventDefault()
        if (!modalOpen) latest.current.print()
      } else if (
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'z' &&
        !isTextField(event.target)
      ) {
        // In a text field the browser undoes the typing; elsewhere, the last change to the notes.
        event.preventDefault()
        if (!modalOpen) latest.current.undo()
      } else if (
        event.key === '?' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !modalOpen &&
        !isTextField(event.target)
      ) {
        event.preventDefault()
        latest.current.shortcuts()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color'
])

/** Where `?` is typed as a character: text inputs, text areas, selects, editable content. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type)
}
