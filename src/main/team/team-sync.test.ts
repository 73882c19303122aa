import {
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { input } from '../../../test/support/notes-fixtures'
import { teamMember } from '../../../test/support/team-member'
import { teamFileName } from '../../shared/team/team-model'
import { speakIn } from '../words'

type Member = Awaited<ReturnType<typeof teamMember>>
const opened: Member[] = []
afterEach(async () => {
  for (const member of opened.splice(0)) await member.close()
})

async function twoReaders() {
  const folder = mkdtempSync(join(tmpdir(), 'reader-team-folder-'))
  const amina = await teamMember('Amina Okafor', folder)
  const bo = await teamMember('Bo Lindqvist', folder)
  opened.push(amina, bo)
  return { folder, amina, bo }
}

const notesOf = async (member: Member) => (await member.api.listTeamNotes({}, 0)).items

describe('team notes through a shared folder', () => {
  it('a note one reader makes reaches the other, and an edit and a deletion follow', async () => {
    const { folder, amina, bo } = await twoReaders()
    const made = await amina.api.createAnnotation(input({ note: 'Check the border figures' }))
    await amina.refreshTeam()
    expect(existsSync(join(folder, teamFileName(amina.person.id, 'alpha')))).toBe(true)

    await bo.refreshTeam()
    const [seen] = await notesOf(bo)
    expect(seen?.annotation.note).toBe('Check the border figures')
    expect(seen?.person).toMatchObject({ name: 'Amina Okafor', initials: 'AO', kind: 'colleague' })
    expect(seen?.anchor.status).toBe('anchored')

    await amina.api.updateAnnotation(made.item.annotation.id, { note: 'Figures checked' })
    await amina.refreshTeam()
    await bo.refreshTeam()
    expect((await notesOf(bo)).map((v) => v.annotation.note)).toEqual(['Figures checked'])

    await amina.api.deleteAnnotation(made.item.annotation.id)
    await amina.refreshTeam()
    await bo.refreshTeam()
    expect(await notesOf(bo)).toEqual([])
    expect(existsSync(join(folder, teamFileName(amina.person.id, 'alpha')))).toBe(false)
  })

  it('never writes a note marked private, and takes it back when it is marked so', async () => {
    const { amina, bo } = await twoReaders()
    const secret = await amina.api.createAnnotation(input({ note: 'My own doubts' }))
    await amina.api.createAnnotation(input({ note: 'For everyone' }))
    await amina.api.setNotePrivate(secret.item.annotation.id, true)
    await amina.refreshTeam()
    await bo.refreshTeam()
    expect((await notesOf(bo)).map((v) => v.annotation.note)).toEqual(['For everyone'])
  })

  it('rewrites a file only when its notes change', async () => {
    const { folder, amina } = await twoReaders()
    await amina.api.createAnnotation(input())
    await amina.refreshTeam()
    const path = join(folder, teamFileName(amina.person.id, 'alpha'))
    const before = statSync(path)
    await amina.api.createAnnotation(
      input({ reportId: 'beta', target: { kind: 'section', sectionId: 'overview' } })
    )
    await amina.refreshTeam()
    const after = statSync(path)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
  })

  it('keeps what it read from a half-written file, names the person, and reads it once whole', async () => {
    const { folder, amina, bo } = await twoReaders()
    await amina.api.createAnnotation(input({ note: 'First' }))
    await amina.refreshTeam()
    await bo.refreshTeam()
    const path = join(folder, teamFileName(amina.person.id, 'alpha'))
    const whole = readFileSync(path, 'utf8')
    // A sync engine that writes in place: the first half of a newer version.
    const newer = whole.replace('"First"', '"Second"')
    writeFileSync(path, newer.slice(0, newer.length / 2))
    await bo.refreshTeam()
    expect((await notesOf(bo)).map((v) => v.annotation.note)).toEqual(['First'])
    const { notices } = await bo.api.getTeam()
    expect(notices).toEqual([
      'Amina Okafor’s notes on “Alpha Report” could not be read: it is not complete JSON yet (it may still be arriving). The app tries again by itself: a sync may still be bringing it in.'
    ])
    writeFileSync(path, newer)
    await bo.refreshTeam()
    expect((await notesOf(bo)).map((v) => v.annotation.note)).toEqual(['Second'])
    expect((await bo.api.getTeam()).notices).toEqual([])
  })

  it('shows the notes it can use from a file with one damaged note, and says one was left out', async () => {
    const { folder, amina, bo } = await twoReaders()
    for (const note of ['First', 'Second', 'Third']) {
      await amina.api.createAnnotation(input({ note }))
    }
    await amina.refreshTeam()
    const path = join(folder, teamFileName(amina.person.id, 'alpha'))
    const whole = readFileSync(path, 'utf8')
    // One note as a newer app (or a hand) might write it: its text is not text.
    writeFileSync(path, whole.replace('"Second"', '{"richText":"Second"}'))
    await bo.refreshTeam()
    expect((await notesOf(bo)).map((v) => v.annotation.note).sort()).toEqual(['First', 'Third'])
    expect((await bo.api.getTeam()).notices).toEqual([
      'One of Amina Okafor’s notes on “Alpha Report” could not be used (damaged, or made by another version of the app) and is not shown; the other 2 are shown. The app reads the file again when it changes.'
    ])
    try {
      speakIn('ru')
      expect((await bo.api.getTeam()).notices).toEqual([
        '1 заметка пользователя Amina Okafor к отчёту «Alpha Report» не показана (повреждена или создана другой версией приложения); остальные показаны: 2. Приложение прочитает файл снова, когда он изменится.'
      ])
    } finally {
      speakIn('en')
    }
    writeFileSync(path, whole)
    await bo.refreshTeam()
    expect((await notesOf(bo)).map((v) => v.annotation.note).sort()).toEqual([
      'First',
      'Second',
      'Third'
    ])
    expect((await bo.api.getTeam()).notices).toEqual([])
  })

  it('refuses a damaged or foreign file and a link, and says which', async () => {
    const { folder, bo } = await twoReaders()
    const stranger = '11111111-2222-4333-8444-555555555555'
    writeFileSync(
      join(folder, teamFileName(stranger, 'alpha')),
      '{"type":"AnnotationCollection","first":{"items":[]}}'
    )
    const outside = join(mkdtempSync(join(tmpdir(), 'reader-outside-')), 'secret.json')
    writeFileSync(outside, '{}')
    symlinkSync(outside, join(folder, teamFileName(stranger, 'beta')))
    writeFileSync(join(folder, 'notes.txt'), 'not ours, left alone')
    await bo.refreshTeam()
    const { notices, people } = await bo.api.getTeam()
    expect(people).toEqual([])
    expect(notices).toEqual([
      `A colleague’s notes (the file ${teamFileName(stranger, 'alpha')}) on “Alpha Report” could not be read: it was not written by this app. The app reads it again when it changes.`,
      `A colleague’s notes (the file ${teamFileName(stranger, 'beta')}) on “Beta Report” could not be read: it is a link, and the app does not follow links in the team folder. The app reads it again when it changes.`
    ])
  })

  it('says why a file is refused in the reader’s language, and follows a change of language', async () => {
    const { folder, bo } = await twoReaders()
    const stranger = '11111111-2222-4333-8444-555555555555'
    const name = teamFileName(stranger, 'alpha')
    writeFileSync(join(folder, name), '{"type":"AnnotationCollection","first":{"items":[]}}')
    await bo.refreshTeam()
    try {
      speakIn('ru')
      expect((await bo.api.getTeam()).notices).toEqual([
        `Заметки коллеги (файл ${name}) к отчёту «Alpha Report» не удалось прочитать: его записало не это приложение. Приложение прочитает их снова, когда они изменятся.`
      ])
      // Read once, said again in Arabic when the reader changes language: nothing read anew.
      speakIn('ar')
      expect((await bo.api.getTeam()).notices).toEqual([
        `تعذّرت قراءة ملاحظات زميل (الملف ${name}) على «Alpha Report»: لم يكتبه هذا التطبيق. سيقرؤها التطبيق من جديد حين تتغيّر.`
      ])
    } finally {
      speakIn('en')
    }
  })

  it('survives the folder going away and coming back, and writes what was made meanwhile', async () => {
    const { folder, amina, bo } = await twoReaders()
    await amina.api.createAnnotation(input({ note: 'Before' }))
    await amina.refreshTeam()
    await bo.refreshTeam()
    renameSync(folder, `${folder}-away`) // the USB stick taken out
    await bo.refreshTeam()
    const away = await bo.api.getTeam()
    expect(away.folderState).toBe('unreachable')
    expect(away.notices[0]).toMatch(/^The team folder .* cannot be reached now/)
    expect((await notesOf(bo)).map((v) => v.annotation.note)).toEqual(['Before'])
    await bo.api.createAnnotation(input({ note: 'Made while away' }))
    await bo.refreshTeam()
    renameSync(`${folder}-away`, folder)
    await bo.refreshTeam()
    await bo.team.settled()
    expect((await bo.api.getTeam()).folderState).toBe('ok')
    await amina.refreshTeam()
    expect((await notesOf(amina)).map((v) => v.annotation.note)).toEqual(['Made while away'])
  })

  it('copies a colleague’s note into the reader’s own notes', async () => {
    const { amina, bo } = await twoReaders()
    const made = await amina.api.createAnnotation(input({ note: 'Worth keeping', tags: ['law'] }))
    await amina.refreshTeam()
    await bo.refreshTeam()
    const copy = await bo.api.copyTeamNote(amina.person.id, made.item.annotation.id)
    expect(copy.item.annotation).toMatchObject({
      note: 'Worth keeping',
      tags: ['law'],
      reportId: 'alpha'
    })
    expect(copy.item.annotation.id).not.toBe(made.item.annotation.id)
    expect((await bo.api.listAnnotations(0)).items).toHaveLength(1)
  })

  it('finds colleagues’ notes by search', async () => {
    const { amina, bo } = await twoReaders()
    await amina.api.createAnnotation(input({ note: 'Smuggling routes through the valley' }))
    await amina.refreshTeam()
    await bo.refreshTeam()
    const hits = await bo.api.searchTeamNotes('smuggling')
    expect(hits.map((h) => [h.person.name, h.note])).toEqual([
      ['Amina Okafor', 'Smuggling routes through the valley']
    ])
  })
})
