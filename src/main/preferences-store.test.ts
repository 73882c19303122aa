import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_READING_SETTINGS } from '../shared/ipc-contract'
import { PreferencesStore } from './preferences-store'

// The real electron-store, writing real files in a temp folder.
const freshDir = () => mkdtempSync(join(tmpdir(), 'reader-prefs-'))
const defaults = { lastReportId: null, reading: DEFAULT_READING_SETTINGS, positions: {} }

describe('the preferences store', () => {
  it('starts with defaults and keeps report, settings and position across a restart', () => {
    const dir = freshDir()
    expect(PreferencesStore.open(dir).get()).toEqual(defaults)
    const store = PreferencesStore.open(dir)
    store.setLastReport('beta')
    store.setReadingSettings({ theme: 'dark', fontSize: 22, lineWidth: 'wide' })
    store.setReadingPosition('beta', 'overview-p3')
    const expected = {
      lastReportId: 'beta',
      reading: { theme: 'dark', fontSize: 22, lineWidth: 'wide' },
      positions: { beta: 'overview-p3' }
    }
    expect(PreferencesStore.open(dir).get()).toEqual(expected)
    const file = JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))
    expect(file).toEqual({ schemaVersion: 2, ...expected })
  })

  it('reads a version 1 file, giving the new fields their defaults', () => {
    const dir = freshDir()
    writeFileSync(join(dir, 'preferences.json'), '{"schemaVersion": 1, "lastReportId": "beta"}')
    expect(PreferencesStore.open(dir).get()).toEqual({ ...defaults, lastReportId: 'beta' })
  })

  it('falls back to defaults for settings it cannot use, keeping the rest', () => {
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
    expect(PreferencesStore.open(dir).get()).toEqual({
      lastReportId: 'beta',
      reading: DEFAULT_READING_SETTINGS,
      positions: { beta: 'overview-p2' }
    })
  })

  it('moves a damaged file aside, keeps its bytes, and tells the user where', () => {
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

  it('reports a failed write and keeps the value for the session', () => {
    const dir = freshDir()
    const store = PreferencesStore.open(dir)
    // A folder where the file should be makes every write fail, also for root (unlike chmod).
    rmSync(join(dir, 'preferences.json'), { force: true })
    mkdirSync(join(dir, 'preferences.json'))
    expect(() => store.setLastReport('beta')).toThrow(/could not be saved/)
    expect(() =>
      store.setReadingSettings({ theme: 'light', fontSize: 16, lineWidth: 'narrow' })
    ).toThrow(/reading settings could not be saved/)
    expect(store.get()).toMatchObject({ lastReportId: 'beta', reading: { theme: 'light' } })
  })
})
