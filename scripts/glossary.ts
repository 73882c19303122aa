/**
 * Lists the acronyms of the reports and what they stand for: `npm run -s glossary -- [--json]`.
 * Options and exit codes: see src/content/glossary-cli.ts.
 */
import { fileURLToPath } from 'node:url'
import { runGlossaryCli } from '../src/content/glossary-cli'

process.exitCode = runGlossaryCli({
  argv: process.argv.slice(2),
  projectRoot: fileURLToPath(new URL('..', import.meta.url)),
  cwd: process.cwd(),
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text)
})
