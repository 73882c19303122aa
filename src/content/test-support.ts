/** Helpers for the content pipeline's tests: throwaway content folders. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ReportMetadata } from '../shared/report-model'
import { runBuildContent } from './cli'

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BUNDLED_CONTENT_DIR = join(PROJECT_ROOT, 'resources', 'reports')
export const BUNDLED_REPORT_FILE = join(BUNDLED_CONTENT_DIR, 'crt2021-kazakhstan.txt')
/** Plain-text captures in the style of sibling country chapters (test/fixtures/captures). */
export const CAPTURES_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'captures')
/** The bundled report's text in a page saved from a browser, chrome and all (test/fixtures/saved-pages). */
export const SAVED_PAGES_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'saved-pages')

export function sampleMetadata(title = 'A Sample Report'): ReportMetadata {
  return {
    title,
    publisher: 'Sample Publisher',
    sourceUrl: 'https://example.org/report',
    edition: '2024'
  }
}

/** Temporary folders, removed by `cleanup()` (call it in afterEach). */
export class TempDirs {
  private readonly dirs: string[] = []

  make(prefix = 'reader-content-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    this.dirs.push(dir)
    return dir
  }

  cleanup(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  }
}

/** Writes `<name>` and, unless `metadata` is null, its `<stem>.meta.json` sidecar. */
export function writeReport(
  dir: string,
  name: string,
  text: string,
  metadata: ReportMetadata | Record<string, unknown> | null = sampleMetadata()
): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, name), text)
  if (metadata) {
    const stem = name.slice(0, name.lastIndexOf('.'))
    writeFileSync(join(dir, `${stem}.meta.json`), JSON.stringify(metadata))
  }
}

export const SMALL_TEXT_REPORT =
  'Overview: First paragraph.\n\nSecond paragraph.\n\nDetails: More.\n'

/**
 * Runs the build on `dir` into `out`, as `npm run build:content -- --content <dir>` does, with
 * only the environment given (so no language the test machine speaks): its exit code and lines.
 */
export function runBuild(
  dir: string,
  out: string,
  argv: readonly string[] = [],
  env: Record<string, string> = {}
): { code: number; stdout: string[]; stderr: string[]; out: string } {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = runBuildContent({
    argv: ['--content', dir, '--out', out, ...argv],
    env,
    projectRoot: PROJECT_ROOT,
    cwd: dir,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line)
  })
  return { code, stdout, stderr, out }
}
