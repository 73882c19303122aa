import type { Catalog } from '../catalog-types'
import type { en } from './en'

/**
 * Arabic (Modern Standard, right to left). The app's terms are always the same word: see
 * ar-glossary.md beside this file. Plurals give all six Arabic forms (zero, one, two, few, many,
 * other); numbers are written as the reader's system writes them (Intl).
 */
const ar: Record<keyof typeof en, string> = {
  'app.opening': 'جارٍ فتح التقرير…',
  'app.reportNotOpened': 'تعذّر فتح هذا التقرير: {reason}',
  'app.noReports': 'لا يحتوي هذا التطبيق على أي تقرير.',

  'common.done': 'تم',
  'common.close': 'إغلاق',

  'display.title': 'العرض',
  'display.language': 'اللغة',
  'display.language.system': 'حسب النظام',
  'display.theme': 'المظهر',
  'display.theme.system': 'حسب النظام',
  'display.theme.light': 'فاتح',
  'display.theme.dark': 'داكن',
  'display.typeface': 'الخط',
  'display.typeface.literata': 'Literata (خط كتب مذيّل)',
  'display.typeface.atkinson': 'Atkinson Hyperlegible (خط واضح بلا تذييل)',
  'display.typeface.system': 'الخط المذيّل في هذا الحاسوب',
  'display.textSize': 'حجم النص',
  'display.smaller': 'تصغير النص',
  'display.smaller.short': 'أ−',
  'display.larger': 'تكبير النص',
  'display.larger.short': 'أ+',
  'display.pixels': '{size, number} بكسل',
  'display.lineSpacing': 'تباعد الأسطر',
  'display.spacing.compact': 'متقارب',
  'display.spacing.normal': 'عادي',
  'display.spacing.relaxed': 'متباعد',
  'display.lineWidth': 'عرض السطر',
  'display.width.narrow': 'ضيّق',
  'display.width.medium': 'متوسط',
  'display.width.wide': 'عريض',
  'toolbar.hideSidebar': 'إخفاء المحتويات والملاحظات',
  'toolbar.showSidebar': 'إظهار المحتويات والملاحظات',
  'toolbar.display': 'العرض',
  'toolbar.display.tooltip': 'العرض: اللغة والمظهر والخط وحجم النص والتباعد',
  'toolbar.print': 'طباعة / PDF…',
  'toolbar.about': 'حول',
  'toolbar.withKeys': '{label} ({keys})',
  'about.version': 'الإصدار {version}',
  'about.contact': '<b>للتواصل:</b> {contact}',
  'about.reports': 'التقارير في هذا الإصدار',
  'about.source': 'المصدر:',
  'about.offline': 'يعمل هذا التطبيق دون اتصال: لا يرسل أي طلب عبر الشبكة.',
  'error.contentMissing': 'التقرير غير موجود في هذه النسخة من التطبيق',
  'error.contentCorrupt': 'تعذّر فتح التقرير',
  'error.file': 'الملف: <code>{path}</code>',
  'userData.title': 'لا يمكن حفظ ملاحظاتك وإعداداتك',
  'userData.whatWorks':
    'ما زال بإمكانك قراءة التقارير والبحث فيها، والملاحظات التي كتبتها من قبل معروضة. أما التظليلات والملاحظات والإعدادات التي تغيّرها الآن فستضيع عند إغلاق التطبيق. لن يتغيّر شيء مما في ذلك المجلد.',
  'userData.fix':
    'لحلّ المشكلة، اطلب من المسؤول عن هذا الحاسوب أن يجعل ذلك المجلد متاحًا لحسابك، ثم أعد تشغيل التطبيق.',
  'userData.continue': 'القراءة دون حفظ',
  'shortcuts.title': 'اختصارات لوحة المفاتيح',
  'shortcuts.keys': 'المفاتيح',
  'shortcuts.action': 'وظيفتها',
  'shortcuts.or': ' أو ',
  'shortcuts.anywhere': 'في أي مكان',
  'shortcuts.search': 'الانتقال إلى مربع البحث',
  'shortcuts.print': 'طباعة التقرير أو تصديره بصيغة PDF',
  'shortcuts.help': 'عرض اختصارات لوحة المفاتيح هذه',
  'shortcuts.escape': 'إغلاق نافذة الحوار؛ مسح البحث وعلاماته',
  'shortcuts.inSearch': 'في مربع البحث',
  'shortcuts.chooseResult': 'اختيار نتيجة',
  'shortcuts.openResult': 'فتحها: ينتقل النص إليها وتُعلَّم كل المواضع المطابقة',
  'shortcuts.nextHit': 'بعد الفتح: الموضع التالي / السابق',
  'shortcuts.highlightHit': 'تظليل الموضع الحالي وكتابة ملاحظة',
  'shortcuts.inText': 'في النص',
  'shortcuts.nextHighlight': 'الانتقال إلى التظليل التالي / السابق',
  'shortcuts.openHighlight': 'فتح التظليل: اللون، الملاحظة، الوسوم، الحذف',
  'keys.ctrl': 'Ctrl',
  'keys.esc': 'Esc',
  'keys.enter': 'Enter',
  'keys.shift': 'Shift',
  'keys.alt': 'Alt',
  'keys.tab': 'Tab',
  'messages.close': 'إغلاق الرسالة',
  'messages.dismiss': 'تجاهل',
  'sidebar.width': 'عرض الشريط الجانبي',
  'sidebar.tabs': 'الشريط الجانبي',
  'toc.title': 'المحتويات',
  'report.switch': 'التقرير',
  'report.publisher': 'الناشر',
  'report.edition': 'الإصدار',
  'report.source': 'المصدر',
  'report.comparePrevious': 'المقارنة بالإصدار السابق ({edition})',
  'changes.offer.label': 'إصدار جديد من هذا التقرير',
  'changes.offer.text': 'صدر إصدار جديد من هذا التقرير منذ آخر قراءة لك.',
  'changes.offer.show': 'عرض التغييرات',
  'changes.offer.notNow': 'ليس الآن',
  'changes.inText.label': 'تغيّر في هذا الإصدار: {title}',
  'changes.inText.movedFrom': '(من «{section}»)',
  'changes.shown.label': 'التغييرات معروضة في النص',
  'changes.shown.sinceLastRead':
    'التغييرات منذ الإصدار الذي قرأته آخر مرة معروضة في النص، بعد كل مقطع تغيّر.',
  'changes.shown.sinceEdition':
    'التغييرات منذ الإصدار «{edition}» معروضة في النص، بعد كل مقطع تغيّر.',
  'changes.shown.back': 'العودة إلى «ما الذي تغيّر»',
  'changes.shown.stop': 'إيقاف عرض التغييرات',
  'whatChanged.title.lastRead': 'ما الذي تغيّر منذ آخر قراءة لهذا التقرير',
  'whatChanged.title.previous': 'ما الذي تغيّر منذ الإصدار السابق',
  'whatChanged.corrected': 'صُحّح النص منذ آخر قراءة لك (الإصدار {to}).',
  'whatChanged.fromLastRead': 'من الإصدار الذي قرأته آخر مرة ({from}) إلى هذا الإصدار ({to}).',
  'whatChanged.fromPrevious': 'من الإصدار «{from}» إلى هذا الإصدار ({to}).',
  'whatChanged.steps': 'التنقل بين التغييرات',
  'whatChanged.previousChange': 'التغيير السابق',
  'whatChanged.previous': 'السابق',
  'whatChanged.position': 'التغيير {current, number} من {count, number}',
  'whatChanged.nextChange': 'التغيير التالي',
  'whatChanged.next': 'التالي',
  'whatChanged.inSection': 'في «{section}»',
  'whatChanged.movedFrom': 'نُقل إلى هنا من «{section}».',
  'whatChanged.movedWithin': 'نُقل داخل هذا القسم.',
  'whatChanged.notesHere': 'ملاحظاتك هنا',
  'whatChanged.noteQuote': '{color}: «{quote}»',
  'whatChanged.showWhereItWas': 'عرض موضعه السابق',
  'whatChanged.showInReport': 'عرضه في التقرير',
  'change.none': 'لا تغييرات في النص.',
  'change.summary':
    '{count, plural, zero {لا تغييرات} one {تغيير واحد} two {تغييران} few {# تغييرات} many {# تغييرًا} other {# تغيير}}: {kinds}.',
  'change.count.inserted': '{count, number} مُضاف',
  'change.count.deleted': '{count, number} محذوف',
  'change.count.modified': '{count, number} مُعاد صياغته',
  'change.count.moved': '{count, number} منقول',
  'change.note.moved': 'انتقل تظليلك مع نصه إلى هنا.',
  'change.note.changed': 'يغطي تظليلك الآن نصًا أُعيدت صياغته.',
  'change.note.unplaced':
    'تعذّر وضع تظليلك في هذا الإصدار؛ تجده تحت «غير مثبّتة» في تبويب الملاحظات.',
  'change.note.inPlace': 'تظليلك هنا، دون تغيير.',
  'change.title.inserted.sentence': 'نص مُضاف',
  'change.title.inserted.paragraph': 'فقرة مُضافة',
  'change.title.inserted.section': 'قسم مُضاف',
  'change.title.inserted.heading': 'عنوان مُضاف',
  'change.title.deleted.sentence': 'نص محذوف',
  'change.title.deleted.paragraph': 'فقرة محذوفة',
  'change.title.deleted.section': 'قسم محذوف',
  'change.title.deleted.heading': 'عنوان محذوف',
  'change.title.modified.sentence': 'نص مُعاد صياغته',
  'change.title.modified.paragraph': 'فقرة مُعاد صياغتها',
  'change.title.modified.section': 'قسم مُعاد صياغته',
  'change.title.modified.heading': 'عنوان مُعاد صياغته',
  'change.title.moved.sentence': 'نص منقول',
  'change.title.moved.paragraph': 'فقرة منقولة',
  'change.title.moved.section': 'قسم منقول',
  'change.title.moved.heading': 'عنوان منقول',
  'color.yellow': 'مهم',
  'color.green': 'دليل',
  'color.blue': 'سؤال',
  'color.pink': 'للمتابعة',
  'search.label': 'البحث في التقارير',
  'search.placeholder': 'بحث (Ctrl+K)',
  'search.in': 'البحث في',
  'search.allReports': 'كل التقارير',
  'hits.label': 'المواضع المطابقة في النص',
  'hits.none': 'لا مواضع مطابقة هنا',
  'hits.position':
    '{current, number} من {count, plural, zero {لا مواضع} one {موضع واحد} two {موضعين} few {# مواضع} many {# موضعًا} other {# موضع}}',
  'hits.previous': 'الموضع السابق',
  'hits.next': 'الموضع التالي',
  'hits.highlight': 'تظليل هذا الموضع…',
  'hits.clear': 'مسح البحث',
  'search.results': 'النتائج',
  'search.failed': 'فشل البحث: {reason}',
  'search.count':
    '{total, plural, zero {لا فقرات مطابقة} one {فقرة مطابقة واحدة} two {فقرتان مطابقتان} few {# فقرات مطابقة} many {# فقرة مطابقة} other {# فقرة مطابقة}}',
  'search.countShowingBest':
    '{total, plural, zero {لا فقرات مطابقة} one {فقرة مطابقة واحدة} two {فقرتان مطابقتان} few {# فقرات مطابقة} many {# فقرة مطابقة} other {# فقرة مطابقة}}، يُعرض أفضل {shown, number} منها',
  'search.corrected': 'تُعرض نتائج <b>{word}</b>',
  'search.resultPlace': '{report}، {section}:',
  'search.resultPlace.heading': '{report}، {section} (العنوان مطابق):',
  'search.inNotes': 'في ملاحظاتك ({count, number})',
  'save.failed': 'تعذّر حفظ ملاحظاتك.',
  'save.unsaved':
    '{count, plural, zero {لا تغييرات غير محفوظة.} one {تغيير واحد لم يُحفظ بعد.} two {تغييران لم يُحفظا بعد.} few {# تغييرات لم تُحفظ بعد.} many {# تغييرًا لم يُحفظ بعد.} other {# تغيير لم يُحفظ بعد.}}',
  'save.retry': 'إعادة المحاولة الآن',
  'undo.button': 'تراجع',
  'selection.toolbar': 'تظليل النص المحدد أو نسخه',
  'selection.addNote': 'إضافة ملاحظة…',
  'colors.label': 'معاني الألوان',
  'colors.meaning.yellow': 'معنى التظليل الأصفر',
  'colors.meaning.green': 'معنى التظليل الأخضر',
  'colors.meaning.blue': 'معنى التظليل الأزرق',
  'colors.meaning.pink': 'معنى التظليل الوردي',
  'colors.save': 'حفظ أسماء الألوان',
  'citation.asText': 'نسخ مع الإحالة كنص عادي',
  'citation.text': 'نص',
  'citation.asMarkdown': 'نسخ مع الإحالة بصيغة Markdown',
  'citation.markdown': 'Markdown',
  'citation.copy': 'نسخ مع الإحالة',
  'citation.copyColon': 'نسخ مع الإحالة:',
  'citation.copyMenu': 'نسخ مع الإحالة…',
  'transfer.label': 'التصدير والاستيراد',
  'transfer.export': 'تصدير',
  'transfer.all':
    '{count, plural, zero {لا ملاحظات} one {الملاحظة الوحيدة} two {الملاحظتين كلتيهما} few {الملاحظات الـ# كلها} many {الملاحظات الـ# كلها} other {الملاحظات الـ# كلها}}',
  'transfer.shownCount':
    '{count, plural, zero {لا ملاحظات معروضة} one {الملاحظة المعروضة} two {الملاحظتين المعروضتين} few {الملاحظات الـ# المعروضة} many {الملاحظات الـ# المعروضة} other {الملاحظات الـ# المعروضة}}',
  'transfer.shown': 'الملاحظات المعروضة',
  'transfer.exportMarkdown': 'تصدير بصيغة Markdown…',
  'transfer.exportJson': 'تصدير بصيغة JSON…',
  'transfer.importJson': 'استيراد من JSON…',
  'compare.looking': 'جارٍ البحث عن التقارير التي فيها هذا القسم…',
  'compare.noOther': 'لا يوجد قسم «{section}» في أي تقرير آخر. اختر قسمًا آخر.',
  'compare.chooseMore': 'اختر تقريرًا آخر على الأقل لقراءته بجانبه.',
  'compare.full':
    '{count, number} تقارير متجاورة، وهو أقصى ما يتسع له العرض: أزل أحدها لإضافة غيره.',
  'compare.back': 'العودة إلى التقرير',
  'compare.title': 'قسم واحد في عدة تقارير',
  'compare.section': 'القسم',
  'compare.reports': 'تقارير متجاورة (من اثنين إلى أربعة)',
  'compare.column': 'العمود {index, number} من {count, number}',
  'compare.edition': 'الإصدار {edition}',
  'compare.noMatch': 'لا تطابق لـ«{query}» في هذا القسم',
  'compare.matches':
    '{count, plural, zero {لا تطابق} one {تطابق واحد} two {تطابقان} few {# تطابقات} many {# تطابقًا} other {# تطابق}} لـ«{query}»',
  'compare.read.label': 'قراءة {report} عند هذا القسم',
  'compare.read': 'القراءة في التقرير',
  'compare.remove.label': 'إزالة {report} من المقارنة',
  'compare.remove': 'إزالة',
  'compare.opening': 'جارٍ فتح «{section}»…',
  'glossary.title': 'المسرد',
  'glossary.empty': 'لا يشرح هذا التقرير أي اختصار.',
  'glossary.firstUse': 'أول ورود في {section}',
  'print.title': 'الطباعة أو التصدير بصيغة PDF',
  'print.what': 'يُطبع التقرير وحده: العنوان والمصدر والنص، دون الشريط الجانبي أو شريط الأدوات.',
  'print.withNotes': 'تضمين تظليلاتي وملاحظاتي',
  'common.cancel': 'إلغاء',
  'print.exportPdf': 'تصدير PDF…',
  'print.print': 'طباعة…',
  'highlight.description': 'تظليل، {label}',
  'highlight.description.withNote': 'تظليل، {label}. الملاحظة: {note}',
  'highlight.description.changed': 'تظليل، {label}. تغيّر النص في هذا الإصدار؛ كان «{before}»',
  'highlight.description.changedWithNote':
    'تظليل، {label}. تغيّر النص في هذا الإصدار؛ كان «{before}». الملاحظة: {note}',
  'highlight.pile.samePassage':
    '{count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}} على هذا المقطع ({colours}). اضغط Enter لاختيار إحداها.',
  'highlight.pile.overlapping':
    '{count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}} على مقاطع متداخلة هنا ({colours}). اضغط Enter لاختيار إحداها.',
  'print.noteOn': 'ملاحظة ({label}) على «{quote}»',
  'sectionNote.add.label': 'إضافة ملاحظة إلى القسم {section}',
  'sectionNote.add': '+ ملاحظة',
  'sectionNote.label': 'ملاحظة على القسم',
  'blocks.code': 'شيفرة في «{section}»',
  'blocks.table': 'الجدول {number} في «{section}»',
  'blocks.footnoteBack.label': 'العودة إلى نص الحاشية {label}',
  'blocks.footnoteBack': 'العودة إلى النص',
  'blocks.footnote': 'الحاشية {label}',
  'undo.done.created': 'تم التراجع: التظليل الجديد.',
  'undo.done.colour': 'تم التراجع: تغيير اللون.',
  'undo.done.note': 'تم التراجع: تعديل الملاحظة.',
  'undo.done.deleted': 'تم التراجع: الحذف.',
  'undo.highlightDeleted': 'حُذف التظليل.',
  'undo.noteDeleted': 'حُذفت الملاحظة.',
  'undo.nothing': 'لا شيء للتراجع عنه.',
  'reattach.selectFirst': 'حدّد المقطع في التقرير أولًا، ثم أعد ربط الملاحظة به.',
  'reattach.otherReport': 'افتح تقرير الملاحظة نفسه وحدّد المقطع فيه.',
  'sectionNote.section': 'القسم',
  'citation.copied.text': 'نُسخ {what} مع الإحالة كنص عادي.',
  'citation.copied.markdown': 'نُسخ {what} مع الإحالة بصيغة Markdown.',
  'citation.notCopied':
    'تعذّر نسخ {what}: لم يُسمح للتطبيق باستخدام الحافظة. لم يُنسخ شيء؛ حدّد النص واضغط Ctrl+C لنسخه دون إحالة.',
  'changes.cannotShow': 'لا يمكن عرض ما تغيّر في هذا التقرير: {reason}',
  'changes.cannotCompare': 'لا يمكن المقارنة بالإصدار السابق: {reason}',
  'compare.cannotList': 'تعذّر عرض التقارير التي فيها هذا القسم: {reason}',
  'compare.cannotShowColumn': 'تعذّر عرض أحد الأعمدة: {reason}',
  'print.saved': 'حُفظ ملف PDF: {path}',
  'undo.done.newNote': 'تم التراجع: الملاحظة الجديدة.',
  'undo.done.privacy': 'تم التراجع: تغيير من يمكنه رؤية الملاحظة.',
  'notes.textChanged': 'تغيّر النص في هذا الإصدار:',
  'notes.title': 'الملاحظات والتظليلات',
  'notes.find': 'بحث',
  'notes.find.placeholder': 'كلمات في الملاحظات أو الاقتباسات أو الوسوم',
  'notes.colour': 'اللون',
  'notes.allColours': 'كل الألوان',
  'notes.tag': 'الوسم',
  'notes.allTags': 'كل الوسوم',
  'notes.inReport': 'في التقرير',
  'notes.sort': 'الترتيب',
  'notes.sort.position': 'بترتيب القراءة',
  'notes.sort.newest': 'الأحدث أولًا',
  'notes.sort.oldest': 'الأقدم أولًا',
  'notes.count':
    '{shown, number} من {count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتين} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}}',
  'notes.empty': 'حدّد نصًا في التقرير لتظليله أو لإضافة ملاحظة.',
  'notes.goTo': 'انتقال',
  'notes.edit': 'تعديل',
  'common.delete': 'حذف',
  'notes.unanchored': 'غير مثبّتة ({count, number})',
  'notes.unanchored.help':
    'تعذّر وضع هذه في التقارير كما هي في التطبيق الآن؛ يذكر كل منها السبب. حدّد المقطع الذي تخصّه الملاحظة وأعد ربطها به، أو احذفها.',
  'notes.reattach': 'إعادة الربط بالتحديد',
  'notes.renameColours': 'إعادة تسمية الألوان',
  'notes.formerSection': 'كانت في القسم «{section}».',
  'notes.showLess': 'عرض أقل',
  'notes.showMore': 'عرض المزيد',
  'notes.tags': 'الوسوم',
  'notes.private': 'خاصة',
  'notes.created': 'أُنشئت {created, date, medium} {created, time, short}',
  'notes.createdEdited':
    'أُنشئت {created, date, medium} {created, time, short}، وعُدّلت {edited, date, medium} {edited, time, short}',
  'dialog.sectionNote': 'ملاحظة على هذا القسم',
  'dialog.highlight': 'تظليل',
  'dialog.newHighlight': 'تظليل جديد',
  'dialog.note': 'الملاحظة',
  'dialog.characters': '{count, number} / {max, number} حرفًا',
  'dialog.tags': 'الوسوم (افصل بينها بفواصل)',
  'dialog.yourTags': 'وسومك',
  'dialog.tooManyTags': 'لا يمكن أن تحمل الملاحظة أكثر من {max, number} وسمًا.',
  'dialog.longTag': 'الوسم «{tag}…» أطول من {max, number} حرفًا.',
  'dialog.discard.question': 'هل تريد تجاهل ما غيّرته في هذه الملاحظة؟',
  'dialog.keepEditing': 'متابعة التعديل',
  'dialog.discard': 'تجاهل التغييرات',
  'common.save': 'حفظ',
  'tabs.contents': 'المحتويات',
  'tabs.notes': 'الملاحظات ({count, number})',
  'tabs.glossary': 'المسرد',
  'tabs.results': 'النتائج',
  'sidebar.label': 'المحتويات والملاحظات وملاحظات الفريق والمسرد ونتائج البحث',
  'compare.open': 'مقارنة هذا القسم في عدة تقارير',
  'reader.text': 'نص التقرير',
  'reader.progress': 'تقدّم القراءة',
  'reader.progress.value': '{percent, number, percent} من التقرير',
  'search.resultsList': 'نتائج البحث',
  'sectionNotes.all':
    '{count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {الملاحظتان} few {الملاحظات الـ# كلها} many {الملاحظات الـ# كلها} other {الملاحظات الـ# كلها}} على هذا القسم',
  'pile.title.samePassage':
    '{count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}} على هذا المقطع',
  'pile.title.overlapping':
    '{count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}} على مقاطع متداخلة هنا',
  'pile.title.section':
    '{count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}} على هذا القسم',
  'pile.find': 'البحث في هذه الملاحظات',
  'pile.count':
    '{shown, number} من {count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتين} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}}. اختر إحداها لفتحها.',
  'pile.list': 'الملاحظات هنا',
  'pile.note.meta': '{label} · {created, date, medium} {created, time, short}',
  'pile.note.none': 'لا ملاحظة، تظليل فقط',

  // ملاحظات الفريق
  'tabs.team': 'الفريق',
  'search.inTeamNotes': 'في ملاحظات فريقك ({count, number})',
  'dialog.private': 'خاصة: احتفظ بهذه الملاحظة على هذا الحاسوب فقط',
  'dialog.private.on': 'لا تُكتب أبدًا في مجلد الفريق، فلا يراها أي زميل.',
  'dialog.private.onWasShared':
    'لا تُكتب أبدًا في مجلد الفريق، فلا يراها أي زميل. إن كانت قد شوركت، فستُحذف من ملف فريقك عند الحفظ.',
  'dialog.private.off': 'عندما تشارك ملاحظاتك، تُكتب في مجلد الفريق ليراها زملاؤك.',
  'team.reading': 'جارٍ قراءة ملاحظات الفريق…',
  'team.title': 'ملاحظات الفريق',
  'team.empty': 'لا توجد ملاحظات للزملاء في مجلد الفريق بعد.',
  'team.sharing': 'تشارك ملاحظاتك باسم {name} في {folder}.',
  'team.sharing.unreachable': 'تشارك ملاحظاتك باسم {name} في {folder} (لا يمكن الوصول إليه الآن).',
  'team.stopSharing': 'إيقاف المشاركة',
  'team.invite':
    'شارك تظليلاتك وملاحظاتك مع فريقك عبر مجلد تزامنه بالفعل: محرك أقراص شبكي، أو OneDrive أو SharePoint، أو Syncthing، أو ذاكرة USB.',
  'team.whatLeaves':
    '<b>ما يغادر هذا الحاسوب:</b> تظليلاتك وملاحظاتك (الكلمات التي ظلّلتها، وملاحظتك، والوسوم، واللون والأوقات) مع الاسم الذي تكتبه أدناه، مكتوبةً ملفاتٍ في ذلك المجلد. الملاحظات التي تجعلها خاصة لا تغادر أبدًا. لا يرسل التطبيق شيئًا إلى أي مكان آخر؛ برنامج المزامنة لديك هو الذي ينقل المجلد.',
  'team.name': 'اسمك في الفريق',
  'team.noFolder': 'لم يُختر أي مجلد.',
  'team.chooseFolder': 'اختر مجلدًا…',
  'team.share': 'شارك ملاحظاتي',
  'team.filter.label': 'أي ملاحظات الفريق تُعرض',
  'team.filter.person': 'الشخص',
  'team.filter.everyone': 'الجميع',
  'team.filter.personOption': '{name} ({count, number})',
  'team.filter.report': 'التقرير',
  'team.filter.allReports': 'كل التقارير',
  'team.filter.newOnly': 'الجديد منذ آخر اطلاع لي',
  'team.markSeen': 'اعتبر الكل مطّلعًا عليه',
  'team.count':
    '{count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}}',
  'team.copied': 'نُسخت ملاحظة {name} إلى ملاحظاتك.',
  'team.more': 'عرض المزيد ({count, number} غير معروضة)',
  'team.note.new': 'جديدة',
  'team.note.notPlaced': 'لم تُوضع في هذا الإصدار: {reason}',
  'team.note.cannotCopy':
    'تبقى الملاحظة في هذه القائمة، ويمكن نسخها إلى ملاحظاتك حين يضعها كاتبها في هذا الإصدار.',
  'team.goTo': 'انتقل إليها',
  'team.copy': 'انسخ إلى ملاحظاتي',
  'team.mark.course': 'ملاحظات الدورة',
  'team.mark.person': 'تظليل {name}',
  'team.mark.withNote': '{who}. ملاحظة: {note}',

  // Main's words: the native menus and dialogs (src/main)
  'menu.file': 'ملف',
  'menu.print': 'طباعة…',
  'menu.exportPdf': 'تصدير PDF…',
  'menu.closeWindow': 'إغلاق النافذة',
  'menu.quit': 'إنهاء',
  'menu.edit': 'تحرير',
  'menu.undo': 'تراجع',
  'menu.redo': 'إعادة',
  'menu.cut': 'قص',
  'menu.copy': 'نسخ',
  'menu.paste': 'لصق',
  'menu.selectAll': 'تحديد الكل',
  'menu.view': 'عرض',
  'menu.zoomIn': 'تكبير',
  'menu.zoomOut': 'تصغير',
  'menu.resetZoom': 'الحجم الفعلي',
  'menu.fullScreen': 'ملء الشاشة',
  'menu.theme': 'المظهر',
  'menu.theme.system': 'حسب النظام',
  'menu.theme.light': 'فاتح',
  'menu.theme.dark': 'داكن',
  'menu.window': 'نافذة',
  'menu.help': 'مساعدة',
  'menu.shortcuts': 'اختصارات لوحة المفاتيح',
  'menu.about': 'حول «{appName}»',
  'menu.hide': 'إخفاء «{appName}»',
  'menu.hideOthers': 'إخفاء التطبيقات الأخرى',
  'menu.showAll': 'إظهار الكل',
  'fileDialog.exportNotes': 'تصدير الملاحظات',
  'fileDialog.exportPdf': 'تصدير التقرير بصيغة PDF',
  'fileDialog.importNotes': 'استيراد الملاحظات',
  'fileDialog.teamFolder': 'اختر مجلد الفريق',
  'fileDialog.markdown': 'Markdown',
  'fileDialog.json': 'JSON ‏(Web Annotation)',
  'fileDialog.pdf': 'PDF',
  'quit.unsaved':
    '{count, plural, zero {لا تغييرات غير محفوظة} one {لم يُحفظ تغيير واحد} two {لم يُحفظ تغييران} few {لم تُحفظ # تغييرات} many {لم يُحفظ # تغييرًا} other {لم يُحفظ # تغيير}}.',
  'quit.preferencesNotWritten': 'تعذّرت كتابة تفضيلاتك.',
  'quit.detail':
    '{reason} أفرغ بعض المساحة (أو أصلح المجلد)، ثم اختر «إعادة المحاولة»؛ وإن خرجت الآن {count, plural, zero {فلن يضيع شيء} one {فسيضيع} two {فسيضيعان} few {فستضيع} many {فستضيع} other {فستضيع}}.',
  'quit.tryAgain': 'إعادة المحاولة',
  'quit.loseThem': 'الخروج وفقدانها',
  'launch.refused.title': 'لن يبدأ القارئ',
  'launch.refused.message':
    'بدأ القارئ بالخيارات {switches}، وهي تتيح لبرامج أخرى على هذا الحاسوب قراءة بياناته والتحكم فيه. لم يفتح أي شيء، وملاحظاتك لم تتغيّر.\n\nشغّل القارئ من اختصاره أو من القائمة، دون خيارات إضافية.',
  'window.loadFailed.title': 'تعذّر فتح القارئ',
  'window.loadFailed.message':
    'تعذّر تحميل نافذة التطبيق ({description}، الرمز {code}) من {url}.\n\nأعد تثبيت التطبيق، أو شغّل ‎`npm run build`‎ إن كنت تعمل من الشيفرة المصدرية.',

  // Main's words: saving the reader's notes and settings, and why a file could not be used
  'save.retrySentence':
    'يعيد التطبيق المحاولة من تلقاء نفسه (مرة كل دقيقة على الأكثر) ومع كل تغيير تجريه.',
  'save.diskFull':
    'القرص ممتلئ: آخر تغيير أجريته محفوظ في الذاكرة وسيُحفظ حين تتوفر مساحة. لم يتضرر شيء على القرص.',
  'save.readOnlyDisk': 'القرص للقراءة فقط، لذا تعذّرت كتابة {path}.',
  'save.notAllowed':
    'لم يُسمح للتطبيق بكتابة {path}؛ ربما يستخدمه برنامج آخر (كبرنامج مكافحة الفيروسات)، أو تغيّرت أذونات المجلد.',
  'save.folderInPlace': 'تعذّرت كتابة {path}: يوجد شيء آخر (مجلد) في مكانه.',
  'save.otherError': 'تعذّرت كتابة {path} ‏({error}).',
  'save.keptInMemory': 'تبقى تغييراتك محفوظة في الذاكرة ما دام التطبيق مفتوحًا.',
  'save.keptForSession': 'يبقى محفوظًا حتى تُغلق التطبيق.',
  'save.preferenceNotSaved':
    'تعذّر حفظ {what, select, report {اختيارك للتقرير} reading {إعدادات القراءة} layout {تخطيط الشريط الجانبي} other {موضع القراءة}}.',
  'save.refusedLink':
    '{path} رابط إلى {target}. لا يكتب التطبيق {what, select, notes {ملاحظاتك} other {تفضيلاتك}} عبر الروابط، لذا لم يغيّر ذلك الملف.',
  'save.refusedReadOnly':
    '{path} للقراءة فقط. لن يستبدل التطبيق ملفًا قمت بحمايته، لذا لم تُحفظ {what, select, notes {ملاحظاتك} other {تفضيلاتك}} فيه. لحفظها، اجعل الملف قابلًا للكتابة من جديد (أو انقله إلى مكان آخر).',
  'store.unwritableFolder':
    'يحفظ التطبيق ملاحظاتك وإعداداتك في المجلد {dir}، لكنه لا يستطيع حفظ أي شيء فيه ({reason}).',
  'store.unusableFolder': 'لا يستطيع التطبيق استخدام مجلده {dir} ‏({reason}).',
  'store.preferencesDamaged':
    'تعذّرت قراءة ملف تفضيلاتك، لذا بدأ التطبيق بالتفضيلات الافتراضية. حُفظ الملف التالف باسم {path}.',
  'store.wasLink':
    'كان {what, select, notes {ملف ملاحظاتك} other {ملف تفضيلاتك}} رابطًا إلى {target}. لا يستخدم التطبيق الروابط لملفاته، لذا ترك ذلك الملف دون تغيير، واحتفظ بالرابط باسم {path}، وبدأ {what, select, notes {دون ملاحظات} other {بالتفضيلات الافتراضية}}.',
  'store.notAFile':
    'وُجد في مكان {what, select, notes {ملف ملاحظاتك} other {ملف تفضيلاتك}} شيء ليس ملفًا؛ احتُفظ به باسم {path}، وبدأ التطبيق {what, select, notes {دون ملاحظات} other {بالتفضيلات الافتراضية}}.',
  'fileProblem.notJson': 'ليس JSON صالحًا: ربما اقتُطع أو عُدّل يدويًا',
  'fileProblem.missing': 'المجلد أو الملف غير موجود',
  'fileProblem.fileForFolder': 'يوجد ملف حيث يجب أن يكون مجلد',
  'fileProblem.folderForFile': 'يوجد مجلد حيث يجب أن يكون ملف',
  'fileProblem.notAllowed':
    'لا يُسمح للتطبيق باستخدامه: فهو للقراءة فقط، أو أن أذوناته تمنع التطبيق',
  'fileProblem.busy': 'يستخدمه برنامج آخر',
  'fileProblem.readOnlyDisk': 'القرص للقراءة فقط',
  'fileProblem.diskFull': 'القرص ممتلئ',
  'fileProblem.noFolder': 'ذلك المجلد غير موجود',
  'fileProblem.gone': 'لم يعد الملف موجودًا هناك',
  'fileProblem.pathThroughFile': 'جزء من هذا المسار ملف وليس مجلدًا',
  'fileProblem.isFolder': 'هذا مجلد وليس ملفًا',
  'fileProblem.mayNotWrite': 'لا يُسمح للتطبيق بالكتابة هناك',
  'fileProblem.mayNotRead': 'لا يُسمح للتطبيق بقراءته',
  'fileProblem.nameTooLong': 'الاسم طويل جدًا',
  'fileProblem.couldNotWrite': 'لم يسمح النظام للتطبيق بكتابته',
  'fileProblem.couldNotRead': 'لم يسمح النظام للتطبيق بقراءته',
  'notes.noteNotSaved': 'لم تُحفظ الملاحظة.',
  'notes.changeNotSaved': 'لم يُحفظ التغيير.',
  'notes.noteNotRestored': 'لم تُستعد الملاحظة.',
  'notes.importTooBig': 'لم يُستورد شيء؛ احذف بعض الملاحظات أولًا، أو استورد ملفًا أصغر.',
  'notes.tooLarge':
    'ستتجاوز ملاحظاتك {mb, number} ميغابايت، وهو أقصى ما يحفظه التطبيق. {outcome} احذف بعض الملاحظات أو اختصر الطويلة منها لإفساح المجال.',
  'notes.tooMany':
    'بلغت الحد الأقصى: {limit, number} من الملاحظات والتظليلات. احذف بعضها قبل إضافة المزيد.',
  'notes.importOverLimit':
    'سيصل هذا الاستيراد بملاحظاتك إلى {total, number}، متجاوزًا الحد البالغ {limit, number}. لم يُستورد شيء؛ احذف بعض الملاحظات أولًا، أو استورد ملفًا أصغر.',
  'notes.gone': 'لم تعد هذه الملاحظة موجودة. ربما حُذفت.',
  'notes.cannotRestore':
    'لم يعد ممكنًا استعادة هذه الملاحظة: لا يُستعاد إلا ما حُذف منذ بدء تشغيل التطبيق.',
  'notes.unreadable':
    'تعذّرت قراءة كل ملاحظاتك ({reason}). لن يُكتب شيء في {folder} خلال هذه الجلسة، فلن يتغيّر شيء هناك: أعد تشغيل التطبيق للمحاولة من جديد.',
  'notes.exportFailed': 'تعذّر حفظ الملاحظات في {path}: {reason}. لم يُكتب شيء؛ اختر مجلدًا آخر.',
  'print.pdfNotMade': 'تعذّر إنشاء ملف PDF: {reason}',
  'print.pdfNotWritten': 'تعذّرت كتابة ملف PDF في {path}: {reason}. لم يُكتب شيء؛ اختر مجلدًا آخر.',
  'print.failed': 'تعذّرت طباعة التقرير: {reason}',

  // What the notes panel says after an export or an import (transfer-messages.ts)
  'transfer.exported':
    'صُدّرت {count, plural, zero {# ملاحظة} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}} إلى {path}.',
  'transfer.exportCancelled': 'أُلغي التصدير. لم يُكتب شيء.',
  'transfer.nothingChosen':
    'لا شيء للتصدير: ليست لديك ملاحظات {chosen}. لم يُكتب شيء؛ اختر ملاحظات أخرى لتصديرها.',
  'transfer.nothingYet': 'لا شيء للتصدير: ليست لديك تظليلات أو ملاحظات بعد. لم يُكتب شيء.',
  'transfer.importCancelled': 'أُلغي الاستيراد. لم يُستورد شيء.',
  'transfer.imported':
    'اُستوردت {count, plural, zero {# ملاحظة} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}}.',
  'transfer.nothingNew': 'لم يُستورد شيء جديد.',
  'transfer.skipped':
    '{count, plural, zero {لم يكن شيء موجودًا من قبل} one {كانت ملاحظة واحدة موجودة من قبل، فتُخطّيت} two {كانت ملاحظتان موجودتين من قبل، فتُخطّيتا} few {كانت # ملاحظات موجودة من قبل، فتُخطّيت} many {كانت # ملاحظة موجودة من قبل، فتُخطّيت} other {كانت # ملاحظة موجودة من قبل، فتُخطّيت}}.',
  'transfer.invalid':
    'تعذّر استيراد {count, plural, zero {# ملاحظة} one {ملاحظة واحدة} two {ملاحظتين} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}}:',
  'transfer.invalidListed':
    'تعذّر استيراد {count, plural, zero {# ملاحظة} one {ملاحظة واحدة} two {ملاحظتين} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}} (أول {listed, number} مدرجة أدناه):',
  'transfer.reading': 'قراءة الملاحظات: {done, number} من {total, number}',
  'transfer.importing': 'استيراد الملاحظات: {done, number} من {total, number}',
  'filterWords.report': 'في «{title}»',
  'filterWords.color': 'باللون «{color}»',
  'filterWords.tag': 'الموسومة بـ«{tag}»',
  'filterWords.text': 'التي تحتوي «{text}»',

  // Main's words: editions, reports, highlights and team notes
  'editions.unchanged': 'بقي التقرير وملاحظاتك كما كانت.',
  'editions.tooMuchText':
    'تضم النسختان معًا {size} من النص، وهذا أكثر من {limit} التي يقارنها التطبيق، لذا لم يقارن بينهما. {unchanged}',
  'editions.tooSlow':
    'استغرقت مقارنة الإصدارين أكثر من {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}، فأوقفها التطبيق. {unchanged}',
  'editions.tooMuchMemory':
    'احتاجت مقارنة الإصدارين إلى ذاكرة أكثر مما يخصصه التطبيق ({mb, number} ميغابايت)، فأوقفها التطبيق. {unchanged}',
  'editions.notCompared': 'تعذّرت مقارنة الإصدارين ({reason}). {unchanged}',
  'editions.stopped': 'توقفت المقارنة قبل أن تنتهي (رمز الخروج {code}). {unchanged}',
  'editions.sinceLastReadUnavailable':
    'لا يمكن عرض ما الذي تغيّر منذ آخر مرة قرأت فيها هذا التقرير: {reason}',
  'editions.noEarlier': 'لا يضم هذا التطبيق إصدارًا سابقًا من هذا التقرير للمقارنة.',
  'editions.previousDamaged':
    'لا يمكن قراءة الإصدارات السابقة المرفقة بهذا التطبيق ({path})، لذا لا يمكن مقارنة التقارير بها. التقارير نفسها سليمة؛ وإعادة تثبيت التطبيق تعيد الملف.',
  'editions.keptUnusable':
    'نسخة التطبيق من الإصدار الذي قرأته آخر مرة ({path}) {why, select, notAFile {ليست ملفًا كتبه التطبيق} tooLarge {حجمها {size}، وهو أكبر بكثير مما يمكن أن يكون عليه إصدار سابق من هذا التقرير، فلم تُقرأ} damaged {تالفة} other {تعذّرت قراءتها ({reason})}}، لذا لا يستطيع أن يعرض ما الذي تغيّر منذ ذلك الحين. وسيحتفظ بهذا الإصدار بدلًا منها.',
  'editions.keepLink': '{file} رابط إلى {target}، والتطبيق لا يكتب عبر الروابط',
  'editions.keepNotAFile': 'يوجد في {file} شيء ليس ملفًا',
  'editions.keepReadOnly': '{file} للقراءة فقط',
  'editions.notKept':
    'لم يتمكن التطبيق من الاحتفاظ بنسخة من هذا الإصدار من التقرير في {dir} ‏({reason})، لذا حين يصل إصدار جديد لن يستطيع أن يعرض ما الذي تغيّر منذ اليوم. لم تتأثر ملاحظاتك ولا التقرير.',
  'report.notFound': 'لا يوجد تقرير «{id}» في هذا التطبيق.',
  'report.noSection': 'لا يضم هذا الإصدار من التقرير «{title}» قسمًا باسم «{section}».',
  'report.contentUnavailable': 'تعذّر فتح محتوى التقرير.',
  'search.unavailable': 'البحث غير متاح: {reason}',
  'search.unavailableNoContent': 'البحث غير متاح: تعذّر فتح محتوى التقرير.',
  'search.gettingReady': 'يجري تجهيز البحث…',
  'highlight.noSection': 'هذا القسم ليس في هذا التقرير.',
  'highlight.otherEdition': 'أُجري التظليل على إصدار آخر من التقرير. حدّد المقطع من جديد.',
  'highlight.outside': 'التظليل ليس داخل نص التقرير. حدّد المقطع من جديد.',
  'highlight.mismatch': 'التظليل لا يطابق نص التقرير. حدّد المقطع من جديد.',
  'team.unavailable': 'ملاحظات الفريق غير متاحة في هذه النافذة.',
  'team.folderFirst': 'اختر مجلد الفريق أولًا: تحتاج المشاركة إلى مجلد تُكتب فيه الملاحظات.',
  'team.folderUnusable': 'لا يمكن استخدام مجلد الفريق {folder}: {reason}. لم يتغيّر شيء.',
  'team.privateNotSaved':
    'لم تُحفظ الملاحظة الخاصة: لم يتمكن التطبيق من تسجيل أنها خاصة، لأن {reason}. لم يُكتب شيء في مجلد الفريق، وما زال نصك في مربع الحوار.',
  'team.noteGone': 'لم تعد هذه الملاحظة في مجلد الفريق: ربما حذفها كاتبها.',
  'team.noteUnplaced':
    'تعذّر وضع هذه الملاحظة في هذا الإصدار من التقرير، لذا لا يمكن نسخها إلى ملاحظاتك.',
  'team.writeFailed':
    'تعذّرت كتابة ملاحظاتك في مجلد الفريق: {reason}. إنها في أمان على هذا الحاسوب، وستُكتب هناك حين يصبح المجلد متاحًا من جديد.',
  'team.folderUnreachable':
    'لا يمكن الوصول إلى مجلد الفريق {folder} الآن ({reason}). ما زالت ملاحظات زملائك المقروءة سابقًا معروضة؛ وتبقى ملاحظاتك على هذا الحاسوب وتُكتب هناك حين يعود المجلد.',
  'team.layerUnreadable':
    '{named, select, yes {تعذّرت قراءة ملاحظات {person}} other {تعذّرت قراءة ملاحظات زميل (الملف {file})}} على «{report}»: {reason}. {halfWritten, select, yes {سيعيد التطبيق المحاولة من تلقاء نفسه: ربما لم تكتمل المزامنة بعد.} other {سيقرؤها التطبيق من جديد حين تتغيّر.}}',
  'team.notesLeftOut':
    'تعذّر استخدام {count, plural, zero {# من ملاحظات} one {ملاحظة واحدة من ملاحظات} two {ملاحظتين من ملاحظات} few {# من ملاحظات} many {# من ملاحظات} other {# من ملاحظات}} {person} على «{report}» (تالفة أو أنشأها إصدار آخر من التطبيق)، فلا تظهر؛ {shown, plural, =0 {ولا ملاحظات غيرها} zero {ولا ملاحظات غيرها} one {وتظهر الملاحظة الأخرى} two {وتظهر الملاحظتان الأخريان} few {وتظهر البقية (#)} many {وتظهر البقية (#)} other {وتظهر البقية (#)}}. سيقرأ التطبيق الملف من جديد حين يتغيّر.',
  'team.settingsDamaged':
    'تعذّرت قراءة إعدادات الفريق في {path}، لذا أُوقفت المشاركة. اختر مجلد الفريق من جديد لمشاركة ملاحظاتك.',
  'team.choiceKept': 'يبقى اختيار الفريق ساريًا حتى يُغلق التطبيق.',
  'team.courseNotes': 'ملاحظات الدورة ({trainer})',

  // The part of main's team notes that reads colleagues' files (the team worker)
  'team.readerRestarted':
    'توقّف جزء التطبيق الذي يقرأ ملاحظات فريقك على نحو غير متوقّع، وأُعيد تشغيله. لم تتأثر ملاحظاتك أنت؛ وتُقرأ ملاحظات زملائك من جديد من مجلد الفريق.',
  'team.readerStopped':
    'توقّف جزء التطبيق الذي يقرأ ملاحظات فريقك مرة أخرى، لذا لن تظهر ملاحظات زملائك الآن. ملاحظاتك أنت محفوظة وما زالت تُشارَك. أعد تشغيل التطبيق لترى ملاحظات الفريق من جديد.',
  'team.readerBusy':
    'تُقرأ ملاحظات فريقك من جديد الآن، لذا تعذّر نسخ هذه الملاحظة. حاول مرة أخرى بعد قليل.',

  // Main's words: a file chosen to import
  'import.tooLarge': '{path} أكبر من أن يكون ملف ملاحظات.',
  'import.notOpened': 'تعذّر فتح {path}: {reason}.',
  'import.notRead': 'تعذّرت قراءة {path}: {reason}',
  'import.nothingImported': 'لم يُستورد شيء.',

  // Why an imported notes file, or one item of it, is refused (web-annotation.ts)
  'refusal.unreadable':
    'تعذّرت قراءة الملف كملاحظات: ليس ملف ملاحظات صدّره هذا التطبيق أو أداة أخرى تدعم Web Annotation.',
  'refusal.tooDeep':
    'ليس هذا ملف ملاحظات: محتواه متداخل إلى عمق أكبر بكثير مما تكون عليه الملاحظات.',
  'refusal.notJson': 'ليس هذا ملف ملاحظات: ليس بصيغة JSON صحيحة (ربما يكون تالفًا أو مقطوعًا).',
  'refusal.markdownExport':
    'هذا تصدير الملاحظات بصيغة Markdown، وهو للقراءة لا للاستيراد. لإدخال الملاحظات إلى التطبيق استورد تصديرًا بصيغة JSON: اختر «تصدير بصيغة JSON…» في تبويب الملاحظات، ثم «استيراد من JSON…» مع ذلك الملف.',
  'refusal.empty': 'لا يحتوي الملف على أي ملاحظات.',
  'refusal.notAnnotations':
    'لا يحتوي الملف على ملاحظات بمعيار Web Annotation ‏(AnnotationCollection أو AnnotationPage أو Annotation أو قائمة منها).',
  'refusal.tooMany':
    'في الملف أكثر من {max, plural, zero {# ملاحظة} one {ملاحظة واحدة} two {ملاحظتين} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}}، ولا يمكن استيراد أكثر من {max, plural, zero {# ملاحظة} one {ملاحظة واحدة} two {ملاحظتين} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}} في المرة الواحدة.',
  'refusal.outsidePages': 'ترتبط المجموعة بملاحظات خارج الملف، ولا يمكن قراءتها.',
  'refusal.pageWithoutItems': 'في المجموعة صفحة ملاحظات (AnnotationPage) بلا قائمة عناصر.',
  'refusal.item': 'العنصر {number, number}: {reason}',
  'refusal.notObject': 'ليس ملاحظة بل {kind}.',
  'refusal.wrongType': 'ليس ملاحظة: نوعه {type} وليس «Annotation».',
  'refusal.noId': 'ليس له معرّف (id).',
  'refusal.targets': 'يجب أن يشير إلى موضع واحد بالضبط في تقرير (هدف واحد، target).',
  'refusal.notOnReport': 'لا يخص تقريرًا من تقارير هذا التطبيق (مصدر هدفه لا يبدأ بـ{prefix}).',
  'refusal.noEdition': 'لا يذكر إصدار التقرير الذي أُنشئ عليه (ليس لهدفه حالة {prefix}…).',
  'refusal.noSelector': 'لا يذكر موضعه في التقرير (ليس لهدفه محدِّد).',
  'refusal.missingSelectors': 'لا يذكر {missing}.',
  'refusal.missing.fragment': 'الفقرة التي هو فيها (لا يوجد FragmentSelector)',
  'refusal.missing.quote': 'النص الذي يظلّله (لا يوجد TextQuoteSelector)',
  'refusal.missing.position': 'موضعه داخل فقرته (لا يوجد TextPositionSelector)',
  'refusal.bodyNoText': 'أحد أجسامه (body) لا يحتوي على نص.',
  'refusal.oneIssue': '{issue}.',
  'refusal.twoIssues': '{first}؛ {second}.',
  'refusal.value.quoted': '«{text}»',
  'refusal.value.kind':
    '{kind, select, nothing {لا شيء} null {قيمة فارغة (null)} list {قائمة} object {كائن} text {نص} number {عدد} boolean {قيمة صح أو خطأ} other {شيء آخر}}',
  'refusal.issue.color': 'لونه {value} ليس من ألوان التطبيق ({colors})',
  'refusal.issue.noteTooLong':
    'ملاحظته أطول من {max, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}',
  'refusal.issue.noteNotText': 'ملاحظته ليست نصًا',
  'refusal.issue.tooManyTags':
    'له أكثر من {max, plural, zero {# وسم} one {وسم واحد} two {وسمين} few {# وسوم} many {# وسمًا} other {# وسم}}',
  'refusal.issue.tagsNotList': 'وسومه ليست قائمة كلمات',
  'refusal.issue.tagEmpty': 'أحد وسومه فارغ',
  'refusal.issue.tagTooLong':
    'وسمه {value} أطول من {max, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}',
  'refusal.issue.tagNotText': 'أحد وسومه ليس نصًا',
  'refusal.issue.noCreated': 'ليس له وقت إنشاء',
  'refusal.issue.noModified': 'ليس له وقت تعديل',
  'refusal.issue.createdNotTime': 'وقت إنشائه {value} ليس تاريخًا ووقتًا (مثل 2026-01-02T09:30:00Z)',
  'refusal.issue.modifiedNotTime': 'وقت تعديله {value} ليس تاريخًا ووقتًا (مثل 2026-01-02T09:30:00Z)',
  'refusal.issue.id': 'معرّفه {value} لا يصلح للتطبيق (من 8 إلى 64 حرفًا لاتينيًا أو رقمًا أو - أو _)',
  'refusal.issue.reportId': 'اسم تقريره {value} لا يصلح للتطبيق (أحرف لاتينية صغيرة وأرقام وشرطات)',
  'refusal.issue.editionHash': 'لا يذكر الإصدار الذي أُنشئ عليه بالصيغة التي يكتبها هذا التطبيق',
  'refusal.issue.paragraphId':
    'اسم الفقرة التي هو عليها، {value}، لا يصلح للتطبيق (FragmentSelector)',
  'refusal.issue.sectionId': 'اسم القسم الذي هو عليه، {value}، لا يصلح للتطبيق (FragmentSelector)',
  'refusal.issue.position': 'موضعه في الفقرة ليس معطًى بعددين صحيحين (TextPositionSelector)',
  'refusal.issue.emptyRange': 'لا يظلّل أي نص: نهايته ليست بعد بدايته (TextPositionSelector)',
  'refusal.issue.quoteTooLong':
    'النص الذي يقتبسه أطول من {max, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}} (TextQuoteSelector)',
  'refusal.issue.noQuote': 'لا يقتبس أي نص (TextQuoteSelector)',
  'refusal.issue.contextTooLong':
    'النص المحيط باقتباسه أطول من {max, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}} (TextQuoteSelector)',
  'refusal.issue.target': 'لا يذكر بوضوح موضعه في التقرير (هدفه، target)',
  'refusal.issue.other': 'جزء منه ليس بصيغة يستطيع التطبيق قراءتها',

  // Why a colleague's team file is refused (team-file.ts, team-folder.ts): a clause said after
  // "…could not be read:" in team.layerUnreadable
  'team.refusal.tooLarge': 'حجمه أكبر مما يُسمح به لملف الفريق',
  'team.refusal.tooDeep': 'محتواه متداخل إلى عمق أكبر بكثير مما تكون عليه الملاحظات',
  'team.refusal.incomplete': 'ليس ملف JSON مكتملًا بعد (ربما ما زال يصل)',
  'team.refusal.notCollection': 'ليس مجموعة ملاحظات',
  'team.refusal.foreign': 'لم يكتبه هذا التطبيق',
  'team.refusal.otherPerson': 'الشخص المذكور داخله ليس من يدل عليه اسم الملف',
  'team.refusal.noName': 'لا يذكر اسم كاتبه',
  'team.refusal.tooMany':
    'يحتوي على أكثر من {max, plural, zero {# ملاحظة} one {ملاحظة واحدة} two {ملاحظتين} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}}',
  'team.refusal.noNotes': 'لا يحتوي على أي ملاحظات',
  'team.refusal.notesOutside': 'يشير إلى ملاحظات خارج الملف، ولا يمكن قراءتها',
  'team.refusal.pageWithoutList': 'في إحدى صفحاته لا توجد قائمة ملاحظات',
  'team.refusal.unreadable': 'ملاحظاته ليست بصيغة يستطيع التطبيق قراءتها',
  'team.refusal.link': 'إنه رابط، والتطبيق لا يتبع الروابط في مجلد الفريق',
  'team.refusal.notFile': 'ليس ملفًا',
  'team.refusal.tooManyFiles': 'في المجلد ملفات فريق أكثر مما يقرؤه التطبيق',

  // The content build's words to a trainer (src/content, build-words.ts): lines of
  // `npm run build:content`, in the language of --lang, LC_ALL, LC_MESSAGES or LANG
  'build.usage':
    "الاستخدام: build-content [--content '<'مجلد>] [--out '<'مجلد>] [--outline] [--lang '<'لغة>]",
  'build.usage.unknownArgument': 'وسيط غير معروف «{argument}»',
  'build.usage.needsFolder': 'يحتاج الخيار {flag} إلى مجلد',
  'build.usage.needsLanguage': 'يحتاج الخيار --lang إلى لغة: en أو ru أو kk أو ar',
  'build.usageError': 'build:content: {problem}',
  'build.summary':
    'build:content: {reports, plural, zero {لا تقارير} one {تقرير واحد} two {تقريران} few {# تقارير} many {# تقريرًا} other {# تقرير}}، {sections, plural, zero {لا أقسام} one {قسم واحد} two {قسمان} few {# أقسام} many {# قسمًا} other {# قسم}}، {paragraphs, plural, zero {لا فقرات} one {فقرة واحدة} two {فقرتان} few {# فقرات} many {# فقرة} other {# فقرة}} من {from} إلى {to}؛ المكتبة {libraryBytes} بايت، {lunrIndex}، الفهرس المضغوط {packedBytes} بايت؛ {ms} ملّي ثانية، ذروة الذاكرة {memory} ميغابايت',
  'build.summary.lunr': 'فهرس lunr {bytes} بايت',
  'build.summary.lunrLeftOut': 'فهرس lunr مستبعد بطلب من edition.json (وُفّر {saved} ميغابايت)',
  'build.problems':
    'build:content: {count, plural, zero {لا مشكلات} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلة} other {# مشكلة}} في {folder}؛ لم يُكتب شيء:',
  'build.failed': 'build:content: فشل: {error}',
  'build.warning': '{file}: تحذير: {message}',
  'build.quoted': '«{text}»',
  'build.and': '{first} و{second}',
  'build.noSections':
    '{format, select, text {لا أقسام يمكن التعرف عليها (كان المتوقع عناوين في أول الفقرة مثل «Overview:»)} markdown {لا أقسام يمكن التعرف عليها (كان المتوقع عناوين مثل «#» أو «##»)} html {لا أقسام يمكن التعرف عليها (كان المتوقع عناوين مثل {h2} في الصفحة، أو عناوين بخط عريض في أول الفقرة مثل «Overview:»)} pdf {لا أقسام يمكن التعرف عليها (كان المتوقع عناوين بخط أكبر أو أعرض من النص)} docx {لا أقسام يمكن التعرف عليها (كان المتوقع فقرات بنمط عنوان، مثل «عنوان 1» أو «عنوان 2»)} epub {لا أقسام يمكن التعرف عليها (كان المتوقع عناوين مثل {h1} أو {h2} في فصوله)} other {لا أقسام يمكن التعرف عليها}}',
  'build.nestedTooDeep':
    'متداخل إلى عمق لا تستطيع عملية البناء قراءته (قوائم أو اقتباسات أو عناصر HTML بعضها داخل بعض بآلاف المستويات). تحقّق من أنه تقرير بالصيغة التي يدل عليها اسمه، أو احفظه من جديد من البرنامج الذي أنشأه',
  'build.parse.tooLong':
    'استغرقت قراءته أكثر من {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} فأُوقفت: الملف مبني بطريقة لا يستطيع القارئ التعامل معها. تحقّق من أنه تقرير بالصيغة التي يدل عليها اسمه، أو احفظه من جديد من البرنامج الذي أنشأه',
  'build.parse.tooMuchMemory':
    'احتاجت قراءته إلى أكثر من {memory} من الذاكرة فأُوقفت: الملف مبني بطريقة لا يستطيع القارئ التعامل معها. تحقّق من أنه تقرير بالصيغة التي يدل عليها اسمه، أو احفظه من جديد من البرنامج الذي أنشأه',
  'build.parse.failed':
    'فشلت عملية البناء أثناء قراءته ({error}). لم يُكتب شيء. هذا خلل في عملية البناء لا في ملفك: يُرجى الإبلاغ عنه وإرفاق الملف',
  'build.prescan.html':
    'في الصفحة {past, select, depth {عناصر متداخلة بعمق يتجاوز {max, number} مستوى} other {أكثر من {max, number} عنصر}} (في السطر {line, number})؛ للصفحات الحقيقية بضع عشرات من المستويات وبضعة آلاف من العناصر. احفظ الصفحة من جديد من المتصفح («صفحة ويب، HTML فقط»)، أو استخدم نصها',
  'build.prescan.nesting':
    'السطر {line, number}: القوائم أو الاقتباسات متداخلة بعمق {depth, number} (أو أن السطر مُزاح بمقدار {spaces, plural, zero {# مسافة} one {مسافة واحدة} two {مسافتين} few {# مسافات} many {# مسافة} other {# مسافة}})؛ تقرأ عملية البناء حتى {max, number} مستوى. تحقّق من أن الملف بصيغة Markdown، ومن إزاحة ذلك السطر',
  'build.prescan.emphasis':
    'السطر {line, number}: في فقرة {runs, number} سلسلة من * أو _ أو ~؛ تقرأ عملية البناء حتى {max, number} منها في الفقرة الواحدة، لأن مطابقتها كتنسيق تستغرق وقتًا أطول بكثير. تحقّق من أن الملف بصيغة Markdown، أو قسّم الفقرة',
  'build.prescan.codeSpans':
    'السطر {line, number}: في فقرة من {chars, number} حرف سلاسل من العلامة (`) بـ{lengths, number} طول مختلف، وسيستغرق قارئ Markdown وقتًا طويلًا جدًا لمطابقتها كشيفرة. تحقّق من أن الملف بصيغة Markdown؛ وضع الشيفرة في كتلة مسوّرة (```)',
  'build.prescan.footnotes':
    'السطر {line, number}: في الملف أكثر من {max, number} {what, select, definitions {حاشية} other {إحالة إلى الحواشي}}، وهذا أكثر مما تقرؤه عملية البناء في ملف واحد. قسّم التقرير إلى عدة ملفات',
  'build.prescan.tableCells':
    'السطر {line, number}: في جداول الملف أكثر من {max, number} خلية في المجموع، وهذا أكثر مما تقرؤه عملية البناء في ملف واحد. قسّم التقرير إلى عدة ملفات، أو اجعل الجدول ملفًا مستقلًا',
  'build.warning.cutOff':
    'يبدو النص مبتورًا: ينتهي في منتصف جملة («{end}»). حُفظ كل ما قبل ذلك؛ تحقّق من أن الملف كامل.',
  'build.warning.emptySection': 'القسم «{heading}» لا نص تحت عنوانه؛ أُبقي عليه',
  'build.warning.repeated':
    'تتكرر فقرة {times, plural, zero {# مرة} one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}} («{quote}»، في {where})؛ أُبقي على كل منها',
  'build.pdf.pages':
    '{count, plural, zero {الصفحات {first} و{last}} one {الصفحة {last}} two {الصفحتان {first} و{last}} few {الصفحات {first} و{last}} many {الصفحات {first} و{last}} other {الصفحات {first} و{last}}}',
  'build.pdf.uncertainOrder':
    'ترتيب القراءة غير مؤكد في {pages}: يقف النص في كتلتين متجاورتين قد تكونان عمودين أو جدولًا؛ وقد قُرئ سطرًا سطرًا عبرهما معًا. {count, plural, zero {قارنها} one {قارنها} two {قارنهما} few {قارنها} many {قارنها} other {قارنها}} بملف PDF',
  'build.pdf.doubtfulTable':
    '{pages}: الأسطر مقسّمة إلى أجزاء مثل صفوف جدول، لكن الأجزاء لا تصطف في أعمدة؛ فقُرئت نصًا. قارنها بملف PDF',
  'build.or': '{first} أو {last}',
  'build.folder.notFound': 'مجلد المحتوى غير موجود',
  'build.folder.notFolder': 'ليس مجلدًا',
  'build.folder.unreadable': 'تتعذّر قراءة مجلد المحتوى ({error})',
  'build.folder.noReports': 'لا تقارير في مجلد المحتوى (ملفات {extensions})',
  'build.source.unknownFormat':
    "صيغة غير معروفة (يجب أن تكون التقارير ملفات {extensions}؛ وتوضع البيانات الوصفية في '<'id>{suffix})",
  'build.source.invalidId':
    'معرّف التقرير «{id}» غير صالح: يجب أن يتكوّن اسم الملف (دون الامتداد) من أحرف لاتينية صغيرة وأرقام، في كلمات يصل بينها شرطة واحدة، وألا يزيد على 120 حرفًا، مثل crt2021-kazakhstan',
  'build.source.duplicateId': 'معرّف التقرير «{id}» مكرّر (يستخدمه أيضًا {others})',
  'build.source.missingSidecar': 'ملف البيانات الوصفية {name} مفقود',
  'build.source.orphanSidecar':
    'ملف بيانات وصفية بلا تقرير (كان المتوقع تقريرًا اسمه {id} بامتداد {extensions})',
  'build.source.linkTarget': 'مكان آخر',
  'build.source.link':
    '{folder, select, yes {هذا رابط إلى المجلد {target}. الروابط مرفوضة كي لا يدخل التطبيقَ شيء من خارج المجلد. احذف الرابط.} other {هذا رابط إلى {target} وليس ملفًا. الروابط مرفوضة كي لا يدخل التطبيقَ شيء من خارج المجلد. انسخ الملف نفسه إلى المجلد، أو احذف الرابط.}}',
  'build.source.unknownEncoding':
    'تذكر الصفحة أن أحرفها بترميز «{encoding}»، وهو ترميز لا تعرفه عملية البناء؛ احفظ الصفحة من جديد بترميز UTF-8',
  'build.source.notText': 'ليس نصًا بترميز {encoding}؛ احفظه بترميز UTF-8 ثم أعد المحاولة',
  'build.source.empty': 'الملف فارغ',
  'build.warning.cutCharacter':
    'ينتهي الملف في منتصف حرف، كما يحدث لملف قُطع بعد عدد معيّن من البايتات؛ حُفظ النص الذي قبله. تحقّق من أن الملف كامل.',
  'build.source.linkAt': '{path}: {problem}',
  fileSize:
    '{unit, select, kilobytes {{amount} كيلوبايت} megabytes {{amount} ميغابايت} other {{amount} غيغابايت}}',

  'build.dropped.endOfPage':
    'حُذفت نهاية الصفحة («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}}): روابط التنقل والروابط التي تلي المقال',
  'build.dropped.editionEnd':
    'حُذفت نهاية النص بدءًا من سطر مذكور في pageChrome.endAt في ملف edition.json («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}})',
  'build.dropped.archiveBanner':
    'حُذفت لافتة الأرشيف («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}})',
  'build.dropped.govBanner':
    'حُذفت لافتة المواقع الحكومية ذات النطاق ‎.gov («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}})',
  'build.dropped.navigation':
    'حُذفت روابط التنقل في الموقع («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}})',
  'build.dropped.editionLines':
    'حُذفت أسطر مذكورة في pageChrome في ملف edition.json («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}})',
  'build.dropped.pageTitle':
    'حُذف عنوان الصفحة («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}}): فهو يكرر عنوان التقرير',
  'build.dropped.details':
    'حُذفت بيانات التقرير («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}}): ناشره وإصداره ومصدره، وهي بيانات يعرضها التطبيق بنفسه',
  'build.dropped.browserChrome':
    'حُذفت ترويسات المتصفح وتذييلاته («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}}): التاريخ والعنوان ورابط الصفحة وعدد الصفحات، مما يطبعه المتصفح حول كل صفحة',
  'build.dropped.runningChrome':
    'حُذفت الترويسات والتذييلات المتكررة («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}}): فهي تتكرر أعلى الصفحات أو أسفلها',
  'build.dropped.artifacts':
    'حُذفت الترويسات والتذييلات المتكررة («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}}): يعلّمها ملف PDF بأنها ليست من نصه (عناصر زائدة)',
  'build.dropped.pageNumbers':
    'حُذفت أرقام الصفحات («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}}): تحتفظ كل كتلة بدلًا منها برقم الصفحة التي تبدأ فيها',
  'build.dropped.pdfContents':
    'حُذف جدول المحتويات الخاص بالمستند («{quote}»، {lines, plural, zero {لا أسطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}}): للتطبيق جدول محتوياته الخاص',
  'build.dropped.aroundArticle':
    'حُذف ما يحيط بالمقال في الصفحة (ترويستها وروابط التنقل والأشرطة الجانبية والتذييل: {characters, plural, zero {لا أحرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}})',
  'build.dropped.htmlContents':
    'حُذف جدول المحتويات الخاص بالصفحة ({links, plural, zero {لا روابط} one {رابط واحد} two {رابطان} few {# روابط} many {# رابطًا} other {# رابط}} إلى عناوينها): للتطبيق جدول محتوياته الخاص',
  'build.dropped.permalinks':
    'حُذفت علامات الروابط الثابتة بجانب {headings, plural, zero {لا عناوين} one {عنوان واحد} two {عنوانين} few {# عناوين} many {# عنوانًا} other {# عنوان}} («#»، «¶»): وهي روابط إلى مواضع في الصفحة نفسها',
  'build.dropped.active': 'حُذف ما تشغّله الصفحة أو تحمّله ({counts}): لا يحتفظ التطبيق إلا بالنص',
  'build.dropped.active.scripts':
    '{count, plural, zero {لا نصوص برمجية} one {نص برمجي واحد} two {نصان برمجيان} few {# نصوص برمجية} many {# نصًا برمجيًا} other {# نص برمجي}}',
  'build.dropped.active.noscripts':
    '{count, plural, zero {لا بدائل} one {بديل واحد للمتصفحات التي لا تشغّل النصوص البرمجية} two {بديلان للمتصفحات التي لا تشغّل النصوص البرمجية} few {# بدائل للمتصفحات التي لا تشغّل النصوص البرمجية} many {# بديلًا للمتصفحات التي لا تشغّل النصوص البرمجية} other {# بديل للمتصفحات التي لا تشغّل النصوص البرمجية}}',
  'build.dropped.active.styleSheets':
    '{count, plural, zero {لا أوراق أنماط} one {ورقة أنماط واحدة} two {ورقتا أنماط} few {# أوراق أنماط} many {# ورقة أنماط} other {# ورقة أنماط}}',
  'build.dropped.active.forms':
    '{count, plural, zero {لا نماذج} one {نموذج أو حقل واحد} two {نموذجان أو حقلان} few {# نماذج وحقول} many {# نموذجًا وحقلًا} other {# نموذج وحقل}}',
  'build.dropped.active.frames':
    '{count, plural, zero {لا إطارات} one {إطار مضمّن واحد} two {إطاران مضمّنان} few {# إطارات مضمّنة} many {# إطارًا مضمّنًا} other {# إطار مضمّن}}',
  'build.dropped.active.media':
    '{count, plural, zero {لا صور} one {صورة أو عنصر وسائط واحد} two {صورتان أو عنصرا وسائط} few {# صور وعناصر وسائط} many {# صورة وعنصر وسائط} other {# صورة وعنصر وسائط}}',
  'build.dropped.active.objects':
    '{count, plural, zero {لا كائنات} one {كائن مضمّن واحد} two {كائنان مضمّنان} few {# كائنات مضمّنة} many {# كائنًا مضمّنًا} other {# كائن مضمّن}}',
  'build.dropped.active.templates':
    '{count, plural, zero {لا قوالب} one {قالب أو مربع حوار واحد} two {قالبان أو مربعا حوار} few {# قوالب ومربعات حوار} many {# قالبًا ومربع حوار} other {# قالب ومربع حوار}}',
  'build.dropped.word':
    'حُذف ما يحويه ملف Word غير نصه ({counts}): لا يُفتح ولا يُجلب أبدًا؛ لا يحتفظ التطبيق إلا بالنص',
  'build.dropped.word.embedded':
    '{count, plural, zero {لا كائنات} one {كائن مضمّن واحد (ملف بداخله)} two {كائنان مضمّنان (ملفان بداخله)} few {# كائنات مضمّنة (ملفات بداخله)} many {# كائنًا مضمّنًا (ملفات بداخله)} other {# كائن مضمّن (ملفات بداخله)}}',
  'build.dropped.word.pictures':
    '{count, plural, zero {لا صور} one {صورة واحدة} two {صورتان} few {# صور} many {# صورة} other {# صورة}}',
  'build.dropped.word.webPictures':
    '{count, plural, zero {لا صور} one {صورة واحدة مرتبطة من الويب} two {صورتان مرتبطتان من الويب} few {# صور مرتبطة من الويب} many {# صورة مرتبطة من الويب} other {# صورة مرتبطة من الويب}}',
  'build.comma': '{first}، {second}',
  'build.dropped.markdownHtml':
    '{line, select, none {في HTML} other {في HTML بدءًا من السطر {line}}}: {what, select, comment {حُذف تعليق HTML{shown, select, yes { («{excerpt}»)} other {}}؛ التعليقات موجّهة إلى من يحرر الملف، لا إلى القرّاء.} script {حُذف نص برمجي{shown, select, yes { («{excerpt}»)} other {}}؛ لا يشغّل التطبيق أي شيفرة من التقرير ولا يعرضها أبدًا.} other {حُذفت ورقة أنماط{shown, select, yes { («{excerpt}»)} other {}}؛ لا يشغّل التطبيق أي شيفرة من التقرير ولا يعرضها أبدًا.}}',

  'unplaced.reportNotInApp': 'تقريرها «{report}» غير موجود في هذا التطبيق.',
  'unplaced.otherReport': 'إنها تخص تقريرًا آخر.',
  'unplaced.sectionNotInEdition': 'قسمها «{section}» غير موجود في هذا الإصدار من التقرير.',
  'unplaced.textNotInEdition': 'النص المظلَّل («{excerpt}») غير موجود في هذا الإصدار من التقرير.',
  'unplaced.passageChanged': 'تغيّر المقطع الذي كانت عليه كثيرًا، فتعذّر وضعها تلقائيًا.',

  // The Markdown export's own words (export-markdown.ts) and citations (citation.ts)
  'markdown.title': 'التظليلات والملاحظات',
  'markdown.chosen': 'هذه هي الملاحظات {chosen}.',
  'markdown.count':
    'في هذا الملف {count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}}.',
  'markdown.timesIn': 'الأوقات بالتوقيت المحلي في {zone}.',
  'markdown.timesUtc': 'الأوقات بالتوقيت العالمي المنسق (UTC).',
  'markdown.reportFacts': '{publisher} · الإصدار {edition} · المصدر: {source}',
  'markdown.unknownReport':
    'ليس في هذا التطبيق التقرير «{report}»، لذا لا يمكن وضع هذه الملاحظات فيه.',
  'markdown.unanchored': 'غير مثبّتة',
  'markdown.unanchoredHelp':
    'لم يُعثر عليها في الإصدار الحالي من التقرير. أعد ربطها أو احذفها في التطبيق.',
  'markdown.color': 'اللون: {label} ({color})',
  'markdown.colorId': 'اللون: {color}',
  'markdown.tags': 'الوسوم: {tags}',
  'markdown.created': 'أُنشئت في {time}',
  'markdown.updated': 'عُدّلت في {time}',
  'markdown.changed': 'تغيّر النص هنا منذ تظليله',
  'markdown.notPlaced': 'تعذّر وضعها في التقرير.',
  'markdown.wasOnSection': 'كانت على القسم «{section}»',
  'markdown.sectionNote': 'ملاحظة على القسم',
  'markdown.tagSeparator': '، ',
  'cite.plain': '«{quote}» — {citation}',
  'cite.quoted': '«{heading}»',
  'cite.section':
    '{count, plural, zero {قسم {headings}} one {قسم {headings}} two {القسمان {headings}} few {الأقسام {headings}} many {الأقسام {headings}} other {الأقسام {headings}}}',
  'cite.page': 'ص {page}',
  'cite.pages': 'ص {first}–{last}',
  'cite.edition': 'إصدار {edition}',
  'cite.comma': '، ',

  // Main's words: a notes file that could not be read as the app started
  'legacy.readThisTime':
    'تعذّرت قراءة ملف ملاحظاتك {file} هذه المرة ({reason}). تُرك كما هو، وسيعيد التطبيق المحاولة عند تشغيله التالي.',
  'legacy.noReason': 'تعذّرت قراءته',
  'legacy.damagedMoved':
    'تعذّرت قراءة ملف ملاحظاتك ({reason})، لذا بدأ التطبيق دون ملاحظاته. حُفظ الملف التالف كما هو باسم {path}.',
  'legacy.newerMoved':
    'أنشأ ملفَّ ملاحظاتك إصدارٌ أحدث من التطبيق (الصيغة {version}) لا يستطيع هذا الإصدار قراءته، لذا بدأ التطبيق دون ملاحظاته. حُفظ الملف كما هو باسم {path}. لاستخدام تلك الملاحظات، عُد إلى الإصدار الأحدث وأعد تسمية ذلك الملف إلى {name}.',
  'legacy.notMoved':
    '{newer, select, yes {أنشأ ملفَّ ملاحظاتك إصدارٌ أحدث من التطبيق (الصيغة {version}) لا يستطيع هذا الإصدار قراءته} other {تعذّرت قراءة ملف ملاحظاتك ({reason})}}، وتعذّر نقله جانبًا ({error}). تُرك كما هو.',
  'notesFile.linkAside':
    'كان أحد ملفات ملاحظاتك، {file}، رابطًا إلى {target}. لا يستخدم التطبيق الروابط لملفاته، لذا ترك ما يشير إليه الرابط دون تغيير، واحتفظ بالرابط باسم {path}. ملاحظاتك الأخرى كلها موجودة. إن كان الملف الذي يشير إليه الرابط يحوي ملاحظات تريدها، فأغلق التطبيق وضع في {file} نسخة من ذلك الملف نفسه، لا رابطًا.',
  'notesFile.notAFileAside':
    'وُجد في مكان أحد ملفات ملاحظاتك ({file}) شيء ليس ملفًا (مجلد أو أنبوب أو جهاز). لم يقرأه التطبيق، واحتفظ به باسم {path}. ملاحظاتك الأخرى كلها موجودة. إن لم تضعه هناك، يمكنك حذفه.',
  'notesFile.isLink': 'إنه رابط إلى {target}',
  'notesFile.isNotAFile': 'إنه ليس ملفًا',
  'notesFile.tooLargeAside':
    'أحد ملفات ملاحظاتك، {file}، أكبر بكثير من أي ملف ملاحظات يكتبه التطبيق، لذا لم يُقرأ: قد يكون تالفًا، أو ليس ملف ملاحظات أصلًا. احتُفظ به دون تغيير باسم {path}. ملاحظاتك الأخرى كلها موجودة. إن لم تضع هذا الملف هناك، فافحص القرص وأي برنامج يزامن هذا المجلد؛ ويمكنك حذف الملف المحفوظ حين لا تعود بحاجة إليه.',
  'notesFile.isTooLarge': 'إنه أكبر بكثير من أي ملف ملاحظات يكتبه التطبيق',
  'notesFile.unreadable':
    'تعذّرت قراءة أحد ملفات ملاحظاتك، {file} ‏({reason}){moved, select, no {، وتعذّر نقله جانبًا ({error})} other {}}، لذا لا تظهر الملاحظات التي فيه. ولحمايته لن يكتب التطبيق فيه.',
  'colorNames.notIndex': 'ليس فهرس ملاحظاتك',
  'colorNames.damaged':
    'تعذّرت قراءة ملف أسماء ألوانك، {file} ‏({reason})، لذا تُستخدم الأسماء الافتراضية. {moved, select, yes {حُفظ كما هو باسم {path}.} other {ولحمايته لن يكتب التطبيق فيه.}}'
}

export const arabicCatalog: Catalog = { name: 'العربية', dir: 'rtl', messages: ar }
