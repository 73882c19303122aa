import { symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readEditionGlossary } from './read-glossary'
import { TempDirs } from './test-support'

const temp = new TempDirs()
afterEach(() => temp.cleanup())

function glossaryFile(contents: string): { dir: string; path: string } {
  const dir = temp.make()
  const path = join(dir, 'glossary.json')
  writeFileSync(path, contents)
  return { dir, path }
}

const problemsOf = (contents: string) => {
  const { dir, path } = glossaryFile(contents)
  return readEditionGlossary(dir).problems.map((p) => {
    expect(p.file).toBe(path)
    return p.problem
  })
}

describe('an edition glossary file', () => {
  it('is optional', () => {
    expect(readEditionGlossary(temp.make())).toEqual({ entries: [], problems: [] })
  })

  it('gives its terms, trimmed', () => {
    const { dir } = glossaryFile(
      JSON.stringify({ terms: [{ term: ' CT ', expansion: 'counterterrorism ' }] })
    )
    expect(readEditionGlossary(dir)).toEqual({
      entries: [{ term: 'CT', expansion: 'counterterrorism' }],
      problems: []
    })
  })

  it('says in plain words what is wrong, naming the entry', () => {
    expect(problemsOf('{"terms": [')).toEqual([
      expect.stringMatching(/^glossary: the file is not valid JSON/)
    ])
    expect(problemsOf('[]')).toEqual([
      'glossary: the file must hold one JSON object: {"terms": [{"term": "CT", "expansion": "counterterrorism"}]}'
    ])
    expect(problemsOf('{"terms": [{"term": "CT", "expansion": ""}]}')).toEqual([
      'glossary: terms[0]: expansion is empty'
    ])
    expect(problemsOf('{"terms": [{"term": "CT"}]}')).toEqual([
      'glossary: terms[0].expansion is missing'
    ])
    expect(problemsOf('{"terms": [{"term": "C T", "expansion": "x"}]}')).toEqual([
      'glossary: terms[0]: term must be a word of letters or digits, such as "CT" or "API/PNR"'
    ])
    expect(problemsOf('{"terms": [{"term": "CT", "expansion": "x", "note": 1}]}')).toEqual([
      'glossary: terms[0].note is not allowed (a term has only "term" and "expansion")'
    ])
  })

  it('names a term given twice', () => {
    const twice = JSON.stringify({
      terms: [
        { term: 'CT', expansion: 'counterterrorism' },
        { term: 'CT', expansion: 'counter-terrorism' }
      ]
    })
    expect(problemsOf(twice)).toEqual([
      'glossary: terms[1]: "CT" is already in the glossary; keep one entry for it'
    ])
  })

  it('is refused when it is a link', () => {
    const { path: target } = glossaryFile('{"terms": []}')
    const dir = temp.make()
    symlinkSync(target, join(dir, 'glossary.json'))
    expect(readEditionGlossary(dir).problems).toEqual([
      { file: join(dir, 'glossary.json'), problem: expect.stringMatching(/link/) }
    ])
  })
})
