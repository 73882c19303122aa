/**
 * Builds resources/generated/{library.json,search-index.json} from the report sources.
 * Options and exit codes: see src/content/cli.ts.
 */
import { fileURLToPath } from 'node:url'
import { runBuildContent } from '../src/content/cli'

process.exitCode = runBuildContent({
  argv: process.argv.slice(2),
  env: process.env,
  projectRoot: fileURLToPath(new URL('..', import.meta.url)),
  cwd: process.cwd(),
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line)
})
