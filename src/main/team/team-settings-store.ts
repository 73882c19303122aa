import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { TeamSettingsSchema, type TeamSettings } from '../../shared/team/team-model'
import { writeFileDurably } from '../durable-write'
import { whyNotWritten } from '../save-retry'
import { say } from '../words'

const FILE_NAME = 'team.json'

/**
 * What the reader chose about team notes (team.json in the user-data folder): whether they share,
 * the folder, their name and stable id, which notes stay private, when they last looked. Read once
 * when the app starts; every change written with the app's durable write. A damaged file is not
 * overwritten until the reader changes something, and they are told.
 */
export class TeamSettingsStore {
  private constructor(
    private readonly path: string,
    private current: TeamSettings,
    readonly notices: string[]
  ) {}

  static open(userDataDir: string): TeamSettingsStore {
    const path = join(userDataDir, FILE_NAME)
    const fresh: TeamSettings = {
      sharing: false,
      folder: null,
      person: { id: randomUUID(), name: '' },
      privateIds: [],
      lastSeen: null
    }
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      return new TeamSettingsStore(path, fresh, [])
    }
    try {
      const parsed = v.safeParse(TeamSettingsSchema, JSON.parse(text))
      if (parsed.success) return new TeamSettingsStore(path, parsed.output, [])
    } catch {
      // Reported below.
    }
    return new TeamSettingsStore(path, { ...fresh, sharing: false }, [
      say('team.settingsDamaged', { path })
    ])
  }

  get(): TeamSettings {
    return this.current
  }

  /** Saves a change; throws a plain message when it could not be written (it is kept in memory). */
  async set(change: Partial<TeamSettings>): Promise<TeamSettings> {
    this.current = { ...this.current, ...change }
    try {
      await writeFileDurably(this.path, `${JSON.stringify(this.current, null, 1)}\n`)
    } catch (error) {
      throw new Error(`${whyNotWritten(error, this.path)} ${say('team.choiceKept')}`, {
        cause: error
      })
    }
    return this.current
  }
}
