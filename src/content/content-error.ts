/** One problem with one input file, reported as `<file>: <problem>`. */
export interface ContentProblem {
  /** Path of the file (or folder) as the user gave it, e.g. `resources/reports/x.txt`. */
  file: string
  problem: string
}

export function formatProblem({ file, problem }: ContentProblem): string {
  return `${file}: ${problem}`
}

/**
 * Bad content: the build stops and reports every problem it found, one per line, and writes
 * nothing. Anything else thrown during the build is a bug, not a content problem.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[]

  constructor(problems: readonly ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'ContentError'
    this.problems = problems
  }
}
