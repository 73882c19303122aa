import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc-contract'

export interface AppMenuOptions {
  /** The edition's app name, for "About …" and the macOS app menu. */
  appName: string
  platform: NodeJS.Platform
  /** Asks the reader window's renderer to carry out a command (print, theme, a dialog). */
  send: (command: MenuCommand) => void
}

/**
 * The application menu: File (print, PDF, quit), Edit (undo, then Electron's roles: redo, copy…)
 * and View (zoom, full screen), the theme, and Help (keyboard shortcuts, About). Items that need the page
 * send a typed command to the renderer. macOS gets its app menu and keeps Quit there.
 */
export function appMenuTemplate({
  appName,
  platform,
  send
}: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const command = (
    label: string,
    name: MenuCommand,
    extra: MenuItemConstructorOptions = {}
  ): MenuItemConstructorOptions => ({ label, click: () => send(name), ...extra })
  const about = command(`About ${appName}`, 'about')

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        // The page handles Ctrl/Cmd+P itself (it opens the same print dialog); the menu only
        // shows the shortcut.
        command('Print…', 'print', { accelerator: 'CmdOrCtrl+P', registerAccelerator: false }),
        command('Export PDF…', 'export-pdf'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    {
      label: 'Edit',
      submenu: [
        // Undo is the page's: in a text field the field's own undo, elsewhere the last change to
        // the notes. The page handles Ctrl/Cmd+Z itself; the menu only shows the shortcut.
        command('Undo', 'undo', { accelerator: 'CmdOrCtrl+Z', registerAccelerator: false }),
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: 'View',
      submenu: [
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: [
            command('System', 'theme-system'),
            command('Light', 'theme-light'),
            command('Dark', 'theme-dark')
          ]
        }
      ]
    },
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    {
      role: 'help',
      label: 'Help',
      submenu: [command('Keyboard Shortcuts', 'shortcuts'), { type: 'separator' }, about]
    }
  ]
  if (mac) {
    template.unshift({
      label: appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' }
      ]
    })
  }
  return template
}

/** Builds the menu and makes it the application menu. */
export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)))
}
