import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { input, stored } from '../../../test/support/notes-fixtures'
import { teamMember } from '../../../test/support/team-member'
import { DEFAULT_COLOR_LABELS, type Annotation } from '../../shared/annotations/annotation-model'
import { tokenizeWords } from '../../shared/text/tokenize'
import type * as Tokenize from '../../shared/text/tokenize'
import { toTeamFileText } from '../../shared/team/team-file'
import { teamFileName } from '../../shared/team/team-model'
import { TEAM_LIMITS } from '../../shared/team/team-model'
import { searchLayers } from './team-layer-queries'
import { TeamLayers } from './team-layers'

// Main's tokenizer, watched: the team worker runs on a thread of its own, which this does not
// reach, so every call seen here is main's.
vi.mock('../../shared/text/tokenize', async (importOriginal) => {
  const actual = await importOriginal<typeof Tokenize>()
  return { ...actual, tokenizeWords: vi.fn(actual.tokenizeWords) }
})

type Member = Awaited<ReturnType<typeof teamMember>>
const opened: Member[] = []
afterEach(async () => {
  for (const member of opened.splice(0)) await member.close()
})

const AMINA = { id: '11111111-2222-4333-8444-000000000001', name: 'Amina Okafor' }
const BO = { id: '11111111-2222-4333-8444-000000000002', name: 'Bo Lindqvist' }
const ME = '11111111-2222-4333-8444-000000000009'

function writeTeamFile(folder: string, person: typeof AMINA, notes: Annotation[]): void {
  writeFileSync(
    join(folder, teamFileName(person.id, 'alpha')),
    toTeamFileText(person, { id: 'alpha', title: 'Alpha Report' }, notes, DEFAULT_COLOR_LABELS)
  )
}

describe('searching the team’s notes', () => {
  it('finds a colleague’s note by the words of their latest edit, and no longer by the old', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-team-folder-'))
    const amina = await teamMember('Amina Okafor', folder)
    const bo = await teamMember('Bo Lindqvist', folder)
    opened.push(amina, bo)
    const made = await amina.api.createAnnotation(input({ note: 'Smuggling routes' }))
    await amina.refreshTeam()
    await bo.refreshTeam()
    expect((await bo.api.searchTeamNotes('smuggling')).map((h) => h.note)).toEqual([
      'Smuggling routes'
    ])

    await amina.api.updateAnnotation(made.item.annotation.id, { note: 'Fishing quotas' })
    await amina.refreshTeam()
    await bo.refreshTeam()
    expect(await bo.api.searchTeamNotes('smuggling')).toEqual([])
    const [hit] = await bo.api.searchTeamNotes('quotas')
    expect([hit?.person.name, hit?.note, hit?.noteHighlights]).toEqual([
      'Amina Okafor',
      'Fishing quotas',
      [[8, 14]]
    ])
  })

  it('reads the search words of a colleague’s notes off main: main reads only the query and the hits', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-team-folder-'))
    const amina = await teamMember('Amina Okafor', folder)
    const bo = await teamMember('Bo Lindqvist', folder)
    opened.push(amina, bo)
    for (const note of ['Border figures for March', 'Fishing quotas', 'Valley roads'])
      await amina.api.createAnnotation(input({ note, tags: [] }))
    await amina.refreshTeam()
    await bo.refreshTeam()
    vi.mocked(tokenizeWords).mockClear()

    const hits = await bo.api.searchTeamNotes('quotas')

    expect(hits.map((h) => h.note)).toEqual(['Fishing quotas'])
    const read = vi.mocked(tokenizeWords).mock.calls.map(([text]) => text)
    expect(read).not.toContain('Border figures for March')
    expect(read).not.toContain('Valley roads')
  })

  it('answers only the newest of two searches typed in a row; the one it overtook answers nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-team-folder-'))
    const notes = Array.from({ length: 200 }, (_, n) => stored(n, { note: `Ferry ${n}` }))
    writeTeamFile(folder, AMINA, notes)
    const bo = await teamMember('Bo Lindqvist', folder)
    opened.push(bo)
    await bo.refreshTeam()

    const overtaken = bo.team.search('ferry')
    const newest = bo.team.search('ferry 7')

    expect(await overtaken).toEqual([])
    expect((await newest).map((hit) => hit.note)).toEqual(['Ferry 7'])
  })

  it('reads again only the file that changed, and keeps the layers and words of the others as they were', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-team-folder-'))
    writeTeamFile(folder, AMINA, [stored(1, { note: 'Checkpoint hours' })])
    writeTeamFile(folder, BO, [stored(2, { note: 'Ferry timetable' })])
    // The worker's layers, here in the test's own thread.
    const layers = new TeamLayers(folder, ME, TEAM_LIMITS.fileBytes)
    const aminaFile = teamFileName(AMINA.id, 'alpha')
    const boFile = teamFileName(BO.id, 'alpha')
    expect((await layers.refresh()).read.sort()).toEqual([aminaFile, boFile].sort())
    const boLayer = layers.layers.get(boFile)

    writeTeamFile(folder, AMINA, [stored(1, { note: 'Checkpoint hours changed in May' })])

    expect(await layers.refresh()).toEqual({ changed: true, read: [aminaFile] })
    expect(layers.layers.get(boFile)).toBe(boLayer)
    const all = [...layers.layers.values()]
    expect(searchLayers(all, 'changed may', 20).map((hit) => hit.note)).toEqual([
      'Checkpoint hours changed in May'
    ])
    expect(searchLayers(all, 'ferry', 20).map((hit) => hit.author.name)).toEqual(['Bo Lindqvist'])
    expect(await layers.refresh()).toEqual({ changed: false, read: [] })
  })
})
