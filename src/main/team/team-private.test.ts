import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { input } from '../../../test/support/notes-fixtures'
import { teamMember } from '../../../test/support/team-member'
import type * as DurableWrite from '../durable-write'

// Every text written durably, by file name: what reached the team folder, even for a moment.
const written = vi.hoisted(() => ({ texts: [] as { name: string; text: string }[], refuse: '' }))
vi.mock('../durable-write', async (original) => {
  const real = await original<typeof DurableWrite>()
  return {
    ...real,
    writeFileDurably: async (...args: Parameters<typeof real.writeFileDurably>) => {
      const [path, text] = args
      if (written.refuse && basename(path) === written.refuse) {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
      }
      written.texts.push({ name: basename(path), text: String(text) })
      return real.writeFileDurably(...args)
    }
  }
})
const teamFileTexts = () =>
  written.texts.filter((w) => w.name.endsWith('.team-notes.json')).map((w) => w.text)

type Member = Awaited<ReturnType<typeof teamMember>>
const opened: Member[] = []
afterEach(async () => {
  for (const member of opened.splice(0)) await member.close()
  written.texts = []
  written.refuse = ''
})

async function twoReaders() {
  const folder = mkdtempSync(join(tmpdir(), 'reader-team-private-'))
  const amina = await teamMember('Amina Okafor', folder)
  const bo = await teamMember('Bo Lindqvist', folder)
  opened.push(amina, bo)
  return { amina, bo }
}

describe('a note saved as private', () => {
  it('is never written to the team folder, not even while the notes around it are', async () => {
    const { amina, bo } = await twoReaders()
    const [, secret] = await Promise.all([
      amina.api.createAnnotation(input({ note: 'For everyone' })),
      amina.api.createPrivateAnnotation(input({ note: 'My own doubts' })),
      amina.api.createAnnotation(input({ note: 'Also for everyone' }))
    ])
    await amina.refreshTeam()
    await bo.refreshTeam()

    expect(teamFileTexts().some((text) => text.includes('Also for everyone'))).toBe(true)
    expect(teamFileTexts().filter((text) => text.includes('My own doubts'))).toEqual([])
    const seen = (await bo.api.listTeamNotes({}, 0)).items.map((v) => v.annotation.note)
    expect(seen.sort()).toEqual(['Also for everyone', 'For everyone'])
    expect((await amina.api.getTeam()).privateIds).toEqual([secret.item.annotation.id])
    expect((await amina.api.listAnnotations(0)).items).toHaveLength(3)
  })

  it('is not kept when it cannot be marked private, and the reader is told why', async () => {
    const { amina } = await twoReaders()
    written.refuse = 'team.json'
    await expect(
      amina.api.createPrivateAnnotation(input({ note: 'My own doubts' }))
    ).rejects.toThrow(/The private note was not saved.*the disk is full.*still in the dialog/s)
    await amina.refreshTeam()

    expect((await amina.api.listAnnotations(0)).items).toEqual([])
    expect(teamFileTexts().filter((text) => text.includes('My own doubts'))).toEqual([])
  })
})
