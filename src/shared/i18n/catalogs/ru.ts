import type { Catalog } from '../catalog-types'
import type { en } from './en'

/**
 * Russian. The app's terms are always the same word: see ru-glossary.md beside this file. Plurals
 * give the four Russian forms (one: 1, 21; few: 2–4; many: 5–20; other: fractions).
 */
const ru: Record<keyof typeof en, string> = {
  'app.opening': 'Открываем отчёт…',
  'app.reportNotOpened': 'Не удалось открыть этот отчёт: {reason}',
  'app.noReports': 'В этом приложении нет отчётов.',

  'common.done': 'Готово',
  'common.close': 'Закрыть',

  'display.title': 'Вид',
  'display.language': 'Язык',
  'display.language.system': 'Как в системе',
  'display.theme': 'Тема',
  'display.theme.system': 'Как в системе',
  'display.theme.light': 'Светлая',
  'display.theme.dark': 'Тёмная',
  'display.typeface': 'Шрифт',
  'display.typeface.literata': 'Literata (книжный с засечками)',
  'display.typeface.atkinson': 'Atkinson Hyperlegible (чёткий без засечек)',
  'display.typeface.system': 'Шрифт с засечками этого компьютера',
  'display.textSize': 'Размер текста',
  'display.smaller': 'Уменьшить текст',
  'display.smaller.short': 'А−',
  'display.larger': 'Увеличить текст',
  'display.larger.short': 'А+',
  'display.pixels': '{size, number} пкс',
  'display.lineSpacing': 'Межстрочный интервал',
  'display.spacing.compact': 'Плотный',
  'display.spacing.normal': 'Обычный',
  'display.spacing.relaxed': 'Свободный',
  'display.lineWidth': 'Ширина строки',
  'display.width.narrow': 'Узкая',
  'display.width.medium': 'Средняя',
  'display.width.wide': 'Широкая',
  'toolbar.hideSidebar': 'Скрыть содержание и заметки',
  'toolbar.showSidebar': 'Показать содержание и заметки',
  'toolbar.display': 'Вид',
  'toolbar.display.tooltip': 'Вид: язык, тема, шрифт, размер текста и интервалы',
  'toolbar.print': 'Печать / PDF…',
  'toolbar.about': 'О программе',
  'toolbar.withKeys': '{label} ({keys})',
  'about.version': 'Версия {version}',
  'about.contact': '<b>Контакты:</b> {contact}',
  'about.reports': 'Отчёты в этой редакции',
  'about.source': 'Источник:',
  'about.offline': 'Приложение работает без интернета: оно не отправляет запросов в сеть.',
  'error.contentMissing': 'В этой копии приложения нет отчёта',
  'error.contentCorrupt': 'Не удалось открыть отчёт',
  'error.file': 'Файл: <code>{path}</code>',
  'userData.title': 'Заметки и настройки не сохраняются',
  'userData.whatWorks':
    'Отчёты по-прежнему можно читать и искать в них, а сделанные раньше заметки видны. Выделения, заметки и настройки, которые вы измените сейчас, пропадут при закрытии приложения. То, что уже лежит в этой папке, не изменится.',
  'userData.fix':
    'Чтобы это исправить, попросите того, кто обслуживает этот компьютер, открыть вашей учётной записи доступ к этой папке, и запустите приложение снова.',
  'userData.continue': 'Читать без сохранения',
  'shortcuts.title': 'Сочетания клавиш',
  'shortcuts.keys': 'Клавиши',
  'shortcuts.action': 'Действие',
  'shortcuts.or': ' или ',
  'shortcuts.anywhere': 'Везде',
  'shortcuts.search': 'Перейти к полю поиска',
  'shortcuts.print': 'Напечатать отчёт или сохранить его в PDF',
  'shortcuts.help': 'Показать эти сочетания клавиш',
  'shortcuts.escape': 'Закрыть окно; очистить поиск и его отметки',
  'shortcuts.inSearch': 'В поле поиска',
  'shortcuts.chooseResult': 'Выбрать результат',
  'shortcuts.openResult': 'Открыть его: текст прокрутится к нему, все совпадения будут отмечены',
  'shortcuts.nextHit': 'После открытия: следующее / предыдущее совпадение',
  'shortcuts.highlightHit': 'Выделить текущее совпадение и написать заметку',
  'shortcuts.inText': 'В тексте',
  'shortcuts.nextHighlight': 'Перейти к следующему / предыдущему выделению',
  'shortcuts.openHighlight': 'Открыть выделение: цвет, заметка, метки, удаление',
  'keys.ctrl': 'Ctrl',
  'keys.esc': 'Esc',
  'keys.enter': 'Enter',
  'keys.shift': 'Shift',
  'keys.alt': 'Alt',
  'keys.tab': 'Tab',
  'messages.close': 'Закрыть сообщение',
  'messages.dismiss': 'Скрыть',
  'sidebar.width': 'Ширина боковой панели',
  'sidebar.tabs': 'Боковая панель',
  'toc.title': 'Содержание',
  'report.switch': 'Отчёт',
  'report.publisher': 'Издатель',
  'report.edition': 'Редакция',
  'report.source': 'Источник',
  'report.comparePrevious': 'Сравнить с предыдущей редакцией ({edition})',
  'changes.offer.label': 'Новая редакция этого отчёта',
  'changes.offer.text': 'С вашего последнего прочтения вышла новая редакция этого отчёта.',
  'changes.offer.show': 'Показать изменения',
  'changes.offer.notNow': 'Не сейчас',
  'changes.inText.label': 'Изменено в этой редакции: {title}',
  'changes.inText.movedFrom': '(из раздела «{section}»)',
  'changes.shown.label': 'Изменения показаны в тексте',
  'changes.shown.sinceLastRead':
    'Изменения с редакции, которую вы читали последней, показаны в тексте после каждого изменённого фрагмента.',
  'changes.shown.sinceEdition':
    'Изменения с редакции «{edition}» показаны в тексте после каждого изменённого фрагмента.',
  'changes.shown.back': 'Назад к «Что изменилось»',
  'changes.shown.stop': 'Больше не показывать изменения',
  'whatChanged.title.lastRead': 'Что изменилось в отчёте с вашего последнего прочтения',
  'whatChanged.title.previous': 'Что изменилось с предыдущей редакции',
  'whatChanged.corrected': 'С вашего последнего прочтения текст исправлен (редакция {to}).',
  'whatChanged.fromLastRead': 'От редакции, которую вы читали последней ({from}), до этой ({to}).',
  'whatChanged.fromPrevious': 'От редакции «{from}» до этой ({to}).',
  'whatChanged.steps': 'Переход по изменениям',
  'whatChanged.previousChange': 'Предыдущее изменение',
  'whatChanged.previous': 'Назад',
  'whatChanged.position': 'Изменение {current, number} из {count, number}',
  'whatChanged.nextChange': 'Следующее изменение',
  'whatChanged.next': 'Далее',
  'whatChanged.inSection': 'в разделе «{section}»',
  'whatChanged.movedFrom': 'Перенесено сюда из раздела «{section}».',
  'whatChanged.movedWithin': 'Перенесено внутри этого раздела.',
  'whatChanged.notesHere': 'Ваши заметки здесь',
  'whatChanged.noteQuote': '{color}: «{quote}»',
  'whatChanged.showWhereItWas': 'Показать, где было',
  'whatChanged.showInReport': 'Показать в отчёте',
  'change.none': 'Текст не изменился.',
  'change.summary':
    '{count, plural, one {# изменение} few {# изменения} many {# изменений} other {# изменения}}: {kinds}.',
  'change.count.inserted': 'добавлено: {count, number}',
  'change.count.deleted': 'удалено: {count, number}',
  'change.count.modified': 'переформулировано: {count, number}',
  'change.count.moved': 'перенесено: {count, number}',
  'change.note.moved': 'Ваше выделение переместилось сюда вместе с текстом.',
  'change.note.changed': 'Ваше выделение теперь покрывает переформулированный текст.',
  'change.note.unplaced':
    'Ваше выделение не удалось разместить в этой редакции; оно в списке «Не привязаны» на вкладке «Заметки».',
  'change.note.inPlace': 'Ваше выделение здесь, без изменений.',
  'change.title.inserted.sentence': 'Добавленный текст',
  'change.title.inserted.paragraph': 'Добавленный абзац',
  'change.title.inserted.section': 'Добавленный раздел',
  'change.title.inserted.heading': 'Добавленный заголовок',
  'change.title.deleted.sentence': 'Удалённый текст',
  'change.title.deleted.paragraph': 'Удалённый абзац',
  'change.title.deleted.section': 'Удалённый раздел',
  'change.title.deleted.heading': 'Удалённый заголовок',
  'change.title.modified.sentence': 'Переформулированный текст',
  'change.title.modified.paragraph': 'Переформулированный абзац',
  'change.title.modified.section': 'Переформулированный раздел',
  'change.title.modified.heading': 'Переформулированный заголовок',
  'change.title.moved.sentence': 'Перенесённый текст',
  'change.title.moved.paragraph': 'Перенесённый абзац',
  'change.title.moved.section': 'Перенесённый раздел',
  'change.title.moved.heading': 'Перенесённый заголовок',
  'color.yellow': 'Важно',
  'color.green': 'Факт',
  'color.blue': 'Вопрос',
  'color.pink': 'Проверить',
  'search.label': 'Поиск по отчётам',
  'search.placeholder': 'Поиск (Ctrl+K)',
  'search.in': 'Где искать',
  'search.allReports': 'Все отчёты',
  'hits.label': 'Совпадения в тексте',
  'hits.none': 'Здесь совпадений нет',
  'hits.position':
    '{current, number} из {count, plural, one {# совпадения} few {# совпадений} many {# совпадений} other {# совпадения}}',
  'hits.previous': 'Предыдущее совпадение',
  'hits.next': 'Следующее совпадение',
  'hits.highlight': 'Выделить это совпадение…',
  'hits.clear': 'Очистить поиск',
  'search.results': 'Результаты',
  'search.failed': 'Поиск не удался: {reason}',
  'search.count':
    '{total, plural, one {# подходящий абзац} few {# подходящих абзаца} many {# подходящих абзацев} other {# подходящего абзаца}}',
  'search.countShowingBest':
    '{total, plural, one {# подходящий абзац} few {# подходящих абзаца} many {# подходящих абзацев} other {# подходящего абзаца}}, показаны лучшие: {shown, number}',
  'search.corrected': 'Показаны результаты для <b>{word}</b>',
  'search.resultPlace': '{report}, {section}:',
  'search.resultPlace.heading': '{report}, {section} (совпадает заголовок):',
  'search.inNotes': 'В ваших заметках ({count, number})',
  'save.failed': 'Не удалось сохранить заметки.',
  'save.unsaved':
    '{count, plural, one {# изменение ещё не сохранено.} few {# изменения ещё не сохранены.} many {# изменений ещё не сохранено.} other {# изменения ещё не сохранено.}}',
  'save.retry': 'Повторить',
  'undo.button': 'Отменить',
  'selection.toolbar': 'Выделить или скопировать выбранный текст',
  'selection.addNote': 'Заметка…',
  'colors.label': 'Значения цветов',
  'colors.meaning.yellow': 'Значение жёлтого выделения',
  'colors.meaning.green': 'Значение зелёного выделения',
  'colors.meaning.blue': 'Значение синего выделения',
  'colors.meaning.pink': 'Значение розового выделения',
  'colors.save': 'Сохранить названия цветов',
  'citation.asText': 'Копировать со ссылкой как обычный текст',
  'citation.text': 'Текст',
  'citation.asMarkdown': 'Копировать со ссылкой в формате Markdown',
  'citation.markdown': 'Markdown',
  'citation.copy': 'Копировать со ссылкой',
  'citation.copyColon': 'Копировать со ссылкой:',
  'citation.copyMenu': 'Копировать со ссылкой…',
  'transfer.label': 'Экспорт и импорт',
  'transfer.export': 'Экспортировать',
  'transfer.all':
    '{count, plural, one {всю # заметку} few {все # заметки} many {все # заметок} other {все # заметки}}',
  'transfer.shownCount':
    '{count, plural, one {# показанную заметку} few {# показанные заметки} many {# показанных заметок} other {# показанной заметки}}',
  'transfer.shown': 'показанные заметки',
  'transfer.exportMarkdown': 'Экспорт в Markdown…',
  'transfer.exportJson': 'Экспорт в JSON…',
  'transfer.importJson': 'Импорт из JSON…',
  'compare.looking': 'Ищем отчёты с этим разделом…',
  'compare.noOther': 'Ни в одном другом отчёте нет раздела «{section}». Выберите другой раздел.',
  'compare.chooseMore': 'Выберите хотя бы ещё один отчёт, чтобы читать их рядом.',
  'compare.full':
    'Рядом открыто отчётов: {count, number} — больше не поместится. Уберите один, чтобы добавить другой.',
  'compare.back': 'Назад к отчёту',
  'compare.title': 'Один раздел в разных отчётах',
  'compare.section': 'Раздел',
  'compare.reports': 'Отчёты рядом (от двух до четырёх)',
  'compare.column': 'Столбец {index, number} из {count, number}',
  'compare.edition': 'Редакция {edition}',
  'compare.noMatch': 'В этом разделе нет совпадений для «{query}»',
  'compare.matches':
    '{count, plural, one {# совпадение} few {# совпадения} many {# совпадений} other {# совпадения}} для «{query}»',
  'compare.read.label': 'Читать {report} с этого раздела',
  'compare.read': 'Читать в отчёте',
  'compare.remove.label': 'Убрать {report} из сравнения',
  'compare.remove': 'Убрать',
  'compare.opening': 'Открываем «{section}»…',
  'glossary.title': 'Глоссарий',
  'glossary.empty': 'В этом отчёте нет расшифрованных сокращений.',
  'glossary.firstUse': 'Впервые встречается: {section}',
  'print.title': 'Печать или экспорт в PDF',
  'print.what':
    'Отчёт печатается отдельно: заголовок, источник и текст, без боковой панели и панели инструментов.',
  'print.withNotes': 'Включить мои выделения и заметки',
  'common.cancel': 'Отмена',
  'print.exportPdf': 'Экспорт в PDF…',
  'print.print': 'Печать…',
  'highlight.description': 'Выделение: {label}',
  'highlight.description.withNote': 'Выделение: {label}. Заметка: {note}',
  'highlight.description.changed':
    'Выделение: {label}. В этой редакции текст изменился; было: «{before}»',
  'highlight.description.changedWithNote':
    'Выделение: {label}. В этой редакции текст изменился; было: «{before}». Заметка: {note}',
  'highlight.pile.samePassage':
    '{count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}} к этому фрагменту ({colours}). Нажмите Enter, чтобы выбрать.',
  'highlight.pile.overlapping':
    '{count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}} к фрагментам, которые здесь пересекаются ({colours}). Нажмите Enter, чтобы выбрать.',
  'print.noteOn': 'Заметка ({label}) к «{quote}»',
  'sectionNote.add.label': 'Добавить заметку к разделу {section}',
  'sectionNote.add': '+ Заметка',
  'sectionNote.label': 'Заметка к разделу',
  'blocks.code': 'Код в разделе «{section}»',
  'blocks.table': 'Таблица {number} в разделе «{section}»',
  'blocks.footnoteBack.label': 'Назад к тексту сноски {label}',
  'blocks.footnoteBack': 'Назад к тексту',
  'blocks.footnote': 'Сноска {label}',
  'undo.done.created': 'Отменено: новое выделение.',
  'undo.done.colour': 'Отменено: смена цвета.',
  'undo.done.note': 'Отменено: правка заметки.',
  'undo.done.deleted': 'Отменено: удаление.',
  'undo.highlightDeleted': 'Выделение удалено.',
  'undo.noteDeleted': 'Заметка удалена.',
  'undo.nothing': 'Нечего отменять.',
  'reattach.selectFirst': 'Сначала выделите фрагмент в отчёте, затем привяжите к нему заметку.',
  'reattach.otherReport': 'Откройте отчёт, к которому относится заметка, и выделите фрагмент там.',
  'sectionNote.section': 'Раздел',
  'citation.copied.text': 'Скопировано со ссылкой как обычный текст: {what}.',
  'citation.copied.markdown': 'Скопировано со ссылкой в формате Markdown: {what}.',
  'citation.notCopied':
    'Не удалось скопировать: {what}. Приложению не разрешено пользоваться буфером обмена. Ничего не скопировано; выделите текст и нажмите Ctrl+C, чтобы скопировать его без ссылки.',
  'changes.cannotShow': 'Не удаётся показать изменения в этом отчёте: {reason}',
  'changes.cannotCompare': 'Не удаётся сравнить с предыдущей редакцией: {reason}',
  'compare.cannotList': 'Не удалось найти отчёты с этим разделом: {reason}',
  'compare.cannotShowColumn': 'Не удалось показать столбец: {reason}',
  'print.saved': 'PDF сохранён: {path}',
  'undo.done.newNote': 'Отменено: новая заметка.',
  'undo.done.privacy': 'Отменено: изменение того, кто видит заметку.',
  'notes.textChanged': 'В этой редакции текст изменился:',
  'notes.title': 'Заметки и выделения',
  'notes.find': 'Найти',
  'notes.find.placeholder': 'Слова в заметках, цитатах или метках',
  'notes.colour': 'Цвет',
  'notes.allColours': 'Все цвета',
  'notes.tag': 'Метка',
  'notes.allTags': 'Все метки',
  'notes.inReport': 'В отчёте',
  'notes.sort': 'Порядок',
  'notes.sort.position': 'Как в тексте',
  'notes.sort.newest': 'Сначала новые',
  'notes.sort.oldest': 'Сначала старые',
  'notes.count':
    '{shown, number} из {count, plural, one {# заметки} few {# заметок} many {# заметок} other {# заметки}}',
  'notes.empty': 'Выделите текст в отчёте, чтобы отметить его или добавить заметку.',
  'notes.goTo': 'Перейти',
  'notes.edit': 'Изменить',
  'common.delete': 'Удалить',
  'notes.unanchored': 'Не привязаны ({count, number})',
  'notes.unanchored.help':
    'Эти заметки не удалось разместить в отчётах в их нынешнем виде; у каждой указана причина. Выделите фрагмент, к которому относится заметка, и привяжите её заново или удалите.',
  'notes.reattach': 'Привязать к выделенному',
  'notes.renameColours': 'Переименовать цвета',
  'notes.formerSection': 'Была в разделе «{section}».',
  'notes.showLess': 'Свернуть',
  'notes.showMore': 'Показать всё',
  'notes.tags': 'Метки',
  'notes.private': 'Личная',
  'notes.created': 'Создана {created, date, medium} {created, time, short}',
  'notes.createdEdited':
    'Создана {created, date, medium} {created, time, short}, изменена {edited, date, medium} {edited, time, short}',
  'dialog.sectionNote': 'Заметка к этому разделу',
  'dialog.highlight': 'Выделение',
  'dialog.newHighlight': 'Новое выделение',
  'dialog.note': 'Заметка',
  'dialog.characters': '{count, number} / {max, number} знаков',
  'dialog.tags': 'Метки (через запятую)',
  'dialog.yourTags': 'Ваши метки',
  'dialog.tooManyTags': 'У заметки может быть не больше {max, number} меток.',
  'dialog.longTag': 'Метка «{tag}…» длиннее {max, number} знаков.',
  'dialog.discard.question': 'Отменить изменения в этой заметке?',
  'dialog.keepEditing': 'Продолжить правку',
  'dialog.discard': 'Не сохранять',
  'common.save': 'Сохранить',
  'tabs.contents': 'Содержание',
  'tabs.notes': 'Заметки ({count, number})',
  'tabs.glossary': 'Глоссарий',
  'tabs.results': 'Результаты',
  'sidebar.label': 'Содержание, заметки, заметки команды, глоссарий и результаты поиска',
  'compare.open': 'Сравнить этот раздел в разных отчётах',
  'reader.text': 'Текст отчёта',
  'reader.progress': 'Прочитано',
  'reader.progress.value': '{percent, number, percent} отчёта',
  'search.resultsList': 'Результаты поиска',
  'sectionNotes.all':
    '{count, plural, one {# заметка} few {Все # заметки} many {Все # заметок} other {Все # заметки}} к этому разделу',
  'pile.title.samePassage':
    '{count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}} к этому фрагменту',
  'pile.title.overlapping':
    '{count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}} к пересекающимся здесь фрагментам',
  'pile.title.section':
    '{count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}} к этому разделу',
  'pile.find': 'Найти в этих заметках',
  'pile.count':
    '{shown, number} из {count, plural, one {# заметки} few {# заметок} many {# заметок} other {# заметки}}. Выберите заметку, чтобы открыть её.',
  'pile.list': 'Заметки здесь',
  'pile.note.meta': '{label} · {created, date, medium} {created, time, short}',
  'pile.note.none': 'Без заметки, только выделение',

  // Заметки команды
  'tabs.team': 'Команда',
  'search.inTeamNotes': 'В заметках команды ({count, number})',
  'dialog.private': 'Личная: хранить эту заметку только на этом ноутбуке',
  'dialog.private.on': 'Она никогда не записывается в папку команды, поэтому коллеги её не видят.',
  'dialog.private.onWasShared':
    'Она никогда не записывается в папку команды, поэтому коллеги её не видят. Если она уже была общей, при сохранении она будет удалена из вашего файла команды.',
  'dialog.private.off':
    'Когда вы делитесь заметками, она записывается в папку команды, и коллеги её видят.',
  'team.reading': 'Чтение заметок команды…',
  'team.title': 'Заметки команды',
  'team.empty': 'В папке команды пока нет заметок коллег.',
  'team.sharing': 'Вы делитесь заметками как {name} в папке {folder}.',
  'team.sharing.unreachable':
    'Вы делитесь заметками как {name} в папке {folder} (сейчас она недоступна).',
  'team.stopSharing': 'Перестать делиться',
  'team.invite':
    'Делитесь выделениями и заметками с командой через папку, которую вы уже синхронизируете: сетевой диск, OneDrive или SharePoint, Syncthing, USB-накопитель.',
  'team.whatLeaves':
    '<b>Что покидает этот ноутбук:</b> ваши выделения и заметки (выделенные слова, текст заметки, метки, цвет и время) с именем, которое вы укажете ниже; они записываются файлами в эту папку. Личные заметки никуда не уходят. Приложение больше ничего никуда не отправляет; папку переносит ваша программа синхронизации.',
  'team.name': 'Ваше имя для команды',
  'team.noFolder': 'Папка не выбрана.',
  'team.chooseFolder': 'Выбрать папку…',
  'team.share': 'Делиться моими заметками',
  'team.filter.label': 'Какие заметки команды показать',
  'team.filter.person': 'Человек',
  'team.filter.everyone': 'Все',
  'team.filter.personOption': '{name} ({count, number})',
  'team.filter.report': 'Отчёт',
  'team.filter.allReports': 'Все отчёты',
  'team.filter.newOnly': 'Новые с моего последнего просмотра',
  'team.markSeen': 'Отметить все как просмотренные',
  'team.count':
    '{count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}}',
  'team.copied': 'Заметка коллеги {name} скопирована в ваши заметки.',
  'team.more': 'Показать ещё (не показано: {count, number})',
  'team.note.new': 'новая',
  'team.note.notPlaced': 'Не размещена в этой редакции: {reason}',
  'team.note.cannotCopy':
    'Заметка остаётся в этом списке. Скопировать её в ваши заметки можно будет, когда автор привяжет её к этой редакции.',
  'team.goTo': 'Перейти',
  'team.copy': 'Копировать в мои заметки',
  'team.mark.course': 'Заметки курса',
  'team.mark.person': 'Выделение: {name}',
  'team.mark.withNote': '{who}. Заметка: {note}',

  // Main's words: the native menus and dialogs (src/main)
  'menu.file': 'Файл',
  'menu.print': 'Печать…',
  'menu.exportPdf': 'Экспорт в PDF…',
  'menu.closeWindow': 'Закрыть окно',
  'menu.quit': 'Выход',
  'menu.edit': 'Правка',
  'menu.undo': 'Отменить',
  'menu.redo': 'Повторить',
  'menu.cut': 'Вырезать',
  'menu.copy': 'Копировать',
  'menu.paste': 'Вставить',
  'menu.selectAll': 'Выбрать всё',
  'menu.view': 'Вид',
  'menu.zoomIn': 'Увеличить',
  'menu.zoomOut': 'Уменьшить',
  'menu.resetZoom': 'Исходный размер',
  'menu.fullScreen': 'Во весь экран',
  'menu.theme': 'Тема',
  'menu.theme.system': 'Как в системе',
  'menu.theme.light': 'Светлая',
  'menu.theme.dark': 'Тёмная',
  'menu.window': 'Окно',
  'menu.help': 'Справка',
  'menu.shortcuts': 'Сочетания клавиш',
  'menu.about': 'О программе «{appName}»',
  'menu.hide': 'Скрыть «{appName}»',
  'menu.hideOthers': 'Скрыть остальные',
  'menu.showAll': 'Показать все',
  'fileDialog.exportNotes': 'Экспорт заметок',
  'fileDialog.exportPdf': 'Экспорт отчёта в PDF',
  'fileDialog.importNotes': 'Импорт заметок',
  'fileDialog.teamFolder': 'Выберите папку команды',
  'fileDialog.markdown': 'Markdown',
  'fileDialog.json': 'JSON (Web Annotation)',
  'fileDialog.pdf': 'PDF',
  'quit.unsaved':
    '{count, plural, one {# изменение не сохранено} few {# изменения не сохранены} many {# изменений не сохранено} other {# изменения не сохранено}}.',
  'quit.preferencesNotWritten': 'Не удалось записать ваши настройки.',
  'quit.detail':
    '{reason} Освободите место (или исправьте папку) и нажмите «Повторить»; если выйти сейчас, {count, plural, one {оно пропадёт} few {они пропадут} many {они пропадут} other {они пропадут}}.',
  'quit.tryAgain': 'Повторить',
  'quit.loseThem': 'Выйти без них',
  'launch.refused.title': 'Программа не запустится',
  'launch.refused.message':
    'Программу запустили с параметрами {switches}: с ними другие программы на этом компьютере могли бы читать её данные и управлять ею. Она ничего не открыла, ваши заметки не изменились.\n\nЗапустите программу с её ярлыка или из меню, без дополнительных параметров.',
  'window.loadFailed.title': 'Программа не смогла открыться',
  'window.loadFailed.message':
    'Не удалось загрузить окно приложения ({description}, код {code}) из {url}.\n\nПереустановите приложение или, если вы работаете с исходным кодом, выполните `npm run build`.',

  // Main's words: saving the reader's notes and settings, and why a file could not be used
  'save.retrySentence':
    'Приложение само повторяет попытку (не реже раза в минуту) и при каждом вашем изменении.',
  'save.diskFull':
    'Диск заполнен: последнее изменение хранится в памяти и будет сохранено, когда появится место. На диске ничего не повреждено.',
  'save.readOnlyDisk': 'Диск доступен только для чтения, поэтому записать {path} не удалось.',
  'save.notAllowed':
    'Приложению не разрешили записать {path}: возможно, файл занят другой программой (например, антивирусом) или изменились права доступа к папке.',
  'save.folderInPlace': 'Не удалось записать {path}: на его месте находится что-то другое (папка).',
  'save.otherError': 'Не удалось записать {path} ({error}).',
  'save.keptInMemory': 'Ваши изменения хранятся в памяти, пока приложение открыто.',
  'save.keptForSession': 'До закрытия приложения она сохраняется в памяти.',
  'save.preferenceNotSaved':
    'Не удалось сохранить {what, select, report {выбор отчёта} reading {настройки чтения} layout {расположение боковой панели} other {место, где вы остановились}}.',
  'save.refusedLink':
    '{path} — это ссылка на {target}. Приложение не записывает {what, select, notes {ваши заметки} other {ваши настройки}} через ссылки, поэтому тот файл не изменён.',
  'save.refusedReadOnly':
    'Файл {path} доступен только для чтения. Приложение не заменяет защищённые вами файлы, поэтому {what, select, notes {ваши заметки} other {ваши настройки}} в него не сохранены. Чтобы сохранить их, снимите с файла защиту от записи (или переместите его).',
  'store.unwritableFolder':
    'Приложение хранит ваши заметки и настройки в папке {dir}, но не может ничего в неё сохранить ({reason}).',
  'store.unusableFolder': 'Приложение не может использовать свою папку {dir} ({reason}).',
  'store.preferencesDamaged':
    'Не удалось прочитать файл настроек, поэтому приложение запустилось с настройками по умолчанию. Повреждённый файл сохранён как {path}.',
  'store.wasLink':
    '{what, select, notes {Файл ваших заметок} other {Файл ваших настроек}} был ссылкой на {target}. Приложение не использует ссылки для своих файлов, поэтому не тронуло тот файл, сохранило ссылку как {path} и запустилось {what, select, notes {без заметок} other {с настройками по умолчанию}}.',
  'store.notAFile':
    'На месте {what, select, notes {файла ваших заметок} other {файла ваших настроек}} оказался не файл; он сохранён как {path}, а приложение запустилось {what, select, notes {без заметок} other {с настройками по умолчанию}}.',
  'fileProblem.notJson': 'это не корректный JSON: возможно, файл обрезан или изменён вручную',
  'fileProblem.missing': 'папки или файла не существует',
  'fileProblem.fileForFolder': 'на месте папки находится файл',
  'fileProblem.folderForFile': 'на месте файла находится папка',
  'fileProblem.notAllowed':
    'приложению не разрешено его использовать: он доступен только для чтения или права доступа не пускают приложение',
  'fileProblem.busy': 'его использует другая программа',
  'fileProblem.readOnlyDisk': 'диск доступен только для чтения',
  'fileProblem.diskFull': 'диск заполнен',
  'fileProblem.noFolder': 'такой папки нет',
  'fileProblem.gone': 'файла там больше нет',
  'fileProblem.pathThroughFile': 'часть этого пути — файл, а не папка',
  'fileProblem.isFolder': 'это папка, а не файл',
  'fileProblem.mayNotWrite': 'приложению не разрешено туда записывать',
  'fileProblem.mayNotRead': 'приложению не разрешено его читать',
  'fileProblem.nameTooLong': 'слишком длинное имя',
  'fileProblem.couldNotWrite': 'система не дала приложению его записать',
  'fileProblem.couldNotRead': 'система не дала приложению его прочитать',
  'notes.noteNotSaved': 'Заметка не сохранена.',
  'notes.changeNotSaved': 'Изменение не сохранено.',
  'notes.noteNotRestored': 'Заметка не восстановлена.',
  'notes.importTooBig':
    'Ничего не импортировано: сначала удалите часть заметок или импортируйте файл поменьше.',
  'notes.tooLarge':
    'Ваши заметки заняли бы больше {mb, number} МБ — это предел, который хранит приложение. {outcome} Удалите часть заметок или сократите длинные, чтобы освободить место.',
  'notes.tooMany':
    'Достигнут предел: {limit, number} заметок и выделений. Удалите часть, прежде чем добавлять новые.',
  'notes.importOverLimit':
    'После этого импорта заметок стало бы {total, number} — больше предела в {limit, number}. Ничего не импортировано: сначала удалите часть заметок или импортируйте файл поменьше.',
  'notes.gone': 'Этой заметки больше нет. Возможно, её удалили.',
  'notes.cannotRestore':
    'Эту заметку уже не восстановить: восстановить можно только заметки, удалённые после запуска приложения.',
  'notes.unreadable':
    'Не все ваши заметки удалось прочитать ({reason}). В этом сеансе в папку {folder} ничего не записывается, так что там ничего не изменится: перезапустите приложение, чтобы попробовать снова.',
  'notes.exportFailed':
    'Не удалось сохранить заметки в {path}: {reason}. Ничего не записано; выберите другую папку.',
  'print.pdfNotMade': 'Не удалось создать PDF: {reason}',
  'print.pdfNotWritten':
    'Не удалось записать PDF в {path}: {reason}. Ничего не записано; выберите другую папку.',
  'print.failed': 'Не удалось напечатать отчёт: {reason}',

  // What the notes panel says after an export or an import (transfer-messages.ts)
  'transfer.exported':
    'Экспортировано в {path}: {count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}}.',
  'transfer.exportCancelled': 'Экспорт отменён. Ничего не записано.',
  'transfer.nothingChosen':
    'Экспортировать нечего: у вас нет заметок {chosen}. Ничего не записано; выберите для экспорта другие заметки.',
  'transfer.nothingYet':
    'Экспортировать нечего: у вас пока нет ни выделений, ни заметок. Ничего не записано.',
  'transfer.importCancelled': 'Импорт отменён. Ничего не импортировано.',
  'transfer.imported':
    'Импортировано: {count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}}.',
  'transfer.nothingNew': 'Ничего нового не импортировано.',
  'transfer.skipped':
    '{count, plural, one {# заметка уже была здесь, поэтому пропущена} few {# заметки уже были здесь, поэтому пропущены} many {# заметок уже были здесь, поэтому пропущены} other {# заметки уже были здесь, поэтому пропущены}}.',
  'transfer.invalid':
    'Не удалось импортировать {count, plural, one {# заметку} few {# заметки} many {# заметок} other {# заметки}}:',
  'transfer.invalidListed':
    'Не удалось импортировать {count, plural, one {# заметку} few {# заметки} many {# заметок} other {# заметки}} (ниже первые {listed, number}):',
  'transfer.reading': 'Чтение заметок: {done, number} из {total, number}',
  'transfer.importing': 'Импорт заметок: {done, number} из {total, number}',
  'filterWords.report': 'в отчёте «{title}»',
  'filterWords.color': 'цвета «{color}»',
  'filterWords.tag': 'с меткой «{tag}»',
  'filterWords.text': 'со словами «{text}»',

  // Main's words: editions, reports, highlights and team notes
  'editions.unchanged': 'Отчёт и ваши заметки остались прежними.',
  'editions.tooMuchText':
    'В двух редакциях вместе {size} текста — больше {limit}, которые приложение сравнивает, поэтому оно их не сравнило. {unchanged}',
  'editions.tooSlow':
    'Сравнение двух редакций заняло больше {seconds, plural, one {# секунды} few {# секунд} many {# секунд} other {# секунды}}, поэтому приложение его остановило. {unchanged}',
  'editions.tooMuchMemory':
    'Для сравнения двух редакций понадобилось больше памяти, чем выделяет приложение ({mb, number} МБ), поэтому оно его остановило. {unchanged}',
  'editions.notCompared': 'Не удалось сравнить две редакции ({reason}). {unchanged}',
  'editions.stopped': 'Сравнение прервалось, не закончившись (код выхода {code}). {unchanged}',
  'editions.sinceLastReadUnavailable':
    'Невозможно показать, что изменилось с тех пор, как вы последний раз читали этот отчёт: {reason}',
  'editions.noEarlier': 'В этом приложении нет более ранней редакции этого отчёта для сравнения.',
  'editions.previousDamaged':
    'Не удаётся прочитать прежние редакции, поставляемые с приложением ({path}), поэтому сравнить с ними отчёты нельзя. С самими отчётами всё в порядке; переустановка приложения вернёт этот файл.',
  'editions.keptUnusable':
    'Копия редакции, которую вы читали последней ({path}), {why, select, notAFile {записана не приложением} tooLarge {занимает {size} — гораздо больше, чем может быть прежняя редакция этого отчёта, поэтому её не читали} damaged {повреждена} other {не читается ({reason})}}, поэтому приложение не может показать, что изменилось с тех пор. Вместо неё оно сохраняет эту редакцию.',
  'editions.keepLink': '{file} — ссылка на {target}, а приложение не записывает через ссылки',
  'editions.keepNotAFile': 'на месте {file} находится не файл',
  'editions.keepReadOnly': '{file} доступен только для чтения',
  'editions.notKept':
    'Приложению не удалось сохранить копию этой редакции отчёта в {dir} ({reason}), поэтому, когда придёт новая редакция, оно не сможет показать, что изменилось с сегодняшнего дня. Ваши заметки и отчёт не затронуты.',
  'report.notFound': 'В этом приложении нет отчёта «{id}».',
  'report.noSection': 'В этой редакции отчёта «{title}» нет раздела «{section}».',
  'report.contentUnavailable': 'Не удалось открыть содержимое отчёта.',
  'search.unavailable': 'Поиск недоступен: {reason}',
  'search.unavailableNoContent': 'Поиск недоступен: не удалось открыть содержимое отчёта.',
  'search.gettingReady': 'Поиск готовится…',
  'highlight.noSection': 'Этого раздела нет в отчёте.',
  'highlight.otherEdition': 'Выделение сделано в другой редакции отчёта. Выберите фрагмент заново.',
  'highlight.outside': 'Выделение находится за пределами текста отчёта. Выберите фрагмент заново.',
  'highlight.mismatch': 'Выделение не совпадает с текстом отчёта. Выберите фрагмент заново.',
  'team.unavailable': 'Заметки команды недоступны в этом окне.',
  'team.folderFirst':
    'Сначала выберите папку команды: чтобы делиться заметками, нужна папка, куда их записывать.',
  'team.folderUnusable':
    'Папку команды {folder} использовать нельзя: {reason}. Ничего не изменено.',
  'team.privateNotSaved':
    'Личная заметка не сохранена: приложение не смогло отметить её как личную, потому что {reason}. В папку команды ничего не записано, а ваш текст остался в окне.',
  'team.noteGone': 'Этой заметки больше нет в папке команды: возможно, автор её удалил.',
  'team.noteUnplaced':
    'Эту заметку не удалось привязать к этой редакции отчёта, поэтому скопировать её в ваши заметки нельзя.',
  'team.writeFailed':
    'Не удалось записать ваши заметки в папку команды: {reason}. На этом компьютере они в сохранности и будут записаны туда, когда папка снова станет доступна.',
  'team.folderUnreachable':
    'Папка команды {folder} сейчас недоступна ({reason}). Прочитанные раньше заметки коллег по-прежнему показаны; ваши заметки остаются на этом компьютере и будут записаны туда, когда папка вернётся.',
  'team.layerUnreadable':
    '{named, select, yes {Заметки пользователя {person}} other {Заметки коллеги (файл {file})}} к отчёту «{report}» не удалось прочитать: {reason}. {halfWritten, select, yes {Приложение само попробует снова: возможно, синхронизация ещё не закончилась.} other {Приложение прочитает их снова, когда они изменятся.}}',
  'team.notesLeftOut':
    '{count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}} пользователя {person} к отчёту «{report}» не {count, plural, one {показана (повреждена или создана} few {показаны (повреждены или созданы} many {показаны (повреждены или созданы} other {показаны (повреждены или созданы}} другой версией приложения); {shown, plural, =0 {других заметок нет} one {остальные показаны: #} few {остальные показаны: #} many {остальные показаны: #} other {остальные показаны: #}}. Приложение прочитает файл снова, когда он изменится.',
  'team.settingsDamaged':
    'Не удалось прочитать настройки команды в {path}, поэтому обмен заметками выключен. Чтобы делиться заметками, снова выберите папку команды.',
  'team.choiceKept': 'Выбор команды действует до закрытия приложения.',
  'team.courseNotes': 'Заметки курса ({trainer})',

  // The part of main's team notes that reads colleagues' files (the team worker)
  'team.readerRestarted':
    'Часть приложения, которая читает заметки команды, неожиданно остановилась и была запущена заново. Ваши собственные заметки не пострадали; заметки коллег заново читаются из папки команды.',
  'team.readerStopped':
    'Часть приложения, которая читает заметки команды, снова остановилась, поэтому заметки коллег пока не показываются. Ваши собственные заметки в сохранности, и вы по-прежнему делитесь ими. Перезапустите приложение, чтобы снова увидеть заметки команды.',
  'team.readerBusy':
    'Заметки команды сейчас читаются заново, поэтому эту заметку не удалось скопировать. Попробуйте ещё раз через минуту.',

  // Main's words: a file chosen to import
  'import.tooLarge': '{path} слишком велик для файла заметок.',
  'import.notOpened': 'Не удалось открыть {path}: {reason}.',
  'import.notRead': 'Не удалось прочитать {path}: {reason}',
  'import.nothingImported': 'Ничего не импортировано.',

  // Why an imported notes file, or one item of it, is refused (web-annotation.ts)
  'refusal.unreadable':
    'Файл не удалось прочитать как заметки: это не файл заметок, экспортированный этим приложением или другой программой для Web Annotation.',
  'refusal.tooDeep':
    'Это не файл заметок: его содержимое вложено гораздо глубже, чем бывает у заметок.',
  'refusal.notJson':
    'Это не файл заметок: в нём нет правильного JSON (возможно, файл повреждён или обрезан).',
  'refusal.markdownExport':
    'Это экспорт заметок в Markdown: он предназначен для чтения, а не для импорта. Чтобы перенести заметки в приложение, импортируйте экспорт в JSON: выберите «Экспорт в JSON…» на вкладке «Заметки», а затем «Импорт из JSON…» с этим файлом.',
  'refusal.empty': 'В файле нет заметок.',
  'refusal.notAnnotations':
    'В файле нет заметок в формате Web Annotation (AnnotationCollection, AnnotationPage, Annotation или их списка).',
  'refusal.tooMany':
    'В файле больше {max, plural, one {# заметки} few {# заметок} many {# заметок} other {# заметки}}, а за один раз можно импортировать не больше {max, plural, one {# заметки} few {# заметок} many {# заметок} other {# заметки}}.',
  'refusal.outsidePages': 'Коллекция ссылается на заметки за пределами файла; прочитать их нельзя.',
  'refusal.pageWithoutItems':
    'В коллекции есть страница заметок (AnnotationPage) без списка элементов.',
  'refusal.item': 'Запись {number, number}: {reason}',
  'refusal.notObject': 'это не заметка, а {kind}.',
  'refusal.wrongType': 'это не заметка: её тип — {type}, а не «Annotation».',
  'refusal.noId': 'у неё нет идентификатора (id).',
  'refusal.targets': 'она должна указывать ровно на одно место в отчёте (одна цель, target).',
  'refusal.notOnReport':
    'она относится не к отчёту этого приложения (источник её цели не начинается с {prefix}).',
  'refusal.noEdition':
    'в ней не указано, в какой редакции отчёта она сделана (у её цели нет состояния {prefix}…).',
  'refusal.noSelector': 'в ней не указано, где в отчёте она находится (у её цели нет селектора).',
  'refusal.missingSelectors': 'в ней не указано, {missing}.',
  'refusal.missing.fragment': 'в каком абзаце она находится (нет FragmentSelector)',
  'refusal.missing.quote': 'какой текст она выделяет (нет TextQuoteSelector)',
  'refusal.missing.position': 'где в абзаце она находится (нет TextPositionSelector)',
  'refusal.bodyNoText': 'в одном из её тел (body) нет текста.',
  'refusal.oneIssue': '{issue}.',
  'refusal.twoIssues': '{first}; {second}.',
  'refusal.value.quoted': '«{text}»',
  'refusal.value.kind':
    '{kind, select, nothing {пусто} null {пустое значение (null)} list {список} object {объект} text {текст} number {число} boolean {значение «да» или «нет»} other {что-то другое}}',
  'refusal.issue.color': 'её цвет {value} не входит в цвета приложения ({colors})',
  'refusal.issue.noteTooLong':
    'текст её заметки длиннее {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}',
  'refusal.issue.noteNotText': 'текст её заметки — не текст',
  'refusal.issue.tooManyTags':
    'у неё больше {max, plural, one {# метки} few {# меток} many {# меток} other {# метки}}',
  'refusal.issue.tagsNotList': 'её метки — не список слов',
  'refusal.issue.tagEmpty': 'одна из её меток пуста',
  'refusal.issue.tagTooLong':
    'её метка {value} длиннее {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}',
  'refusal.issue.tagNotText': 'одна из её меток — не текст',
  'refusal.issue.noCreated': 'у неё нет времени создания',
  'refusal.issue.noModified': 'у неё нет времени изменения',
  'refusal.issue.createdNotTime':
    'её время создания {value} — не дата и время (нужно, например, 2026-01-02T09:30:00Z)',
  'refusal.issue.modifiedNotTime':
    'её время изменения {value} — не дата и время (нужно, например, 2026-01-02T09:30:00Z)',
  'refusal.issue.id':
    'её идентификатор {value} приложению не подходит (нужно от 8 до 64 латинских букв, цифр, знаков - или _)',
  'refusal.issue.reportId':
    'имя её отчёта {value} приложению не подходит (нужны строчные латинские буквы, цифры и дефисы)',
  'refusal.issue.editionHash':
    'редакция, в которой она сделана, указана не в том виде, в каком её записывает это приложение',
  'refusal.issue.paragraphId': 'имя её абзаца, {value}, приложению не подходит (FragmentSelector)',
  'refusal.issue.sectionId': 'имя её раздела, {value}, приложению не подходит (FragmentSelector)',
  'refusal.issue.position':
    'её место в абзаце не задано двумя целыми числами (TextPositionSelector)',
  'refusal.issue.emptyRange':
    'она не выделяет никакого текста: её конец стоит не после начала (TextPositionSelector)',
  'refusal.issue.quoteTooLong':
    'цитата в ней длиннее {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}} (TextQuoteSelector)',
  'refusal.issue.noQuote': 'в ней нет цитаты (TextQuoteSelector)',
  'refusal.issue.contextTooLong':
    'текст вокруг её цитаты длиннее {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}} (TextQuoteSelector)',
  'refusal.issue.target': 'в ней неясно указано, где в отчёте она находится (её цель, target)',
  'refusal.issue.other': 'часть её записана в виде, который приложение не может прочитать',

  // Why a colleague's team file is refused (team-file.ts, team-folder.ts): a clause said after
  // "…could not be read:" in team.layerUnreadable
  'team.refusal.tooLarge': 'он больше, чем может быть файл команды',
  'team.refusal.tooDeep': 'его содержимое вложено гораздо глубже, чем бывает у заметок',
  'team.refusal.incomplete': 'это пока не завершённый JSON (возможно, файл ещё передаётся)',
  'team.refusal.notCollection': 'это не коллекция заметок',
  'team.refusal.foreign': 'его записало не это приложение',
  'team.refusal.otherPerson': 'внутри указан не тот человек, что в имени файла',
  'team.refusal.noName': 'в нём не указано имя автора',
  'team.refusal.tooMany':
    'в нём больше {max, plural, one {# заметки} few {# заметок} many {# заметок} other {# заметки}}',
  'team.refusal.noNotes': 'в нём нет заметок',
  'team.refusal.notesOutside': 'он ссылается на заметки за пределами файла, а их прочитать нельзя',
  'team.refusal.pageWithoutList': 'на одной из его страниц нет списка заметок',
  'team.refusal.unreadable': 'его заметки записаны в виде, который приложение не может прочитать',
  'team.refusal.link': 'это ссылка, а приложение не переходит по ссылкам в папке команды',
  'team.refusal.notFile': 'это не файл',
  'team.refusal.tooManyFiles': 'в папке больше файлов команды, чем читает приложение',

  // The content build's words to a trainer (src/content, build-words.ts): lines of
  // `npm run build:content`, in the language of --lang, LC_ALL, LC_MESSAGES or LANG
  'build.usage':
    "использование: build-content [--content '<'папка>] [--out '<'папка>] [--outline] [--lang '<'язык>]",
  'build.usage.unknownArgument': 'неизвестный аргумент «{argument}»',
  'build.usage.needsFolder': 'после {flag} нужно указать папку',
  'build.usage.needsLanguage': 'после --lang нужно указать язык: en, ru, kk или ar',
  'build.usageError': 'build:content: {problem}',
  'build.summary':
    'build:content: {reports, plural, one {# отчёт} few {# отчёта} many {# отчётов} other {# отчёта}}, {sections, plural, one {# раздел} few {# раздела} many {# разделов} other {# раздела}}, {paragraphs, plural, one {# абзац} few {# абзаца} many {# абзацев} other {# абзаца}} из {from} → {to}; библиотека {libraryBytes} байт, {lunrIndex}, сжатый индекс {packedBytes} байт; {ms} мс, пик памяти {memory} МБ',
  'build.summary.lunr': 'индекс lunr {bytes} байт',
  'build.summary.lunrLeftOut':
    'индекс lunr не включён по указанию edition.json (сэкономлено {saved} МБ)',
  'build.problems':
    'build:content: в {folder} {count, plural, one {найдена # проблема} few {найдены # проблемы} many {найдено # проблем} other {найдено # проблемы}}; ничего не записано:',
  'build.failed': 'build:content: сбой: {error}',
  'build.warning': '{file}: предупреждение: {message}',
  'build.quoted': '«{text}»',
  'build.and': '{first} и {second}',
  'build.noSections':
    '{format, select, text {не найдено разделов (ожидались заголовки в начале абзаца, например «Overview:»)} markdown {не найдено разделов (ожидались заголовки, например «#» или «##»)} html {не найдено разделов (ожидались заголовки на странице, например {h2}, или выделенные жирным заголовки в начале абзаца, например «Overview:»)} pdf {не найдено разделов (ожидались заголовки шрифтом крупнее или жирнее основного текста)} docx {не найдено разделов (ожидались абзацы в стиле заголовка, например «Заголовок 1» или «Заголовок 2»)} epub {не найдено разделов (ожидались заголовки в главах, например {h1} или {h2})} other {не найдено разделов}}',
  'build.nestedTooDeep':
    'вложен слишком глубоко, и сборка не может его прочитать (списки, цитаты или HTML-элементы друг в друге на тысячи уровней). Проверьте, что это отчёт в том формате, который указан в его имени, или сохраните его заново в программе, где он создан',
  'build.parse.tooLong':
    'чтение заняло больше {minutes, plural, one {# минуты} few {# минут} many {# минут} other {# минуты}} и было остановлено: файл устроен так, что программа чтения с ним не справляется. Проверьте, что это отчёт в том формате, который указан в его имени, или сохраните его заново в программе, где он создан',
  'build.parse.tooMuchMemory':
    'чтению понадобилось больше {memory} памяти, и оно было остановлено: файл устроен так, что программа чтения с ним не справляется. Проверьте, что это отчёт в том формате, который указан в его имени, или сохраните его заново в программе, где он создан',
  'build.parse.failed':
    'сборка дала сбой при чтении файла ({error}). Ничего не записано. Это ошибка сборки, а не вашего файла: сообщите о ней и приложите файл',
  'build.prescan.html':
    'на странице {past, select, depth {элементы вложены глубже {max, number} уровней} other {больше {max, number} элементов}} (строка {line, number}); у настоящих страниц несколько десятков уровней и несколько тысяч элементов. Сохраните страницу заново из браузера («Веб-страница, только HTML») или возьмите её текст',
  'build.prescan.nesting':
    'строка {line, number}: списки или цитаты вложены на глубину {depth, number} (или отступ строки — {spaces, plural, one {# пробел} few {# пробела} many {# пробелов} other {# пробела}}); сборка читает не больше {max, number} уровней. Проверьте, что файл в формате Markdown, и отступ этой строки',
  'build.prescan.emphasis':
    'строка {line, number}: в абзаце {runs, number} серий символов *, _ или ~; сборка читает не больше {max, number} в одном абзаце, потому что сопоставлять их как выделение слишком долго. Проверьте, что файл в формате Markdown, или разбейте абзац',
  'build.prescan.codeSpans':
    'строка {line, number}: в абзаце из {chars, number} символов есть серии обратных апострофов (`) {lengths, number} разной длины — программа чтения Markdown сопоставляла бы их как код слишком долго. Проверьте, что файл в формате Markdown; код поместите в огороженный блок (```)',
  'build.prescan.footnotes':
    'строка {line, number}: в файле больше {max, number} {what, select, definitions {сносок} other {ссылок на сноски}} — больше, чем сборка читает в одном файле. Разделите отчёт на несколько файлов',
  'build.prescan.tableCells':
    'строка {line, number}: в таблицах файла больше {max, number} ячеек — больше, чем сборка читает в одном файле. Разделите отчёт на несколько файлов или вынесите таблицу в отдельный файл',
  'build.warning.cutOff':
    'текст, похоже, оборван: он заканчивается посреди предложения («{end}»). Всё до этого места сохранено; проверьте, что файл полный.',
  'build.warning.emptySection': 'в разделе «{heading}» нет текста под заголовком; раздел сохранён',
  'build.warning.repeated':
    'абзац встречается {times, plural, =2 {дважды} one {# раз} few {# раза} many {# раз} other {# раза}} («{quote}»; разделы: {where}); сохранены все повторы',
  'build.pdf.pages':
    '{count, plural, one {стр. {last}} few {стр. {first} и {last}} many {стр. {first} и {last}} other {стр. {first} и {last}}}',
  'build.pdf.uncertainOrder':
    'порядок чтения неясен ({pages}): текст стоит двумя блоками рядом — это могут быть колонки или таблица; он прочитан построчно поперёк обоих блоков. Сверьте {count, plural, one {эту страницу} few {эти страницы} many {эти страницы} other {эти страницы}} с PDF',
  'build.pdf.doubtfulTable':
    '{pages}: строки разбиты на части, как строки таблицы, но части не выстраиваются в столбцы; они прочитаны как текст. Сверьте их с PDF',
  'build.or': '{first} или {last}',
  'build.folder.notFound': 'папка с материалами не найдена',
  'build.folder.notFolder': 'это не папка',
  'build.folder.unreadable': 'не удаётся прочитать папку с материалами ({error})',
  'build.folder.noReports': 'в папке с материалами нет отчётов (файлов {extensions})',
  'build.source.unknownFormat':
    "неизвестный формат (отчёты должны быть файлами {extensions}; метаданные кладутся в '<'id>{suffix})",
  'build.source.invalidId':
    'недопустимый идентификатор отчёта «{id}»: имя файла (без расширения) должно состоять из строчных латинских букв и цифр, слова — через одиночный дефис, не длиннее 120 символов, например crt2021-kazakhstan',
  'build.source.duplicateId': 'идентификатор отчёта «{id}» повторяется (он же у {others})',
  'build.source.missingSidecar': 'нет файла метаданных {name}',
  'build.source.orphanSidecar':
    'файл метаданных без отчёта (ожидался отчёт с именем {id} и расширением {extensions})',
  'build.source.linkTarget': 'другое место',
  'build.source.link':
    '{folder, select, yes {это ссылка на папку {target}. Ссылки не принимаются, чтобы в приложение не попало ничего извне папки. Удалите ссылку.} other {это ссылка на {target}, а не файл. Ссылки не принимаются, чтобы в приложение не попало ничего извне папки. Скопируйте в папку сам файл или удалите ссылку.}}',
  'build.source.unknownEncoding':
    'страница сообщает, что её символы в кодировке «{encoding}», которую сборка не знает; сохраните страницу заново в UTF-8',
  'build.source.notText':
    'это не текст в кодировке {encoding}; сохраните файл в UTF-8 и попробуйте снова',
  'build.source.empty': 'файл пуст',
  'build.warning.cutCharacter':
    'файл обрывается посреди символа, как бывает с файлом, обрезанным после некоторого числа байтов; текст до этого места сохранён. Проверьте, что файл полный.',
  'build.source.linkAt': '{path}: {problem}',
  fileSize: '{unit, select, kilobytes {{amount} КБ} megabytes {{amount} МБ} other {{amount} ГБ}}',

  'build.dropped.endOfPage':
    'убран конец страницы («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}}): навигация и ссылки после статьи',
  'build.dropped.editionEnd':
    'убран конец текста, начиная со строки, указанной в pageChrome.endAt в edition.json («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}})',
  'build.dropped.archiveBanner':
    'убран баннер архива («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}})',
  'build.dropped.govBanner':
    'убран баннер государственного сайта .gov («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}})',
  'build.dropped.navigation':
    'убрана навигация сайта («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}})',
  'build.dropped.editionLines':
    'убраны строки, указанные в pageChrome в edition.json («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}})',
  'build.dropped.pageTitle':
    'убран заголовок страницы («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}}): он повторяет название отчёта',
  'build.dropped.details':
    'убраны выходные данные отчёта («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}}): издатель, редакция и источник — приложение показывает их само',
  'build.dropped.browserChrome':
    'убраны колонтитулы браузера («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}}): дата, заголовок, адрес и число страниц, которые браузер печатает вокруг страницы',
  'build.dropped.runningChrome':
    'убраны колонтитулы («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}}): они повторяются вверху или внизу страниц',
  'build.dropped.artifacts':
    'убраны колонтитулы («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}}): в PDF они помечены как не относящиеся к тексту (артефакты)',
  'build.dropped.pageNumbers':
    'убраны номера страниц («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}}): вместо них у каждого блока сохраняется страница, на которой он начинается',
  'build.dropped.pdfContents':
    'убрано оглавление самого документа («{quote}», {lines, plural, one {# строка} few {# строки} many {# строк} other {# строки}}): в приложении есть своё содержание',
  'build.dropped.aroundArticle':
    'убрано всё, что окружает статью на странице (шапка, навигация, боковые панели и подвал: {characters, plural, one {# символ} few {# символа} many {# символов} other {# символа}})',
  'build.dropped.htmlContents':
    'убрано оглавление самой страницы ({links, plural, one {# ссылка} few {# ссылки} many {# ссылок} other {# ссылки}} на её заголовки): в приложении есть своё содержание',
  'build.dropped.permalinks':
    'убраны значки постоянных ссылок у {headings, plural, one {# заголовка} few {# заголовков} many {# заголовков} other {# заголовка}} («#», «¶»): это ссылки на места самой страницы',
  'build.dropped.active':
    'убрано то, что страница запускает или загружает ({counts}): приложение хранит только текст',
  'build.dropped.active.scripts':
    '{count, plural, one {# скрипт} few {# скрипта} many {# скриптов} other {# скрипта}}',
  'build.dropped.active.noscripts':
    '{count, plural, one {# блок для браузеров без скриптов} few {# блока для браузеров без скриптов} many {# блоков для браузеров без скриптов} other {# блока для браузеров без скриптов}}',
  'build.dropped.active.styleSheets':
    '{count, plural, one {# таблица стилей} few {# таблицы стилей} many {# таблиц стилей} other {# таблицы стилей}}',
  'build.dropped.active.forms':
    '{count, plural, one {# элемент формы} few {# элемента форм} many {# элементов форм} other {# элемента форм}}',
  'build.dropped.active.frames':
    '{count, plural, one {# встроенный фрейм} few {# встроенных фрейма} many {# встроенных фреймов} other {# встроенного фрейма}}',
  'build.dropped.active.media':
    '{count, plural, one {# изображение или медиаэлемент} few {# изображения и медиаэлемента} many {# изображений и медиаэлементов} other {# изображения и медиаэлемента}}',
  'build.dropped.active.objects':
    '{count, plural, one {# встроенный объект} few {# встроенных объекта} many {# встроенных объектов} other {# встроенного объекта}}',
  'build.dropped.active.templates':
    '{count, plural, one {# шаблон или диалог} few {# шаблона и диалога} many {# шаблонов и диалогов} other {# шаблона и диалога}}',
  'build.dropped.word':
    'убрано то, что файл Word содержит помимо текста ({counts}): это не открывается и не скачивается; приложение хранит только текст',
  'build.dropped.word.embedded':
    '{count, plural, one {# встроенный объект (файл внутри документа)} few {# встроенных объекта (файлы внутри документа)} many {# встроенных объектов (файлы внутри документа)} other {# встроенного объекта (файлы внутри документа)}}',
  'build.dropped.word.pictures':
    '{count, plural, one {# изображение} few {# изображения} many {# изображений} other {# изображения}}',
  'build.dropped.word.webPictures':
    '{count, plural, one {# изображение по ссылке из интернета} few {# изображения по ссылкам из интернета} many {# изображений по ссылкам из интернета} other {# изображения по ссылкам из интернета}}',
  'build.comma': '{first}, {second}',
  'build.dropped.markdownHtml':
    '{line, select, none {В HTML} other {В HTML начиная со строки {line}}}: {what, select, comment {пропущен HTML-комментарий{shown, select, yes { («{excerpt}»)} other {}}; комментарии — пометки для того, кто правит файл, а не текст для читателей.} script {пропущен скрипт{shown, select, yes { («{excerpt}»)} other {}}; приложение никогда не запускает и не показывает код из отчёта.} other {пропущена таблица стилей{shown, select, yes { («{excerpt}»)} other {}}; приложение никогда не запускает и не показывает код из отчёта.}}',

  'unplaced.reportNotInApp': 'Отчёта «{report}», к которому она относится, нет в этом приложении.',
  'unplaced.otherReport': 'Она относится к другому отчёту.',
  'unplaced.sectionNotInEdition':
    'Раздела «{section}», к которому она относится, нет в этой редакции отчёта.',
  'unplaced.textNotInEdition': 'Выделенного текста («{excerpt}») нет в этой редакции отчёта.',
  'unplaced.passageChanged':
    'Фрагмент, к которому она относилась, изменился слишком сильно, и разместить её автоматически не удалось.',

  // The Markdown export's own words (export-markdown.ts) and citations (citation.ts)
  'markdown.title': 'Выделения и заметки',
  'markdown.chosen': 'Здесь заметки {chosen}.',
  'markdown.count':
    'В файле {count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}}.',
  'markdown.timesIn': 'Время местное, часовой пояс {zone}.',
  'markdown.timesUtc': 'Время указано в UTC.',
  'markdown.reportFacts': '{publisher} · Редакция {edition} · Источник: {source}',
  'markdown.unknownReport':
    'В приложении нет отчёта «{report}», поэтому эти заметки нельзя к нему привязать.',
  'markdown.unanchored': 'Не привязаны',
  'markdown.unanchoredHelp':
    'Не найдены в текущей редакции отчёта. Привяжите их заново или удалите в приложении.',
  'markdown.color': 'Цвет: {label} ({color})',
  'markdown.colorId': 'Цвет: {color}',
  'markdown.tags': 'Метки: {tags}',
  'markdown.created': 'Создано {time}',
  'markdown.updated': 'изменено {time}',
  'markdown.changed': 'текст здесь изменился с тех пор, как его выделили',
  'markdown.notPlaced': 'Её не удалось привязать к отчёту.',
  'markdown.wasOnSection': 'была в разделе «{section}»',
  'markdown.sectionNote': 'Заметка к разделу',
  'markdown.tagSeparator': ', ',
  'cite.plain': '«{quote}» — {citation}',
  'cite.quoted': '«{heading}»',
  'cite.section':
    '{count, plural, one {раздел {headings}} few {разделы {headings}} many {разделы {headings}} other {разделы {headings}}}',
  'cite.page': 'с. {page}',
  'cite.pages': 'с. {first}–{last}',
  'cite.edition': 'редакция {edition}',
  'cite.comma': ', ',

  // Main's words: a notes file that could not be read as the app started
  'legacy.readThisTime':
    'Файл заметок {file} в этот раз прочитать не удалось ({reason}). Он оставлен как есть; приложение попробует снова при следующем запуске.',
  'legacy.noReason': 'его не удалось прочитать',
  'legacy.damagedMoved':
    'Не удалось прочитать файл заметок ({reason}), поэтому приложение запустилось без его заметок. Повреждённый файл сохранён без изменений как {path}.',
  'legacy.newerMoved':
    'Файл заметок создан более новой версией приложения (формат {version}), которую эта версия не читает, поэтому приложение запустилось без его заметок. Файл сохранён без изменений как {path}. Чтобы пользоваться этими заметками, вернитесь к новой версии и переименуйте этот файл в {name}.',
  'legacy.notMoved':
    '{newer, select, yes {Файл заметок создан более новой версией приложения (формат {version}), которую эта версия не читает} other {Не удалось прочитать файл заметок ({reason})}}, и отложить его в сторону тоже не удалось ({error}). Он оставлен как есть.',
  'notesFile.linkAside':
    'Один из файлов ваших заметок, {file}, был ссылкой на {target}. Приложение не использует ссылки для своих файлов, поэтому не тронуло то, на что указывает ссылка, а саму ссылку сохранило как {path}. Все остальные ваши заметки на месте. Если в файле, на который указывает ссылка, есть нужные вам заметки, закройте приложение и положите в {file} копию самого файла, а не ссылку.',
  'notesFile.notAFileAside':
    'На месте одного из файлов ваших заметок ({file}) оказался не файл (папка, канал или устройство). Приложение не стало его читать и сохранило его как {path}. Все остальные ваши заметки на месте. Если вы его туда не помещали, его можно удалить.',
  'notesFile.isLink': 'это ссылка на {target}',
  'notesFile.isNotAFile': 'это не файл',
  'notesFile.tooLargeAside':
    'Один из файлов ваших заметок, {file}, намного больше любого файла заметок, который записывает приложение, поэтому его не читали: возможно, он повреждён или это вовсе не файл заметок. Он сохранён без изменений как {path}. Все остальные ваши заметки на месте. Если вы не клали туда этот файл, проверьте диск и программу, которая синхронизирует эту папку; сохранённый файл можно удалить, когда он станет не нужен.',
  'notesFile.isTooLarge': 'он намного больше любого файла заметок, который записывает приложение',
  'notesFile.unreadable':
    'Один из файлов ваших заметок, {file}, прочитать не удалось ({reason}){moved, select, no {, и отложить его в сторону тоже не удалось ({error})} other {}}, поэтому заметки из него не показаны. Чтобы его сберечь, приложение не будет в него записывать.',
  'colorNames.notIndex': 'это не указатель ваших заметок',
  'colorNames.damaged':
    'Файл с названиями ваших цветов, {file}, прочитать не удалось ({reason}), поэтому используются названия по умолчанию. {moved, select, yes {Он сохранён без изменений как {path}.} other {Чтобы его сберечь, приложение не будет в него записывать.}}'
}

export const russianCatalog: Catalog = { name: 'Русский', dir: 'ltr', messages: ru }
