/**
 * Builds a trainer's edition: the content of a folder (reports + edition.json) and the installers
 * for this platform, named after the edition.
 *
 *   npm run edition -- <folder> [--platform linux|win|mac] [--check]
 *
 * --check only validates and builds the content (no installers): the quick way to see that an
 * edition folder is right. Bad reports or a bad manifest stop here with one line per problem.
 */
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatNotice } from '../src/content/build-library'
import { ContentError } from '../src/content/content-error'
import { renderGeneratedContent, writeGeneratedContent } from '../src/content/generate-content'
import type { Edition } from '../src/shared/report-model'
import { editionBuilderConfig, installerFailureMessage } from './edition-builder-config'
import { packageBin, runNodeScript } from './node-tools'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const folder = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--platform')
const platform = args.includes('--platform') ? args[args.indexOf('--platform') + 1] : undefined
const checkOnly = args.includes('--check')

if (!folder || (platform && !['linux', 'win', 'mac'].includes(platform))) {
  console.error('usage: npm run edition -- <edition folder> [--platform linux|win|mac] [--check]')
  process.exit(2)
}

const contentDir = resolve(folder)
const outDir = resolve(projectRoot, 'resources', 'generated')
let edition: Edition
try {
  // Validates every report and the manifest; --check stops here without writing anything.
  const content = renderGeneratedContent(contentDir)
  const { library, notices } = content
  edition = library.edition
  for (const notice of notices) console.log(`edition: ${formatNotice(notice)}`)
  if (!checkOnly) writeGeneratedContent(outDir, content)
  const sections = library.reports.flatMap((r) => r.sections)
  console.log(`edition: ${library.reports.length} reports, ${sections.length} sections`)
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`edition: ${contentDir} cannot be built:\n${error.message}`)
    process.exit(1)
  }
  throw error
}
const { appName, editionTitle } = edition
console.log(`edition: “${editionTitle}” (${appName}) from ${contentDir}`)
if (checkOnly) process.exit(0)

// The app and installers, with the edition's content already in resources/generated. No step
// runs a shell or npm: each tool's entry point runs with this Node, and electron-builder through
// its API, with the edition's names in an object rather than on a command line.
const tsc = packageBin('typescript', 'tsc')
for (const project of ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.e2e.json']) {
  exitOnFailure(runNodeScript(tsc, ['--noEmit', '-p', project], projectRoot))
}
exitOnFailure(runNodeScript(packageBin('electron-vite'), ['build'], projectRoot))
const { buildIcons } = await import('./build-icons')
const icons = buildIcons({
  source: join(projectRoot, 'resources', 'icon.svg'),
  outDir: join(projectRoot, 'build')
})
console.log(`edition: ${icons.length} icons in ${join(projectRoot, 'build')}`)

const config = editionBuilderConfig(edition)
const { build } = await import('electron-builder')
try {
  await build({
    projectDir: projectRoot,
    config,
    publish: 'never',
    ...(platform ? { [platform]: [] } : {})
  })
} catch (error) {
  console.error(installerFailureMessage(error))
  process.exit(1)
}
console.log(`edition: installers in ${resolve(projectRoot, config.directories.output)}`)

function exitOnFailure(status: number): void {
  if (status !== 0) process.exit(status)
}
