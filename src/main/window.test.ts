import type { EventEmitter } from 'node:events'
import type { BrowserWindowConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_ENTRY_URL } from './app-protocol'
import { createReaderWindow, WINDOW_TITLE } from './window'

// BrowserWindow reduced to what createReaderWindow touches; each instance keeps the options it was
// built with and the URL it was told to load.
const fakes = vi.hoisted(() => ({
  windows: [] as unknown[],
  errorBoxes: [] as unknown[][],
  isPackaged: false
}))

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events')
  class FakeBrowserWindow extends EventEmitter {
    readonly options: unknown
    readonly webContents = new EventEmitter()
    loadedUrl: string | null = null
    shown = false
    constructor(options: unknown) {
      super()
      this.options = options
      fakes.windows.push(this)
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url
      return Promise.resolve()
    }
    show(): void {
      this.shown = true
    }
  }
  return {
    app: {
      get isPackaged() {
        return fakes.isPackaged
      }
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: (...args: unknown[]) => fakes.errorBoxes.push(args) }
  }
})

interface FakeWindow extends EventEmitter {
  options: BrowserWindowConstructorOptions
  webContents: EventEmitter
  loadedUrl: string | null
  shown: boolean
}

const PRELOAD = '/opt/reader/out/preload/index.mjs'

function create(): FakeWindow {
  createReaderWindow(PRELOAD, APP_ENTRY_URL)
  expect(fakes.windows).toHaveLength(1)
  return fakes.windows[0] as FakeWindow
}

beforeEach(() => {
  fakes.windows.length = 0
  fakes.errorBoxes.length = 0
  fakes.isPackaged = false
})

describe('createReaderWindow', () => {
  it('builds the window with every renderer safeguard on', () => {
    const { webPreferences } = create().options
    expect(webPreferences).toMatchObject({
      preload: PRELOAD,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false
    })
    // Nothing that switches on unreleased or extra Blink features.
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(webPreferences).not.toHaveProperty('additionalArguments')
  })

  it('has no developer tools in an installed (packaged) app', () => {
    fakes.isPackaged = true
    expect(create().options.webPreferences?.devTools).toBe(false)
  })

  it('keeps developer tools when run from the repo, for development', () => {
    expect(create().options.webPreferences?.devTools).toBe(true)
  })

  it('names every safeguard explicitly rather than relying on defaults', () => {
    const { webPreferences = {} } = create().options
    for (const key of [
      'sandbox',
      'contextIsolation',
      'nodeIntegration',
      'webSecurity',
      'webviewTag',
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'devTools'
    ] as const) {
      expect(Object.hasOwn(webPreferences, key), key).toBe(true)
    }
  })

  it('loads the URL it is given, and shows the window once it is ready', () => {
    const window = create()
    expect(window.loadedUrl).toBe(APP_ENTRY_URL)
    expect(window.options.title).toBe(WINDOW_TITLE)
    expect(window.options.show).toBe(false)
    expect(window.shown).toBe(false)
    window.emit('ready-to-show')
    expect(window.shown).toBe(true)
  })

  it('explains a failed load of the main frame, and ignores subframes', () => {
    const window = create()
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://reader/x', false)
    expect(fakes.errorBoxes).toHaveLength(0)
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', APP_ENTRY_URL, true)
    expect(fakes.errorBoxes).toHaveLength(1)
    expect(String(fakes.errorBoxes[0]?.[1])).toContain('ERR_FILE_NOT_FOUND')
  })
})
