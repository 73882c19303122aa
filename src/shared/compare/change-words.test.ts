import { describe, expect, it } from 'vitest'
import { createTranslator } from '../i18n/translator'
import type { EditionChange } from './change-model'
import { changeSummary, changeTitle } from './change-words'

const change = (kind: EditionChange['kind']): EditionChange => ({
  kind,
  unit: 'sentence',
  oldSection: null,
  newSection: null,
  oldText: null,
  newText: null,
  oldSpans: [],
  newSpans: []
})

const en = createTranslator('en')

describe('the words the "What changed" view uses', () => {
  it('names a change by what happened and to how much text', () => {
    expect(changeTitle({ kind: 'modified', unit: 'sentence' }, en)).toBe('Reworded text')
    expect(changeTitle({ kind: 'moved', unit: 'paragraph' }, en)).toBe('Moved paragraph')
  })

  it('counts the changes of each kind, leaving out kinds with none', () => {
    const three = ['inserted', 'moved', 'inserted'].map((k) => change(k as 'moved'))
    expect(changeSummary(three, en)).toBe('3 changes: 2 added, 1 moved.')
    expect(changeSummary([change('deleted')], en)).toBe('1 change: 1 removed.')
    expect(changeSummary([], en)).toBe('No changes to the text.')
  })
})
