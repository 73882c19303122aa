/**
 * Builds a trainer's edition: the content of a folder (reports + edition.json) and the installers
 * for this platform, named after the edition.
 *
 *   npm run edition -- <folder> [--platform linux|win|mac] [--check]
 *
 * --check only validates and builds the content (no installers): the quick way to see that an
 * edition folder is right. Bad reports or a bad manifest stop here with one line per problem.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ContentError } from '../src/content/content-error'
import { renderGeneratedContent } from '../src/content/generate-content'
import { slugify } from '../src/content/slug'
import { writeGeneratedFiles } from '../src/content/write-generated'
import type { Edition } from '../src/shared/report-model'

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
  const { library, files } = renderGeneratedContent(contentDir)
  edition = library.edition
  if (!checkOnly) writeGeneratedFiles(outDir, files)
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

// The app and installers, with the edition's content already in resources/generated.
const run = (command: string, commandArgs: string[]) => {
  const result = spawnSync(command, commandArgs, {
    cwd: projectRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, READER_CONTENT_DIR: contentDir }
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
const slug = slugify(editionTitle)
run('npm', ['run', '-s', 'typecheck'])
run('npx', ['electron-vite', 'build'])
run('npm', ['run', '-s', 'build:icons'])
run('npx', [
  'electron-builder',
  ...(platform ? [`--${platform}`] : []),
  '--publish',
  'never',
  // Each edition installs as its own app, side by side with others.
  `-c.productName=${appName}`,
  `-c.appId=org.offline-reference-reader.${slug}`,
  `-c.directories.output=dist/${slug}`
])
console.log(`edition: installers in ${resolve(projectRoot, 'dist', slug)}`)
