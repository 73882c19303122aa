import type { CheckResult, CheckStatus } from './types'

const LABEL: Record<CheckStatus, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  incomplete: 'INCOMPLETE',
  skipped: 'SKIPPED'
}

/** 0: all passed (or skipped, saying why); 1: findings; 2: something could not be checked. */
export function exitCodeOf(results: CheckResult[]): 0 | 1 | 2 {
  if (results.some((result) => result.status === 'fail')) return 1
  if (results.some((result) => result.status === 'incomplete')) return 2
  return 0
}

export function formatReport(results: CheckResult[], header: string[]): string {
  const lines = [...header, '']
  for (const result of results) {
    lines.push(`${LABEL[result.status].padEnd(10)} ${result.title}`)
    for (const finding of result.findings) {
      const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}  ` : ''
      lines.push(`           ✗ ${where}${finding.message}`)
    }
    for (const note of result.notes) lines.push(`             ${note}`)
  }
  const count = (status: CheckStatus) => results.filter((r) => r.status === status).length
  const findings = results.reduce((sum, result) => sum + result.findings.length, 0)
  const code = exitCodeOf(results)
  const verdict =
    code === 1
      ? `FAILED: ${findings} finding(s) in ${count('fail')} check(s)`
      : code === 2
        ? `INCOMPLETE: ${count('incomplete')} check(s) could not run, so the audit cannot pass`
        : count('skipped')
          ? `PASSED, with ${count('skipped')} check(s) SKIPPED (each says why above)`
          : 'PASSED'
  lines.push(
    '',
    `${verdict} (${count('pass')} passed, ${count('fail')} failed, ${count('incomplete')} incomplete, ${count('skipped')} skipped)`
  )
  return lines.join('\n')
}
