import type { Configuration } from 'electron-builder'
import { slugify } from '../src/content/slug'
import { nameProblems } from '../src/shared/edition-name'
import type { Edition } from '../src/shared/report-model'

export const EDITION_APP_ID_PREFIX = 'org.offline-reference-reader.'

/**
 * What an edition changes in electron-builder.yml: the product name, its own app id (so editions
 * install side by side) and its own output folder. electron-builder merges this object into the
 * configuration it reads from electron-builder.yml exactly as it merges `-c.<key>=<value>` options
 * (deepAssign), so everything else, the fuses included, comes from the yml. It is handed to
 * electron-builder's API as an object, never through a command line.
 */
export function editionBuilderConfig(edition: Pick<Edition, 'appName' | 'editionTitle'>) {
  // The manifest has been checked already (read-edition.ts); a name that slipped past that
  // check never reaches electron-builder.
  const problems = nameProblems('appName', edition.appName)
  if (problems.length) throw new Error(problems.join('\n'))
  const slug = slugify(edition.editionTitle)
  return {
    productName: edition.appName,
    appId: `${EDITION_APP_ID_PREFIX}${slug}`,
    directories: { output: `dist/${slug}` }
  } satisfies Configuration
}

const NETWORK_ERRORS =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/

/** What to tell the trainer when electron-builder fails: what happened, what is kept, what next. */
export function installerFailureMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: unknown } | null)?.code
  const kept =
    "The edition's content (resources/generated) and the app (out/) are built and kept; no installer was made."
  if ((typeof code === 'string' && NETWORK_ERRORS.test(code)) || NETWORK_ERRORS.test(detail)) {
    return `edition: electron-builder could not download Electron or its packaging tools, because this machine cannot reach the network (${detail}). ${kept} Build once on a machine with network, or copy its caches here: see "Building on a machine without network" in README.md.`
  }
  return `edition: electron-builder stopped: ${detail}. ${kept}`
}
