import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mainServices } from '../../test/support/main-services'
import { writeGeneratedDir } from '../../test/support/generated-content'
import { createReaderApi, ipcContract, ipcEvents, type IpcChannel } from '../shared/ipc-contract'
import { createIpcHandlers, dispatchIpc } from './ipc-handlers'
import { openLibrary } from './library-service'
import { AnnotationStore } from './annotation-store'
import { sectionKey } from '../shared/sections/section-match'
import { GENERATED_FILES } from '../shared/report-model'
import { PreferencesStore } from './preferences-store'

async function setup(openPath: string | null = null) {
  const userData = mkdtempSync(join(tmpdir(), 'reader-ipc-'))
  const generatedDir = writeGeneratedDir({ withContents: true })
  const library = openLibrary(generatedDir)
  // Main's events, delivered as the preload delivers them: to whoever subscribed to the channel.
  const subscribers = new Map<string, (payload: unknown) => void>()
  const handlers = createIpcHandlers(
    await mainServices(library, userData, {
      openPath,
      sendToWindow: (event, payload) => subscribers.get(ipcEvents[event].channel)?.(payload)
    })
  )
  // The renderer's API over the real dispatcher, as the preload builds it over ipcRenderer.
  const api = createReaderApi(
    (channel: IpcChannel, args: unknown[]) => dispatchIpc(handlers, channel, args),
    (channel, deliver) => {
      subscribers.set(channel, deliver)
      return () => subscribers.delete(channel)
    }
  )
  return { handlers, api, userData, library, generatedDir }
}

describe('the IPC contract, end to end through main', () => {
  it('gives the renderer the overview, a report, and remembers the chosen report', async () => {
    const { api, userData } = await setup()
    const overview = await api.getLibraryOverview()
    expect(overview).toMatchObject({ ok: true, lastReportId: null })
    expect((await api.getReport('beta')).metadata.title).toBe('Beta Report')
    await api.setLastReport('beta')
    expect(PreferencesStore.open(userData).get().lastReportId).toBe('beta')
  })

  it('loads the search index only once the window has its first report to show', async () => {
    const { api, library } = await setup()
    if (!library.ok) throw new Error('the library should open')
    let loaded = false
    void library.search.ready.then(() => (loaded = true))
    await api.getLibraryOverview()
    // Many turns of the event loop: an index that had started loading would be in by now.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve))
    expect(loaded).toBe(false)
    await api.getReport('alpha')
    await library.search.ready
    expect(loaded).toBe(true)
  })

  it('keeps the text of a report as it opens, and compares only with a bundled previous edition', async () => {
    const { api, handlers, userData } = await setup()
    expect(await api.reportOpened('beta')).toEqual({
      sinceLastRead: null,
      previousEdition: null,
      notice: null
    })
    expect(existsSync(join(userData, 'read-editions', 'beta.json'))).toBe(true)
    await expect(api.compareWithPreviousEdition('beta')).rejects.toMatchObject({
      code: 'not-found',
      message: 'This app has no earlier edition of this report to compare.'
    })
    for (const bad of [[], ['../preferences'], [42], [null]]) {
      const answer = await dispatchIpc(handlers, ipcContract.reportOpened.channel, bad)
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    }
    await expect(api.reportOpened('gamma')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses malformed payloads with a readable error, and changes nothing', async () => {
    const { handlers, userData } = await setup()
    const channel = ipcContract.setLastReport.channel
    for (const bad of [
      [],
      [42],
      ['../../etc/passwd'],
      ['x'.repeat(5000)],
      'beta',
      null,
      [{ id: 'beta' }]
    ]) {
      const answer = await dispatchIpc(handlers, channel, bad)
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    }
    expect(PreferencesStore.open(userData).get().lastReportId).toBeNull()
  })

  it('refuses a call with more arguments than the contract names, and changes nothing', async () => {
    const { handlers, userData } = await setup()
    for (const [channel, args, message] of [
      [ipcContract.setLastReport.channel, ['beta', 'alpha'], 'at most 1 argument, not 2'],
      [ipcContract.getLibraryOverview.channel, [{}], 'no arguments, not 1'],
      [ipcContract.setReadingPosition.channel, ['beta', 'overview-p1', 'x'], 'at most 2 arguments']
    ] as const) {
      expect(await dispatchIpc(handlers, channel, args)).toEqual({
        ok: false,
        error: { code: 'invalid-payload', message: expect.stringContaining(message) }
      })
    }
    const saved = PreferencesStore.open(userData).get()
    expect(saved.lastReportId).toBeNull()
    expect(saved.positions).toEqual({})
  })

  it('refuses unknown channels and unknown reports', async () => {
    const { handlers, api } = await setup()
    expect(await dispatchIpc(handlers, 'fs:read', ['/etc/passwd'])).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' }
    })
    await expect(api.getReport('missing')).rejects.toThrow(/no report “missing”/)
    await expect(api.getGlossary('missing')).rejects.toMatchObject({ code: 'not-found' })
    await expect(api.setLastReport('missing')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('says which reports hold a section, and gives one section of a report', async () => {
    const { api } = await setup()
    expect(await api.reportsWithSection(sectionKey('OVERVIEW:'))).toEqual([
      { reportId: 'alpha', sectionId: 'overview', heading: 'Overview' },
      { reportId: 'beta', sectionId: 'overview', heading: 'Overview' }
    ])
    expect(await api.reportsWithSection(sectionKey('Glossary'))).toEqual([])
    const column = await api.getSection('beta', 'overview')
    expect(column.metadata.title).toBe('Beta Report')
    expect(column.sections).toEqual([
      {
        id: 'overview',
        heading: 'Overview',
        paragraphs: [{ id: 'overview-p1', text: 'About Beta Report.' }]
      }
    ])
  })

  it('says which reports hold a section from the table of contents, reading no report', async () => {
    const { api, generatedDir } = await setup()
    // Every report's text in library.json is overwritten (same length): any report read now
    // fails, so an answer can only come from library-contents.json.
    const path = join(generatedDir, GENERATED_FILES.library)
    const text = readFileSync(path, 'utf8')
    writeFileSync(
      path,
      text.replace(/"About \w+ Report\."/g, (m) => '#'.repeat(m.length))
    )
    expect(await api.reportsWithSection(sectionKey('Overview'))).toEqual([
      { reportId: 'alpha', sectionId: 'overview', heading: 'Overview' },
      { reportId: 'beta', sectionId: 'overview', heading: 'Overview' }
    ])
    await expect(api.getSection('beta', 'overview')).rejects.toThrow(/content is damaged/)
  })

  it('refuses a section key that is not one, and names a section that is not there', async () => {
    const { handlers, api } = await setup()
    const channel = ipcContract.reportsWithSection.channel
    for (const bad of [[], [''], ['Overview'], ['overview:'], [42], ['x'.repeat(5000)]]) {
      expect(await dispatchIpc(handlers, channel, bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' }
      })
    }
    for (const bad of [['beta'], ['beta', '../overview'], ['beta', 42]]) {
      expect(await dispatchIpc(handlers, ipcContract.getSection.channel, bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' }
      })
    }
    await expect(api.getSection('beta', 'glossary')).rejects.toThrow(
      'The report “Beta Report” has no section “glossary” in this edition.'
    )
    await expect(api.getSection('missing', 'overview')).rejects.toMatchObject({
      code: 'not-found'
    })
  })

  it('searches through the contract, and refuses malformed search options', async () => {
    const { api, handlers, library } = await setup()
    // The index is still being read: the answer says so, and asks to be asked again.
    expect(await api.search('beta', { limit: 5 })).toEqual({
      query: 'beta',
      message: 'Search is getting ready…',
      corrected: null,
      total: 0,
      results: [],
      preparing: true
    })
    // Stepping through a report's hits waits for it instead.
    expect((await api.hitsInReport('beta', 'beta')).hitCount).toBe(1)
    if (library.ok) await library.search.ready
    const response = await api.search('beta', { limit: 5 })
    expect(response.results.map((r) => r.reportId)).toEqual(['beta'])
    for (const bad of [
      ['beta', { limit: 0 }],
      ['beta', { limit: 1000 }],
      ['beta', { reportId: '../x' }],
      ['beta', { sneaky: true }],
      ['x'.repeat(100_001), {}],
      [42, {}]
    ]) {
      const answer = await dispatchIpc(handlers, ipcContract.search.channel, bad)
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    }
    // A long paste is not refused: the engine shortens it and says so.
    const long = await api.search('beta '.repeat(1000), {})
    expect(long.message).toMatch(/only its first 500 characters/)
  })

  it('refuses offsets no paragraph has, and a restore of anything but a deleted note', async () => {
    const { api, handlers, userData } = await setup()
    const note = (start: number, end: number) => ({
      reportId: 'alpha',
      editionHash: 'a'.repeat(64),
      target: {
        kind: 'text',
        paragraphId: 'overview-p1',
        position: { start, end },
        quote: { exact: 'About', prefix: '', suffix: '' }
      },
      color: 'yellow',
      note: '',
      tags: []
    })
    for (const [start, end] of [
      [0, 1e300],
      [2 ** 53, 2 ** 53 + 5],
      [0.5, 5],
      [0, 500] // Within the limit, but past the end of this paragraph.
    ] as const) {
      const answer = await dispatchIpc(handlers, ipcContract.createAnnotation.channel, [
        note(start, end)
      ])
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    }
    const made = await api.createAnnotation(
      note(0, 5) as Parameters<typeof api.createAnnotation>[0]
    )
    // A whole record made up by the page is not a restore.
    const forged = { ...made.item.annotation, id: 'forged-0001', note: 'planted' }
    expect(
      await dispatchIpc(handlers, ipcContract.restoreAnnotation.channel, [forged])
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    await expect(api.restoreAnnotation('forged-0001')).rejects.toMatchObject({
      code: 'not-found'
    })
    await api.deleteAnnotation(made.item.annotation.id)
    const restored = await api.restoreAnnotation(made.item.annotation.id)
    expect(restored.item.annotation).toEqual(made.item.annotation)
    expect((await AnnotationStore.open(userData)).list()).toEqual([made.item.annotation])
  })

  it('tells the page how far an import got, in events the contract lets through', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'reader-ipc-import-')), 'notes.json')
    const items = Array.from({ length: 1_500 }, (_, i) => ({
      id: `urn:x-reader:annotation:imported-${String(i).padStart(6, '0')}`,
      type: 'Annotation',
      created: '2026-01-02T09:30:00Z',
      body: [{ type: 'TextualBody', value: `Note ${i}` }],
      target: {
        source: 'urn:x-reader:report:alpha',
        state: `urn:x-reader:edition:${'a'.repeat(64)}`,
        selector: [{ type: 'FragmentSelector', value: 'overview' }]
      }
    }))
    writeFileSync(file, JSON.stringify(items))
    const { api } = await setup(file)
    const seen: string[] = []
    const stop = api.onImportProgress((p) => seen.push(`${p.stage} ${p.done}/${p.total}`))
    expect(await api.importAnnotations()).toMatchObject({ status: 'imported', imported: 1_500 })
    stop()
    expect(seen).toEqual([
      'checking 1000/1500',
      'checking 1500/1500',
      'saving 1000/1500',
      'saving 1500/1500'
    ])
  })

  it('declares one distinct channel per method and per event', () => {
    const channels = [...Object.values(ipcContract), ...Object.values(ipcEvents)].map(
      (c) => c.channel
    )
    expect(new Set(channels).size).toBe(channels.length)
  })

  it('hands the page only event payloads that match the contract, and unsubscribes', () => {
    const listeners = new Map<string, (payload: unknown) => void>()
    const api = createReaderApi(
      async () => ({ ok: true, value: null }),
      (channel, deliver) => {
        listeners.set(channel, deliver)
        return () => listeners.delete(channel)
      }
    )
    const received: string[] = []
    const stop = api.onMenuCommand((command) => received.push(command))
    const send = listeners.get(ipcEvents.menuCommand.channel)
    for (const payload of ['print', 'rm -rf', 42, null, { command: 'about' }, 'theme-dark'])
      send?.(payload)
    expect(received).toEqual(['print', 'theme-dark'])
    stop()
    expect(listeners.size).toBe(0)
  })
})
