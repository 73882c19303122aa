import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc-contract'

const fakeMenu = vi.hoisted(() => ({
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn()
}))
vi.mock('electron', () => ({ Menu: fakeMenu }))

const { appMenuTemplate, installAppMenu } = await import('./menu')
const { speakIn } = await import('./words')

type Item = MenuItemConstructorOptions

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label)
  if (!menu) throw new Error(`no ${label} menu`)
  return menu.submenu as Item[]
}

function item(items: Item[], label: string): Item {
  const found = items.find((i) => i.label === label)
  if (!found) throw new Error(`no item ${label}`)
  return found
}

const roles = (items: Item[]) => items.filter((i) => i.role).map((i) => i.role)

/** Clicks an item as Electron would, and returns the commands it sent. */
function click(entry: Item, sent: MenuCommand[]): MenuCommand[] {
  const before = sent.length
  ;(entry.click as () => void)()
  return sent.slice(before)
}

describe('the application menu', () => {
  let sent: MenuCommand[]
  let linux: Item[]
  beforeEach(() => {
    sent = []
    fakeMenu.buildFromTemplate.mockClear()
    fakeMenu.setApplicationMenu.mockClear()
    linux = appMenuTemplate({
      appName: 'Field Course Reader',
      platform: 'linux',
      send: (command) => sent.push(command)
    })
  })

  it('has File, Edit, View and Help, in that order', () => {
    expect(linux.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(linux.find((m) => m.label === 'Help')?.role).toBe('help')
  })

  it('File: Print… (shows Ctrl/Cmd+P, which the page handles), Export PDF…, Quit', () => {
    const file = submenu(linux, 'File')
    const print = item(file, 'Print…')
    expect(print).toMatchObject({ accelerator: 'CmdOrCtrl+P', registerAccelerator: false })
    expect(click(print, sent)).toEqual(['print'])
    expect(click(item(file, 'Export PDF…'), sent)).toEqual(['export-pdf'])
    expect(roles(file)).toEqual(['quit'])
  })

  it("Edit: Undo for the page (notes, or the text field's own), then Electron's roles", () => {
    const edit = submenu(linux, 'Edit')
    const undo = item(edit, 'Undo')
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false })
    expect(click(undo, sent)).toEqual(['undo'])
    expect(roles(edit)).toEqual(['redo', 'cut', 'copy', 'paste', 'selectAll'])
  })

  it('View: zoom, full screen, and a Theme submenu that sends theme commands', () => {
    const view = submenu(linux, 'View')
    expect(roles(view)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen'])
    const theme = submenu(view, 'Theme')
    expect(theme.map((i) => i.label)).toEqual(['Follow the System', 'Light', 'Dark'])
    expect(theme.flatMap((i) => click(i, sent))).toEqual([
      'theme-system',
      'theme-light',
      'theme-dark'
    ])
  })

  it('Help: keyboard shortcuts and About, named after the edition', () => {
    const help = submenu(linux, 'Help')
    expect(click(item(help, 'Keyboard Shortcuts'), sent)).toEqual(['shortcuts'])
    expect(click(item(help, 'About Field Course Reader'), sent)).toEqual(['about'])
  })

  it('macOS: an app menu with About and Quit, Close Window in File, and a Window menu', () => {
    const mac = appMenuTemplate({
      appName: 'Reader',
      platform: 'darwin',
      send: (c) => sent.push(c)
    })
    expect(mac.map((m) => m.label ?? m.role)).toEqual([
      'Reader',
      'File',
      'Edit',
      'View',
      'Window',
      'Help'
    ])
    const appMenu = submenu(mac, 'Reader')
    expect(roles(appMenu)).toEqual(['hide', 'hideOthers', 'unhide', 'quit'])
    expect(click(item(appMenu, 'About Reader'), sent)).toEqual(['about'])
    expect(roles(submenu(mac, 'File'))).toEqual(['close'])
  })

  it('installs the built template as the application menu', () => {
    installAppMenu({ appName: 'Reader', platform: 'win32', send: () => undefined })
    expect(fakeMenu.buildFromTemplate).toHaveBeenCalledOnce()
    const template = fakeMenu.buildFromTemplate.mock.calls[0]?.[0] as Item[]
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(fakeMenu.setApplicationMenu).toHaveBeenCalledWith({ template })
  })
})

describe('the application menu in the language the app speaks', () => {
  const build = (platform: NodeJS.Platform = 'linux') =>
    appMenuTemplate({ appName: 'Полевой курс', platform, send: () => undefined })
  afterEach(() => speakIn('en'))

  it('in Russian: every menu, command and Electron role has a Russian label', () => {
    speakIn('ru')
    const menu = build()
    expect(menu.map((m) => m.label)).toEqual(['Файл', 'Правка', 'Вид', 'Справка'])
    expect(submenu(menu, 'Файл').map((i) => i.label)).toEqual([
      'Печать…',
      'Экспорт в PDF…',
      undefined,
      'Выход'
    ])
    expect(submenu(menu, 'Правка').map((i) => i.label)).toEqual([
      'Отменить',
      'Повторить',
      undefined,
      'Вырезать',
      'Копировать',
      'Вставить',
      'Выбрать всё'
    ])
    expect(submenu(submenu(menu, 'Вид'), 'Тема').map((i) => i.label)).toEqual([
      'Как в системе',
      'Светлая',
      'Тёмная'
    ])
    expect(submenu(menu, 'Справка').map((i) => i.label)).toEqual([
      'Сочетания клавиш',
      undefined,
      'О программе «Полевой курс»'
    ])
  })

  it('in Arabic, on macOS too: the app menu, Window and Close Window', () => {
    speakIn('ar')
    const mac = build('darwin')
    expect(mac.map((m) => m.label)).toEqual([
      'Полевой курс',
      'ملف',
      'تحرير',
      'عرض',
      'نافذة',
      'مساعدة'
    ])
    expect(submenu(mac, 'Полевой курс').map((i) => i.label)).toEqual([
      'حول «Полевой курс»',
      undefined,
      'إخفاء «Полевой курс»',
      'إخفاء التطبيقات الأخرى',
      'إظهار الكل',
      undefined,
      'إنهاء'
    ])
    expect(item(submenu(mac, 'ملف'), 'إغلاق النافذة').role).toBe('close')
  })

  it('follows a change of language: the menu built after it is in the new language', () => {
    speakIn('ru')
    expect(build()[0]?.label).toBe('Файл')
    speakIn('kk')
    expect(build().map((m) => m.label)).toEqual(['Файл', 'Өңдеу', 'Көрініс', 'Анықтама'])
    speakIn('en')
    expect(build().map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
  })
})
