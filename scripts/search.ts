import { fileURLToPath } from 'node:url'
import { runSearchCli } from '../src/content/search-cli'

process.exitCode = runSearchCli({
  argv: process.argv.slice(2),
  env: process.env,
  projectRoot: fileURLToPath(new URL('..', import.meta.url)),
  cwd: process.cwd(),
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
  color: process.stdout.isTTY
})
