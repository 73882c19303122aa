import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runOnReadOnlyDisk } from '../../test/support/real-disk'
import { AnnotationStore } from './annotation-store'
import { PreferencesStore } from './preferences-store'

// The app's stores on a disk that is really read-only: a read-only bind mount (a folder without
// write permission where no mount can be made, as a user who is not root; see real-disk.ts).
interface Opened {
  notes: number
  theme: string
  notesUnavailable: string | null
  preferencesUnavailable: string | null
  notices: string[]
  saveStateOnOpen: { state: string }
  saveState: { state: string; message?: string }
  preferencesError: string | null
  readEdition: string | null
}

describe('a read-only disk or folder', () => {
  it('is said to be read-only at once, never "does not exist", and what is there is still shown', async (context) => {
    const run = await runOnReadOnlyDisk(
      'test/support/read-only-scenario.ts',
      ['check'],
      async (dir) => {
        const userData = join(dir, 'existing')
        const notes = await AnnotationStore.open(userData)
        await notes.create({
          reportId: 'crt2021-kazakhstan',
          editionHash: 'b'.repeat(64),
          target: { kind: 'section', sectionId: 'overview' },
          color: 'yellow',
          note: 'written before the disk became read-only',
          tags: []
        })
        notes.close()
        await PreferencesStore.open(userData).setReadingSettings({
          theme: 'dark',
          fontSize: 18,
          lineWidth: 'medium',
          lineSpacing: 'normal',
          typeface: 'literata',
          language: 'system'
        })
      }
    )
    if (!('results' in run)) {
      console.info(`read-only disk: not tested, no read-only disk here: ${run.why}`)
      return context.skip(`no read-only disk here: ${run.why}`)
    }
    console.info(`read-only disk: ${run.disk}${run.why ? ` (${run.why})` : ''}`)
    const [{ existing, missing }] = run.results as [{ existing: Opened; missing: Opened }]
    const why = run.disk.includes('mount')
      ? 'the disk is read-only'
      : 'the app is not allowed to use it: it is read-only, or its permissions keep the app out'

    // A folder that exists: its notes and settings are read and shown, and the user is told up
    // front (the renderer's "before the reader opens" screen) that nothing can be saved.
    expect(existing.notes).toBe(1)
    expect(existing.theme).toBe('dark')
    expect(existing.notesUnavailable).toMatch(
      new RegExp(
        `^The app keeps your notes and settings in the folder .*/existing, but it cannot save anything there \\(${escape(why)}\\)\\.$`
      )
    )
    expect(existing.preferencesUnavailable).toBe(existing.notesUnavailable)
    expect(existing.notices).toEqual([])
    expect(existing.saveStateOnOpen).toEqual({ state: 'saved' }) // Nothing unsaved yet.
    expect(existing.saveState).toMatchObject({
      state: 'failed',
      message: `${existing.notesUnavailable} Your notes cannot be saved: changes you make now are kept only while the app is open.`
    })
    // The reader was told before the report opened: a setting changed is kept without a message.
    expect(existing.preferencesError).toBeNull()
    // A folder the app would have to make on that disk.
    expect(missing.notesUnavailable).toMatch(new RegExp(`\\(${escape(why)}\\)\\.$`))
    for (const said of [existing, missing].flatMap((o) => [
      o.notesUnavailable,
      o.preferencesUnavailable,
      o.preferencesError,
      o.readEdition,
      o.saveState.message
    ])) {
      expect(said ?? '').not.toMatch(/does not exist/)
    }
  })
})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
