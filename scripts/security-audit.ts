// `npm run audit:security`: proves the Electron shell's security settings from the source and
// checks production dependencies for advisories. Exits 0 when everything passed, 1 on any
// finding, 2 when a check could not run (e.g. the registry's audit endpoint is unreachable).
// `-- --offline` skips the registry (dependency audit reported as SKIPPED, Electron's newest
// major estimated), for machines without network.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkElectronVersion } from './security/electron-version'
import { checkFuseConfig, checkPackagedFuses } from './security/fuses-check'
import {
  checkDependencyAudit,
  parseAllowlist,
  parseAuditOutput,
  type AuditOutcome
} from './security/npm-audit'
import { loadBuilderConfig, readJson, readStaticInputs, runNpm } from './security/project'
import { exitCodeOf, formatReport } from './security/report'
import { staticChecks } from './security/static-audit'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const offline = args.includes('--offline')
const unknown = args.filter((arg) => arg !== '--offline')
if (unknown.length) {
  console.error(`audit:security: unknown argument ${unknown.join(' ')} (only --offline)`)
  process.exit(2)
}
const today = new Date()

const inputs = readStaticInputs(root)
const builderConfig = await loadBuilderConfig(root)

const pkg = readJson(join(root, 'package.json')) as {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
const installed = readJson(join(root, 'node_modules', 'electron', 'package.json')) as {
  version?: string
} | null
const lock = readJson(join(root, 'package-lock.json')) as {
  packages?: Record<string, { version?: string }>
} | null

let distTags: Record<string, string> | null = null
let registryProblem = offline ? '--offline' : undefined
if (!offline) {
  const view = runNpm(['view', 'electron', 'dist-tags', '--json'], root, 60_000)
  try {
    distTags = view.status === 0 ? (JSON.parse(view.stdout) as Record<string, string>) : null
  } catch {
    distTags = null
  }
  if (!distTags) registryProblem = `npm view failed: ${view.error ?? lastLine(view.stderr)}`
}

let outcome: AuditOutcome
if (offline) {
  outcome = { kind: 'unavailable', reason: 'npm audit not run (--offline)' }
} else {
  const audit = runNpm(['audit', '--omit=dev', '--json'], root, 180_000)
  outcome = audit.error
    ? { kind: 'unavailable', reason: `npm audit could not run: ${audit.error}` }
    : parseAuditOutput(audit.stdout, audit.stderr)
}

const allowlistPath = join(root, 'security', 'audit-allowlist.json')
let allowlistRaw: unknown
try {
  allowlistRaw = readJson(allowlistPath)
} catch (error) {
  allowlistRaw = { invalidJson: (error as Error).message }
}

const results = [
  ...staticChecks(inputs),
  'config' in builderConfig
    ? checkFuseConfig(builderConfig.config, 'electron-builder.yml')
    : {
        id: 'fuses-config',
        title: 'Electron fuses set in the build configuration',
        status: 'incomplete' as const,
        findings: [{ message: builderConfig.problem }],
        notes: []
      },
  await checkPackagedFuses(root, join(root, 'dist')),
  checkElectronVersion({
    pinned: pkg.dependencies?.['electron'] ?? pkg.devDependencies?.['electron'],
    installed: installed?.version ?? null,
    locked: lock?.packages?.['node_modules/electron']?.version ?? null,
    distTags,
    ...(registryProblem ? { registryProblem } : {}),
    today
  }),
  checkDependencyAudit({
    outcome,
    allowlist:
      allowlistRaw === null
        ? {
            entries: [],
            findings: [{ file: 'security/audit-allowlist.json', message: 'the file is missing' }]
          }
        : parseAllowlist(allowlistRaw, today),
    offline
  })
]

console.log(
  formatReport(results, [
    `Security audit, ${today.toISOString().slice(0, 10)}${offline ? ' (--offline)' : ''}`,
    `  static: TypeScript syntax trees of ${inputs.sources.length} files under src/ and scripts/ (tests read for the no-shell check only)`,
    "  build: electron-builder's effective configuration, and the fuses of any packaged app in dist/",
    '  dependencies: npm audit --omit=dev --json, against security/audit-allowlist.json'
  ])
)
process.exitCode = exitCodeOf(results)

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((line) => !line.includes('Unknown user config'))
      .pop() ?? 'no output'
  )
}
