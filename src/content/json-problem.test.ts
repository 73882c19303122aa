import { describe, expect, it } from 'vitest'
import { jsonProblem } from './json-problem'

const problemOf = (text: string): string => {
  try {
    JSON.parse(text)
  } catch (error) {
    return jsonProblem(error)
  }
  throw new Error('the text parsed')
}

describe('a JSON file that does not parse', () => {
  it('says the line and character to look at, not the parser’s words', () => {
    const problem = problemOf('{\n  "appName": "Field",\n}')
    expect(problem).toContain('line 3, around character 1')
    expect(problem).not.toMatch(/position|Expected|double-quoted/)
  })

  it('says a file cut short is cut short', () => {
    expect(problemOf('{"appName": ')).toMatch(/ends too soon/)
  })
})
