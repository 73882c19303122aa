import type { Catalog } from '../catalog-types'
import type { en } from './en'

/**
 * Kazakh, in Cyrillic. The app's terms are always the same word: see kk-glossary.md beside this
 * file. Plurals give the two Kazakh forms (one, other); a noun after a number stays singular.
 */
const kk: Record<keyof typeof en, string> = {
  'app.opening': 'Есеп ашылып жатыр…',
  'app.reportNotOpened': 'Бұл есепті ашу мүмкін болмады: {reason}',
  'app.noReports': 'Бұл қолданбада есеп жоқ.',

  'common.done': 'Дайын',
  'common.close': 'Жабу',

  'display.title': 'Көрініс',
  'display.language': 'Тіл',
  'display.language.system': 'Жүйедегідей',
  'display.theme': 'Тақырып',
  'display.theme.system': 'Жүйедегідей',
  'display.theme.light': 'Ашық',
  'display.theme.dark': 'Қараңғы',
  'display.typeface': 'Қаріп',
  'display.typeface.literata': 'Literata (кітап қарпі, серифті)',
  'display.typeface.atkinson': 'Atkinson Hyperlegible (анық, серифсіз)',
  'display.typeface.system': 'Осы компьютердің серифті қарпі',
  'display.textSize': 'Мәтін өлшемі',
  'display.smaller': 'Мәтінді кішірейту',
  'display.smaller.short': 'А−',
  'display.larger': 'Мәтінді үлкейту',
  'display.larger.short': 'А+',
  'display.pixels': '{size, number} пкс',
  'display.lineSpacing': 'Жол аралығы',
  'display.spacing.compact': 'Тығыз',
  'display.spacing.normal': 'Қалыпты',
  'display.spacing.relaxed': 'Кең',
  'display.lineWidth': 'Жол ені',
  'display.width.narrow': 'Тар',
  'display.width.medium': 'Орташа',
  'display.width.wide': 'Кең',
  'toolbar.hideSidebar': 'Мазмұн мен жазбаларды жасыру',
  'toolbar.showSidebar': 'Мазмұн мен жазбаларды көрсету',
  'toolbar.display': 'Көрініс',
  'toolbar.display.tooltip': 'Көрініс: тіл, тақырып, қаріп, мәтін өлшемі және аралықтар',
  'toolbar.print': 'Басып шығару / PDF…',
  'toolbar.about': 'Қолданба туралы',
  'toolbar.withKeys': '{label} ({keys})',
  'about.version': 'Нұсқа {version}',
  'about.contact': '<b>Байланыс:</b> {contact}',
  'about.reports': 'Осы басылымдағы есептер',
  'about.source': 'Дереккөз:',
  'about.offline': 'Қолданба интернетсіз жұмыс істейді: желіге ешқандай сұрау жібермейді.',
  'error.contentMissing': 'Қолданбаның бұл көшірмесінде есеп жоқ',
  'error.contentCorrupt': 'Есепті ашу мүмкін болмады',
  'error.file': 'Файл: <code>{path}</code>',
  'userData.title': 'Жазбалар мен баптауларды сақтау мүмкін емес',
  'userData.whatWorks':
    'Есептерді оқып, олардан іздей беруге болады, бұрын жасалған жазбалар да көрінеді. Ал қазір өзгерткен белгілеулер, жазбалар мен баптаулар қолданба жабылғанда жоғалады. Ол қалтадағы бар нәрсе өзгермейді.',
  'userData.fix':
    'Мұны түзету үшін осы компьютерге жауапты адамнан сол қалтаны сіздің есептік жазбаңызға қолжетімді етуді сұраңыз, содан кейін қолданбаны қайта іске қосыңыз.',
  'userData.continue': 'Сақтамай оқу',
  'shortcuts.title': 'Пернелер тіркесімі',
  'shortcuts.keys': 'Пернелер',
  'shortcuts.action': 'Не істейді',
  'shortcuts.or': ' немесе ',
  'shortcuts.anywhere': 'Кез келген жерде',
  'shortcuts.search': 'Іздеу өрісіне өту',
  'shortcuts.print': 'Есепті басып шығару немесе PDF етіп сақтау',
  'shortcuts.help': 'Осы пернелер тіркесімін көрсету',
  'shortcuts.escape': 'Терезені жабу; іздеуді және оның белгілерін тазарту',
  'shortcuts.inSearch': 'Іздеу өрісінде',
  'shortcuts.chooseResult': 'Нәтижені таңдау',
  'shortcuts.openResult': 'Оны ашу: мәтін сол жерге жылжиды, барлық сәйкестік белгіленеді',
  'shortcuts.nextHit': 'Ашқаннан кейін: келесі / алдыңғы сәйкестік',
  'shortcuts.highlightHit': 'Ағымдағы сәйкестікті белгілеп, жазба қосу',
  'shortcuts.inText': 'Мәтінде',
  'shortcuts.nextHighlight': 'Келесі / алдыңғы белгілеуге өту',
  'shortcuts.openHighlight': 'Белгілеуді ашу: түсі, жазбасы, тегтері, жою',
  'keys.ctrl': 'Ctrl',
  'keys.esc': 'Esc',
  'keys.enter': 'Enter',
  'keys.shift': 'Shift',
  'keys.alt': 'Alt',
  'keys.tab': 'Tab',
  'messages.close': 'Хабарды жабу',
  'messages.dismiss': 'Жасыру',
  'sidebar.width': 'Бүйірлік панельдің ені',
  'sidebar.tabs': 'Бүйірлік панель',
  'toc.title': 'Мазмұны',
  'report.switch': 'Есеп',
  'report.publisher': 'Баспагер',
  'report.edition': 'Басылым',
  'report.source': 'Дереккөз',
  'report.comparePrevious': 'Алдыңғы басылыммен салыстыру ({edition})',
  'changes.offer.label': 'Бұл есептің жаңа басылымы',
  'changes.offer.text': 'Соңғы рет оқығаннан бері бұл есептің жаңа басылымы шықты.',
  'changes.offer.show': 'Өзгерістерді көрсету',
  'changes.offer.notNow': 'Қазір емес',
  'changes.inText.label': 'Осы басылымда өзгерді: {title}',
  'changes.inText.movedFrom': '(«{section}» бөлімінен)',
  'changes.shown.label': 'Өзгерістер мәтінде көрсетілген',
  'changes.shown.sinceLastRead':
    'Соңғы оқыған басылымыңыздан бергі өзгерістер мәтінде, әр өзгерген үзіндіден кейін көрсетілген.',
  'changes.shown.sinceEdition':
    '«{edition}» басылымынан бергі өзгерістер мәтінде, әр өзгерген үзіндіден кейін көрсетілген.',
  'changes.shown.back': '«Не өзгерді» бетіне оралу',
  'changes.shown.stop': 'Өзгерістерді көрсетпеу',
  'whatChanged.title.lastRead': 'Соңғы рет оқығаннан бері бұл есепте не өзгерді',
  'whatChanged.title.previous': 'Алдыңғы басылымнан бері не өзгерді',
  'whatChanged.corrected': 'Соңғы рет оқығаннан бері мәтін түзетілді ({to} басылымы).',
  'whatChanged.fromLastRead': 'Соңғы оқыған басылымыңыздан ({from}) осы басылымға ({to}) дейін.',
  'whatChanged.fromPrevious': '«{from}» басылымынан осы басылымға ({to}) дейін.',
  'whatChanged.steps': 'Өзгерістер бойынша жүру',
  'whatChanged.previousChange': 'Алдыңғы өзгеріс',
  'whatChanged.previous': 'Алдыңғы',
  'whatChanged.position': '{count, number} өзгерістің {current, number}-сі',
  'whatChanged.nextChange': 'Келесі өзгеріс',
  'whatChanged.next': 'Келесі',
  'whatChanged.inSection': '«{section}» бөлімінде',
  'whatChanged.movedFrom': '«{section}» бөлімінен осында көшірілді.',
  'whatChanged.movedWithin': 'Осы бөлімнің ішінде көшірілді.',
  'whatChanged.notesHere': 'Осындағы жазбаларыңыз',
  'whatChanged.noteQuote': '{color}: «{quote}»',
  'whatChanged.showWhereItWas': 'Бұрын қай жерде болғанын көрсету',
  'whatChanged.showInReport': 'Есепте көрсету',
  'change.none': 'Мәтін өзгермеген.',
  'change.summary': '{count, plural, one {# өзгеріс} other {# өзгеріс}}: {kinds}.',
  'change.count.inserted': '{count, number} қосылды',
  'change.count.deleted': '{count, number} жойылды',
  'change.count.modified': '{count, number} қайта жазылды',
  'change.count.moved': '{count, number} көшірілді',
  'change.note.moved': 'Белгілеуіңіз мәтінімен бірге осында көшті.',
  'change.note.changed': 'Белгілеуіңіз енді қайта жазылған мәтінді қамтиды.',
  'change.note.unplaced':
    'Белгілеуіңізді бұл басылымға орналастыру мүмкін болмады; ол «Жазбалар» қойындысындағы «Байланбаған» тізімінде.',
  'change.note.inPlace': 'Белгілеуіңіз осында, өзгеріссіз.',
  'change.title.inserted.sentence': 'Қосылған мәтін',
  'change.title.inserted.paragraph': 'Қосылған азатжол',
  'change.title.inserted.section': 'Қосылған бөлім',
  'change.title.inserted.heading': 'Қосылған тақырып',
  'change.title.deleted.sentence': 'Жойылған мәтін',
  'change.title.deleted.paragraph': 'Жойылған азатжол',
  'change.title.deleted.section': 'Жойылған бөлім',
  'change.title.deleted.heading': 'Жойылған тақырып',
  'change.title.modified.sentence': 'Қайта жазылған мәтін',
  'change.title.modified.paragraph': 'Қайта жазылған азатжол',
  'change.title.modified.section': 'Қайта жазылған бөлім',
  'change.title.modified.heading': 'Қайта жазылған тақырып',
  'change.title.moved.sentence': 'Көшірілген мәтін',
  'change.title.moved.paragraph': 'Көшірілген азатжол',
  'change.title.moved.section': 'Көшірілген бөлім',
  'change.title.moved.heading': 'Көшірілген тақырып',
  'color.yellow': 'Маңызды',
  'color.green': 'Дәлел',
  'color.blue': 'Сұрақ',
  'color.pink': 'Тексеру',
  'search.label': 'Есептерден іздеу',
  'search.placeholder': 'Іздеу (Ctrl+K)',
  'search.in': 'Қайдан іздеу',
  'search.allReports': 'Барлық есеп',
  'hits.label': 'Мәтіндегі сәйкестіктер',
  'hits.none': 'Мұнда сәйкестік жоқ',
  'hits.position':
    '{count, plural, one {# сәйкестіктің} other {# сәйкестіктің}} {current, number}-сі',
  'hits.previous': 'Алдыңғы сәйкестік',
  'hits.next': 'Келесі сәйкестік',
  'hits.highlight': 'Осы сәйкестікті белгілеу…',
  'hits.clear': 'Іздеуді тазарту',
  'search.results': 'Нәтижелер',
  'search.failed': 'Іздеу сәтсіз аяқталды: {reason}',
  'search.count': '{total, plural, one {# сәйкес азатжол} other {# сәйкес азатжол}}',
  'search.countShowingBest':
    '{total, plural, one {# сәйкес азатжол} other {# сәйкес азатжол}}, ең жақсы {shown, number} нәтиже көрсетілген',
  'search.corrected': '<b>{word}</b> бойынша нәтижелер көрсетілген',
  'search.resultPlace': '{report}, {section}:',
  'search.resultPlace.heading': '{report}, {section} (тақырыбы сәйкес келеді):',
  'search.inNotes': 'Жазбаларыңызда ({count, number})',
  'save.failed': 'Жазбаларыңызды сақтау мүмкін болмады.',
  'save.unsaved':
    '{count, plural, one {# өзгеріс әлі сақталмаған.} other {# өзгеріс әлі сақталмаған.}}',
  'save.retry': 'Қазір қайталау',
  'undo.button': 'Болдырмау',
  'selection.toolbar': 'Таңдалған мәтінді белгілеу немесе көшіру',
  'selection.addNote': 'Жазба қосу…',
  'colors.label': 'Түстердің мағынасы',
  'colors.meaning.yellow': 'Сары белгілеудің мағынасы',
  'colors.meaning.green': 'Жасыл белгілеудің мағынасы',
  'colors.meaning.blue': 'Көк белгілеудің мағынасы',
  'colors.meaning.pink': 'Қызғылт белгілеудің мағынасы',
  'colors.save': 'Түс атауларын сақтау',
  'citation.asText': 'Сілтемесімен қарапайым мәтін етіп көшіру',
  'citation.text': 'Мәтін',
  'citation.asMarkdown': 'Сілтемесімен Markdown етіп көшіру',
  'citation.markdown': 'Markdown',
  'citation.copy': 'Сілтемесімен көшіру',
  'citation.copyColon': 'Сілтемесімен көшіру:',
  'citation.copyMenu': 'Сілтемесімен көшіру…',
  'transfer.label': 'Экспорт және импорт',
  'transfer.export': 'Экспорттау',
  'transfer.all': '{count, plural, one {# жазбаның бәрін} other {# жазбаның бәрін}}',
  'transfer.shownCount':
    '{count, plural, one {көрсетілген # жазбаны} other {көрсетілген # жазбаны}}',
  'transfer.shown': 'көрсетілген жазбаларды',
  'transfer.exportMarkdown': 'Markdown етіп экспорттау…',
  'transfer.exportJson': 'JSON етіп экспорттау…',
  'transfer.importJson': 'JSON-нан импорттау…',
  'compare.looking': 'Осы бөлімі бар есептер ізделуде…',
  'compare.noOther': 'Басқа ешбір есепте «{section}» бөлімі жоқ. Басқа бөлімді таңдаңыз.',
  'compare.chooseMore': 'Қатар оқу үшін тағы кемінде бір есепті таңдаңыз.',
  'compare.full':
    'Қатар {count, number} есеп ашық, бұдан көбі сыймайды: басқасын қосу үшін біреуін алып тастаңыз.',
  'compare.back': 'Есепке оралу',
  'compare.title': 'Бір бөлім әр есепте',
  'compare.section': 'Бөлім',
  'compare.reports': 'Қатар тұрған есептер (екіден төртке дейін)',
  'compare.column': '{count, number} бағанның {index, number}-сі',
  'compare.edition': '{edition} басылымы',
  'compare.noMatch': 'Бұл бөлімде «{query}» сөзіне сәйкестік жоқ',
  'compare.matches': '«{query}» бойынша {count, plural, one {# сәйкестік} other {# сәйкестік}}',
  'compare.read.label': '{report} есебін осы бөлімнен оқу',
  'compare.read': 'Есепте оқу',
  'compare.remove.label': '{report} есебін салыстырудан алып тастау',
  'compare.remove': 'Алып тастау',
  'compare.opening': '«{section}» ашылып жатыр…',
  'glossary.title': 'Глоссарий',
  'glossary.empty': 'Бұл есепте ашып жазылған қысқартулар жоқ.',
  'glossary.firstUse': 'Алғаш кездесетін жері: {section}',
  'print.title': 'Басып шығару немесе PDF-ке экспорттау',
  'print.what':
    'Есеп жеке басылады: атауы, дереккөзі және мәтіні, бүйірлік панельсіз және құралдар тақтасынсыз.',
  'print.withNotes': 'Белгілеулерім мен жазбаларымды қосу',
  'common.cancel': 'Бас тарту',
  'print.exportPdf': 'PDF-ке экспорттау…',
  'print.print': 'Басып шығару…',
  'highlight.description': 'Белгілеу: {label}',
  'highlight.description.withNote': 'Белгілеу: {label}. Жазба: {note}',
  'highlight.description.changed':
    'Белгілеу: {label}. Бұл басылымда мәтін өзгерді; бұрын: «{before}»',
  'highlight.description.changedWithNote':
    'Белгілеу: {label}. Бұл басылымда мәтін өзгерді; бұрын: «{before}». Жазба: {note}',
  'highlight.pile.samePassage':
    'Осы үзіндіге {count, plural, one {# жазба} other {# жазба}} ({colours}). Біреуін таңдау үшін Enter пернесін басыңыз.',
  'highlight.pile.overlapping':
    'Осы жерде қиылысатын үзінділерге {count, plural, one {# жазба} other {# жазба}} ({colours}). Біреуін таңдау үшін Enter пернесін басыңыз.',
  'print.noteOn': '«{quote}» үзіндісіне жазба ({label})',
  'sectionNote.add.label': '{section} бөліміне жазба қосу',
  'sectionNote.add': '+ Жазба',
  'sectionNote.label': 'Бөлімге жазба',
  'blocks.code': '«{section}» бөліміндегі код',
  'blocks.table': '«{section}» бөліміндегі {number}-кесте',
  'blocks.footnoteBack.label': '{label} ескертпесінің мәтініне оралу',
  'blocks.footnoteBack': 'Мәтінге оралу',
  'blocks.footnote': '{label} ескертпе',
  'undo.done.created': 'Болдырылмады: жаңа белгілеу.',
  'undo.done.colour': 'Болдырылмады: түсті ауыстыру.',
  'undo.done.note': 'Болдырылмады: жазбаны өзгерту.',
  'undo.done.deleted': 'Болдырылмады: жою.',
  'undo.highlightDeleted': 'Белгілеу жойылды.',
  'undo.noteDeleted': 'Жазба жойылды.',
  'undo.nothing': 'Болдырмайтын ештеңе жоқ.',
  'reattach.selectFirst': 'Алдымен есептен үзіндіні таңдаңыз, содан кейін жазбаны соған байлаңыз.',
  'reattach.otherReport': 'Жазба тиесілі есепті ашып, үзіндіні сол жерден таңдаңыз.',
  'sectionNote.section': 'Бөлім',
  'citation.copied.text': 'Сілтемесімен қарапайым мәтін етіп көшірілді: {what}.',
  'citation.copied.markdown': 'Сілтемесімен Markdown етіп көшірілді: {what}.',
  'citation.notCopied':
    'Көшіру мүмкін болмады: {what}. Қолданбаға алмасу буферін пайдалануға рұқсат берілмеді. Ештеңе көшірілмеді; мәтінді сілтемесіз көшіру үшін оны таңдап, Ctrl+C басыңыз.',
  'changes.cannotShow': 'Бұл есепте не өзгергенін көрсету мүмкін емес: {reason}',
  'changes.cannotCompare': 'Алдыңғы басылыммен салыстыру мүмкін емес: {reason}',
  'compare.cannotList': 'Осы бөлімі бар есептерді тізімдеу мүмкін болмады: {reason}',
  'compare.cannotShowColumn': 'Бағанды көрсету мүмкін болмады: {reason}',
  'print.saved': 'PDF сақталды: {path}',
  'undo.done.newNote': 'Болдырылмады: жаңа жазба.',
  'undo.done.privacy': 'Болдырылмады: жазбаны кім көретінін өзгерту.',
  'notes.textChanged': 'Бұл басылымда мәтін өзгерді:',
  'notes.title': 'Жазбалар мен белгілеулер',
  'notes.find': 'Табу',
  'notes.find.placeholder': 'Жазбалардағы, дәйексөздердегі не тегтердегі сөздер',
  'notes.colour': 'Түс',
  'notes.allColours': 'Барлық түс',
  'notes.tag': 'Тег',
  'notes.allTags': 'Барлық тег',
  'notes.inReport': 'Есепте',
  'notes.sort': 'Реті',
  'notes.sort.position': 'Оқу ретімен',
  'notes.sort.newest': 'Алдымен жаңалары',
  'notes.sort.oldest': 'Алдымен ескілері',
  'notes.count': '{count, plural, one {# жазбаның} other {# жазбаның}} {shown, number}',
  'notes.empty': 'Белгілеу немесе жазба қосу үшін есептен мәтін таңдаңыз.',
  'notes.goTo': 'Өту',
  'notes.edit': 'Өзгерту',
  'common.delete': 'Жою',
  'notes.unanchored': 'Байланбаған ({count, number})',
  'notes.unanchored.help':
    'Бұларды есептердің қазіргі түріне орналастыру мүмкін болмады; әрқайсысында себебі жазылған. Жазба тиесілі үзіндіні таңдап, оны қайта байлаңыз немесе жойыңыз.',
  'notes.reattach': 'Таңдалған жерге қайта байлау',
  'notes.renameColours': 'Түстердің атын өзгерту',
  'notes.formerSection': '«{section}» бөлімінде болған.',
  'notes.showLess': 'Қысқарту',
  'notes.showMore': 'Толығырақ',
  'notes.tags': 'Тегтер',
  'notes.private': 'Жеке',
  'notes.created': 'Жасалды: {created, date, medium} {created, time, short}',
  'notes.createdEdited':
    'Жасалды: {created, date, medium} {created, time, short}, өзгертілді: {edited, date, medium} {edited, time, short}',
  'dialog.sectionNote': 'Осы бөлімге жазба',
  'dialog.highlight': 'Белгілеу',
  'dialog.newHighlight': 'Жаңа белгілеу',
  'dialog.note': 'Жазба',
  'dialog.characters': '{count, number} / {max, number} таңба',
  'dialog.tags': 'Тегтер (үтір арқылы)',
  'dialog.yourTags': 'Сіздің тегтеріңіз',
  'dialog.tooManyTags': 'Жазбада {max, number} тегтен артық болмайды.',
  'dialog.longTag': '«{tag}…» тегі {max, number} таңбадан ұзын.',
  'dialog.discard.question': 'Бұл жазбада өзгерткеніңізді тастайсыз ба?',
  'dialog.keepEditing': 'Өзгертуді жалғастыру',
  'dialog.discard': 'Тастау',
  'common.save': 'Сақтау',
  'tabs.contents': 'Мазмұны',
  'tabs.notes': 'Жазбалар ({count, number})',
  'tabs.glossary': 'Глоссарий',
  'tabs.results': 'Нәтижелер',
  'sidebar.label': 'Мазмұны, жазбалар, команда жазбалары, глоссарий және іздеу нәтижелері',
  'compare.open': 'Осы бөлімді әр есепте салыстыру',
  'reader.text': 'Есеп мәтіні',
  'reader.progress': 'Оқу барысы',
  'reader.progress.value': 'Есептің {percent, number, percent}',
  'search.resultsList': 'Іздеу нәтижелері',
  'sectionNotes.all':
    'Осы бөлімге жазылған {count, plural, one {# жазбаның бәрі} other {# жазбаның бәрі}}',
  'pile.title.samePassage': 'Осы үзіндіге {count, plural, one {# жазба} other {# жазба}}',
  'pile.title.overlapping':
    'Осы жерде қиылысатын үзінділерге {count, plural, one {# жазба} other {# жазба}}',
  'pile.title.section': 'Осы бөлімге {count, plural, one {# жазба} other {# жазба}}',
  'pile.find': 'Осы жазбалардан табу',
  'pile.count':
    '{count, plural, one {# жазбаның} other {# жазбаның}} {shown, number}. Ашу үшін біреуін таңдаңыз.',
  'pile.list': 'Осындағы жазбалар',
  'pile.note.meta': '{label} · {created, date, medium} {created, time, short}',
  'pile.note.none': 'Жазба жоқ, тек белгілеу',

  // Команда жазбалары
  'tabs.team': 'Команда',
  'search.inTeamNotes': 'Команда жазбаларында ({count, number})',
  'dialog.private': 'Жеке: бұл жазбаны тек осы ноутбукта сақтау',
  'dialog.private.on':
    'Ол команда қалтасына ешқашан жазылмайды, сондықтан оны әріптестер көрмейді.',
  'dialog.private.onWasShared':
    'Ол команда қалтасына ешқашан жазылмайды, сондықтан оны әріптестер көрмейді. Егер ол бөлісілген болса, сақтаған кезде команда файлыңыздан алынып тасталады.',
  'dialog.private.off':
    'Жазбаларыңызбен бөліскенде, ол әріптестеріңіз көруі үшін команда қалтасына жазылады.',
  'team.reading': 'Команда жазбалары оқылуда…',
  'team.title': 'Команда жазбалары',
  'team.empty': 'Команда қалтасында әзірге әріптестердің жазбалары жоқ.',
  'team.sharing': 'Жазбаларыңызбен {name} атымен {folder} қалтасында бөлісіп жатырсыз.',
  'team.sharing.unreachable':
    'Жазбаларыңызбен {name} атымен {folder} қалтасында бөлісіп жатырсыз (қазір қолжетімсіз).',
  'team.stopSharing': 'Бөлісуді тоқтату',
  'team.invite':
    'Белгілеулеріңіз бен жазбаларыңызды командаңызбен бұрыннан синхрондайтын қалтаңыз арқылы бөлісіңіз: желілік диск, OneDrive немесе SharePoint, Syncthing, USB жинақтағыш.',
  'team.whatLeaves':
    '<b>Бұл ноутбуктан не кетеді:</b> белгілеулеріңіз бен жазбаларыңыз (белгіленген сөздер, жазба мәтіні, тегтер, түс және уақыт) төменде берген атыңызбен сол қалтаға файл ретінде жазылады. Жеке деп белгіленген жазбалар ешқайда кетпейді. Қолданба басқа ешқайда ештеңе жібермейді; қалтаны синхрондау бағдарламаңыз тасымалдайды.',
  'team.name': 'Команда үшін атыңыз',
  'team.noFolder': 'Қалта таңдалмаған.',
  'team.chooseFolder': 'Қалтаны таңдау…',
  'team.share': 'Жазбаларыммен бөлісу',
  'team.filter.label': 'Команданың қай жазбаларын көрсету',
  'team.filter.person': 'Адам',
  'team.filter.everyone': 'Барлығы',
  'team.filter.personOption': '{name} ({count, number})',
  'team.filter.report': 'Есеп',
  'team.filter.allReports': 'Барлық есептер',
  'team.filter.newOnly': 'Соңғы қарағаннан бергі жаңалары',
  'team.markSeen': 'Барлығын қаралды деп белгілеу',
  'team.count': '{count, plural, one {# жазба} other {# жазба}}',
  'team.copied': '{name} жазбасы сіздің жазбаларыңызға көшірілді.',
  'team.more': 'Тағы көрсету ({count, number} көрсетілмеген)',
  'team.note.new': 'жаңа',
  'team.note.notPlaced': 'Бұл басылымда орналастырылмаған: {reason}',
  'team.note.cannotCopy':
    'Жазба осы тізімде қалады. Авторы оны осы басылымға байлағанда, оны жазбаларыңызға көшіруге болады.',
  'team.goTo': 'Өту',
  'team.copy': 'Жазбаларыма көшіру',
  'team.mark.course': 'Курс жазбалары',
  'team.mark.person': '{name}: белгілеу',
  'team.mark.withNote': '{who}. Жазба: {note}',

  // Main's words: the native menus and dialogs (src/main)
  'menu.file': 'Файл',
  'menu.print': 'Басып шығару…',
  'menu.exportPdf': 'PDF-ке экспорттау…',
  'menu.closeWindow': 'Терезені жабу',
  'menu.quit': 'Шығу',
  'menu.edit': 'Өңдеу',
  'menu.undo': 'Болдырмау',
  'menu.redo': 'Қайталау',
  'menu.cut': 'Қиып алу',
  'menu.copy': 'Көшіру',
  'menu.paste': 'Қою',
  'menu.selectAll': 'Барлығын таңдау',
  'menu.view': 'Көрініс',
  'menu.zoomIn': 'Үлкейту',
  'menu.zoomOut': 'Кішірейту',
  'menu.resetZoom': 'Бастапқы өлшем',
  'menu.fullScreen': 'Толық экран',
  'menu.theme': 'Тақырып',
  'menu.theme.system': 'Жүйедегідей',
  'menu.theme.light': 'Ашық',
  'menu.theme.dark': 'Қараңғы',
  'menu.window': 'Терезе',
  'menu.help': 'Анықтама',
  'menu.shortcuts': 'Пернелер тіркесімі',
  'menu.about': '«{appName}» туралы',
  'menu.hide': '«{appName}» жасыру',
  'menu.hideOthers': 'Басқаларын жасыру',
  'menu.showAll': 'Барлығын көрсету',
  'fileDialog.exportNotes': 'Жазбаларды экспорттау',
  'fileDialog.exportPdf': 'Есепті PDF-ке экспорттау',
  'fileDialog.importNotes': 'Жазбаларды импорттау',
  'fileDialog.teamFolder': 'Команда қалтасын таңдаңыз',
  'fileDialog.markdown': 'Markdown',
  'fileDialog.json': 'JSON (Web Annotation)',
  'fileDialog.pdf': 'PDF',
  'quit.unsaved': '{count, plural, one {# өзгеріс сақталмады} other {# өзгеріс сақталмады}}.',
  'quit.preferencesNotWritten': 'Баптауларыңызды жазу мүмкін болмады.',
  'quit.detail':
    '{reason} Орын босатыңыз (немесе қалтаны түзетіңіз), содан кейін «Қайталау» түймесін басыңыз; қазір шықсаңыз, {count, plural, one {ол жоғалады} other {олар жоғалады}}.',
  'quit.tryAgain': 'Қайталау',
  'quit.loseThem': 'Оларсыз шығу',
  'launch.refused.title': 'Бағдарлама іске қосылмайды',
  'launch.refused.message':
    'Бағдарлама {switches} параметрлерімен іске қосылды: олармен осы компьютердегі басқа бағдарламалар оның деректерін оқып, оны басқара алар еді. Ол ештеңе ашқан жоқ, жазбаларыңыз өзгерген жоқ.\n\nБағдарламаны қосымша параметрсіз, белгішесінен не мәзірден іске қосыңыз.',
  'window.loadFailed.title': 'Бағдарлама ашыла алмады',
  'window.loadFailed.message':
    'Қолданба терезесін {url} мекенжайынан жүктеу мүмкін болмады ({description}, коды {code}).\n\nҚолданбаны қайта орнатыңыз немесе бастапқы кодпен жұмыс істесеңіз, `npm run build` орындаңыз.',

  // Main's words: saving the reader's notes and settings, and why a file could not be used
  'save.retrySentence':
    'Қолданба өзі қайта әрекеттенеді (кемінде минутына бір рет) және әр өзгерісіңізде де.',
  'save.diskFull':
    'Диск толы: соңғы өзгерісіңіз жадта сақтаулы, орын босағанда дискіге жазылады. Дискідегі ештеңе бүлінген жоқ.',
  'save.readOnlyDisk': 'Диск тек оқуға арналған, сондықтан {path} жазылмады.',
  'save.notAllowed':
    'Қолданбаға {path} жазуға рұқсат берілмеді: файлды басқа бағдарлама (мысалы, антивирус) ұстап тұрған болуы мүмкін немесе қалтаның рұқсаттары өзгерген.',
  'save.folderInPlace': '{path} жазылмады: оның орнында басқа нәрсе (қалта) тұр.',
  'save.otherError': '{path} жазылмады ({error}).',
  'save.keptInMemory': 'Өзгерістеріңіз қолданба ашық тұрғанда жадта сақталады.',
  'save.keptForSession': 'Ол қолданба жабылғанша жадта сақталады.',
  'save.preferenceNotSaved':
    '{what, select, report {Есепті таңдауыңызды} reading {Оқу баптауларыңызды} layout {Бүйірлік панельдің орналасуын} other {Оқыған орныңызды}} сақтау мүмкін болмады.',
  'save.refusedLink':
    '{path} — {target} файлына сілтеме. Қолданба {what, select, notes {жазбаларыңызды} other {баптауларыңызды}} сілтеме арқылы жазбайды, сондықтан ол файл өзгертілген жоқ.',
  'save.refusedReadOnly':
    '{path} тек оқуға арналған. Қолданба сіз қорғаған файлды алмастырмайды, сондықтан {what, select, notes {жазбаларыңыз} other {баптауларыңыз}} оған сақталмады. Оларды сақтау үшін файлға жазуға қайта рұқсат беріңіз (немесе оны басқа жерге жылжытыңыз).',
  'store.unwritableFolder':
    'Қолданба жазбаларыңыз бен баптауларыңызды {dir} қалтасында сақтайды, бірақ онда ештеңе сақтай алмайды ({reason}).',
  'store.unusableFolder': 'Қолданба өз қалтасын ({dir}) пайдалана алмайды ({reason}).',
  'store.preferencesDamaged':
    'Баптаулар файлын оқу мүмкін болмады, сондықтан қолданба әдепкі баптаулармен іске қосылды. Бүлінген файл {path} ретінде сақталды.',
  'store.wasLink':
    '{what, select, notes {Жазбалар файлыңыз} other {Баптаулар файлыңыз}} {target} файлына сілтеме болды. Қолданба өз файлдары үшін сілтемелерді пайдаланбайды, сондықтан ол файлды өзгертпей, сілтемені {path} ретінде сақтап, {what, select, notes {жазбаларсыз} other {әдепкі баптаулармен}} іске қосылды.',
  'store.notAFile':
    '{what, select, notes {Жазбалар файлыңыздың} other {Баптаулар файлыңыздың}} орнында файл емес басқа нәрсе тұрды; ол {path} ретінде сақталды, ал қолданба {what, select, notes {жазбаларсыз} other {әдепкі баптаулармен}} іске қосылды.',
  'fileProblem.notJson':
    'бұл жарамды JSON емес: файл қысқартылған немесе қолмен өзгертілген болуы мүмкін',
  'fileProblem.missing': 'қалта немесе файл жоқ',
  'fileProblem.fileForFolder': 'қалтаның орнында файл тұр',
  'fileProblem.folderForFile': 'файлдың орнында қалта тұр',
  'fileProblem.notAllowed':
    'қолданбаға оны пайдалануға рұқсат жоқ: ол тек оқуға арналған немесе рұқсаттары қолданбаны кіргізбейді',
  'fileProblem.busy': 'оны басқа бағдарлама пайдаланып тұр',
  'fileProblem.readOnlyDisk': 'диск тек оқуға арналған',
  'fileProblem.diskFull': 'диск толы',
  'fileProblem.noFolder': 'ондай қалта жоқ',
  'fileProblem.gone': 'файл енді онда жоқ',
  'fileProblem.pathThroughFile': 'бұл жолдың бір бөлігі қалта емес, файл',
  'fileProblem.isFolder': 'бұл файл емес, қалта',
  'fileProblem.mayNotWrite': 'қолданбаға онда жазуға рұқсат жоқ',
  'fileProblem.mayNotRead': 'қолданбаға оны оқуға рұқсат жоқ',
  'fileProblem.nameTooLong': 'атауы тым ұзын',
  'fileProblem.couldNotWrite': 'жүйе қолданбаға оны жазуға мүмкіндік бермеді',
  'fileProblem.couldNotRead': 'жүйе қолданбаға оны оқуға мүмкіндік бермеді',
  'notes.noteNotSaved': 'Жазба сақталмады.',
  'notes.changeNotSaved': 'Өзгеріс сақталмады.',
  'notes.noteNotRestored': 'Жазба қалпына келтірілмеді.',
  'notes.importTooBig':
    'Ештеңе импортталмады: алдымен жазбалардың бір бөлігін жойыңыз немесе кішірек файлды импорттаңыз.',
  'notes.tooLarge':
    'Жазбаларыңыз {mb, number} МБ-тан асып кетер еді, ал қолданба бұдан артық сақтамайды. {outcome} Орын босату үшін жазбалардың бір бөлігін жойыңыз немесе ұзындарын қысқартыңыз.',
  'notes.tooMany':
    'Жазбалар мен белгілеулердің шегіне жеттіңіз: {limit, number}. Жаңасын қоспас бұрын бір бөлігін жойыңыз.',
  'notes.importOverLimit':
    'Бұл импорттан кейін жазбаларыңыз {total, number} болар еді, бұл {limit, number} шегінен асады. Ештеңе импортталмады: алдымен жазбалардың бір бөлігін жойыңыз немесе кішірек файлды импорттаңыз.',
  'notes.gone': 'Бұл жазба енді жоқ. Ол жойылған болуы мүмкін.',
  'notes.cannotRestore':
    'Бұл жазбаны енді қалпына келтіру мүмкін емес: тек қолданба іске қосылғаннан кейін жойылған жазбаларды қалпына келтіруге болады.',
  'notes.unreadable':
    'Жазбаларыңыздың бәрін оқу мүмкін болмады ({reason}). Бұл сеанста {folder} қалтасына ештеңе жазылмайды, сондықтан ондағы ештеңе өзгермейді: қайта әрекеттену үшін қолданбаны қайта іске қосыңыз.',
  'notes.exportFailed':
    'Жазбаларды {path} ішіне сақтау мүмкін болмады: {reason}. Ештеңе жазылмады; басқа қалтаны таңдаңыз.',
  'print.pdfNotMade': 'PDF жасау мүмкін болмады: {reason}',
  'print.pdfNotWritten':
    'PDF файлын {path} ішіне жазу мүмкін болмады: {reason}. Ештеңе жазылмады; басқа қалтаны таңдаңыз.',
  'print.failed': 'Есепті басып шығару мүмкін болмады: {reason}',

  // What the notes panel says after an export or an import (transfer-messages.ts)
  'transfer.exported': '{path} ішіне {count, plural, one {# жазба} other {# жазба}} экспортталды.',
  'transfer.exportCancelled': 'Экспорттау тоқтатылды. Ештеңе жазылмады.',
  'transfer.nothingChosen':
    'Экспорттайтын ештеңе жоқ: сізде {chosen} жазбалар жоқ. Ештеңе жазылмады; экспорттау үшін басқа жазбаларды таңдаңыз.',
  'transfer.nothingYet':
    'Экспорттайтын ештеңе жоқ: сізде әзірге белгілеулер де, жазбалар да жоқ. Ештеңе жазылмады.',
  'transfer.importCancelled': 'Импорттау тоқтатылды. Ештеңе импортталмады.',
  'transfer.imported': '{count, plural, one {# жазба} other {# жазба}} импортталды.',
  'transfer.nothingNew': 'Жаңа ештеңе импортталмады.',
  'transfer.skipped':
    '{count, plural, one {# жазба мұнда бұрыннан бар еді, сондықтан өткізіп жіберілді} other {# жазба мұнда бұрыннан бар еді, сондықтан өткізіп жіберілді}}.',
  'transfer.invalid':
    '{count, plural, one {# жазбаны} other {# жазбаны}} импорттау мүмкін болмады:',
  'transfer.invalidListed':
    '{count, plural, one {# жазбаны} other {# жазбаны}} импорттау мүмкін болмады (алғашқы {listed, number} төменде):',
  'transfer.reading': 'Жазбалар оқылуда: {done, number} / {total, number}',
  'transfer.importing': 'Жазбалар импортталуда: {done, number} / {total, number}',
  'filterWords.report': '«{title}» есебіндегі',
  'filterWords.color': '«{color}» түсті',
  'filterWords.tag': '«{tag}» тегі бар',
  'filterWords.text': '«{text}» сөзі бар',

  // Main's words: editions, reports, highlights and team notes
  'editions.unchanged': 'Есеп пен жазбаларыңыз бұрынғыдай қалды.',
  'editions.tooMuchText':
    'Екі басылымда барлығы {size} мәтін бар, бұл қолданба салыстыратын {limit} көлемінен көп, сондықтан ол оларды салыстырған жоқ. {unchanged}',
  'editions.tooSlow':
    'Екі басылымды салыстыру {seconds, plural, one {# секундтан} other {# секундтан}} ұзаққа созылды, сондықтан қолданба оны тоқтатты. {unchanged}',
  'editions.tooMuchMemory':
    'Екі басылымды салыстыруға қолданба бөлетін жадтан ({mb, number} МБ) көбі қажет болды, сондықтан қолданба оны тоқтатты. {unchanged}',
  'editions.notCompared': 'Екі басылымды салыстыру мүмкін болмады ({reason}). {unchanged}',
  'editions.stopped': 'Салыстыру аяқталмай тоқтап қалды (шығу коды {code}). {unchanged}',
  'editions.sinceLastReadUnavailable':
    'Бұл есепті соңғы рет оқығаннан бері не өзгергенін көрсету мүмкін емес: {reason}',
  'editions.noEarlier': 'Бұл қолданбада салыстыру үшін осы есептің ертерек басылымы жоқ.',
  'editions.previousDamaged':
    'Қолданбамен бірге берілген бұрынғы басылымдарды ({path}) оқу мүмкін емес, сондықтан есептерді олармен салыстыруға болмайды. Есептердің өзі дұрыс; қолданбаны қайта орнатсаңыз, файл қалпына келеді.',
  'editions.keptUnusable':
    'Соңғы оқыған басылымыңыздың көшірмесі ({path}) {why, select, notAFile {қолданба жазған файл емес} tooLarge {{size} алады, бұл есептің бұрынғы басылымы мұндай үлкен бола алмайды, сондықтан ол оқылмады} damaged {бүлінген} other {оқылмады ({reason})}}, сондықтан қолданба содан бері не өзгергенін көрсете алмайды. Оның орнына осы басылымды сақтайды.',
  'editions.keepLink': '{file} — {target} файлына сілтеме, ал қолданба сілтеме арқылы жазбайды',
  'editions.keepNotAFile': '{file} орнында файл емес басқа нәрсе тұр',
  'editions.keepReadOnly': '{file} тек оқуға арналған',
  'editions.notKept':
    'Қолданба есептің осы басылымының көшірмесін {dir} ішінде сақтай алмады ({reason}), сондықтан жаңа басылым келгенде бүгіннен бері не өзгергенін көрсете алмайды. Жазбаларыңыз бен есепке әсер еткен жоқ.',
  'report.notFound': 'Бұл қолданбада «{id}» есебі жоқ.',
  'report.noSection': '«{title}» есебінің бұл басылымында «{section}» бөлімі жоқ.',
  'report.contentUnavailable': 'Есептің мазмұнын ашу мүмкін болмады.',
  'search.unavailable': 'Іздеу қолжетімсіз: {reason}',
  'search.unavailableNoContent': 'Іздеу қолжетімсіз: есептің мазмұнын ашу мүмкін болмады.',
  'search.gettingReady': 'Іздеу дайындалуда…',
  'highlight.noSection': 'Бұл бөлім осы есепте жоқ.',
  'highlight.otherEdition': 'Белгілеу есептің басқа басылымында жасалған. Үзіндіні қайта таңдаңыз.',
  'highlight.outside': 'Белгілеу есеп мәтінінің ішінде емес. Үзіндіні қайта таңдаңыз.',
  'highlight.mismatch': 'Белгілеу есеп мәтініне сәйкес келмейді. Үзіндіні қайта таңдаңыз.',
  'team.unavailable': 'Бұл терезеде команда жазбалары қолжетімсіз.',
  'team.folderFirst': 'Алдымен команда қалтасын таңдаңыз: бөлісу үшін жазатын қалта керек.',
  'team.folderUnusable':
    '{folder} команда қалтасын пайдалану мүмкін емес: {reason}. Ештеңе өзгертілген жоқ.',
  'team.privateNotSaved':
    'Жеке жазба сақталмады: қолданба оның жеке екенін белгілей алмады, себебі {reason}. Команда қалтасына ештеңе жазылмады, ал мәтініңіз терезеде қалды.',
  'team.noteGone': 'Бұл жазба енді команда қалтасында жоқ: авторы оны жойған болуы мүмкін.',
  'team.noteUnplaced':
    'Бұл жазбаны есептің осы басылымына байлау мүмкін болмады, сондықтан оны жазбаларыңызға көшіруге болмайды.',
  'team.writeFailed':
    'Жазбаларыңызды команда қалтасына жазу мүмкін болмады: {reason}. Олар осы компьютерде аман, қалта қайта қолжетімді болғанда сонда жазылады.',
  'team.folderUnreachable':
    '{folder} команда қалтасы қазір қолжетімсіз ({reason}). Бұрын оқылған әріптестеріңіздің жазбалары әлі көрсетіледі; сіздің жазбаларыңыз осы компьютерде қалады және қалта қайта қолжетімді болғанда сонда жазылады.',
  'team.layerUnreadable':
    '{named, select, yes {{person} жазбаларын} other {Әріптестің жазбаларын ({file} файлы)}} («{report}» есебі) оқу мүмкін болмады: {reason}. {halfWritten, select, yes {Қолданба өзі қайта әрекеттенеді: синхрондау әлі аяқталмаған болуы мүмкін.} other {Қолданба олар өзгергенде қайта оқиды.}}',
  'team.notesLeftOut':
    '{person}: «{report}» есебіне арналған {count, plural, one {# жазба} other {# жазба}} пайдаланылмады (бүлінген немесе қолданбаның басқа нұсқасы жасаған), сондықтан көрсетілмейді; {shown, plural, =0 {басқа жазба жоқ} one {қалған # жазба көрсетілді} other {қалған # жазба көрсетілді}}. Қолданба файл өзгергенде оны қайта оқиды.',
  'team.settingsDamaged':
    '{path} ішіндегі команда баптауларын оқу мүмкін болмады, сондықтан бөлісу өшірілді. Жазбаларыңызбен бөлісу үшін команда қалтасын қайта таңдаңыз.',
  'team.choiceKept': 'Команда таңдауы қолданба жабылғанша сақталады.',
  'team.courseNotes': 'Курс жазбалары ({trainer})',

  // The part of main's team notes that reads colleagues' files (the team worker)
  'team.readerRestarted':
    'Қолданбаның команда жазбаларын оқитын бөлігі күтпеген жерден тоқтап, қайта іске қосылды. Өз жазбаларыңызға ешнәрсе болған жоқ; әріптестеріңіздің жазбалары команда қалтасынан қайта оқылып жатыр.',
  'team.readerStopped':
    'Қолданбаның команда жазбаларын оқитын бөлігі тағы тоқтады, сондықтан әріптестеріңіздің жазбалары әзірге көрсетілмейді. Өз жазбаларыңыз сақталған және бұрынғыдай бөлісіледі. Команда жазбаларын қайта көру үшін қолданбаны қайта іске қосыңыз.',
  'team.readerBusy':
    'Команда жазбалары қазір қайта оқылып жатыр, сондықтан бұл жазбаны көшіру мүмкін болмады. Сәлден кейін қайталап көріңіз.',

  // Main's words: a file chosen to import
  'import.tooLarge': '{path} жазбалар файлы болу үшін тым үлкен.',
  'import.notOpened': '{path} ашылмады: {reason}.',
  'import.notRead': '{path} оқылмады: {reason}',
  'import.nothingImported': 'Ештеңе импортталмады.',

  // Why an imported notes file, or one item of it, is refused (web-annotation.ts)
  'refusal.unreadable':
    'Файлды жазбалар ретінде оқу мүмкін болмады: бұл осы қолданба немесе басқа Web Annotation құралы экспорттаған жазбалар файлы емес.',
  'refusal.tooDeep':
    'Бұл жазбалар файлы емес: оның мазмұны жазбаларда болатыннан әлдеқайда терең кірістірілген.',
  'refusal.notJson':
    'Бұл жазбалар файлы емес: ол дұрыс JSON емес (файл зақымдалған немесе толық сақталмаған болуы мүмкін).',
  'refusal.markdownExport':
    'Бұл — жазбалардың Markdown экспорты: ол импорттауға емес, оқуға арналған. Жазбаларды қолданбаға енгізу үшін JSON экспортын импорттаңыз: «Жазбалар» қойындысында «JSON етіп экспорттау…» батырмасын, содан кейін сол файлмен «JSON-нан импорттау…» батырмасын таңдаңыз.',
  'refusal.empty': 'Файлда жазбалар жоқ.',
  'refusal.notAnnotations':
    'Файлда Web Annotation пішіміндегі жазбалар жоқ (AnnotationCollection, AnnotationPage, Annotation немесе олардың тізімі).',
  'refusal.tooMany':
    'Файлда {max, plural, one {# жазбадан} other {# жазбадан}} көп бар, ал бір рет ең көбі {max, plural, one {# жазба} other {# жазба}} импорттауға болады.',
  'refusal.outsidePages': 'Жинақ файлдан тыс жазбаларға сілтейді; оларды оқу мүмкін емес.',
  'refusal.pageWithoutItems': 'Жинақта элементтер тізімі жоқ жазбалар беті (AnnotationPage) бар.',
  'refusal.item': '{number, number}-жазба: {reason}',
  'refusal.notObject': 'бұл жазба емес, {kind}.',
  'refusal.wrongType': 'бұл жазба емес: оның түрі — {type}, «Annotation» емес.',
  'refusal.noId': 'оның идентификаторы (id) жоқ.',
  'refusal.targets': 'ол есептегі дәл бір орынды (бір target) көрсетуі керек.',
  'refusal.notOnReport':
    'ол осы қолданбаның есебіне жатпайды (нысанасының көзі {prefix} деп басталмайды).',
  'refusal.noEdition':
    'онда есептің қай басылымында жасалғаны көрсетілмеген (нысанасында {prefix}… күйі жоқ).',
  'refusal.noSelector': 'онда есептің қай жерінде екені көрсетілмеген (нысанасында селектор жоқ).',
  'refusal.missingSelectors': 'онда {missing} көрсетілмеген.',
  'refusal.missing.fragment': 'қай азатжолда екені (FragmentSelector жоқ)',
  'refusal.missing.quote': 'қандай мәтінді белгілейтіні (TextQuoteSelector жоқ)',
  'refusal.missing.position': 'азатжолдың қай жерінде екені (TextPositionSelector жоқ)',
  'refusal.bodyNoText': 'оның бір денесінде (body) мәтін жоқ.',
  'refusal.oneIssue': '{issue}.',
  'refusal.twoIssues': '{first}; {second}.',
  'refusal.value.quoted': '«{text}»',
  'refusal.value.kind':
    '{kind, select, nothing {бос} null {бос мән (null)} list {тізім} object {объект} text {мәтін} number {сан} boolean {«иә» не «жоқ» мәні} other {басқа нәрсе}}',
  'refusal.issue.color': 'оның {value} түсі қолданбаның түстерінің бірі емес ({colors})',
  'refusal.issue.noteTooLong':
    'оның жазбасы {max, plural, one {# таңбадан} other {# таңбадан}} ұзын',
  'refusal.issue.noteNotText': 'оның жазбасы мәтін емес',
  'refusal.issue.tooManyTags': 'оның тегтері {max, plural, one {# тегтен} other {# тегтен}} көп',
  'refusal.issue.tagsNotList': 'оның тегтері сөздер тізімі емес',
  'refusal.issue.tagEmpty': 'оның бір тегі бос',
  'refusal.issue.tagTooLong':
    'оның {value} тегі {max, plural, one {# таңбадан} other {# таңбадан}} ұзын',
  'refusal.issue.tagNotText': 'оның бір тегі мәтін емес',
  'refusal.issue.noCreated': 'оның жасалған уақыты жоқ',
  'refusal.issue.noModified': 'оның өзгертілген уақыты жоқ',
  'refusal.issue.createdNotTime':
    'оның жасалған уақыты {value} күн мен уақыт емес (мысалы, 2026-01-02T09:30:00Z болуы керек)',
  'refusal.issue.modifiedNotTime':
    'оның өзгертілген уақыты {value} күн мен уақыт емес (мысалы, 2026-01-02T09:30:00Z болуы керек)',
  'refusal.issue.id':
    'оның {value} идентификаторы қолданбаға жарамайды (8–64 латын әрпі, цифр, - немесе _ болуы керек)',
  'refusal.issue.reportId':
    'оның есеп атауы {value} қолданбаға жарамайды (кіші латын әріптері, цифрлар және дефистер болуы керек)',
  'refusal.issue.editionHash': 'онда ол жасалған басылым осы қолданба жазатын түрде көрсетілмеген',
  'refusal.issue.paragraphId':
    'ол тұрған азатжолдың атауы, {value}, қолданбаға жарамайды (FragmentSelector)',
  'refusal.issue.sectionId':
    'ол тұрған бөлімнің атауы, {value}, қолданбаға жарамайды (FragmentSelector)',
  'refusal.issue.position':
    'оның азатжолдағы орны екі бүтін санмен берілмеген (TextPositionSelector)',
  'refusal.issue.emptyRange':
    'ол ешбір мәтінді белгілемейді: оның соңы басынан кейін емес (TextPositionSelector)',
  'refusal.issue.quoteTooLong':
    'оның дәйексөзі {max, plural, one {# таңбадан} other {# таңбадан}} ұзын (TextQuoteSelector)',
  'refusal.issue.noQuote': 'онда дәйексөз жоқ (TextQuoteSelector)',
  'refusal.issue.contextTooLong':
    'дәйексөзінің айналасындағы мәтін {max, plural, one {# таңбадан} other {# таңбадан}} ұзын (TextQuoteSelector)',
  'refusal.issue.target': 'онда есептің қай жерінде екені анық көрсетілмеген (нысанасы, target)',
  'refusal.issue.other': 'оның бір бөлігі қолданба оқи алатын түрде емес',

  // Why a colleague's team file is refused (team-file.ts, team-folder.ts): a clause said after
  // "…could not be read:" in team.layerUnreadable
  'team.refusal.tooLarge': 'ол команда файлына рұқсат етілген өлшемнен үлкен',
  'team.refusal.tooDeep': 'оның мазмұны жазбаларда болатыннан әлдеқайда терең кірістірілген',
  'team.refusal.incomplete': 'ол әлі толық JSON емес (мүмкін, әлі көшіріліп жатыр)',
  'team.refusal.notCollection': 'бұл жазбалар жинағы емес',
  'team.refusal.foreign': 'оны бұл қолданба жазбаған',
  'team.refusal.otherPerson': 'ішінде файл атауындағы адам емес, басқа адам көрсетілген',
  'team.refusal.noName': 'онда авторының аты көрсетілмеген',
  'team.refusal.tooMany': 'онда {max, plural, one {# жазбадан} other {# жазбадан}} көп жазба бар',
  'team.refusal.noNotes': 'онда жазбалар жоқ',
  'team.refusal.notesOutside': 'ол файлдан тыс жазбаларға сілтейді, ал оларды оқу мүмкін емес',
  'team.refusal.pageWithoutList': 'оның беттерінің бірінде жазбалар тізімі жоқ',
  'team.refusal.unreadable': 'оның жазбалары қолданба оқи алатын түрде емес',
  'team.refusal.link': 'бұл сілтеме, ал қолданба команда қалтасындағы сілтемелерге өтпейді',
  'team.refusal.notFile': 'бұл файл емес',
  'team.refusal.tooManyFiles': 'қалтада қолданба оқитыннан көп команда файлы бар',

  // The content build's words to a trainer (src/content, build-words.ts): lines of
  // `npm run build:content`, in the language of --lang, LC_ALL, LC_MESSAGES or LANG
  'build.usage':
    "қолданылуы: build-content [--content '<'қалта>] [--out '<'қалта>] [--outline] [--lang '<'тіл>]",
  'build.usage.unknownArgument': 'белгісіз аргумент «{argument}»',
  'build.usage.needsFolder': '{flag} параметрінен кейін қалтаны көрсету керек',
  'build.usage.needsLanguage':
    '--lang параметрінен кейін тілді көрсету керек: en, ru, kk немесе ar',
  'build.usageError': 'build:content: {problem}',
  'build.summary':
    'build:content: {reports, plural, one {# есеп} other {# есеп}}, {sections, plural, one {# бөлім} other {# бөлім}}, {paragraphs, plural, one {# абзац} other {# абзац}}: {from} → {to}; кітапхана {libraryBytes} байт, {lunrIndex}, ықшам индекс {packedBytes} байт; {ms} мс, жадтың ең жоғары көлемі {memory} МБ',
  'build.summary.lunr': 'lunr индексі {bytes} байт',
  'build.summary.lunrLeftOut': 'lunr индексі edition.json бойынша қосылмады ({saved} МБ үнемделді)',
  'build.problems':
    'build:content: {folder} ішінде {count, plural, one {# мәселе} other {# мәселе}} табылды; ештеңе жазылған жоқ:',
  'build.failed': 'build:content: сәтсіз аяқталды: {error}',
  'build.warning': '{file}: ескерту: {message}',
  'build.quoted': '«{text}»',
  'build.and': '{first} және {second}',
  'build.noSections':
    '{format, select, text {танылатын бөлімдер жоқ (абзац басындағы «Overview:» сияқты тақырыптар күтілген)} markdown {танылатын бөлімдер жоқ («#» немесе «##» сияқты тақырыптар күтілген)} html {танылатын бөлімдер жоқ (беттегі {h2} сияқты тақырыптар немесе абзац басында жуан қаріппен жазылған «Overview:» сияқты тақырыптар күтілген)} pdf {танылатын бөлімдер жоқ (мәтіннен ірірек немесе жуанырақ қаріппен жазылған тақырыптар күтілген)} docx {танылатын бөлімдер жоқ («Тақырып 1» немесе «Тақырып 2» сияқты тақырып стиліндегі абзацтар күтілген)} epub {танылатын бөлімдер жоқ (тарауларында {h1} немесе {h2} сияқты тақырыптар күтілген)} other {танылатын бөлімдер жоқ}}',
  'build.nestedTooDeep':
    'жинақтау оқи алмайтындай тым терең кірістірілген (тізімдер, дәйексөздер немесе HTML элементтері бірінің ішінде бірі, мыңдаған деңгей). Файлдың атауында көрсетілген пішімдегі есеп екенін тексеріңіз немесе оны жасаған бағдарламада қайта сақтаңыз',
  'build.parse.tooLong':
    'оны оқу {minutes, plural, one {# минуттан} other {# минуттан}} ұзаққа созылып, тоқтатылды: файл оқу бағдарламасы өңдей алмайтындай құрылған. Файлдың атауында көрсетілген пішімдегі есеп екенін тексеріңіз немесе оны жасаған бағдарламада қайта сақтаңыз',
  'build.parse.tooMuchMemory':
    'оны оқуға {memory} жадтан көп қажет болып, тоқтатылды: файл оқу бағдарламасы өңдей алмайтындай құрылған. Файлдың атауында көрсетілген пішімдегі есеп екенін тексеріңіз немесе оны жасаған бағдарламада қайта сақтаңыз',
  'build.parse.failed':
    'жинақтау файлды оқу кезінде сәтсіз аяқталды ({error}). Ештеңе жазылған жоқ. Бұл сіздің файлыңыздың емес, жинақтаудың қатесі: файлды қоса беріп, ол туралы хабарлаңыз',
  'build.prescan.html':
    'бетте {past, select, depth {элементтер {max, number} деңгейден терең кірістірілген} other {{max, number} элементтен көп}} ({line, number}-жол); нағыз беттерде бірнеше ондаған деңгей және бірнеше мың элемент болады. Бетті браузерден қайта сақтаңыз («Веб-бет, тек HTML») немесе оның мәтінін пайдаланыңыз',
  'build.prescan.nesting':
    '{line, number}-жол: тізімдер немесе дәйексөздер {depth, number} деңгей терең кірістірілген (немесе жолдың шегінісі {spaces, plural, one {# бос орын} other {# бос орын}}); жинақтау {max, number} деңгейге дейін оқиды. Файлдың Markdown екенін және сол жолдың шегінісін тексеріңіз',
  'build.prescan.emphasis':
    '{line, number}-жол: абзацта *, _ немесе ~ таңбаларының {runs, number} тізбегі бар; жинақтау бір абзацта {max, number} тізбекке дейін оқиды, өйткені оларды ерекшелеу ретінде сәйкестендіру тым ұзаққа созылады. Файлдың Markdown екенін тексеріңіз немесе абзацты бөліңіз',
  'build.prescan.codeSpans':
    '{line, number}-жол: {chars, number} таңбалы абзацта {lengths, number} түрлі ұзындықтағы кері апостроф (`) тізбектері бар, Markdown оқу бағдарламасы оларды код ретінде сәйкестендіруге тым ұзақ уақыт жұмсайды. Файлдың Markdown екенін тексеріңіз; кодты қоршалған блокқа (```) салыңыз',
  'build.prescan.footnotes':
    '{line, number}-жол: файлда {max, number} {what, select, definitions {ескертпеден} other {ескертпеге сілтемеден}} көп бар, бұл жинақтау бір файлда оқитыннан көп. Есепті бірнеше файлға бөліңіз',
  'build.prescan.tableCells':
    '{line, number}-жол: файлдың кестелерінде барлығы {max, number} ұяшықтан көп, бұл жинақтау бір файлда оқитыннан көп. Есепті бірнеше файлға бөліңіз немесе кестені жеке файл етіп беріңіз',
  'build.warning.cutOff':
    'мәтін үзіліп қалған сияқты: ол сөйлемнің ортасында аяқталады («{end}»). Сол жерге дейінгі бәрі сақталды; файлдың толық екенін тексеріңіз.',
  'build.warning.emptySection': '«{heading}» бөлімінің тақырыбы астында мәтін жоқ; бөлім сақталды',
  'build.warning.repeated':
    'бір абзац {times, plural, =2 {екі рет} one {# рет} other {# рет}} қайталанады («{quote}»; бөлімдер: {where}); әрқайсысы сақталды',
  'build.pdf.pages': '{count, plural, one {{last}-бет} other {{first} және {last}-беттер}}',
  'build.pdf.uncertainOrder':
    'оқу реті белгісіз ({pages}): мәтін қатар тұрған екі блокта, олар бағандар не кесте болуы мүмкін; ол екі блокты да қиып, жол-жолымен оқылды. {count, plural, one {Оны} other {Оларды}} PDF-пен салыстырыңыз',
  'build.pdf.doubtfulTable':
    '{pages}: жолдар кесте жолдары сияқты бөліктерге бөлінген, бірақ бөліктер бағандарға тураланбайды; олар мәтін ретінде оқылды. Оларды PDF-пен салыстырыңыз',
  'build.or': '{first} немесе {last}',
  'build.folder.notFound': 'материалдар қалтасы табылмады',
  'build.folder.notFolder': 'бұл қалта емес',
  'build.folder.unreadable': 'материалдар қалтасын оқу мүмкін емес ({error})',
  'build.folder.noReports': 'материалдар қалтасында есептер жоқ ({extensions} файлдары)',
  'build.source.unknownFormat':
    "белгісіз пішім (есептер {extensions} файлдары болуы керек; метадеректер '<'id>{suffix} файлына жазылады)",
  'build.source.invalidId':
    'есептің «{id}» идентификаторы жарамсыз: файл атауы (кеңейтімсіз) кіші латын әріптері мен цифрлардан тұруы, сөздер бір дефиспен жалғануы, ұзындығы 120 таңбадан аспауы керек, мысалы crt2021-kazakhstan',
  'build.source.duplicateId':
    'есептің «{id}» идентификаторы қайталанады (оны {others} да пайдаланады)',
  'build.source.missingSidecar': '{name} метадеректер файлы жоқ',
  'build.source.orphanSidecar':
    'есебі жоқ метадеректер файлы ({id} деп аталатын, {extensions} кеңейтімді есеп күтілген)',
  'build.source.linkTarget': 'басқа орын',
  'build.source.link':
    '{folder, select, yes {бұл {target} қалтасына сілтеме. Қалтадан тыс ештеңе қолданбаға кірмеуі үшін сілтемелер қабылданбайды. Сілтемені жойыңыз.} other {бұл файл емес, {target} орнына сілтеме. Қалтадан тыс ештеңе қолданбаға кірмеуі үшін сілтемелер қабылданбайды. Қалтаға файлдың өзін көшіріңіз немесе сілтемені жойыңыз.}}',
  'build.source.unknownEncoding':
    'бет өз таңбалары «{encoding}» кодтауында деп көрсетеді, жинақтау бұл кодтауды білмейді; бетті UTF-8 кодтауында қайта сақтаңыз',
  'build.source.notText':
    'бұл {encoding} мәтіні емес; файлды UTF-8 кодтауында сақтап, қайталап көріңіз',
  'build.source.empty': 'файл бос',
  'build.warning.cutCharacter':
    'файл таңбаның ортасында аяқталады, белгілі бір байттан кейін қиылған файлдағыдай; оған дейінгі мәтін сақталды. Файлдың толық екенін тексеріңіз.',
  'build.source.linkAt': '{path}: {problem}',
  fileSize: '{unit, select, kilobytes {{amount} КБ} megabytes {{amount} МБ} other {{amount} ГБ}}',

  'build.dropped.endOfPage':
    'беттің соңы алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}}): мақаладан кейінгі навигация мен сілтемелер',
  'build.dropped.editionEnd':
    'мәтіннің edition.json ішіндегі pageChrome.endAt көрсеткен жолдан басталатын соңы алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}})',
  'build.dropped.archiveBanner':
    'мұрағат баннері алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}})',
  'build.dropped.govBanner':
    '.gov мемлекеттік сайт баннері алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}})',
  'build.dropped.navigation':
    'сайттың навигациясы алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}})',
  'build.dropped.editionLines':
    'edition.json ішіндегі pageChrome көрсеткен жолдар алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}})',
  'build.dropped.pageTitle':
    'беттің тақырыбы алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}}): ол есептің атауын қайталайды',
  'build.dropped.details':
    'есептің деректері алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}}): баспагері, басылымы және дереккөзі — қолданба оларды өзі көрсетеді',
  'build.dropped.browserChrome':
    'браузердің колонтитулдары алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}}): браузер бетті басып шығарғанда оның айналасына қосатын күн, тақырып, мекенжай және беттер саны',
  'build.dropped.runningChrome':
    'колонтитулдар алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}}): олар беттердің жоғарғы не төменгі жағында қайталанады',
  'build.dropped.artifacts':
    'колонтитулдар алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}}): PDF оларды мәтінге жатпайды (артефакт) деп белгілеген',
  'build.dropped.pageNumbers':
    'бет нөмірлері алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}}): олардың орнына әр блок өзі басталатын бетті сақтайды',
  'build.dropped.pdfContents':
    'құжаттың өз мазмұны алып тасталды («{quote}», {lines, plural, one {# жол} other {# жол}}): қолданбада өз мазмұны бар',
  'build.dropped.aroundArticle':
    'беттегі мақаланың айналасы алып тасталды (жоғарғы бөлігі, навигациясы, бүйір панельдері және төменгі бөлігі: {characters, plural, one {# таңба} other {# таңба}})',
  'build.dropped.htmlContents':
    'беттің өз мазмұны алып тасталды (тақырыптарына апаратын {links, plural, one {# сілтеме} other {# сілтеме}}): қолданбада өз мазмұны бар',
  'build.dropped.permalinks':
    '{headings, plural, one {# тақырыптың} other {# тақырыптың}} жанындағы тұрақты сілтеме белгілері алып тасталды («#», «¶»): олар беттің өз орындарына апарады',
  'build.dropped.active':
    'бет іске қосатын не жүктейтін нәрселер алып тасталды ({counts}): қолданба тек мәтінді сақтайды',
  'build.dropped.active.scripts': '{count, plural, one {# скрипт} other {# скрипт}}',
  'build.dropped.active.noscripts':
    '{count, plural, one {скриптсіз браузерлерге арналған # блок} other {скриптсіз браузерлерге арналған # блок}}',
  'build.dropped.active.styleSheets':
    '{count, plural, one {# стиль кестесі} other {# стиль кестесі}}',
  'build.dropped.active.forms': '{count, plural, one {# форма элементі} other {# форма элементі}}',
  'build.dropped.active.frames':
    '{count, plural, one {# ендірілген фрейм} other {# ендірілген фрейм}}',
  'build.dropped.active.media':
    '{count, plural, one {# сурет не медиа элементі} other {# сурет пен медиа элементі}}',
  'build.dropped.active.objects':
    '{count, plural, one {# ендірілген объект} other {# ендірілген объект}}',
  'build.dropped.active.templates':
    '{count, plural, one {# үлгі не диалог} other {# үлгі мен диалог}}',
  'build.dropped.word':
    'Word файлындағы мәтіннен басқасы алып тасталды ({counts}): олар ешқашан ашылмайды және жүктелмейді; қолданба тек мәтінді сақтайды',
  'build.dropped.word.embedded':
    '{count, plural, one {# ендірілген объект (ішіндегі файл)} other {# ендірілген объект (ішіндегі файлдар)}}',
  'build.dropped.word.pictures': '{count, plural, one {# сурет} other {# сурет}}',
  'build.dropped.word.webPictures':
    '{count, plural, one {интернеттен сілтеме арқылы алынатын # сурет} other {интернеттен сілтеме арқылы алынатын # сурет}}',
  'build.comma': '{first}, {second}',
  'build.dropped.markdownHtml':
    '{line, select, none {HTML ішінде} other {HTML ішінде, {line}-жолдан бастап}}: {what, select, comment {HTML түсініктемесі алып тасталды{shown, select, yes { («{excerpt}»)} other {}}; түсініктемелер файлды өңдейтін адамға арналған, оқырманға арналған мәтін емес.} script {скрипт алып тасталды{shown, select, yes { («{excerpt}»)} other {}}; қолданба есептегі кодты ешқашан іске қоспайды және көрсетпейді.} other {стиль кестесі алып тасталды{shown, select, yes { («{excerpt}»)} other {}}; қолданба есептегі кодты ешқашан іске қоспайды және көрсетпейді.}}',

  'unplaced.reportNotInApp': 'Ол тиесілі «{report}» есебі бұл қолданбада жоқ.',
  'unplaced.otherReport': 'Ол басқа есепке тиесілі.',
  'unplaced.sectionNotInEdition': 'Ол тиесілі «{section}» бөлімі есептің бұл басылымында жоқ.',
  'unplaced.textNotInEdition': 'Белгіленген мәтін («{excerpt}») есептің бұл басылымында жоқ.',
  'unplaced.passageChanged':
    'Ол тұрған үзінді тым көп өзгергендіктен, оны автоматты түрде орналастыру мүмкін болмады.',

  // The Markdown export's own words (export-markdown.ts) and citations (citation.ts)
  'markdown.title': 'Белгілеулер мен жазбалар',
  'markdown.chosen': 'Мұнда {chosen} жазбалар берілген.',
  'markdown.count': 'Бұл файлда {count, plural, one {# жазба} other {# жазба}} бар.',
  'markdown.timesIn': 'Уақыт жергілікті, {zone} белдеуі бойынша берілген.',
  'markdown.timesUtc': 'Уақыт UTC бойынша берілген.',
  'markdown.reportFacts': '{publisher} · {edition} басылымы · Дереккөз: {source}',
  'markdown.unknownReport':
    'Қолданбада «{report}» есебі жоқ, сондықтан бұл жазбаларды оған байлау мүмкін емес.',
  'markdown.unanchored': 'Байланбаған',
  'markdown.unanchoredHelp':
    'Есептің қазіргі басылымынан табылмады. Оларды қолданбада қайта байлаңыз немесе жойыңыз.',
  'markdown.color': 'Түсі: {label} ({color})',
  'markdown.colorId': 'Түсі: {color}',
  'markdown.tags': 'Тегтер: {tags}',
  'markdown.created': 'Жасалған уақыты: {time}',
  'markdown.updated': 'өзгертілген уақыты: {time}',
  'markdown.changed': 'белгіленгеннен бері мұндағы мәтін өзгерген',
  'markdown.notPlaced': 'Оны есепке орналастыру мүмкін болмады.',
  'markdown.wasOnSection': '«{section}» бөлімінде болған',
  'markdown.sectionNote': 'Бөлімге жазба',
  'markdown.tagSeparator': ', ',
  'cite.plain': '«{quote}» — {citation}',
  'cite.quoted': '«{heading}»',
  'cite.section': '{count, plural, one {{headings} бөлімі} other {{headings} бөлімдері}}',
  'cite.page': '{page}-б.',
  'cite.pages': '{first}–{last}-бб.',
  'cite.edition': '{edition} басылымы',
  'cite.comma': ', ',

  // Main's words: a notes file that could not be read as the app started
  'legacy.readThisTime':
    '{file} жазбалар файлын бұл жолы оқу мүмкін болмады ({reason}). Ол сол күйінде қалдырылды, қолданба келесі іске қосылғанда қайта әрекеттенеді.',
  'legacy.noReason': 'оны оқу мүмкін болмады',
  'legacy.damagedMoved':
    'Жазбалар файлын оқу мүмкін болмады ({reason}), сондықтан қолданба ондағы жазбаларсыз іске қосылды. Бүлінген файл өзгеріссіз {path} ретінде сақталды.',
  'legacy.newerMoved':
    'Жазбалар файлын қолданбаның жаңарақ нұсқасы жасаған (пішім {version}), бұл нұсқа оны оқи алмайды, сондықтан қолданба ондағы жазбаларсыз іске қосылды. Файл өзгеріссіз {path} ретінде сақталды. Бұл жазбаларды пайдалану үшін жаңа нұсқаға оралып, файлдың атын {name} деп өзгертіңіз.',
  'legacy.notMoved':
    '{newer, select, yes {Жазбалар файлын қолданбаның жаңарақ нұсқасы жасаған (пішім {version}), бұл нұсқа оны оқи алмайды} other {Жазбалар файлын оқу мүмкін болмады ({reason})}}, әрі оны бөлек қою да мүмкін болмады ({error}). Ол сол күйінде қалдырылды.',
  'notesFile.linkAside':
    'Жазбаларыңыздың бір файлы, {file}, {target} файлына сілтеме болды. Қолданба өз файлдары үшін сілтемелерді пайдаланбайды, сондықтан сілтеме көрсететін нәрсені өзгертпей, сілтеменің өзін {path} ретінде сақтады. Басқа жазбаларыңыздың бәрі орнында. Сілтеме көрсететін файлда сізге керек жазбалар болса, қолданбаны жауып, {file} орнына сілтемені емес, сол файлдың өз көшірмесін қойыңыз.',
  'notesFile.notAFileAside':
    'Жазбаларыңыздың бір файлының орнында ({file}) файл емес басқа нәрсе (қалта, арна немесе құрылғы) тұрды. Қолданба оны оқымай, {path} ретінде сақтады. Басқа жазбаларыңыздың бәрі орнында. Оны сіз қоймаған болсаңыз, жоюға болады.',
  'notesFile.isLink': 'бұл {target} файлына сілтеме',
  'notesFile.isNotAFile': 'бұл файл емес',
  'notesFile.tooLargeAside':
    'Жазбаларыңыздың бір файлы, {file}, қолданба жазатын кез келген жазбалар файлынан әлдеқайда үлкен, сондықтан ол оқылмады: ол бүлінген немесе мүлде жазбалар файлы емес болуы мүмкін. Ол өзгертілмей, {path} ретінде сақталды. Басқа жазбаларыңыздың бәрі орнында. Бұл файлды сіз қоймаған болсаңыз, дискіні және осы қалтаны синхрондайтын бағдарламаны тексеріңіз; сақталған файл енді керек болмаса, оны жоюға болады.',
  'notesFile.isTooLarge': 'ол қолданба жазатын кез келген жазбалар файлынан әлдеқайда үлкен',
  'notesFile.unreadable':
    'Жазбаларыңыздың бір файлын, {file}, оқу мүмкін болмады ({reason}){moved, select, no {, әрі оны бөлек қою да мүмкін болмады ({error})} other {}}, сондықтан ондағы жазбалар көрсетілмейді. Оны қорғау үшін қолданба оған жазбайды.',
  'colorNames.notIndex': 'бұл жазбаларыңыздың индексі емес',
  'colorNames.damaged':
    'Түс атауларыңыздың файлын, {file}, оқу мүмкін болмады ({reason}), сондықтан әдепкі атаулар қолданылады. {moved, select, yes {Ол өзгеріссіз {path} ретінде сақталды.} other {Оны қорғау үшін қолданба оған жазбайды.}}'
}

export const kazakhCatalog: Catalog = { name: 'Қазақша', dir: 'ltr', messages: kk }
