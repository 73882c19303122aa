import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { stored } from '../../../test/support/notes-fixtures'
import { teamMember } from '../../../test/support/team-member'

type Member = Awaited<ReturnType<typeof teamMember>>
const opened: Member[] = []
afterEach(async () => {
  for (const member of opened.splice(0)) await member.close()
})

/** course-notes.json as the build writes it from the trainer's export. */
function courseNotes(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'reader-course-')), 'course-notes.json')
  const annotations = [
    stored(1, { note: 'Ask the group why the ferry stopped' }),
    stored(2, {
      note: 'Compare with last year',
      reportId: 'beta',
      target: { kind: 'section', sectionId: 'overview' }
    })
  ]
  writeFileSync(file, JSON.stringify({ trainer: 'Dana Reyes', annotations }))
  return file
}

describe('course notes (the trainer’s layer the edition bundles)', () => {
  it('are listed, marked and found by search with sharing off, as "Course notes"', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-team-folder-'))
    const reader = await teamMember('Bo Lindqvist', folder, {
      sharing: false,
      courseNotesFile: courseNotes()
    })
    opened.push(reader)
    // The worker reads them as it starts; the window asks again when main says they are there.
    await vi.waitFor(async () => expect((await reader.api.getTeam()).people).not.toEqual([]), {
      timeout: 120_000,
      interval: 20
    })

    const team = await reader.api.getTeam()
    expect(team.folderState).toBe('off')
    expect(team.people).toEqual([
      {
        id: 'course',
        name: 'Course notes (Dana Reyes)',
        initials: 'CR',
        kind: 'course',
        noteCount: 2
      }
    ])
    expect(
      (await reader.api.listTeamNotes({ reportId: 'beta' }, 0)).items.map((v) => v.annotation.note)
    ).toEqual(['Compare with last year'])
    const marks = await reader.api.teamNotesInReport('alpha')
    expect([marks.total, marks.items[0]?.anchor.status]).toEqual([1, 'anchored'])
    const [hit] = await reader.api.searchTeamNotes('ferry')
    expect([hit?.person.name, hit?.note]).toEqual([
      'Course notes (Dana Reyes)',
      'Ask the group why the ferry stopped'
    ])
  })
})
