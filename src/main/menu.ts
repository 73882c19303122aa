import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc-contract'
import type { MessageId } from '../shared/i18n/catalog-types'
import { say } from './words'

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
 * send a typed command to the renderer. macOS gets its app menu and keeps Quit there. Every label is
 * in the language the app speaks (words.ts), Electron's roles too: their own labels follow the
 * system's language, not the reader's choice in Display.
 */
export function appMenuTemplate({
  appName,
  platform,
  send
}: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const command = (
    label: MessageId,
    name: MenuCommand,
    extra: MenuItemConstructorOptions = {}
  ): MenuItemConstructorOptions => ({ label: say(label), click: () => send(name), ...extra })
  const role = (
    name: NonNullable<MenuItemConstructorOptions['role']>,
    label: MessageId
  ): MenuItemConstructorOptions => ({ role: name, label: say(label, { appName }) })
  const about: MenuItemConstructorOptions = {
    label: say('menu.about', { appName }),
    click: () => send('about')
  }

  const template: MenuItemConstructorOptions[] = [
    {
      label: say('menu.file'),
      submenu: [
        // The page handles Ctrl/Cmd+P itself (it opens the same print dialog); the menu only
        // shows the shortcut.
        command('menu.print', 'print', { accelerator: 'CmdOrCtrl+P', registerAccelerator: false }),
        command('menu.exportPdf', 'export-pdf'),
        { type: 'separator' },
        mac ? role('close', 'menu.closeWindow') : role('quit', 'menu.quit')
      ]
    },
    {
      label: say('menu.edit'),
      submenu: [
        // Undo is the page's: in a text field the field's own undo, elsewhere the last change to
        // the notes. The page handles Ctrl/Cmd+Z itself; the menu only shows the shortcut.
        command('menu.undo', 'undo', { accelerator: 'CmdOrCtrl+Z', registerAccelerator: false }),
        role('redo', 'menu.redo'),
        { type: 'separator' },
        role('cut', 'menu.cut'),
        role('copy', 'menu.copy'),
        role('paste', 'menu.paste'),
        role('selectAll', 'menu.selectAll')
      ]
    },
    {
      label: say('menu.view'),
      submenu: [
        role('zoomIn', 'menu.zoomIn'),
        role('zoomOut', 'menu.zoomOut'),
        role('resetZoom', 'menu.resetZoom'),
        { type: 'separator' },
        role('togglefullscreen', 'menu.fullScreen'),
        { type: 'separator' },
        {
          label: say('menu.theme'),
          submenu: [
            command('menu.theme.system', 'theme-system'),
            command('menu.theme.light', 'theme-light'),
            command('menu.theme.dark', 'theme-dark')
          ]
        }
      ]
    },
    ...(mac ? [role('windowMenu', 'menu.window')] : []),
    {
      role: 'help',
      label: say('menu.help'),
      submenu: [command('menu.shortcuts', 'shortcuts'), { type: 'separator' }, about]
    }
  ]
  if (mac) {
    template.unshift({
      label: appName,
      submenu: [
        about,
        { type: 'separator' },
        role('hide', 'menu.hide'),
        role('hideOthers', 'menu.hideOthers'),
        role('unhide', 'menu.showAll'),
        { type: 'separator' },
        role('quit', 'menu.quit')
      ]
    })
  }
  return template
}

/** Builds the menu and makes it the application menu. */
export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)))
}
