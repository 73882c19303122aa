/** One thing the audit found wrong, with where it is when it is in a file. */
export interface Finding {
  message: string
  file?: string
  line?: number
}

/**
 * - pass: checked, nothing found
 * - fail: checked, something found (exit 1)
 * - incomplete: could not be checked, and nothing allowed skipping it (exit 2)
 * - skipped: not checked because the caller asked (`--offline`) or there is nothing to check yet
 *   (no packaged app in dist/); reported loudly with the reason, exit 0
 */
export type CheckStatus = 'pass' | 'fail' | 'incomplete' | 'skipped'

export interface CheckResult {
  id: string
  title: string
  status: CheckStatus
  findings: Finding[]
  /** What was checked, and how: shown under the check, pass or fail. */
  notes: string[]
}

/** A check's result from its findings: any finding fails it. */
export function resultOf(
  id: string,
  title: string,
  findings: Finding[],
  notes: string[] = []
): CheckResult {
  return { id, title, status: findings.length ? 'fail' : 'pass', findings, notes }
}

/** Findings without repeats (the same message at the same place). */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = `${finding.file}:${finding.line}:${finding.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
