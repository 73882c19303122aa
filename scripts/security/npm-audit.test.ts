import { describe, expect, it } from 'vitest'
import {
  checkDependencyAudit,
  parseAllowlist,
  parseAuditOutput,
  type AuditOutcome
} from './npm-audit'

const today = new Date('2026-11-25T09:00:00Z')

/** npm audit --json (report version 2) with one advisory in a transitive dependency. */
function auditJson(severity: string): string {
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {
      'dot-prop': {
        name: 'dot-prop',
        severity,
        isDirect: false,
        via: [
          {
            source: 1096420,
            name: 'dot-prop',
            dependency: 'dot-prop',
            title: 'Prototype Pollution in dot-prop',
            url: 'https://github.com/advisories/GHSA-ff7x-qrg7-qggm',
            severity,
            range: '<4.2.1'
          }
        ],
        effects: ['electron-store'],
        range: '<4.2.1',
        nodes: ['node_modules/dot-prop'],
        fixAvailable: true
      },
      'electron-store': {
        name: 'electron-store',
        severity,
        isDirect: true,
        via: ['dot-prop'],
        effects: [],
        range: '*',
        nodes: ['node_modules/electron-store'],
        fixAvailable: true
      }
    },
    metadata: { dependencies: { prod: 20, dev: 300, total: 320 } }
  })
}

const entry = {
  id: 'GHSA-ff7x-qrg7-qggm',
  url: 'https://github.com/advisories/GHSA-ff7x-qrg7-qggm',
  package: 'dot-prop',
  reason: 'Only reached with keys main builds itself; no user input reaches dot-prop.',
  reviewedOn: '2026-11-01',
  expiresOn: '2027-02-01'
}

function check(stdout: string, entries: unknown[] = [], offline = false) {
  return checkDependencyAudit({
    outcome: parseAuditOutput(stdout),
    allowlist: parseAllowlist({ advisories: entries }, today),
    offline
  })
}

describe('the dependency audit', () => {
  it('passes a clean report', () => {
    const clean = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {},
      metadata: { dependencies: { prod: 20 } }
    })
    expect(check(clean).status).toBe('pass')
  })

  it('reads the advisory, not the packages it reaches through', () => {
    const outcome = parseAuditOutput(auditJson('high')) as Extract<AuditOutcome, { kind: 'report' }>
    expect(outcome.advisories).toEqual([
      expect.objectContaining({
        id: 'GHSA-FF7X-QRG7-QGGM',
        package: 'dot-prop',
        severity: 'high',
        effects: ['electron-store']
      })
    ])
  })

  it.each(['moderate', 'high', 'critical'])('fails a %s advisory not on the allowlist', (level) => {
    const result = check(auditJson(level))
    expect(result.status).toBe('fail')
    expect(result.findings[0]?.message).toMatch(
      new RegExp(`^${level} GHSA-FF7X-QRG7-QGGM in dot-prop.*via electron-store`)
    )
  })

  it.each(['low', 'info'])('reports a %s advisory without failing', (level) => {
    const result = check(auditJson(level))
    expect(result.status).toBe('pass')
    expect(result.notes.join('\n')).toMatch(/below moderate, reported only/)
  })

  it('passes an advisory covered by a reviewed, unexpired entry, and says so', () => {
    const result = check(auditJson('high'), [entry])
    expect(result.status).toBe('pass')
    expect(result.notes.join('\n')).toMatch(/allowed until 2027-02-01/)
  })

  it('matches entries by npm advisory number too, but only for the same package', () => {
    expect(check(auditJson('high'), [{ ...entry, id: '1096420' }]).status).toBe('pass')
    expect(check(auditJson('high'), [{ ...entry, package: 'other' }]).status).toBe('fail')
  })

  it('fails an expired allowlist entry, even when the advisory is gone', () => {
    const expired = { ...entry, reviewedOn: '2026-06-01', expiresOn: '2026-11-24' }
    const withAdvisory = check(auditJson('high'), [expired])
    expect(withAdvisory.status).toBe('fail')
    expect(withAdvisory.findings.map((f) => f.message).join('\n')).toMatch(
      /expired on 2026-11-24.*\n.*high GHSA-FF7X-QRG7-QGGM/
    )
    const clean = JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: {} })
    expect(check(clean, [expired]).status).toBe('fail')
  })

  it('accepts an entry on the day it expires', () => {
    expect(check(auditJson('high'), [{ ...entry, expiresOn: '2026-11-25' }]).status).toBe('pass')
  })

  it.each([
    [{ id: 'CVE-2020-8116' }, /id must be a GHSA id/],
    [{ url: 'github.com/advisories/x' }, /url must be/],
    [{ package: '' }, /package is missing/],
    [{ reason: 'ok' }, /reason must say why/],
    [{ reviewedOn: '2026-13-01' }, /reviewedOn must be a YYYY-MM-DD date/],
    [{ expiresOn: undefined }, /expiresOn must be a YYYY-MM-DD date/],
    [{ reviewedOn: '2026-12-01', expiresOn: '2027-01-01' }, /reviewedOn is in the future/],
    [{ expiresOn: '2027-12-01' }, /at most 180 days/],
    [{ expiresOn: '2026-10-01' }, /expiresOn must be after reviewedOn/]
  ])('fails an incomplete entry %j', (change, expected) => {
    const result = check(auditJson('high'), [{ ...entry, ...change }])
    expect(result.status).toBe('fail')
    expect(result.findings.map((f) => f.message).join('\n')).toMatch(expected)
  })

  it('fails an allowlist file of the wrong shape', () => {
    expect(parseAllowlist([entry], today).findings[0]?.message).toMatch(/expected \{ "advisories"/)
  })

  it('fails closed when npm audit cannot reach the registry, unless run --offline', () => {
    const error = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405
    })
    const online = check(error)
    expect(online.status).toBe('incomplete')
    expect(online.notes.join('\n')).toMatch(/405 Method Not Allowed/)
    expect(check(error, [], true).status).toBe('skipped')
    expect(check('npm ERR! network', []).status).toBe('incomplete')
    // An expired entry still fails, whether or not the audit could run.
    const expired = { ...entry, reviewedOn: '2026-06-01', expiresOn: '2026-11-01' }
    expect(check(error, [expired], true).status).toBe('fail')
  })
})
