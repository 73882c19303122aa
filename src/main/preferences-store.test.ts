import { mkdirSync, mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PreferencesStore } from './preferences-store'

// The real electron-store, writing real files in a temp folder.
const freshDir = () => mkdtempSync(join(tmpdir(), 'reader-prefs-'))

describe('the preferences store', () => {
  it('starts empty and keeps the last report across a restart', () => {
    const dir = freshDir()
    expect(PreferencesStore.open(dir).get()).toEqual({ lastReportId: null })
    PreferencesStore.open(dir).setLastReport('beta')
    expect(PreferencesStore.open(dir).get()).toEqual({ lastReportId: 'beta' })
    const file = JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))
    expect(file).toEqual({ schemaVersion: 1, lastReportId: 'beta' })
  })

  it('moves a damaged file aside, keeps its bytes, and tells the user where', () => {
    const dir = freshDir()
    writeFileSync(join(dir, 'preferences.json'), '{"lastReportId": "be')
    const store = PreferencesStore.open(dir, () => new Date('2026-01-02T03:04:05.678Z'))
    expect(store.get()).toEqual({ lastReportId: null })
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
    expect(store.get()).toEqual({ lastReportId: 'beta' })
  })
})
