import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_LAYOUT, DEFAULT_READING_SETTINGS } from '../shared/ipc-contract'
import { PreferencesStore } from './preferences-store'
import { retrySentence } from './save-retry'

// The real electron-store, writing real files in a temp folder.
const freshDir = () => mkdtempSync(join(tmpdir(), 'reader-prefs-'))
const defaults = {
  lastReportId: null,
  reading: DEFAULT_READING_SETTINGS,
  layout: DEFAULT_LAYOUT,
  positions: {}
}

describe('the preferences store', () => {
  it('starts with defaults and keeps report, settings and position across a restart', async () => {
    const dir = freshDir()
    expect(PreferencesStore.open(dir).get()).toEqual(defaults)
    const store = PreferencesStore.open(dir)
    await store.setLastReport('beta')
    const reading = {
      theme: 'dark',
      fontSize: 22,
      lineWidth: 'wide',
      lineSpacing: 'relaxed',
      typeface: 'atkinson',
      language: 'kk'
    } as const
    await store.setReadingSettings(reading)
    await store.setLayout({ sidebarOpen: false, sidebarWidth: 360 })
    await store.setReadingPosition('beta', 'overview-p3')
    const expected = {
      lastReportId: 'beta',
      reading,
      layout: { sidebarOpen: false, sidebarWidth: 360 },
      positions: { beta: 'overview-p3' }
    }
    expect(PreferencesStore.open(dir).get()).toEqual(expected)
    const file = JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))
    expect(file).toEqual({ schemaVersion: 2, ...expected })
  })

  it('reads a version 1 file, giving the new fields their defaults', async () => {
    const dir = freshDir()
    writeFileSync(join(dir, 'preferences.json'), '{"schemaVersion": 1, "lastReportId": "beta"}')
    expect(PreferencesStore.open(dir).get()).toEqual({ ...defaults, lastReportId: 'beta' })
  })

  it('falls back to defaults for settings it cannot use, keeping the rest', async () => {
    const dir = freshDir()
    writeFileSync(
      join(dir, 'preferences.json'),
      JSON.stringify({
        schemaVersion: 2,
        lastReportId: 'beta',
        reading: { theme: 'neon', fontSize: 400, lineWidth: 'wide' },
        positions: { beta: 'overview-p2' }
      })
    )
    // Field by field: the bad theme and size take their defaults, the good width is kept.
    expect(PreferencesStore.open(dir).get()).toEqual({
      lastReportId: 'beta',
      reading: { ...DEFAULT_READING_SETTINGS, lineWidth: 'wide' },
      layout: DEFAULT_LAYOUT,
      positions: { beta: 'overview-p2' }
    })
  })

  it('moves a damaged file aside, keeps its bytes, and tells the user where', async () => {
    const dir = freshDir()
    writeFileSync(join(dir, 'preferences.json'), '{"lastReportId": "be')
    const store = PreferencesStore.open(dir, () => new Date('2026-01-02T03:04:05.678Z'))
    expect(store.get()).toEqual(defaults)
    const backup = 'preferences.corrupt-2026-01-02T03-04-05-678Z.json'
    expect(readdirSync(dir)).toContain(backup)
    expect(readFileSync(join(dir, backup), 'utf8')).toBe('{"lastReportId": "be')
    expect(store.notices).toHaveLength(1)
    expect(store.notices[0]).toContain(join(dir, backup))
  })

  it('reports a failed write and keeps the value for the session', async () => {
    const dir = freshDir()
    const store = PreferencesStore.open(dir)
    // A folder where the file should be makes every write fail, also for root (unlike chmod).
    rmSync(join(dir, 'preferences.json'), { force: true })
    mkdirSync(join(dir, 'preferences.json'))
    await expect(store.setLastReport('beta')).rejects.toThrow(/could not be saved/)
    await expect(
      store.setReadingSettings({ ...DEFAULT_READING_SETTINGS, theme: 'light', fontSize: 16 })
    ).rejects.toThrow(/reading settings could not be saved/)
    expect(store.get()).toMatchObject({ lastReportId: 'beta', reading: { theme: 'light' } })
    expect(store.unsaved).toBe(2)
    store.close()
  })

  it('tries a failed write again by itself until it lands, without a new change', async () => {
    const dir = freshDir()
    const store = PreferencesStore.open(dir, undefined, { retryDelaysMs: [20] })
    mkdirSync(join(dir, 'preferences.json'))
    await expect(store.setLastReport('beta')).rejects.toThrow(
      `Your choice of report could not be saved. ${join(dir, 'preferences.json')} could not be written: something else (a folder) is in its place. It is kept for this session. ${retrySentence()}`
    )
    rmSync(join(dir, 'preferences.json'), { recursive: true })
    await vi.waitFor(() => expect(store.unsaved).toBe(0), { timeout: 120_000 })
    expect(PreferencesStore.open(dir).get().lastReportId).toBe('beta')
    store.close()
  })

  it('removes the temp files of writes that were cut short (the app was killed), and nothing else', () => {
    const dir = freshDir()
    writeFileSync(join(dir, 'preferences.json'), '{"schemaVersion": 2, "lastReportId": "beta"}')
    // atomically's names (electron-store's writer, before) and the app's own.
    writeFileSync(join(dir, 'preferences.json.tmp-1767323045123abc'), '{"half')
    writeFileSync(join(dir, 'preferences.json.tmp-0123456789abcdef'), '{"half')
    writeFileSync(join(dir, 'someone-elses.json.tmp-0123456789abcdef'), 'not ours')
    expect(PreferencesStore.open(dir).get().lastReportId).toBe('beta')
    expect(readdirSync(dir).sort()).toEqual([
      'preferences.json',
      'someone-elses.json.tmp-0123456789abcdef'
    ])
  })

  it('keeps the file private to the user: 0600, in a folder it creates as 0700', async () => {
    const dir = join(freshDir(), 'new', 'user-data')
    const store = PreferencesStore.open(dir)
    await store.setLastReport('beta')
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(join(dir, 'preferences.json')).mode & 0o777).toBe(0o600)
  })

  it('makes an existing file that others can read private when it opens', async () => {
    const dir = freshDir()
    const file = join(dir, 'preferences.json')
    writeFileSync(file, '{"schemaVersion": 2, "lastReportId": "beta"}', { mode: 0o644 })
    chmodSync(file, 0o644)
    expect(PreferencesStore.open(dir).get().lastReportId).toBe('beta')
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('never writes through a link: the linked file stays as it was, the link is set aside', async () => {
    const dir = freshDir()
    const elsewhere = join(freshDir(), 'other-app-settings.json')
    const theirs = '{"theirSetting": true}\n'
    writeFileSync(elsewhere, theirs)
    symlinkSync(elsewhere, join(dir, 'preferences.json'))
    const store = PreferencesStore.open(dir, () => new Date('2026-01-02T03:04:05.678Z'))
    expect(store.get()).toEqual(defaults)
    await store.setLastReport('beta')
    expect(readFileSync(elsewhere, 'utf8')).toBe(theirs)
    const aside = join(dir, 'preferences.set-aside-2026-01-02T03-04-05-678Z.json')
    expect(lstatSync(aside).isSymbolicLink()).toBe(true)
    expect(lstatSync(join(dir, 'preferences.json')).isSymbolicLink()).toBe(false)
    expect(store.notices).toEqual([
      `Your preferences file was a link to ${elsewhere}. The app does not use links for its own files, so it left that file unchanged, kept the link as ${aside}, and started with default preferences.`
    ])
  })

  it('never replaces a file the user made read-only, and says so', async () => {
    const dir = freshDir()
    const file = join(dir, 'preferences.json')
    const original = '{"schemaVersion": 2, "lastReportId": "alpha"}'
    writeFileSync(file, original)
    chmodSync(file, 0o400)
    const store = PreferencesStore.open(dir)
    expect(store.get().lastReportId).toBe('alpha')
    await expect(store.setLastReport('beta')).rejects.toThrow(
      `Your choice of report could not be saved. ${file} is read-only. The app will not replace a file you protected, so your preferences were not saved to it. To save them, make the file writable again (or move it away). It is kept for this session. ${retrySentence()}`
    )
    expect(readFileSync(file, 'utf8')).toBe(original)
    expect(store.get().lastReportId).toBe('beta')
    chmodSync(file, 0o600)
    await store.setLastReport('gamma')
    expect(PreferencesStore.open(dir).get().lastReportId).toBe('gamma')
  })

  it('never overwrites one backup with another made at the same moment', async () => {
    const dir = freshDir()
    const at = () => new Date('2026-01-02T03:04:05.678Z')
    writeFileSync(join(dir, 'preferences.json'), 'first damaged')
    PreferencesStore.open(dir, at)
    writeFileSync(join(dir, 'preferences.json'), 'second damaged')
    PreferencesStore.open(dir, at)
    const stamp = '2026-01-02T03-04-05-678Z'
    expect(readFileSync(join(dir, `preferences.corrupt-${stamp}.json`), 'utf8')).toBe(
      'first damaged'
    )
    expect(readFileSync(join(dir, `preferences.corrupt-${stamp}-2.json`), 'utf8')).toBe(
      'second damaged'
    )
  })

  it('opens without throwing when its folder cannot be made, and says why nothing is saved', async () => {
    const parent = freshDir()
    // A file where the folder should be: unusable for root too (unlike chmod).
    writeFileSync(join(parent, 'blocked'), '')
    const dir = join(parent, 'blocked', 'user-data')
    const store = PreferencesStore.open(dir)
    expect(store.unavailable).toBe(
      `The app cannot use its folder ${dir} (a file stands where a folder should be).`
    )
    expect(store.get()).toEqual(defaults)
    // The user was told at launch (the "cannot be saved" screen): kept, without a message each time.
    expect((await store.setLastReport('beta')).lastReportId).toBe('beta')
    expect(store.get().lastReportId).toBe('beta')
  })
})
