import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { input } from './support/notes-fixtures'
import { startSyncthingPair, syncthingMissing, until } from './support/syncthing-pair'
import { teamMember } from './support/team-member'

const missing = syncthingMissing()
if (missing) console.warn(`Skipping the Syncthing test: ${missing}.`)

/** How long a change may take to cross: a hang's bound on a busy machine, not a speed target. */
const CROSSES_WITHIN_MS = 180_000

describe.skipIf(missing !== null)(
  'team notes through a real sync engine: two Syncthing instances on loopback between two folders',
  () => {
    let pair: Awaited<ReturnType<typeof startSyncthingPair>>
    let amina: Awaited<ReturnType<typeof teamMember>>
    let bo: Awaited<ReturnType<typeof teamMember>>
    beforeAll(async () => {
      pair = await startSyncthingPair()
      amina = await teamMember('Amina Okafor', pair.folders[0])
      bo = await teamMember('Bo Lindqvist', pair.folders[1])
    })
    afterAll(async () => {
      await amina?.close()
      await bo?.close()
      await pair?.stop()
    })

    /** Bo's view of Amina's notes, once Syncthing has brought over what she wrote. */
    async function boSees(notes: string[]) {
      await amina.team.settled()
      await pair.scan(0)
      await until(
        async () => {
          await bo.refreshTeam()
          const page = await bo.api.listTeamNotes({}, 0)
          return JSON.stringify(page.items.map((v) => v.annotation.note)) === JSON.stringify(notes)
        },
        CROSSES_WITHIN_MS,
        () => `Bo never saw ${JSON.stringify(notes)} in his team folder`
      )
    }

    it('a note made in one app appears in the other, and an edit and a deletion follow', async () => {
      const made = await amina.api.createAnnotation(input({ note: 'Synced by Syncthing' }))
      await boSees(['Synced by Syncthing'])
      const [seen] = (await bo.api.listTeamNotes({}, 0)).items
      expect(seen?.person.name).toBe('Amina Okafor')
      expect(seen?.anchor.status).toBe('anchored')

      await amina.api.updateAnnotation(made.item.annotation.id, {
        note: 'Edited, and synced again'
      })
      await boSees(['Edited, and synced again'])

      await amina.api.deleteAnnotation(made.item.annotation.id)
      await boSees([])
      // Syncthing's own files in the folder (.stfolder, its temp files) were never taken for notes.
      expect((await bo.api.getTeam()).notices).toEqual([])
    })
  }
)
