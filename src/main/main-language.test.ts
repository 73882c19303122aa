import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { mainServices } from '../../test/support/main-services'
import { writeGeneratedDir } from '../../test/support/generated-content'
import { DEFAULT_READING_SETTINGS } from '../shared/ipc-contract'
import type { DisplayLocale } from '../shared/i18n/choose-locale'
import { AnnotationStore } from './annotation-store'
import { whyFileFailed } from './file-problems'
import { createIpcHandlers } from './ipc-handlers'
import { launchRefusal } from './launch-flags'
import { openLibrary } from './library-service'
import { PreferencesStore } from './preferences-store'
import { whyNotWritten } from './save-retry'
import { say, speakIn, spokenLocale } from './words'

const fsError = (code: string) => Object.assign(new Error(code), { code })

afterEach(() => speakIn('en'))

describe('main’s messages in the language the app speaks', () => {
  it('Russian: the quit box counts unsaved changes with all three forms', () => {
    speakIn('ru')
    expect(say('quit.unsaved', { count: 1 })).toBe('1 изменение не сохранено.')
    expect(say('quit.unsaved', { count: 3 })).toBe('3 изменения не сохранены.')
    expect(say('quit.unsaved', { count: 5 })).toBe('5 изменений не сохранено.')
    expect(say('quit.unsaved', { count: 21 })).toBe('21 изменение не сохранено.')
    expect(say('quit.detail', { count: 2, reason: say('quit.preferencesNotWritten') })).toBe(
      'Не удалось записать ваши настройки. Освободите место (или исправьте папку) и нажмите «Повторить»; если выйти сейчас, они пропадут.'
    )
    expect([say('quit.tryAgain'), say('quit.loseThem')]).toEqual(['Повторить', 'Выйти без них'])
  })

  it('Arabic: the quit box says one, two, few and many changes each its own way', () => {
    speakIn('ar')
    expect(say('quit.unsaved', { count: 1 })).toBe('لم يُحفظ تغيير واحد.')
    expect(say('quit.unsaved', { count: 2 })).toBe('لم يُحفظ تغييران.')
    expect(say('quit.unsaved', { count: 4 })).toBe('لم تُحفظ 4 تغييرات.')
    expect(say('quit.unsaved', { count: 12 })).toBe('لم يُحفظ 12 تغييرًا.')
  })

  it('why a write failed, and why a chosen file could not be used, in Russian and Arabic', () => {
    speakIn('ru')
    expect(whyNotWritten(fsError('EROFS'), '/x/notes.json')).toBe(
      'Диск доступен только для чтения, поэтому записать /x/notes.json не удалось.'
    )
    expect(whyFileFailed(fsError('ENOENT'), 'writing')).toBe('такой папки нет')
    speakIn('ar')
    expect(whyNotWritten(fsError('ENOSPC'), '/x/notes.json')).toBe(
      'القرص ممتلئ: آخر تغيير أجريته محفوظ في الذاكرة وسيُحفظ حين تتوفر مساحة. لم يتضرر شيء على القرص.'
    )
    expect(whyFileFailed(fsError('EACCES'), 'reading')).toBe('لا يُسمح للتطبيق بقراءته')
  })

  it('the launch refusal is in the system’s language', () => {
    speakIn('ru')
    const refusal = launchRefusal({ argv: ['reader', '--inspect'], isPackaged: true })
    expect(refusal?.title).toBe('Программа не запустится')
    expect(refusal?.message).toContain('Программу запустили с параметрами --inspect')
  })

  it('a damaged preferences file is reported in the language spoken as the app opens', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-lang-'))
    writeFileSync(join(dir, 'preferences.json'), '{ cut short')
    speakIn('ar')
    const store = PreferencesStore.open(dir)
    expect(store.notices).toHaveLength(1)
    expect(store.notices[0]).toMatch(
      /^تعذّرت قراءة ملف تفضيلاتك، لذا بدأ التطبيق بالتفضيلات الافتراضية\. حُفظ الملف التالف باسم .+\.$/
    )
  })

  it('a note that can no longer be restored says so in Russian', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-lang-'))
    mkdirSync(join(dir, 'notes'), { recursive: true })
    const store = await AnnotationStore.open(dir)
    speakIn('ru')
    await expect(store.restore('never-deleted-0001')).rejects.toThrow(
      'Эту заметку уже не восстановить: восстановить можно только заметки, удалённые после запуска приложения.'
    )
    store.close()
  })
})

describe('main follows the language the reader chooses in Display', () => {
  async function open(systemLanguages: string[]) {
    const userData = mkdtempSync(join(tmpdir(), 'reader-lang-'))
    const library = openLibrary(writeGeneratedDir({ withContents: true }))
    const changes: DisplayLocale[] = []
    const handlers = createIpcHandlers({
      ...(await mainServices(library, userData)),
      systemLanguages,
      onLanguageChanged: (locale) => changes.push(locale)
    })
    return { handlers, changes }
  }

  it('starts in the system’s language, then speaks the reader’s choice, and says so', async () => {
    const { handlers, changes } = await open(['ru-RU', 'en'])
    expect(spokenLocale()).toBe('ru')
    await handlers.setReadingSettings({ ...DEFAULT_READING_SETTINGS, language: 'ar' })
    expect(spokenLocale()).toBe('ar')
    expect(changes).toEqual(['ru', 'ar'])
    await expect(handlers.restoreAnnotation('never-deleted-0001')).rejects.toThrow(
      'لم يعد ممكنًا استعادة هذه الملاحظة: لا يُستعاد إلا ما حُذف منذ بدء تشغيل التطبيق.'
    )
    // Another setting in the same language changes nothing; "follow the system" goes back.
    await handlers.setReadingSettings({ ...DEFAULT_READING_SETTINGS, language: 'ar', fontSize: 20 })
    expect(changes).toEqual(['ru', 'ar'])
    await handlers.setReadingSettings({ ...DEFAULT_READING_SETTINGS, language: 'system' })
    expect(changes).toEqual(['ru', 'ar', 'ru'])
  })

  it('the notes worker speaks it too: a file to import that is gone, in Russian', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'reader-lang-'))
    const gone = join(userData, 'gone.json')
    const library = openLibrary(writeGeneratedDir({ withContents: true }))
    const handlers = createIpcHandlers({
      ...(await mainServices(library, userData, { openPath: gone })),
      systemLanguages: ['ru']
    })
    expect(await handlers.importAnnotations()).toEqual({
      status: 'unreadable',
      message: `Не удалось открыть ${gone}: файла там больше нет. Ничего не импортировано.`
    })
  })

  it('a language the app has no catalog for falls back to English', async () => {
    speakIn('ru')
    const { changes } = await open(['de-DE'])
    expect(spokenLocale()).toBe('en')
    expect(changes).toEqual(['en'])
  })
})
