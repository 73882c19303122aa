import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createIpcHandlers, dispatchIpc } from '../../src/main/ipc-handlers'
import { openLibrary } from '../../src/main/library-service'
import { TeamSettingsStore } from '../../src/main/team/team-settings-store'
import type { StartTeamWorker } from '../../src/main/team/team-worker-client'
import { createReaderApi, type IpcChannel } from '../../src/shared/ipc-contract'
import { writeGeneratedDir } from './generated-content'
import { mainServices } from './main-services'

/**
 * One reader's app, main side, as index.ts makes it: real stores in a user-data folder of its own,
 * the team folder chosen and sharing on, and the renderer's API over the real dispatcher. The
 * folder is polled rarely: tests ask it to look (refreshTeam) when they mean it to.
 */
export async function teamMember(
  name: string,
  folder: string,
  {
    generatedDir = writeGeneratedDir({ withContents: true }),
    pollMs = 60_000,
    startWorker,
    courseNotesFile,
    sharing = true
  }: {
    generatedDir?: string
    pollMs?: number
    startWorker?: StartTeamWorker
    /** The edition's course notes, as the build writes them. */
    courseNotesFile?: string
    sharing?: boolean
  } = {}
) {
  const userData = mkdtempSync(join(tmpdir(), 'reader-team-member-'))
  const settings = TeamSettingsStore.open(userData)
  await settings.set({ sharing, folder, person: { ...settings.get().person, name } })
  const library = openLibrary(generatedDir)
  const services = await mainServices(library, userData)
  const handlers = createIpcHandlers({
    ...services,
    team: {
      settings,
      chooseFolder: async () => null,
      pollMs,
      ...(startWorker && { startWorker }),
      ...(courseNotesFile && { courseNotesFile })
    }
  })
  const api = createReaderApi(
    (channel: IpcChannel, args: unknown[]) => dispatchIpc(handlers, channel, args),
    () => () => undefined
  )
  const { team } = handlers
  if (!team) throw new Error('createIpcHandlers made no team service')
  return {
    api,
    team,
    person: settings.get().person,
    userData,
    /** Looks at the folder now, and waits for the reader's own files to be written. */
    refreshTeam: async () => {
      await team.settled()
      await team.refresh()
    },
    close: async () => {
      team.close()
      await team.settled()
      services.annotations.close()
    }
  }
}
