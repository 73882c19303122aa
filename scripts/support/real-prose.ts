import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Real English prose that is not the report's: sentences from the README files of the installed
 * npm packages (documentation written by people, with its own vocabulary), for benchmarks that
 * must not be fed text made from the report's own words. Deterministic for a given lockfile.
 */
export function realProseSentences(nodeModules: string): string[] {
  const sentences: string[] = []
  for (const name of readdirSync(nodeModules).sort()) {
    const scoped = name.startsWith('@')
      ? readdirSync(join(nodeModules, name))
          .sort()
          .map((n) => join(name, n))
      : [name]
    for (const pkg of scoped) {
      const readme = join(nodeModules, pkg, 'README.md')
      if (!existsSync(readme)) continue
      for (const line of readFileSync(readme, 'utf8').split('\n')) {
        sentences.push(...proseIn(line))
      }
    }
  }
  return sentences
}

/** Sentences of a Markdown line that read as prose: no code, links, tables or headings. */
function proseIn(line: string): string[] {
  const text = line.trim()
  if (!/^[A-Z]/.test(text) || /[`|#<>{}[\]$=_*\\]|https?:/.test(text)) return []
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((s) => /[.!?]$/.test(s) && s.split(/\s+/).length >= 8)
}
