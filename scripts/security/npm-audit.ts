import { resultOf, type CheckResult, type Finding } from './types'

/**
 * Dependency advisories: `npm audit --omit=dev --json` (what ships in the app), failing on any
 * advisory of moderate severity or worse that a reviewed, unexpired allowlist entry does not cover.
 */
export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]
export const FAIL_FROM: Severity = 'moderate'
/** An allowlist entry is a decision to revisit: it may last at most this long. */
export const MAX_ALLOWLIST_DAYS = 180

export interface Advisory {
  /** GHSA id when the advisory URL has one, else npm's numeric source id. */
  id: string
  source: number | null
  url: string
  package: string
  severity: Severity
  title: string
  range: string
  /** Packages in the tree that pull the vulnerable one in (npm's "effects"). */
  effects: string[]
}

export type AuditOutcome =
  | { kind: 'report'; advisories: Advisory[]; dependencies: number | null }
  | { kind: 'unavailable'; reason: string }

const GHSA = /GHSA(?:-[0-9a-z]{4}){3}/i

/** Reads npm audit's JSON (report version 2), or says why there is no report. */
export function parseAuditOutput(stdout: string, stderr = ''): AuditOutcome {
  let json: unknown
  try {
    json = JSON.parse(stdout)
  } catch {
    const detail = (stderr.trim().split('\n').pop() ?? '').trim()
    return {
      kind: 'unavailable',
      reason: `npm audit printed no JSON${detail ? `: ${detail}` : ''}`
    }
  }
  const report = json as {
    auditReportVersion?: number
    vulnerabilities?: Record<string, unknown>
    metadata?: { dependencies?: { prod?: number; total?: number } }
    error?: { summary?: string; detail?: string }
    message?: string
  }
  if (report.auditReportVersion !== 2 || typeof report.vulnerabilities !== 'object') {
    const reason =
      report.message ?? report.error?.summary ?? 'the output is not an npm audit v2 report'
    return { kind: 'unavailable', reason: `npm audit failed: ${reason}` }
  }
  const advisories = new Map<string, Advisory>()
  for (const entry of Object.values(report.vulnerabilities ?? {})) {
    const vulnerability = entry as { name?: string; via?: unknown[]; effects?: string[] }
    for (const via of vulnerability.via ?? []) {
      // A string is another package's entry (a transitive effect); objects are the advisories.
      if (typeof via !== 'object' || via === null) continue
      const item = via as {
        source?: number
        name?: string
        title?: string
        url?: string
        severity?: string
        range?: string
      }
      const url = item.url ?? ''
      const id = GHSA.exec(url)?.[0]?.toUpperCase() ?? String(item.source ?? url)
      const pkg = item.name ?? vulnerability.name ?? '(unknown package)'
      const key = `${id}@${pkg}`
      const existing = advisories.get(key)
      const effects = [...(existing?.effects ?? []), ...(vulnerability.effects ?? [])]
      advisories.set(key, {
        id,
        source: item.source ?? null,
        url,
        package: pkg,
        severity: SEVERITIES.includes(item.severity as Severity)
          ? (item.severity as Severity)
          : 'critical', // unknown severity: treat as the worst
        title: item.title ?? '(no title)',
        range: item.range ?? '',
        effects: [...new Set(effects)].sort()
      })
    }
  }
  const dependencies = report.metadata?.dependencies?.prod ?? null
  return { kind: 'report', advisories: [...advisories.values()], dependencies }
}

export interface AllowlistEntry {
  id: string
  url: string
  package: string
  reason: string
  reviewedOn: string
  expiresOn: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

function parseDate(value: string): number | null {
  if (!DATE.test(value)) return null
  const time = Date.parse(`${value}T00:00:00Z`)
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : time
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/**
 * Validates the allowlist. Every entry needs an advisory id (GHSA-… or npm's number), its URL,
 * the package, a reason, the day it was reviewed and the day it expires (at most
 * MAX_ALLOWLIST_DAYS later). Invalid and expired entries are findings: they fail the audit.
 */
export function parseAllowlist(
  raw: unknown,
  today: Date,
  file = 'security/audit-allowlist.json'
): { entries: AllowlistEntry[]; findings: Finding[] } {
  const findings: Finding[] = []
  const advisories = (raw as { advisories?: unknown } | null)?.advisories
  if (!Array.isArray(advisories)) {
    return { entries: [], findings: [{ file, message: 'expected { "advisories": [ … ] }' }] }
  }
  const entries: AllowlistEntry[] = []
  const todayTime = Date.parse(`${isoDay(today)}T00:00:00Z`)
  advisories.forEach((item: unknown, index) => {
    const where = `entry ${index + 1}`
    const entry = (item ?? {}) as Record<string, unknown>
    const problems: string[] = []
    const text = (key: string) =>
      typeof entry[key] === 'string' ? (entry[key] as string).trim() : ''
    const id = text('id')
    if (!GHSA.test(id) && !/^\d+$/.test(id))
      problems.push('id must be a GHSA id or an npm advisory number')
    if (!/^https:\/\//.test(text('url'))) problems.push('url must be the advisory https URL')
    if (!text('package')) problems.push('package is missing')
    if (text('reason').length < 20)
      problems.push('reason must say why this is acceptable (20+ characters)')
    const reviewed = parseDate(text('reviewedOn'))
    const expires = parseDate(text('expiresOn'))
    if (reviewed === null) problems.push('reviewedOn must be a YYYY-MM-DD date')
    if (expires === null) problems.push('expiresOn must be a YYYY-MM-DD date')
    if (reviewed !== null && reviewed > todayTime) problems.push('reviewedOn is in the future')
    if (reviewed !== null && expires !== null) {
      if (expires <= reviewed) problems.push('expiresOn must be after reviewedOn')
      if ((expires - reviewed) / 86_400_000 > MAX_ALLOWLIST_DAYS) {
        problems.push(`expiresOn may be at most ${MAX_ALLOWLIST_DAYS} days after reviewedOn`)
      }
    }
    if (expires !== null && expires < todayTime) {
      problems.push(`expired on ${text('expiresOn')}: review it again or remove it`)
    }
    const label = `${where} (${id || 'no id'} ${text('package')})`
    for (const problem of problems) findings.push({ file, message: `${label}: ${problem}` })
    if (!problems.length) {
      entries.push({
        id: id.toUpperCase(),
        url: text('url'),
        package: text('package'),
        reason: text('reason'),
        reviewedOn: text('reviewedOn'),
        expiresOn: text('expiresOn')
      })
    }
  })
  return { entries, findings }
}

function covers(entry: AllowlistEntry, advisory: Advisory): boolean {
  return (
    entry.package === advisory.package &&
    (entry.id === advisory.id.toUpperCase() ||
      entry.id === String(advisory.source) ||
      entry.url === advisory.url)
  )
}

export function checkDependencyAudit(input: {
  outcome: AuditOutcome
  allowlist: { entries: AllowlistEntry[]; findings: Finding[] }
  /** Run without the registry: an unavailable audit is "skipped", not "incomplete". */
  offline: boolean
}): CheckResult {
  const id = 'dependency-audit'
  const title = `no unreviewed advisory of severity ${FAIL_FROM} or worse in production dependencies (npm audit --omit=dev)`
  const findings: Finding[] = [...input.allowlist.findings]
  const notes: string[] = []
  const { outcome } = input
  if (outcome.kind === 'unavailable') {
    notes.push(outcome.reason)
    if (findings.length) return { id, title, status: 'fail', findings, notes }
    notes.push(
      input.offline
        ? 'SKIPPED because of --offline: dependency advisories were NOT checked'
        : 'cannot tell whether dependencies have advisories: the audit fails closed (run where the registry audit endpoint is reachable, or pass --offline to skip this check knowingly)'
    )
    return { id, title, status: input.offline ? 'skipped' : 'incomplete', findings, notes }
  }
  const threshold = SEVERITIES.indexOf(FAIL_FROM)
  const used = new Set<AllowlistEntry>()
  for (const advisory of outcome.advisories) {
    const line = `${advisory.severity} ${advisory.id} in ${advisory.package}${advisory.range ? ` ${advisory.range}` : ''}: ${advisory.title} ${advisory.url}${advisory.effects.length ? ` (via ${advisory.effects.join(', ')})` : ''}`
    const entry = input.allowlist.entries.find((candidate) => covers(candidate, advisory))
    if (entry) {
      used.add(entry)
      notes.push(`allowed until ${entry.expiresOn}: ${line} (${entry.reason})`)
    } else if (SEVERITIES.indexOf(advisory.severity) >= threshold) {
      findings.push({ message: line })
    } else {
      notes.push(`below ${FAIL_FROM}, reported only: ${line}`)
    }
  }
  for (const entry of input.allowlist.entries) {
    if (!used.has(entry)) {
      notes.push(`allowlist entry ${entry.id} (${entry.package}) matches nothing now: remove it`)
    }
  }
  notes.unshift(
    `${outcome.advisories.length} advisories in ${outcome.dependencies ?? '?'} production dependencies; ${input.allowlist.entries.length} allowlist entries`
  )
  return resultOf(id, title, findings, notes)
}
