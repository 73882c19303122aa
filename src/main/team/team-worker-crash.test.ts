import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { input } from '../../../test/support/notes-fixtures'
import { teamMember } from '../../../test/support/team-member'
import { startTeamWorkerFromSource, TEAM_WORKER_RESTARTS } from './team-worker-client'

type Member = Awaited<ReturnType<typeof teamMember>>
const opened: Member[] = []
afterEach(async () => {
  for (const member of opened.splice(0)) await member.close()
})

const RESTARTED =
  'The part of the app that reads your team’s notes stopped unexpectedly and was started again. Your own notes were not affected; your colleagues’ notes are being read again from the team folder.'
const STOPPED =
  'The part of the app that reads your team’s notes stopped again, so your colleagues’ notes are not shown for now. Your own notes are safe and still shared. Restart the app to see the team’s notes again.'

/** Two readers sharing a folder; Bo's team workers are kept, to be stopped as a crash would. */
async function readersWithBosWorkers() {
  const folder = mkdtempSync(join(tmpdir(), 'reader-team-folder-'))
  const workers: Worker[] = []
  const amina = await teamMember('Amina Okafor', folder)
  const bo = await teamMember('Bo Lindqvist', folder, {
    startWorker: (init) => {
      const worker = startTeamWorkerFromSource(init)
      workers.push(worker)
      return worker
    }
  })
  opened.push(amina, bo)
  return { amina, bo, workers }
}

const teamNotes = async (member: Member) =>
  (await member.api.listTeamNotes({}, 0)).items.map((v) => v.annotation.note)

/** Waits (as long as it takes) until Bo's app says `notice`. */
const untilNotice = (member: Member, notice: string) =>
  vi.waitFor(async () => expect((await member.api.getTeam()).notices).toContain(notice), {
    timeout: 120_000,
    interval: 20
  })

describe('the team worker stopping unexpectedly', () => {
  it('is started again, says so, reads the colleagues’ notes again, and keeps the reader’s own', async () => {
    const { amina, bo, workers } = await readersWithBosWorkers()
    await amina.api.createAnnotation(input({ note: 'Amina’s passage' }))
    await bo.api.createAnnotation(input({ note: 'Bo’s own passage' }))
    await amina.refreshTeam()
    await bo.refreshTeam()
    expect(await teamNotes(bo)).toEqual(['Amina’s passage'])

    await workers[0]?.terminate()
    await untilNotice(bo, RESTARTED)
    await bo.refreshTeam()

    expect(workers).toHaveLength(2)
    expect(await teamNotes(bo)).toEqual(['Amina’s passage'])
    expect((await bo.api.searchTeamNotes('passage')).map((hit) => hit.note)).toEqual([
      'Amina’s passage'
    ])
    expect((await bo.api.listAnnotations(0)).items.map((v) => v.annotation.note)).toEqual([
      'Bo’s own passage'
    ])
    await amina.refreshTeam()
    expect(await teamNotes(amina)).toEqual(['Bo’s own passage'])
  })

  it('is given up on after it keeps stopping: the colleagues’ notes are not shown, and the reader’s are still shared', async () => {
    const { amina, bo, workers } = await readersWithBosWorkers()
    await amina.api.createAnnotation(input({ note: 'Amina’s passage' }))
    await amina.refreshTeam()
    await bo.refreshTeam()

    for (let crash = 0; crash <= TEAM_WORKER_RESTARTS; crash++) {
      await vi.waitFor(() => expect(workers).toHaveLength(crash + 1), {
        timeout: 120_000,
        interval: 20
      })
      await workers[crash]?.terminate()
    }
    await untilNotice(bo, STOPPED)

    const team = await bo.api.getTeam()
    expect(team.people).toEqual([])
    expect(team.notices).not.toContain(RESTARTED)
    expect(await teamNotes(bo)).toEqual([])
    expect(await bo.api.searchTeamNotes('passage')).toEqual([])
    await bo.api.createAnnotation(input({ note: 'Made after it stopped' }))
    await bo.refreshTeam()
    await amina.refreshTeam()
    expect(await teamNotes(amina)).toEqual(['Made after it stopped'])
  })
})
