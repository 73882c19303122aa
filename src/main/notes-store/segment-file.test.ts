import { hash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { stored } from '../../../test/support/notes-fixtures'
import { readSegmentBytes, segmentText } from './segment-file'

/** Notes in several scripts, with the bytes a reader of JSON must not cut at inside their texts. */
const notes = [
  stored(1),
  stored(2, { note: 'Заметка, «в кавычках» — [в скобках] и {фигурных}' }),
  stored(3, { note: 'ملاحظة "مقتبسة" \\ ومائلة', tags: ['a,b', 'ескерту'] }),
  stored(4, { note: 'a note 📝 with a 🧭' })
]

describe('reading a segment file’s bytes', () => {
  it('takes a segment the app wrote as it is: its notes, checked, and its size in characters', () => {
    const text = segmentText('alpha', notes)
    expect(readSegmentBytes('alpha', Buffer.from(text))).toMatchObject({
      kind: 'read',
      found: { kind: 'checked', annotations: notes, migrated: false },
      chars: text.length
    })
    const empty = segmentText('alpha', [])
    expect(readSegmentBytes('alpha', Buffer.from(empty))).toMatchObject({
      kind: 'read',
      found: { kind: 'checked', annotations: [] },
      chars: empty.length
    })
  })

  it('takes a segment written before notes went one a line as it is too', () => {
    const list = JSON.stringify(notes)
    const digest = hash('sha1', list, 'hex')
    const text = `{"schemaVersion":4,"reportId":"alpha","digest":"${digest}","annotations":${list}}`
    expect(readSegmentBytes('alpha', Buffer.from(text))).toMatchObject({
      kind: 'read',
      found: { kind: 'checked', annotations: notes, migrated: false },
      chars: text.length
    })
  })

  it('takes a format 4 segment the app wrote as checked, its English reasons migrated to codes', () => {
    const sentence = 'The highlighted text (“abolishing”) is not in this edition of the report.'
    const old = { ...notes[0], unplacedIn: { editionHash: 'a'.repeat(64), reason: sentence } }
    const list = `[${[old, notes[1]].map((note) => JSON.stringify(note)).join(',\n')}]`
    const digest = hash('sha1', list, 'hex')
    const text = `{"schemaVersion":4,"reportId":"alpha","digest":"${digest}","annotations":${list}}`
    expect(readSegmentBytes('alpha', Buffer.from(text))).toMatchObject({
      kind: 'read',
      found: {
        kind: 'checked',
        migrated: true,
        originals: [old, notes[1]],
        annotations: [
          {
            ...old,
            unplacedIn: {
              ...old.unplacedIn,
              reason: { code: 'textNotInEdition', excerpt: 'abolishing' }
            }
          },
          notes[1]
        ]
      }
    })
  })

  it('checks every record of one changed since the app wrote it (its digest no longer holds)', () => {
    const text = segmentText('alpha', notes).replace('Заметка', 'Замечание')
    const read = readSegmentBytes('alpha', Buffer.from(text))
    expect(read).toMatchObject({ kind: 'read', chars: text.length })
    expect(read.kind === 'read' && read.found).toMatchObject({
      kind: 'unchecked',
      records: [
        notes[0],
        { ...notes[1], note: 'Замечание, «в кавычках» — [в скобках] и {фигурных}' },
        notes[2],
        notes[3]
      ],
      migrated: false
    })
  })

  it('checks every record of one another program wrote again, spaced out, and of one filed elsewhere', () => {
    const spaced = JSON.stringify(JSON.parse(segmentText('alpha', notes)), null, 2)
    expect(readSegmentBytes('alpha', Buffer.from(spaced))).toMatchObject({
      kind: 'read',
      found: { kind: 'unchecked', records: notes }
    })
    expect(readSegmentBytes('beta', Buffer.from(segmentText('alpha', notes)))).toMatchObject({
      kind: 'read',
      found: { kind: 'unrecognised' }
    })
  })

  it('says a half-written file is not JSON', () => {
    const text = segmentText('alpha', notes)
    const read = readSegmentBytes('alpha', Buffer.from(text.slice(0, text.length / 2)))
    expect(read.kind === 'unreadable' && read.error).toBeInstanceOf(SyntaxError)
  })
})
