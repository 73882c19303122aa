/**
 * What to tell a trainer whose JSON file (edition.json, glossary.json, a sidecar) does not parse:
 * where to look, in lines and columns, never the parser's own words ("Expected double-quoted
 * property name in JSON at position 11").
 */
export function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const where = /\(line (\d+) column (\d+)\)/.exec(message)
  if (where) {
    return `is not valid JSON: look at line ${where[1]}, around character ${where[2]} (a missing comma, quote or bracket, or a comma before a closing bracket, is the usual cause)`
  }
  return 'is not valid JSON: it ends too soon or is not JSON at all; check that every quote and bracket is closed'
}
