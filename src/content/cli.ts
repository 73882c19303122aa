import { join, relative } from 'node:path'
import { formatNotice } from './build-library'
import { ContentError } from './content-error'
import { generateContent } from './generate-content'
import { buildLanguage, say, speakIn, spokenLocale } from './build-words'
import { reportOutline } from './report-outline'

/**
 * `npm run build:content` (scripts/build-content.ts):
 *
 *   build-content [--content <dir>] [--out <dir>] [--outline] [--lang <language>]
 *
 * --content  folder of report sources; default: env READER_CONTENT_DIR, else resources/reports
 * --out      folder for the generated files (library.json, search-index.json, …); default: env READER_GENERATED_DIR,
 *            else resources/generated
 * --outline  also print what came out of each file: its sections, indented by level, with how
 *            many paragraphs, list items, table rows… each holds (and, from a PDF, its pages)
 * --lang     the language of the build's messages (en, ru, kk, ar); default: LC_ALL, else
 *            LC_MESSAGES, else LANG (`ru_RU.UTF-8`), else English. Only the messages change: the
 *            generated files are the same bytes in every language.
 * A flag wins over its environment variable. `--content=<dir>` works too.
 *
 * Before the summary line, one line per thing the build dropped (page chrome) or warns about
 * (`<file>: …`, `<file>: warning: …`), per report file.
 *
 * Exit codes: 0 built; 1 bad content (every problem printed to stderr as `<file>: <problem>`,
 * nothing written) or an unexpected failure; 2 bad command line.
 */

export const CONTENT_DIR_ENV = 'READER_CONTENT_DIR'
export const GENERATED_DIR_ENV = 'READER_GENERATED_DIR'
export const DEFAULT_CONTENT_DIR = join('resources', 'reports')
export const DEFAULT_GENERATED_DIR = join('resources', 'generated')

export interface CliOptions {
  contentDir: string
  outDir: string
  /** Print each report's outline after the build. */
  outline: boolean
  /** The language of the messages, when `--lang` gave one (else the environment's: build-words.ts). */
  lang?: string
}

export interface CliContext {
  argv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  /** Folder the default paths are relative to (the project root). */
  projectRoot: string
  cwd: string
  stdout: (line: string) => void
  stderr: (line: string) => void
}

export class UsageError extends Error {
  override name = 'UsageError'
}

/** Options from flags, then environment, then defaults; `null` when help was asked for. */
export function parseCliOptions(
  argv: readonly string[],
  env: CliContext['env'],
  defaults: Omit<CliOptions, 'outline'>
): CliOptions | null {
  const flags: Partial<Record<'content' | 'out' | 'lang', string>> = {}
  let outline = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--help' || arg === '-h') return null
    if (arg === '--outline') {
      outline = true
      continue
    }
    const match = /^--(content|out|lang)(?:=(.*))?$/.exec(arg)
    if (!match) throw new UsageError(say('build.usage.unknownArgument', { argument: arg }))
    const name = match[1] as 'content' | 'out' | 'lang'
    const value = match[2] ?? argv[++i]
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) {
      throw new UsageError(
        name === 'lang'
          ? say('build.usage.needsLanguage')
          : say('build.usage.needsFolder', { flag: `--${name}` })
      )
    }
    flags[name] = value
  }
  return {
    contentDir: flags.content ?? nonEmpty(env[CONTENT_DIR_ENV]) ?? defaults.contentDir,
    outDir: flags.out ?? nonEmpty(env[GENERATED_DIR_ENV]) ?? defaults.outDir,
    outline,
    ...(flags.lang !== undefined && { lang: flags.lang })
  }
}

/** `--lang <language>` or `--lang=<language>`, read before the rest so a usage error is said in it. */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const match = /^--lang(?:=(.*))?$/.exec(argv[i] ?? '')
    if (match) return match[1] ?? argv[i + 1]
  }
  return undefined
}

/** Runs the build; returns the process exit code. Its messages are in the language chosen. */
export function runBuildContent(context: CliContext): number {
  const before = spokenLocale()
  speakIn(buildLanguage(langFlag(context.argv), context.env))
  try {
    return buildAndSay(context)
  } finally {
    speakIn(before)
  }
}

function buildAndSay(context: CliContext): number {
  const started = performance.now()
  const shown = (path: string): string => relative(context.cwd, path) || '.'
  let options: CliOptions | null
  try {
    options = parseCliOptions(context.argv, context.env, {
      contentDir: shown(join(context.projectRoot, DEFAULT_CONTENT_DIR)),
      outDir: shown(join(context.projectRoot, DEFAULT_GENERATED_DIR))
    })
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    context.stderr(say('build.usageError', { problem: error.message }))
    context.stderr(say('build.usage'))
    return 2
  }
  if (!options) {
    context.stdout(say('build.usage'))
    return 0
  }
  try {
    const summary = generateContent(options)
    // Per file, what was dropped on purpose and what looks wrong: one line each, before the total.
    for (const notice of summary.notices) context.stdout(formatNotice(notice))
    if (options.outline) {
      for (const report of summary.library.reports)
        for (const line of reportOutline(report)) context.stdout(line)
    }
    context.stdout(
      say('build.summary', {
        reports: summary.reports,
        sections: summary.sections,
        paragraphs: summary.paragraphs,
        from: options.contentDir,
        to: options.outDir,
        libraryBytes: String(summary.libraryBytes),
        lunrIndex: summary.indexLeftOut
          ? say('build.summary.lunrLeftOut', { saved: (summary.indexBytes / 1e6).toFixed(1) })
          : say('build.summary.lunr', { bytes: String(summary.indexBytes) }),
        packedBytes: String(summary.packedIndexBytes),
        ms: String(Math.round(performance.now() - started)),
        memory: String(Math.round(process.resourceUsage().maxRSS / 1024))
      })
    )
    return 0
  } catch (error) {
    if (error instanceof ContentError) {
      context.stderr(
        say('build.problems', { count: error.problems.length, folder: options.contentDir })
      )
      for (const line of error.message.split('\n')) context.stderr(line)
      return 1
    }
    const why = error instanceof Error ? (error.stack ?? error.message) : String(error)
    context.stderr(say('build.failed', { error: why }))
    return 1
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}
