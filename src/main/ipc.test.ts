import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcContract, type IpcEnvelope, type IpcMethod } from '../shared/ipc-contract'
import { APP_ENTRY_URL } from './app-protocol'
import { registerIpc } from './ipc'
import type { IpcHandlers } from './ipc-handlers'
import { trustedOrigins } from './trust'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

// ipcMain reduced to `handle`: the fake keeps each channel's listener so the test can call it the
// way Electron would, with whatever event a sender produces.
const fakeIpcMain = vi.hoisted(() => ({ listeners: new Map<string, unknown>() }))

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: unknown) => {
      if (fakeIpcMain.listeners.has(channel)) throw new Error(`${channel} registered twice`)
      fakeIpcMain.listeners.set(channel, listener)
    }
  }
}))

const methods = Object.keys(ipcContract) as IpcMethod[]
const appWebContents = { id: 1 } as WebContents
const otherWebContents = { id: 2 } as WebContents

/** A handler per method that records calls; none of them should run for a refused call. */
function recordingHandlers() {
  const handlers = Object.fromEntries(
    methods.map((method) => [method, vi.fn(() => `${method} ran`)])
  ) as unknown as Record<IpcMethod, ReturnType<typeof vi.fn>>
  return handlers
}

let handlers: ReturnType<typeof recordingHandlers>

beforeEach(() => {
  fakeIpcMain.listeners.clear()
  handlers = recordingHandlers()
  registerIpc(
    handlers as unknown as IpcHandlers,
    trustedOrigins(undefined),
    (event) => event.sender === appWebContents
  )
})

interface SenderShape {
  /** The frame that sent the call, or null when it is gone. */
  frame: { url: string; parent: object | null } | null
  sender?: WebContents
}

function eventFrom({ frame, sender = appWebContents }: SenderShape): IpcMainInvokeEvent {
  return { senderFrame: frame, sender } as unknown as IpcMainInvokeEvent
}

const appMainFrame = { url: APP_ENTRY_URL, parent: null }

async function call(method: IpcMethod, from: SenderShape, args: unknown[]) {
  const listener = fakeIpcMain.listeners.get(ipcContract[method].channel) as Listener | undefined
  if (!listener) throw new Error(`no listener for ${method}`)
  return (await listener(eventFrom(from), ...args)) as IpcEnvelope<unknown>
}

const EXPORT_ALL = { filter: {}, timeZone: 'UTC' }

/** Arguments that pass the contract, so only the sender decides. */
const validArgs: Record<IpcMethod, unknown[]> = {
  getLibraryOverview: [],
  getReport: ['crt2021-kazakhstan'],
  getGlossary: ['crt2021-kazakhstan'],
  reportsWithSection: ['terrorist incidents'],
  getSection: ['crt2021-kazakhstan', 'overview'],
  setLastReport: ['crt2021-kazakhstan'],
  setReadingSettings: [
    {
      theme: 'dark',
      fontSize: 18,
      lineWidth: 'medium',
      lineSpacing: 'normal',
      typeface: 'literata',
      language: 'ru'
    }
  ],
  setLayout: [{ sidebarOpen: false, sidebarWidth: 300 }],
  setReadingPosition: ['crt2021-kazakhstan', 'overview-p1'],
  search: ['border', {}],
  hitsInReport: ['border', 'crt2021-kazakhstan'],
  searchNotes: ['border'],
  listAnnotations: [0],
  createAnnotation: [null],
  updateAnnotation: [null, null],
  deleteAnnotation: [null],
  restoreAnnotation: [null],
  setColorLabels: [null],
  retrySave: [],
  exportAnnotations: ['json', { filter: { color: 'green', tag: 'law' }, timeZone: 'Asia/Almaty' }],
  importAnnotations: [],
  reportOpened: ['crt2021-kazakhstan'],
  compareWithPreviousEdition: ['crt2021-kazakhstan'],
  exportPdf: [{ withNotes: true }],
  printReport: [{ withNotes: false }],
  getTeam: [],
  setTeam: [{ sharing: true, folder: '/tmp/team', name: 'Amina Okafor' }],
  chooseTeamFolder: [],
  listTeamNotes: [{ newOnly: true }, 0],
  teamNotesInReport: ['crt2021-kazakhstan'],
  searchTeamNotes: ['border'],
  copyTeamNote: [null, null],
  createPrivateAnnotation: [null],
  setNotePrivate: [null, true],
  markTeamSeen: []
}
/** Methods whose valid arguments are simple enough to write here; the rest need real records. */
const simpleMethods = methods.filter((m) => !(validArgs[m] as unknown[]).includes(null))

const forbiddenSenders: [string, SenderShape][] = [
  ['a subframe of the app window', { frame: { url: APP_ENTRY_URL, parent: appMainFrame } }],
  ['a foreign origin', { frame: { url: 'https://example.com/', parent: null } }],
  ['a loopback page', { frame: { url: 'http://127.0.0.1:5173/', parent: null } }],
  ['a file:// page', { frame: { url: 'file:///tmp/evil.html', parent: null } }],
  ['another app:// host', { frame: { url: 'app://evil/index.html', parent: null } }],
  ['a frame that is gone (null)', { frame: null }],
  ['a window that is not the app window', { frame: appMainFrame, sender: otherWebContents }]
]

describe('registerIpc', () => {
  it('registers exactly the contract channels', () => {
    expect([...fakeIpcMain.listeners.keys()].sort()).toEqual(
      methods.map((m) => ipcContract[m].channel).sort()
    )
  })

  it('answers the main frame of the app window on the app origin', async () => {
    for (const method of simpleMethods) {
      const reply = await call(method, { frame: appMainFrame }, validArgs[method])
      expect(reply, method).toEqual({ ok: true, value: `${method} ran` })
      expect(handlers[method]).toHaveBeenCalledTimes(1)
    }
  })

  describe.each(forbiddenSenders)('a call from %s', (_name, from) => {
    it.each(methods)('to %s is refused with forbidden-sender, its handler never run', async (m) => {
      const reply = await call(m, from, validArgs[m])
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
      for (const method of methods) expect(handlers[method]).not.toHaveBeenCalled()
    })
  })

  it.each(methods)(
    'refuses a call to %s with one argument more than the contract names, its handler never run',
    async (method) => {
      const args = [...validArgs[method], 'extra']
      const reply = await call(method, { frame: appMainFrame }, args)
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
      expect(reply.ok ? '' : reply.error.message).toMatch(
        new RegExp(`^Invalid arguments for ${method}: it takes .*, not ${args.length}$`)
      )
      expect(handlers[method]).not.toHaveBeenCalled()
    }
  )

  it.each<[string, IpcMethod, unknown[], RegExp]>([
    ['an oversized query', 'search', ['x'.repeat(100_001), {}], /argument 0/],
    ['an oversized query for hits', 'hitsInReport', ['x'.repeat(100_001), 'crt'], /argument 0/],
    ['an oversized note search', 'searchNotes', ['x'.repeat(100_001)], /argument 0/],
    ['a number for a report id', 'getReport', [42], /argument 0/],
    ['a traversal for a report id', 'getReport', ['../../etc/passwd'], /argument 0/],
    ['a traversal for an opened report', 'reportOpened', ['../preferences'], /argument 0/],
    ['no report to compare', 'compareWithPreviousEdition', [], /argument 0/],
    ['a missing argument', 'getReport', [], /getReport/],
    ['an unknown search option', 'search', ['border', { evil: true }], /argument 1/],
    ['a search limit out of range', 'search', ['border', { limit: 1_000_000 }], /argument 1/],
    ['an unknown export format', 'exportAnnotations', ['html', EXPORT_ALL], /argument 0/],
    [
      'an export filter on a colour the app does not have',
      'exportAnnotations',
      ['json', { ...EXPORT_ALL, filter: { color: 'purple' } }],
      /argument 1\.filter\.color/
    ],
    [
      'an export filter with an unknown field',
      'exportAnnotations',
      ['json', { ...EXPORT_ALL, filter: { note: 'x' } }],
      /argument 1/
    ],
    ['an export without its options', 'exportAnnotations', ['markdown'], /exportAnnotations/],
    [
      'a time zone that is not a zone name',
      'exportAnnotations',
      ['markdown', { ...EXPORT_ALL, timeZone: '../../etc/localtime x' }],
      /argument 1\.timeZone/
    ],
    ['an object for a query', 'searchNotes', [{ toString: 'x' }], /argument 0/],
    ['a malformed new annotation', 'createAnnotation', [{ note: 'x' }], /argument 0/],
    [
      'a note over 20,000 characters',
      'updateAnnotation',
      ['note-id-0001', { note: 'x'.repeat(20_001) }],
      /argument 1\.note.*longer than 20000/
    ],
    ['a null payload', 'setColorLabels', [null], /argument 0|setColorLabels/]
  ])(
    'refuses %s with invalid-payload, its handler never run',
    async (_n, method, args, message) => {
      const reply = await call(method, { frame: appMainFrame }, args)
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
      expect(reply.ok ? '' : reply.error.message).toMatch(message)
      expect(handlers[method]).not.toHaveBeenCalled()
    }
  )
})
