import { describe, expect, it } from 'vitest'
import {
  checkElectronVersion,
  estimatedNewestMajor,
  KNOWN_NEWEST,
  newestStableMajor,
  type ElectronVersionInput
} from './electron-version'

const base: ElectronVersionInput = {
  pinned: '45.4.1',
  installed: '45.4.1',
  locked: '45.4.1',
  distTags: { latest: '45.4.1', beta: '46.0.0-beta.3', alpha: '47.0.0-alpha.1' },
  today: new Date('2026-11-25T12:00:00Z')
}

describe('the Electron version check', () => {
  it('passes an exact pin on the newest major, installed and locked', () => {
    const result = checkElectronVersion(base)
    expect(result.findings).toEqual([])
    expect(result.notes.join('\n')).toContain('supported majors 43–45')
  })

  it('ignores pre-release tags when finding the newest major', () => {
    expect(newestStableMajor({ latest: '45.4.1', beta: '46.0.0-beta.3', '44-x-y': '44.9.0' })).toBe(
      45
    )
    expect(newestStableMajor({ nightly: '48.0.0-nightly.20261101' })).toBeNull()
  })

  it.each([
    [{ pinned: '^45.4.1' }, /not an exact version/],
    [{ pinned: '~45.4.1' }, /not an exact version/],
    [{ pinned: 'latest' }, /not an exact version/],
    [{ pinned: undefined }, /electron is not a dependency/],
    [
      { pinned: '42.0.0', installed: '42.0.0', locked: '42.0.0' },
      /older than the three supported majors 43–45/
    ],
    [{ installed: '45.3.0' }, /installed electron 45.3.0 differs from the pin 45.4.1/],
    [{ installed: null }, /not installed/],
    [{ locked: '45.3.0' }, /locked electron 45.3.0 differs/]
  ])('catches %j', (change, expected) => {
    const result = checkElectronVersion({ ...base, ...change })
    expect(result.status).toBe('fail')
    expect(result.findings.map((f) => f.message).join('\n')).toMatch(expected)
  })

  it('without the registry, estimates the newest major from the 8-week release cadence', () => {
    expect(estimatedNewestMajor(new Date(KNOWN_NEWEST.seenOn))).toBe(KNOWN_NEWEST.major)
    const in24Weeks = new Date(Date.parse(KNOWN_NEWEST.seenOn) + 24 * 7 * 86_400_000)
    expect(estimatedNewestMajor(in24Weeks)).toBe(KNOWN_NEWEST.major + 3)

    const offline = { ...base, distTags: null, registryProblem: '--offline' }
    const now = checkElectronVersion(offline)
    expect(now.status).toBe('pass')
    expect(now.notes.join('\n')).toMatch(/estimated offline/)
    // Half a year without an Electron upgrade: the pin has fallen out of support.
    const later = checkElectronVersion({ ...offline, today: in24Weeks })
    expect(later.findings.map((f) => f.message).join()).toMatch(/older than the three supported/)
  })
})
