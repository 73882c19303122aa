import { resultOf, type CheckResult, type Finding } from './types'

/**
 * Checklist 16, a current Electron: the pin in package.json is exact, it is what is installed
 * and locked, and its major is one of the three newest (Electron supports the latest three).
 *
 * Which majors are newest comes from the registry (`npm view electron dist-tags --json`). Without
 * the registry it is estimated: Electron ships a new major every 8 weeks, so the newest major is
 * projected from the last one seen in the registry (KNOWN_NEWEST). Update that when you bump
 * Electron. The estimate never goes backwards past the installed version.
 */
export const KNOWN_NEWEST = { major: 45, seenOn: '2026-11-25' }
export const RELEASE_CADENCE_DAYS = 56
export const SUPPORTED_MAJORS = 3

export interface ElectronVersionInput {
  /** package.json's dependencies + devDependencies entry for electron. */
  pinned: string | undefined
  /** version in node_modules/electron/package.json, or null when not installed. */
  installed: string | null
  /** version of node_modules/electron in package-lock.json, or null when absent. */
  locked: string | null
  /** `npm view electron dist-tags --json`, parsed; null when the registry could not be asked. */
  distTags: Record<string, string> | null
  /** Why distTags is null, for the report. */
  registryProblem?: string
  today: Date
}

const EXACT = /^(\d+)\.(\d+)\.(\d+)$/
const STABLE = /^(\d+)\.\d+\.\d+$/

export function newestStableMajor(distTags: Record<string, string>): number | null {
  const majors = Object.values(distTags)
    .map((version) => STABLE.exec(version)?.[1])
    .filter((major): major is string => major !== undefined)
    .map(Number)
  return majors.length ? Math.max(...majors) : null
}

export function estimatedNewestMajor(today: Date, known = KNOWN_NEWEST): number {
  const days = Math.floor((today.getTime() - Date.parse(known.seenOn)) / 86_400_000)
  return known.major + Math.max(0, Math.floor(days / RELEASE_CADENCE_DAYS))
}

export function checkElectronVersion(input: ElectronVersionInput): CheckResult {
  const findings: Finding[] = []
  const notes: string[] = []
  const pin = input.pinned ? EXACT.exec(input.pinned) : null
  if (!input.pinned) {
    findings.push({ file: 'package.json', message: 'electron is not a dependency' })
  } else if (!pin) {
    findings.push({
      file: 'package.json',
      message: `electron "${input.pinned}" is not an exact version (no ^, ~, ranges or tags)`
    })
  }
  if (input.installed === null) {
    findings.push({ message: 'node_modules/electron is not installed: run npm ci' })
  } else if (input.pinned && input.installed !== input.pinned) {
    findings.push({
      message: `installed electron ${input.installed} differs from the pin ${input.pinned}: run npm ci`
    })
  }
  if (input.pinned && input.locked !== input.pinned) {
    findings.push({
      file: 'package-lock.json',
      message: `locked electron ${input.locked ?? '(none)'} differs from the pin ${input.pinned}`
    })
  }
  if (pin) {
    const major = Number(pin[1])
    const fromRegistry = input.distTags ? newestStableMajor(input.distTags) : null
    let newest: number
    if (fromRegistry !== null) {
      newest = fromRegistry
      notes.push(`newest stable major from the registry: ${newest} (dist-tags)`)
    } else {
      const installedMajor = Number(EXACT.exec(input.installed ?? '')?.[1] ?? 0)
      newest = Math.max(estimatedNewestMajor(input.today), major, installedMajor)
      notes.push(
        `registry not asked (${input.registryProblem ?? 'no stable dist-tag'}); newest major estimated offline as ${newest}: ${KNOWN_NEWEST.major} seen on ${KNOWN_NEWEST.seenOn} plus one per ${RELEASE_CADENCE_DAYS} days`
      )
    }
    const oldest = newest - (SUPPORTED_MAJORS - 1)
    notes.push(`pinned ${input.pinned}; supported majors ${oldest}–${newest}`)
    if (major < oldest) {
      findings.push({
        file: 'package.json',
        message: `electron ${input.pinned} is major ${major}, older than the three supported majors ${oldest}–${newest}`
      })
    }
  }
  return resultOf(
    'electron-version',
    'Electron pinned exactly on one of the three supported majors (checklist 16)',
    findings,
    notes
  )
}
