/**
 * Compares two editions of a report: `npm run -s diff -- <old source> <new source> [--json]`.
 * Output and exit codes: see src/content/diff-cli.ts.
 */
import { runDiffCli } from '../src/content/diff-cli'

process.exitCode = runDiffCli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text)
})
