import type { Catalog } from '../catalog-types'

/**
 * English: the source catalog. Every other catalog translates each of these messages (ICU
 * MessageFormat: `{count, plural, one {…} other {…}}`, `{name}`); the ids say where a message is
 * shown. Keep a message whole (never glued from pieces), so each language can order its words.
 */
export const en = {
  // The app as it opens
  'app.opening': 'Opening the report…',
  'app.reportNotOpened': 'That report could not be opened: {reason}',
  'app.noReports': 'This app contains no reports.',

  // Common buttons
  'common.done': 'Done',
  'common.close': 'Close',

  // Display settings
  'display.title': 'Display',
  'display.language': 'Language',
  'display.language.system': 'Follow the system',
  'display.theme': 'Theme',
  'display.theme.system': 'Follow the system',
  'display.theme.light': 'Light',
  'display.theme.dark': 'Dark',
  'display.typeface': 'Typeface',
  'display.typeface.literata': 'Literata (book serif)',
  'display.typeface.atkinson': 'Atkinson Hyperlegible (clear sans)',
  'display.typeface.system': 'This computer’s serif',
  'display.textSize': 'Text size',
  'display.smaller': 'Smaller text',
  'display.smaller.short': 'A−',
  'display.larger': 'Larger text',
  'display.larger.short': 'A+',
  'display.pixels': '{size, number} px',
  'display.lineSpacing': 'Line spacing',
  'display.spacing.compact': 'Compact',
  'display.spacing.normal': 'Normal',
  'display.spacing.relaxed': 'Relaxed',
  'display.lineWidth': 'Line width',
  'display.width.narrow': 'Narrow',
  'display.width.medium': 'Medium',
  'display.width.wide': 'Wide',
  'toolbar.hideSidebar': 'Hide contents and notes',
  'toolbar.showSidebar': 'Show contents and notes',
  'toolbar.display': 'Display',
  'toolbar.display.tooltip': 'Display: language, theme, typeface, text size and spacing',
  'toolbar.print': 'Print / PDF…',
  'toolbar.about': 'About',
  'toolbar.withKeys': '{label} ({keys})',
  'about.version': 'Version {version}',
  'about.contact': '<b>Contact:</b> {contact}',
  'about.reports': 'Reports in this edition',
  'about.source': 'Source:',
  'about.offline': 'This app works offline: it makes no network requests.',
  'error.contentMissing': 'The report is missing from this copy of the app',
  'error.contentCorrupt': 'The report could not be opened',
  'error.file': 'File: <code>{path}</code>',
  'userData.title': 'Your notes and settings cannot be saved',
  'userData.whatWorks':
    'You can still read and search the reports, and the notes you made before are shown. Highlights, notes and settings you change now will be lost when you close the app. Nothing already in that folder is changed.',
  'userData.fix':
    'To fix it, ask whoever looks after this computer to make that folder usable for your account, then start the app again.',
  'userData.continue': 'Read without saving',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.keys': 'Keys',
  'shortcuts.action': 'What they do',
  'shortcuts.or': ' or ',
  'shortcuts.anywhere': 'Anywhere',
  'shortcuts.search': 'Go to the search box',
  'shortcuts.print': 'Print or export a PDF of the report',
  'shortcuts.help': 'Show these keyboard shortcuts',
  'shortcuts.escape': 'Close a dialog; clear the search and its marks',
  'shortcuts.inSearch': 'In the search box',
  'shortcuts.chooseResult': 'Choose a result',
  'shortcuts.openResult': 'Open it: the text scrolls there and every hit is marked',
  'shortcuts.nextHit': 'After opening: next / previous hit',
  'shortcuts.highlightHit': 'Highlight the hit you are on and write a note',
  'shortcuts.inText': 'In the text',
  'shortcuts.nextHighlight': 'Move to the next / previous highlight',
  'shortcuts.openHighlight': 'Open the highlight: colour, note, tags, delete',
  'keys.ctrl': 'Ctrl',
  'keys.esc': 'Esc',
  'keys.enter': 'Enter',
  'keys.shift': 'Shift',
  'keys.alt': 'Alt',
  'keys.tab': 'Tab',
  'messages.close': 'Close message',
  'messages.dismiss': 'Dismiss',
  'sidebar.width': 'Sidebar width',
  'sidebar.tabs': 'Sidebar',
  'toc.title': 'Contents',
  'report.switch': 'Report',
  'report.publisher': 'Publisher',
  'report.edition': 'Edition',
  'report.source': 'Source',
  'report.comparePrevious': 'Compare with the previous edition ({edition})',
  'changes.offer.label': 'A new edition of this report',
  'changes.offer.text': 'This report has a new edition since you last read it.',
  'changes.offer.show': 'Show what changed',
  'changes.offer.notNow': 'Not now',
  'changes.inText.label': 'Changed in this edition: {title}',
  'changes.inText.movedFrom': '(from “{section}”)',
  'changes.shown.label': 'Changes shown in the text',
  'changes.shown.sinceLastRead':
    'The changes since the edition you last read are shown in the text, after each passage that changed.',
  'changes.shown.sinceEdition':
    'The changes since the edition “{edition}” are shown in the text, after each passage that changed.',
  'changes.shown.back': 'Back to What changed',
  'changes.shown.stop': 'Stop showing changes',
  'whatChanged.title.lastRead': 'What changed since you last read this report',
  'whatChanged.title.previous': 'What changed since the previous edition',
  'whatChanged.corrected': 'The text was corrected since you last read it (edition {to}).',
  'whatChanged.fromLastRead': 'From the edition you last read ({from}) to this one ({to}).',
  'whatChanged.fromPrevious': 'From the edition “{from}” to this one ({to}).',
  'whatChanged.steps': 'Step through the changes',
  'whatChanged.previousChange': 'Previous change',
  'whatChanged.previous': 'Previous',
  'whatChanged.position': 'Change {current, number} of {count, number}',
  'whatChanged.nextChange': 'Next change',
  'whatChanged.next': 'Next',
  'whatChanged.inSection': 'in “{section}”',
  'whatChanged.movedFrom': 'Moved here from “{section}”.',
  'whatChanged.movedWithin': 'Moved within this section.',
  'whatChanged.notesHere': 'Your notes here',
  'whatChanged.noteQuote': '{color}: “{quote}”',
  'whatChanged.showWhereItWas': 'Show where it was',
  'whatChanged.showInReport': 'Show in the report',
  'change.none': 'No changes to the text.',
  'change.summary': '{count, plural, one {# change} other {# changes}}: {kinds}.',
  'change.count.inserted': '{count, number} added',
  'change.count.deleted': '{count, number} removed',
  'change.count.modified': '{count, number} reworded',
  'change.count.moved': '{count, number} moved',
  'change.note.moved': 'Your highlight followed its text here.',
  'change.note.changed': 'Your highlight now covers reworded text.',
  'change.note.unplaced':
    'Your highlight could not be placed in this edition; it is listed under Unanchored in the Notes tab.',
  'change.note.inPlace': 'Your highlight is here, unchanged.',
  'change.title.inserted.sentence': 'Added text',
  'change.title.inserted.paragraph': 'Added paragraph',
  'change.title.inserted.section': 'Added section',
  'change.title.inserted.heading': 'Added heading',
  'change.title.deleted.sentence': 'Removed text',
  'change.title.deleted.paragraph': 'Removed paragraph',
  'change.title.deleted.section': 'Removed section',
  'change.title.deleted.heading': 'Removed heading',
  'change.title.modified.sentence': 'Reworded text',
  'change.title.modified.paragraph': 'Reworded paragraph',
  'change.title.modified.section': 'Reworded section',
  'change.title.modified.heading': 'Reworded heading',
  'change.title.moved.sentence': 'Moved text',
  'change.title.moved.paragraph': 'Moved paragraph',
  'change.title.moved.section': 'Moved section',
  'change.title.moved.heading': 'Moved heading',
  'color.yellow': 'Important',
  'color.green': 'Evidence',
  'color.blue': 'Question',
  'color.pink': 'Follow up',
  'search.label': 'Search the reports',
  'search.placeholder': 'Search (Ctrl+K)',
  'search.in': 'Search in',
  'search.allReports': 'All reports',
  'hits.label': 'Hits in the text',
  'hits.none': 'No hits here',
  'hits.position': '{current, number} of {count, plural, one {# hit} other {# hits}}',
  'hits.previous': 'Previous hit',
  'hits.next': 'Next hit',
  'hits.highlight': 'Highlight this hit…',
  'hits.clear': 'Clear the search',
  'search.results': 'Results',
  'search.failed': 'Search failed: {reason}',
  'search.count': '{total, plural, one {# matching paragraph} other {# matching paragraphs}}',
  'search.countShowingBest':
    '{total, plural, one {# matching paragraph} other {# matching paragraphs}}, showing the best {shown, number}',
  'search.corrected': 'Showing results for <b>{word}</b>',
  'search.resultPlace': '{report}, {section}:',
  'search.resultPlace.heading': '{report}, {section} (the heading matches):',
  'search.inNotes': 'In your notes ({count, number})',
  'save.failed': 'Your notes could not be saved.',
  'save.unsaved':
    '{count, plural, one {# change is not saved yet.} other {# changes are not saved yet.}}',
  'save.retry': 'Retry now',
  'undo.button': 'Undo',
  'selection.toolbar': 'Highlight or copy the selected text',
  'selection.addNote': 'Add note…',
  'colors.label': 'Colour meanings',
  'colors.meaning.yellow': 'Meaning of the yellow highlight',
  'colors.meaning.green': 'Meaning of the green highlight',
  'colors.meaning.blue': 'Meaning of the blue highlight',
  'colors.meaning.pink': 'Meaning of the pink highlight',
  'colors.save': 'Save colour names',
  'citation.asText': 'Copy with citation as plain text',
  'citation.text': 'Text',
  'citation.asMarkdown': 'Copy with citation as Markdown',
  'citation.markdown': 'Markdown',
  'citation.copy': 'Copy with citation',
  'citation.copyColon': 'Copy with citation:',
  'citation.copyMenu': 'Copy with citation…',
  'transfer.label': 'Export and import',
  'transfer.export': 'Export',
  'transfer.all': '{count, plural, one {all # note} other {all # notes}}',
  'transfer.shownCount': '{count, plural, one {the # note shown} other {the # notes shown}}',
  'transfer.shown': 'the notes shown',
  'transfer.exportMarkdown': 'Export Markdown…',
  'transfer.exportJson': 'Export JSON…',
  'transfer.importJson': 'Import JSON…',
  'compare.looking': 'Looking for the reports that have this section…',
  'compare.noOther': 'No other report has a section “{section}”. Choose another section.',
  'compare.chooseMore': 'Choose at least one more report to read beside it.',
  'compare.full':
    '{count, number} reports are side by side, the most that fit: remove one to add another.',
  'compare.back': 'Back to the report',
  'compare.title': 'One section across reports',
  'compare.section': 'Section',
  'compare.reports': 'Reports side by side (two to four)',
  'compare.column': 'Column {index, number} of {count, number}',
  'compare.edition': 'Edition {edition}',
  'compare.noMatch': 'No match for “{query}” in this section',
  'compare.matches': '{count, plural, one {# match} other {# matches}} for “{query}”',
  'compare.read.label': 'Read {report} at this section',
  'compare.read': 'Read in the report',
  'compare.remove.label': 'Remove {report} from the comparison',
  'compare.remove': 'Remove',
  'compare.opening': 'Opening “{section}”…',
  'glossary.title': 'Glossary',
  'glossary.empty': 'This report spells out no acronyms.',
  'glossary.firstUse': 'First used in {section}',
  'print.title': 'Print or export PDF',
  'print.what':
    'The report prints on its own: title, source and text, without the sidebar or toolbar.',
  'print.withNotes': 'Include my highlights and notes',
  'common.cancel': 'Cancel',
  'print.exportPdf': 'Export PDF…',
  'print.print': 'Print…',
  'highlight.description': 'Highlight, {label}',
  'highlight.description.withNote': 'Highlight, {label}. Note: {note}',
  'highlight.description.changed':
    'Highlight, {label}. The text changed in this edition; it was “{before}”',
  'highlight.description.changedWithNote':
    'Highlight, {label}. The text changed in this edition; it was “{before}”. Note: {note}',
  'highlight.pile.samePassage':
    '{count, plural, one {# note} other {# notes}} on this passage ({colours}). Press Enter to choose one.',
  'highlight.pile.overlapping':
    '{count, plural, one {# note} other {# notes}} on passages that overlap here ({colours}). Press Enter to choose one.',
  'print.noteOn': 'Note ({label}) on “{quote}”',
  'sectionNote.add.label': 'Add a note to the section {section}',
  'sectionNote.add': '+ Note',
  'sectionNote.label': 'Section note',
  'blocks.code': 'Code in “{section}”',
  'blocks.table': 'Table {number} in “{section}”',
  'blocks.footnoteBack.label': 'Back to the text of footnote {label}',
  'blocks.footnoteBack': 'Back to the text',
  'blocks.footnote': 'Footnote {label}',
  'undo.done.created': 'Undone: the new highlight.',
  'undo.done.colour': 'Undone: the colour change.',
  'undo.done.note': 'Undone: the change to the note.',
  'undo.done.deleted': 'Undone: the deletion.',
  'undo.highlightDeleted': 'Highlight deleted.',
  'undo.noteDeleted': 'Note deleted.',
  'undo.nothing': 'Nothing to undo.',
  'reattach.selectFirst': 'Select the passage in the report first, then re-attach the note to it.',
  'reattach.otherReport': 'Open the note’s own report and select the passage there.',
  'sectionNote.section': 'Section',
  'citation.copied.text': 'Copied {what} with its citation, as plain text.',
  'citation.copied.markdown': 'Copied {what} with its citation, as Markdown.',
  'citation.notCopied':
    '{what} could not be copied: the app was not allowed to use the clipboard. Nothing was copied; select the text and press Ctrl+C to copy it without its citation.',
  'changes.cannotShow': 'What changed in this report cannot be shown: {reason}',
  'changes.cannotCompare': 'The previous edition cannot be compared: {reason}',
  'compare.cannotList': 'The reports with this section could not be listed: {reason}',
  'compare.cannotShowColumn': 'A column could not be shown: {reason}',
  'print.saved': 'PDF saved: {path}',
  'undo.done.newNote': 'Undone: the new note.',
  'undo.done.privacy': 'Undone: the change to who can see the note.',
  'notes.textChanged': 'The text changed in this edition:',
  'notes.title': 'Notes and highlights',
  'notes.find': 'Find',
  'notes.find.placeholder': 'Words in notes, quotes or tags',
  'notes.colour': 'Colour',
  'notes.allColours': 'All colours',
  'notes.tag': 'Tag',
  'notes.allTags': 'All tags',
  'notes.inReport': 'In report',
  'notes.sort': 'Sort',
  'notes.sort.position': 'In reading order',
  'notes.sort.newest': 'Newest first',
  'notes.sort.oldest': 'Oldest first',
  'notes.count': '{shown, number} of {count, plural, one {# note} other {# notes}}',
  'notes.empty': 'Select text in the report to highlight it or add a note.',
  'notes.goTo': 'Go to',
  'notes.edit': 'Edit',
  'common.delete': 'Delete',
  'notes.unanchored': 'Unanchored ({count, number})',
  'notes.unanchored.help':
    'These could not be placed in the reports as the app has them now; each says why. Select the passage a note belongs to and re-attach it, or delete it.',
  'notes.reattach': 'Re-attach to selection',
  'notes.renameColours': 'Rename colours',
  'notes.formerSection': 'It was in the section “{section}”.',
  'notes.showLess': 'Show less',
  'notes.showMore': 'Show more',
  'notes.tags': 'Tags',
  'notes.private': 'Private',
  'notes.created': 'Created {created, date, medium} {created, time, short}',
  'notes.createdEdited':
    'Created {created, date, medium} {created, time, short}, edited {edited, date, medium} {edited, time, short}',
  'dialog.sectionNote': 'Note on this section',
  'dialog.highlight': 'Highlight',
  'dialog.newHighlight': 'New highlight',
  'dialog.note': 'Note',
  'dialog.characters': '{count, number} / {max, number} characters',
  'dialog.tags': 'Tags (separated by commas)',
  'dialog.yourTags': 'Your tags',
  'dialog.tooManyTags': 'A note can have at most {max, number} tags.',
  'dialog.longTag': 'The tag “{tag}…” is longer than {max, number} characters.',
  'dialog.discard.question': 'Discard what you changed in this note?',
  'dialog.keepEditing': 'Keep editing',
  'dialog.discard': 'Discard',
  'common.save': 'Save',
  'tabs.contents': 'Contents',
  'tabs.notes': 'Notes ({count, number})',
  'tabs.glossary': 'Glossary',
  'tabs.results': 'Results',
  'sidebar.label': 'Contents, notes, team notes, glossary and search results',
  'compare.open': 'Compare this section across reports',
  'reader.text': 'Report text',
  'reader.progress': 'Reading progress',
  'reader.progress.value': '{percent, number, percent} of the report',
  'search.resultsList': 'Search results',
  'sectionNotes.all': 'All {count, plural, one {# note} other {# notes}} on this section',
  'pile.title.samePassage': '{count, plural, one {# note} other {# notes}} on this passage',
  'pile.title.overlapping':
    '{count, plural, one {# note} other {# notes}} on passages that overlap here',
  'pile.title.section': '{count, plural, one {# note} other {# notes}} on this section',
  'pile.find': 'Find in these notes',
  'pile.count':
    '{shown, number} of {count, plural, one {# note} other {# notes}}. Choose one to open it.',
  'pile.list': 'Notes here',
  'pile.note.meta': '{label} · {created, date, medium} {created, time, short}',
  'pile.note.none': 'No note, only the highlight',

  // Team notes (a folder the team syncs; colleagues' and the course's notes)
  'tabs.team': 'Team',
  'search.inTeamNotes': 'In your team’s notes ({count, number})',
  'dialog.private': 'Private: keep this note on this laptop',
  'dialog.private.on': 'It is never written to the team folder, so no colleague sees it.',
  'dialog.private.onWasShared':
    'It is never written to the team folder, so no colleague sees it. If it was shared, it is taken out of your team file when you save.',
  'dialog.private.off':
    'When you share your notes, it is written to the team folder for your colleagues to see.',
  'team.reading': 'Reading the team’s notes…',
  'team.title': 'Team notes',
  'team.empty': 'No colleague’s notes are in the team folder yet.',
  'team.sharing': 'Sharing your notes as {name} in {folder}.',
  'team.sharing.unreachable': 'Sharing your notes as {name} in {folder} (not reachable now).',
  'team.stopSharing': 'Stop sharing',
  'team.invite':
    'Share your highlights and notes with your team through a folder you already sync: a network drive, OneDrive or SharePoint, Syncthing, a USB stick.',
  'team.whatLeaves':
    '<b>What leaves this laptop:</b> your highlights and notes (the words you highlighted, your note, tags, colour and times) with the name you give below, written as files to that folder. Notes you mark private never leave. The app sends nothing anywhere else; your sync software moves the folder.',
  'team.name': 'Your name for the team',
  'team.noFolder': 'No folder chosen.',
  'team.chooseFolder': 'Choose folder…',
  'team.share': 'Share my notes',
  'team.filter.label': 'Show the team’s notes',
  'team.filter.person': 'Person',
  'team.filter.everyone': 'Everyone',
  'team.filter.personOption': '{name} ({count, number})',
  'team.filter.report': 'Report',
  'team.filter.allReports': 'All reports',
  'team.filter.newOnly': 'New since I last looked',
  'team.markSeen': 'Mark all as seen',
  'team.count': '{count, plural, one {# note} other {# notes}}',
  'team.copied': 'Copied {name}’s note to your notes.',
  'team.more': 'Show more ({count, number} not shown)',
  'team.note.new': 'new',
  'team.note.notPlaced': 'Not placed in this edition: {reason}',
  'team.note.cannotCopy':
    'It stays listed here. It can be copied to your notes once its author places it in this edition.',
  'team.goTo': 'Go to',
  'team.copy': 'Copy to my notes',
  'team.mark.course': 'Course notes',
  'team.mark.person': '{name}’s highlight',
  'team.mark.withNote': '{who}. Note: {note}',

  // Main's words: the native menus and dialogs (src/main)
  'menu.file': 'File',
  'menu.print': 'Print…',
  'menu.exportPdf': 'Export PDF…',
  'menu.closeWindow': 'Close Window',
  'menu.quit': 'Quit',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.view': 'View',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'menu.resetZoom': 'Actual Size',
  'menu.fullScreen': 'Full Screen',
  'menu.theme': 'Theme',
  'menu.theme.system': 'Follow the System',
  'menu.theme.light': 'Light',
  'menu.theme.dark': 'Dark',
  'menu.window': 'Window',
  'menu.help': 'Help',
  'menu.shortcuts': 'Keyboard Shortcuts',
  'menu.about': 'About {appName}',
  'menu.hide': 'Hide {appName}',
  'menu.hideOthers': 'Hide Others',
  'menu.showAll': 'Show All',
  'fileDialog.exportNotes': 'Export notes',
  'fileDialog.exportPdf': 'Export the report as PDF',
  'fileDialog.importNotes': 'Import notes',
  'fileDialog.teamFolder': 'Choose the team folder',
  'fileDialog.markdown': 'Markdown',
  'fileDialog.json': 'Web Annotation JSON',
  'fileDialog.pdf': 'PDF',
  'quit.unsaved': '{count, plural, one {# change is} other {# changes are}} not saved.',
  'quit.preferencesNotWritten': 'Your preferences could not be written.',
  'quit.detail':
    '{reason} Make room (or fix the folder), then choose Try again; if you quit now, {count, plural, one {it is} other {they are}} lost.',
  'quit.tryAgain': 'Try again',
  'quit.loseThem': 'Quit and lose them',
  'launch.refused.title': 'The reader will not start',
  'launch.refused.message':
    'The reader was started with {switches}, which would let other programs on this computer read and control it. It has not opened anything, and your notes are unchanged.\n\nStart the reader from its shortcut or menu entry, without extra options.',
  'window.loadFailed.title': 'The reader could not open',
  'window.loadFailed.message':
    'The app’s window could not be loaded ({description}, code {code}) from {url}.\n\nReinstall the app, or run `npm run build` if you are working from source.',

  // Main's words: saving the reader's notes and settings, and why a file could not be used
  'save.retrySentence':
    'The app tries again by itself (at most a minute apart) and each time you make a change.',
  'save.diskFull':
    'The disk is full: your last change is kept in memory and saved when there is room. Nothing on disk was damaged.',
  'save.readOnlyDisk': 'The disk is read-only, so {path} could not be written.',
  'save.notAllowed':
    'The app was not allowed to write {path}; another program (such as antivirus) may be holding it, or the folder’s permissions changed.',
  'save.folderInPlace': '{path} could not be written: something else (a folder) is in its place.',
  'save.otherError': '{path} could not be written ({error}).',
  'save.keptInMemory': 'Your changes are kept in memory while the app is open.',
  'save.keptForSession': 'It is kept for this session.',
  'save.preferenceNotSaved':
    '{what, select, report {Your choice of report} reading {Your reading settings} layout {Your sidebar layout} other {Your reading position}} could not be saved.',
  'save.refusedLink':
    '{path} is a link to {target}. The app does not write {what, select, notes {your notes} other {your preferences}} through links, so it did not change that file.',
  'save.refusedReadOnly':
    '{path} is read-only. The app will not replace a file you protected, so {what, select, notes {your notes} other {your preferences}} were not saved to it. To save them, make the file writable again (or move it away).',
  'store.unwritableFolder':
    'The app keeps your notes and settings in the folder {dir}, but it cannot save anything there ({reason}).',
  'store.unusableFolder': 'The app cannot use its folder {dir} ({reason}).',
  'store.preferencesDamaged':
    'Your preferences file could not be read, so the app started with default preferences. The damaged file was kept as {path}.',
  'store.wasLink':
    'Your {what, select, notes {notes file} other {preferences file}} was a link to {target}. The app does not use links for its own files, so it left that file unchanged, kept the link as {path}, and started {what, select, notes {without notes} other {with default preferences}}.',
  'store.notAFile':
    'Something other than a file stood where your {what, select, notes {notes file} other {preferences file}} belongs; it was kept as {path} and the app started {what, select, notes {without notes} other {with default preferences}}.',
  'fileProblem.notJson': 'it is not valid JSON: it may have been cut short or edited by hand',
  'fileProblem.missing': 'the folder or file does not exist',
  'fileProblem.fileForFolder': 'a file stands where a folder should be',
  'fileProblem.folderForFile': 'a folder stands where a file should be',
  'fileProblem.notAllowed':
    'the app is not allowed to use it: it is read-only, or its permissions keep the app out',
  'fileProblem.busy': 'another program is using it',
  'fileProblem.readOnlyDisk': 'the disk is read-only',
  'fileProblem.diskFull': 'the disk is full',
  'fileProblem.noFolder': 'that folder does not exist',
  'fileProblem.gone': 'the file is no longer there',
  'fileProblem.pathThroughFile': 'part of that path is a file, not a folder',
  'fileProblem.isFolder': 'that is a folder, not a file',
  'fileProblem.mayNotWrite': 'the app is not allowed to write there',
  'fileProblem.mayNotRead': 'the app is not allowed to read it',
  'fileProblem.nameTooLong': 'the name is too long',
  'fileProblem.couldNotWrite': 'the system did not let the app write it',
  'fileProblem.couldNotRead': 'the system did not let the app read it',
  'notes.noteNotSaved': 'The note was not saved.',
  'notes.changeNotSaved': 'The change was not saved.',
  'notes.noteNotRestored': 'The note was not restored.',
  'notes.importTooBig': 'Nothing was imported; delete some notes first, or import a smaller file.',
  'notes.tooLarge':
    'Your notes would take more than {mb, number} MB, the most the app keeps. {outcome} Delete some notes, or shorten long ones, to make room.',
  'notes.tooMany':
    'You have reached the limit of {limit, number} notes and highlights. Delete some before adding more.',
  'notes.importOverLimit':
    'This import would bring your notes to {total, number}, over the limit of {limit, number}. Nothing was imported; delete some notes first, or import a smaller file.',
  'notes.gone': 'That note no longer exists. It may have been deleted.',
  'notes.cannotRestore':
    'That note can no longer be restored: only notes deleted since the app started can be.',
  'notes.unreadable':
    'Your notes could not all be read ({reason}). Nothing is written to {folder} this session, so nothing there is changed: restart the app to try again.',
  'notes.exportFailed':
    'The notes could not be saved to {path}: {reason}. Nothing was written; choose another folder.',
  'print.pdfNotMade': 'The PDF could not be made: {reason}',
  'print.pdfNotWritten':
    'The PDF could not be written to {path}: {reason}. Nothing was written; choose another folder.',
  'print.failed': 'The report could not be printed: {reason}',

  // What the notes panel says after an export or an import (transfer-messages.ts)
  'transfer.exported': 'Exported {count, plural, one {# note} other {# notes}} to {path}.',
  'transfer.exportCancelled': 'Export cancelled. Nothing was written.',
  'transfer.nothingChosen':
    'Nothing to export: you have no notes {chosen}. Nothing was written; choose other notes to export.',
  'transfer.nothingYet':
    'Nothing to export: you have no highlights or notes yet. Nothing was written.',
  'transfer.importCancelled': 'Import cancelled. Nothing was imported.',
  'transfer.imported': 'Imported {count, plural, one {# note} other {# notes}}.',
  'transfer.nothingNew': 'Nothing new was imported.',
  'transfer.skipped':
    '{count, plural, one {# was already here, so it was skipped} other {# were already here, so they were skipped}}.',
  'transfer.invalid':
    '{count, plural, one {# could not be imported} other {# could not be imported}}:',
  'transfer.invalidListed':
    '{count, plural, one {# could not be imported} other {# could not be imported}} (the first {listed, number} are listed):',
  'transfer.reading': 'Reading notes: {done, number} of {total, number}',
  'transfer.importing': 'Importing notes: {done, number} of {total, number}',
  'filterWords.report': 'in “{title}”',
  'filterWords.color': 'coloured {color}',
  'filterWords.tag': 'tagged “{tag}”',
  'filterWords.text': 'containing “{text}”',

  // Main's words: editions, reports, highlights and team notes
  'editions.unchanged': 'The report and your notes are as they were.',
  'editions.tooMuchText':
    'The two editions hold {size} of text together, more than the {limit} the app compares, so it did not compare them. {unchanged}',
  'editions.tooSlow':
    'Comparing the two editions took longer than {seconds, plural, one {# second} other {# seconds}}, so the app stopped it. {unchanged}',
  'editions.tooMuchMemory':
    'Comparing the two editions needed more memory than the app gives it ({mb, number} MB), so the app stopped it. {unchanged}',
  'editions.notCompared': 'The two editions could not be compared ({reason}). {unchanged}',
  'editions.stopped': 'The comparison stopped before it finished (exit code {code}). {unchanged}',
  'editions.sinceLastReadUnavailable':
    'What changed since you last read this report cannot be shown: {reason}',
  'editions.noEarlier': 'This app has no earlier edition of this report to compare.',
  'editions.previousDamaged':
    'The previous editions bundled with this app ({path}) cannot be read, so reports cannot be compared with them. The reports themselves are fine; reinstalling the app brings the file back.',
  'editions.keptUnusable':
    'The app’s copy of the edition you last read ({path}) {why, select, notAFile {is not a file the app wrote} tooLarge {is {size}, far larger than an earlier edition of this report can be; it was not read} damaged {is damaged} other {could not be read ({reason})}}, so it cannot show what changed since then. It keeps this edition instead.',
  'editions.keepLink': '{file} is a link to {target}, and the app does not write through links',
  'editions.keepNotAFile': 'something other than a file stands at {file}',
  'editions.keepReadOnly': '{file} is read-only',
  'editions.notKept':
    'The app could not keep a copy of this edition of the report in {dir} ({reason}), so the next time a new edition arrives it cannot show what changed since today. Your notes and the report are not affected.',
  'report.notFound': 'There is no report “{id}” in this app.',
  'report.noSection': 'The report “{title}” has no section “{section}” in this edition.',
  'report.contentUnavailable': 'The report content could not be opened.',
  'search.unavailable': 'Search is not available: {reason}',
  'search.unavailableNoContent': 'Search is not available: the report content could not be opened.',
  'search.gettingReady': 'Search is getting ready…',
  'highlight.noSection': 'That section is not in this report.',
  'highlight.otherEdition':
    'The highlight was made on another edition of the report. Select the passage again.',
  'highlight.outside': 'The highlight is not inside the report’s text. Select the passage again.',
  'highlight.mismatch': 'The highlight does not match the report’s text. Select the passage again.',
  'team.unavailable': 'Team notes are not available in this window.',
  'team.folderFirst': 'Choose the team folder first: sharing needs a folder to write to.',
  'team.folderUnusable': 'The team folder {folder} cannot be used: {reason}. Nothing was changed.',
  'team.privateNotSaved':
    'The private note was not saved: the app could not record that it is private, because {reason}. Nothing was written to the team folder, and your text is still in the dialog.',
  'team.noteGone': 'That note is no longer in the team folder: its author may have deleted it.',
  'team.noteUnplaced':
    'That note could not be placed in this edition of the report, so it cannot be copied to your notes.',
  'team.writeFailed':
    'Your notes could not be written to the team folder: {reason}. They are safe on this laptop, and are written there when the folder can be used again.',
  'team.folderUnreachable':
    'The team folder {folder} cannot be reached now ({reason}). Your colleagues’ notes read before are still shown; your notes stay on this laptop and are written there when it is back.',
  'team.layerUnreadable':
    '{named, select, yes {{person}’s notes} other {A colleague’s notes (the file {file})}} on “{report}” could not be read: {reason}. {halfWritten, select, yes {The app tries again by itself: a sync may still be bringing it in.} other {The app reads it again when it changes.}}',
  'team.notesLeftOut':
    '{count, plural, one {One of {person}’s notes} other {# of {person}’s notes}} on “{report}” could not be used (damaged, or made by another version of the app) and {count, plural, one {is} other {are}} not shown; {shown, plural, =0 {there are no others} one {the other one is shown} other {the other # are shown}}. The app reads the file again when it changes.',
  'team.settingsDamaged':
    'The team settings in {path} could not be read, so sharing is off. Choose the team folder again to share your notes.',
  'team.choiceKept': 'The team choice holds until the app closes.',
  'team.courseNotes': 'Course notes ({trainer})',

  // The part of main's team notes that reads colleagues' files (the team worker)
  'team.readerRestarted':
    'The part of the app that reads your team’s notes stopped unexpectedly and was started again. Your own notes were not affected; your colleagues’ notes are being read again from the team folder.',
  'team.readerStopped':
    'The part of the app that reads your team’s notes stopped again, so your colleagues’ notes are not shown for now. Your own notes are safe and still shared. Restart the app to see the team’s notes again.',
  'team.readerBusy':
    'Your team’s notes are being read again, so that note could not be copied just now. Try again in a moment.',

  // Main's words: a file chosen to import
  'import.tooLarge': '{path} is too large to be a notes file.',
  'import.notOpened': '{path} could not be opened: {reason}.',
  'import.notRead': '{path} could not be read: {reason}',
  'import.nothingImported': 'Nothing was imported.',

  // Why an imported notes file, or one item of it, is refused (web-annotation.ts)
  'refusal.unreadable':
    'The file could not be read as notes: it is not a notes file exported by this app or another Web Annotation tool.',
  'refusal.tooDeep':
    'The file is not a notes file: its contents are nested far more deeply than notes ever are.',
  'refusal.notJson':
    'The file is not a notes file: it is not valid JSON (it may be damaged or cut short).',
  'refusal.markdownExport':
    'This is the app’s Markdown export of notes, which is for reading, not for importing. To bring notes into the app, import a JSON export: choose Export JSON… in the Notes tab, then Import JSON… with that file.',
  'refusal.empty': 'The file holds no notes.',
  'refusal.notAnnotations':
    'The file does not contain Web Annotations (an AnnotationCollection, an AnnotationPage, an Annotation or a list of them).',
  'refusal.tooMany':
    'The file has more than {max, plural, one {# annotation} other {# annotations}}; at most {max, plural, one {# annotation} other {# annotations}} can be imported at once.',
  'refusal.outsidePages':
    'The collection links to annotations outside the file; they cannot be read.',
  'refusal.pageWithoutItems': 'The collection has an annotation page without a list of items.',
  'refusal.item': 'Item {number, number}: {reason}',
  'refusal.notObject': 'it is not a note but {kind}.',
  'refusal.wrongType': 'it is not a note: its type is {type}, not “Annotation”.',
  'refusal.noId': 'it has no id.',
  'refusal.targets': 'it must point to exactly one place in a report (one target).',
  'refusal.notOnReport':
    'it is not on a report of this app (its target’s source does not start with {prefix}).',
  'refusal.noEdition':
    'it does not say which edition of the report it was made on (its target has no state {prefix}…).',
  'refusal.noSelector': 'it does not say where in the report it is (its target has no selector).',
  'refusal.missingSelectors': 'it does not say {missing}.',
  'refusal.missing.fragment': 'which paragraph it is in (no FragmentSelector)',
  'refusal.missing.quote': 'what text it highlights (no TextQuoteSelector)',
  'refusal.missing.position': 'where in its paragraph it is (no TextPositionSelector)',
  'refusal.bodyNoText': 'one of its bodies holds no text.',
  'refusal.oneIssue': '{issue}.',
  'refusal.twoIssues': '{first}; {second}.',
  'refusal.value.quoted': '“{text}”',
  'refusal.value.kind':
    '{kind, select, nothing {nothing} null {empty (null)} list {a list} object {an object} text {text} number {a number} boolean {true or false} other {something else}}',
  'refusal.issue.color': 'its colour {value} is not one of the app’s colours ({colors})',
  'refusal.issue.noteTooLong':
    'its note is longer than {max, plural, one {# character} other {# characters}}',
  'refusal.issue.noteNotText': 'its note is not text',
  'refusal.issue.tooManyTags': 'it has more than {max, plural, one {# tag} other {# tags}}',
  'refusal.issue.tagsNotList': 'its tags are not a list of words',
  'refusal.issue.tagEmpty': 'one of its tags is empty',
  'refusal.issue.tagTooLong':
    'its tag {value} is longer than {max, plural, one {# character} other {# characters}}',
  'refusal.issue.tagNotText': 'one of its tags is not text',
  'refusal.issue.noCreated': 'it has no created time',
  'refusal.issue.noModified': 'it has no modified time',
  'refusal.issue.createdNotTime':
    'its created time {value} is not a date and time (such as 2026-01-02T09:30:00Z)',
  'refusal.issue.modifiedNotTime':
    'its modified time {value} is not a date and time (such as 2026-01-02T09:30:00Z)',
  'refusal.issue.id': 'its id {value} is not one the app can use (8 to 64 letters, digits, - or _)',
  'refusal.issue.reportId':
    'its report name {value} is not one the app can use (small letters, digits and hyphens)',
  'refusal.issue.editionHash':
    'it does not name the edition it was made on in the form this app writes',
  'refusal.issue.paragraphId':
    'the paragraph it is on, {value}, is not a name the app can use (FragmentSelector)',
  'refusal.issue.sectionId':
    'the section it is on, {value}, is not a name the app can use (FragmentSelector)',
  'refusal.issue.position':
    'its place in the paragraph is not given as two whole numbers (TextPositionSelector)',
  'refusal.issue.emptyRange':
    'it highlights no text: its end is not after its start (TextPositionSelector)',
  'refusal.issue.quoteTooLong':
    'its quoted text is longer than {max, plural, one {# character} other {# characters}} (TextQuoteSelector)',
  'refusal.issue.noQuote': 'it quotes no text (TextQuoteSelector)',
  'refusal.issue.contextTooLong':
    'the text around its quote is longer than {max, plural, one {# character} other {# characters}} (TextQuoteSelector)',
  'refusal.issue.target': 'it does not say clearly where in the report it is (its target)',
  'refusal.issue.other': 'part of it is not in a form the app can read',

  // Why a colleague's team file is refused (team-file.ts, team-folder.ts): a clause said after
  // "…could not be read:" in team.layerUnreadable
  'team.refusal.tooLarge': 'it is larger than a team file may be',
  'team.refusal.tooDeep': 'its contents are nested far more deeply than notes ever are',
  'team.refusal.incomplete': 'it is not complete JSON yet (it may still be arriving)',
  'team.refusal.notCollection': 'it is not a collection of notes',
  'team.refusal.foreign': 'it was not written by this app',
  'team.refusal.otherPerson': 'the person inside is not the one its name says',
  'team.refusal.noName': 'it does not give its author’s name',
  'team.refusal.tooMany': 'it holds more than {max, plural, one {# note} other {# notes}}',
  'team.refusal.noNotes': 'it holds no notes',
  'team.refusal.notesOutside': 'it points to notes outside the file, which cannot be read',
  'team.refusal.pageWithoutList': 'one of its pages has no list of notes',
  'team.refusal.unreadable': 'its notes are not in a form the app can read',
  'team.refusal.link': 'it is a link, and the app does not follow links in the team folder',
  'team.refusal.notFile': 'it is not a file',
  'team.refusal.tooManyFiles': 'the folder holds more team files than the app reads',

  // The content build's words to a trainer (src/content, build-words.ts): lines of
  // `npm run build:content`, in the language of --lang, LC_ALL, LC_MESSAGES or LANG
  'build.usage':
    "usage: build-content [--content '<'dir>] [--out '<'dir>] [--outline] [--lang '<'language>]",
  'build.usage.unknownArgument': 'unknown argument "{argument}"',
  'build.usage.needsFolder': '{flag} needs a folder',
  'build.usage.needsLanguage': '--lang needs a language: en, ru, kk or ar',
  'build.usageError': 'build:content: {problem}',
  'build.summary':
    'build:content: {reports, plural, one {# report} other {# reports}}, {sections, plural, one {# section} other {# sections}}, {paragraphs, plural, one {# paragraph} other {# paragraphs}} from {from} → {to}; library {libraryBytes} bytes, {lunrIndex}, packed index {packedBytes} bytes; {ms} ms, peak memory {memory} MB',
  'build.summary.lunr': 'lunr index {bytes} bytes',
  'build.summary.lunrLeftOut': 'lunr index left out by edition.json (saved {saved} MB)',
  'build.problems':
    'build:content: {count, plural, one {# problem} other {# problems}} in {folder}; nothing was written:',
  'build.failed': 'build:content: failed: {error}',
  'build.warning': '{file}: warning: {message}',
  'build.quoted': '"{text}"',
  'build.and': '{first} and {second}',
  'build.noSections':
    '{format, select, text {no recognizable sections (expected run-in headings such as "Overview:" at the start of a paragraph)} markdown {no recognizable sections (expected headings such as "#" or "##")} html {no recognizable sections (expected headings such as {h2} in the page, or bold run-in headings such as "Overview:" at the start of a paragraph)} pdf {no recognizable sections (expected headings in a larger or bolder type than the text)} docx {no recognizable sections (expected paragraphs in a heading style, such as Heading 1 or Heading 2)} epub {no recognizable sections (expected headings, such as {h1} or {h2}, in its chapters)} other {no recognizable sections}}',
  'build.nestedTooDeep':
    'is nested too deeply for the build to read (lists, quotes or HTML elements inside one another, thousands deep). Check that the file is a report in the format its name says, or save it again from the program that made it',
  'build.parse.tooLong':
    'reading it took longer than {minutes, plural, one {# minute} other {# minutes}} and was stopped: the file is built in a way the reader cannot handle. Check that it is a report in the format its name says, or save it again from the program that made it',
  'build.parse.tooMuchMemory':
    'reading it needed more than {memory} of memory and was stopped: the file is built in a way the reader cannot handle. Check that it is a report in the format its name says, or save it again from the program that made it',
  'build.parse.failed':
    'the build failed while reading it ({error}). Nothing was written. This is a fault in the build, not in your file: please report it, with the file',
  'build.prescan.html':
    'the page has {past, select, depth {elements nested more than {max, number} deep} other {more than {max, number} elements}} (at line {line, number}); real pages have a few dozen levels and some thousands of elements. Save the page again from the browser (“Web Page, HTML only”), or use its text',
  'build.prescan.nesting':
    'line {line, number}: lists or quotes are nested {depth, number} deep (or the line is indented {spaces, plural, one {# space} other {# spaces}}); the build reads up to {max, number} levels. Check that the file is Markdown, and the indentation of that line',
  'build.prescan.emphasis':
    'line {line, number}: a paragraph has {runs, number} runs of *, _ or ~; the build reads up to {max, number} in one paragraph, since matching them up as emphasis takes far longer. Check that the file is Markdown, or split the paragraph',
  'build.prescan.codeSpans':
    'line {line, number}: a paragraph of {chars, number} characters has backtick (`) runs of {lengths, number} different lengths, which the Markdown reader would take far too long to match up as code. Check that the file is Markdown; put code in a fenced block (```)',
  'build.prescan.footnotes':
    'line {line, number}: the file has more than {max, number} {what, select, definitions {footnotes} other {references to footnotes}}, more than the build reads in one file. Split the report into several files',
  'build.prescan.tableCells':
    'line {line, number}: the file’s tables have more than {max, number} cells in all, more than the build reads in one file. Split the report into several files, or give the table as a file of its own',
  'build.warning.cutOff':
    'the text looks cut off: it ends in the middle of a sentence ("{end}"). Everything up to there is kept; check that the file is complete.',
  'build.warning.emptySection': 'the section "{heading}" has no text under its heading; it is kept',
  'build.warning.repeated':
    'a paragraph appears {times, plural, =2 {twice} one {# time} other {# times}} ("{quote}", in {where}); each is kept',
  'build.pdf.pages': '{count, plural, one {page {last}} other {pages {first} and {last}}}',
  'build.pdf.uncertainOrder':
    'the reading order of {pages} is uncertain: text stands in two blocks side by side that may be columns or a table; it was read line by line across both. Check {count, plural, one {it} other {them}} against the PDF',
  'build.pdf.doubtfulTable':
    "{pages}: lines stand in pieces like a table's rows, but the pieces do not line up in columns; they were read as text. Check them against the PDF",
  'build.or': '{first} or {last}',
  'build.folder.notFound': 'content folder not found',
  'build.folder.notFolder': 'not a folder',
  'build.folder.unreadable': 'cannot read content folder ({error})',
  'build.folder.noReports': 'content folder has no reports ({extensions} files)',
  'build.source.unknownFormat':
    "unknown format (reports must be {extensions} files; metadata goes in '<'id>{suffix})",
  'build.source.invalidId':
    'invalid report id "{id}": the file name (without extension) must be lowercase letters and digits in words joined by single hyphens, at most 120 characters, e.g. crt2021-kazakhstan',
  'build.source.duplicateId': 'duplicate report id "{id}" (also used by {others})',
  'build.source.missingSidecar': 'missing metadata sidecar {name}',
  'build.source.orphanSidecar':
    'metadata sidecar without a report (expected a report named {id} ending in {extensions})',
  'build.source.linkTarget': 'another place',
  'build.source.link':
    '{folder, select, yes {is a link to the folder {target}. Links are refused, so that nothing from outside the folder is built into the app. Remove the link.} other {is a link to {target}, not a file. Links are refused, so that nothing from outside the folder is built into the app. Copy the file itself into the folder, or remove the link.}}',
  'build.source.unknownEncoding':
    'the page says its characters are in "{encoding}", an encoding the build does not know; save the page again as UTF-8',
  'build.source.notText': 'is not {encoding} text; save it as UTF-8 and try again',
  'build.source.empty': 'is empty',
  'build.warning.cutCharacter':
    'the file ends in the middle of a character, as a file cut after so many bytes does; the text before it is kept. Check that the file is complete.',
  'build.source.linkAt': '{path} {problem}',
  fileSize: '{unit, select, kilobytes {{amount} KB} megabytes {{amount} MB} other {{amount} GB}}',

  // What the build dropped from a file on purpose: one line per kind of thing, `<file>: <line>`.
  // `quote` is the start of the first line dropped (in the file's own language), `lines` how many.
  'build.dropped.endOfPage':
    'dropped the end of the page ("{quote}", {lines, plural, one {# line} other {# lines}}): the navigation and links after the article',
  'build.dropped.editionEnd':
    'dropped the end of the text, from a line named in edition.json\'s pageChrome.endAt ("{quote}", {lines, plural, one {# line} other {# lines}})',
  'build.dropped.archiveBanner':
    'dropped the archive banner ("{quote}", {lines, plural, one {# line} other {# lines}})',
  'build.dropped.govBanner':
    'dropped the .gov banner ("{quote}", {lines, plural, one {# line} other {# lines}})',
  'build.dropped.navigation':
    'dropped the site\'s navigation ("{quote}", {lines, plural, one {# line} other {# lines}})',
  'build.dropped.editionLines':
    'dropped lines named in edition.json\'s pageChrome ("{quote}", {lines, plural, one {# line} other {# lines}})',
  'build.dropped.pageTitle':
    'dropped the page title ("{quote}", {lines, plural, one {# line} other {# lines}}): it repeats the report\'s title',
  'build.dropped.details':
    'dropped the report\'s details ("{quote}", {lines, plural, one {# line} other {# lines}}): its publisher, edition and source, which the app shows itself',
  'build.dropped.browserChrome':
    'dropped the browser\'s heads and feet ("{quote}", {lines, plural, one {# line} other {# lines}}): the date, title, address and page count a browser prints around a page',
  'build.dropped.runningChrome':
    'dropped the running heads and feet ("{quote}", {lines, plural, one {# line} other {# lines}}): they repeat at the top or bottom of the pages',
  'build.dropped.artifacts':
    'dropped the running heads and feet ("{quote}", {lines, plural, one {# line} other {# lines}}): the PDF marks them as not part of its text (artifacts)',
  'build.dropped.pageNumbers':
    'dropped the page numbers ("{quote}", {lines, plural, one {# line} other {# lines}}): each block keeps the page it starts on instead',
  'build.dropped.pdfContents':
    'dropped the document\'s own table of contents ("{quote}", {lines, plural, one {# line} other {# lines}}): the app shows its own',
  'build.dropped.aroundArticle':
    'dropped the page around the article (its header, navigation, sidebars and footer: {characters, plural, one {# character} other {# characters}})',
  'build.dropped.htmlContents':
    "dropped the page's own table of contents ({links, plural, one {# link} other {# links}} to its headings): the app has its own",
  'build.dropped.permalinks':
    'dropped the permalink marks beside {headings, plural, one {# heading} other {# headings}} ("#", "¶"): links to the page\'s own places',
  // `counts` is a list of the build.dropped.active.* (or .word.*) items below, joined by build.comma.
  'build.dropped.active': 'dropped what the page runs or loads ({counts}): the app holds only text',
  'build.dropped.active.scripts': '{count, plural, one {# script} other {# scripts}}',
  'build.dropped.active.noscripts':
    '{count, plural, one {# no-script fallback} other {# no-script fallbacks}}',
  'build.dropped.active.styleSheets': '{count, plural, one {# style sheet} other {# style sheets}}',
  'build.dropped.active.forms':
    '{count, plural, one {# form or form field} other {# forms and form fields}}',
  'build.dropped.active.frames':
    '{count, plural, one {# embedded frame} other {# embedded frames}}',
  'build.dropped.active.media':
    '{count, plural, one {# image or media element} other {# images and media elements}}',
  'build.dropped.active.objects':
    '{count, plural, one {# embedded object} other {# embedded objects}}',
  'build.dropped.active.templates':
    '{count, plural, one {# template or dialog} other {# templates and dialogs}}',
  'build.dropped.word':
    'dropped what the Word file holds besides its text ({counts}): never opened or fetched; the app holds only text',
  'build.dropped.word.embedded':
    '{count, plural, one {# embedded object (a file inside it)} other {# embedded objects (files inside it)}}',
  'build.dropped.word.pictures': '{count, plural, one {# picture} other {# pictures}}',
  'build.dropped.word.webPictures':
    '{count, plural, one {# picture linked from the web} other {# pictures linked from the web}}',
  'build.comma': '{first}, {second}',
  // HTML inside a Markdown report, left out: `line` is "none" when the line is not known.
  'build.dropped.markdownHtml':
    '{line, select, none {In the HTML} other {In the HTML from line {line}}}: {what, select, comment {an HTML comment was left out{shown, select, yes { (“{excerpt}”)} other {}}; comments are notes for whoever edits the file, not text for readers.} script {a script was left out{shown, select, yes { (“{excerpt}”)} other {}}; the app never runs or shows code from a report.} other {a style sheet was left out{shown, select, yes { (“{excerpt}”)} other {}}; the app never runs or shows code from a report.}}',

  // Why a note could not be placed in an edition (unplaced-reason.ts): the notes panel, the team
  // panel and the Markdown export. `report`, `section` and `excerpt` come from the report as they are.
  'unplaced.reportNotInApp': 'Its report, “{report}”, is not in this app.',
  'unplaced.otherReport': 'It belongs to another report.',
  'unplaced.sectionNotInEdition': 'Its section (“{section}”) is not in this edition of the report.',
  'unplaced.textNotInEdition':
    'The highlighted text (“{excerpt}”) is not in this edition of the report.',
  'unplaced.passageChanged': 'The passage it was on changed too much to place it automatically.',

  // The Markdown export's own words (export-markdown.ts) and citations (citation.ts)
  'markdown.title': 'Highlights and notes',
  'markdown.chosen': 'These are the notes {chosen}.',
  'markdown.count': '{count, plural, one {# note} other {# notes}} in this file.',
  'markdown.timesIn': 'Times are local times in {zone}.',
  'markdown.timesUtc': 'Times are in UTC.',
  'markdown.reportFacts': '{publisher} · Edition {edition} · Source: {source}',
  'markdown.unknownReport':
    'This app does not have the report “{report}”, so these notes cannot be placed in it.',
  'markdown.unanchored': 'Unanchored',
  'markdown.unanchoredHelp':
    'Not found in the current edition of the report. Re-attach or delete them in the app.',
  'markdown.color': 'Colour: {label} ({color})',
  'markdown.colorId': 'Colour: {color}',
  'markdown.tags': 'Tags: {tags}',
  'markdown.created': 'Created {time}',
  'markdown.updated': 'updated {time}',
  'markdown.changed': 'the text here has changed since it was highlighted',
  'markdown.notPlaced': 'It could not be placed in the report.',
  'markdown.wasOnSection': 'was on the section “{section}”',
  'markdown.sectionNote': 'Section note',
  'markdown.tagSeparator': ', ',
  'cite.plain': '“{quote}” — {citation}',
  'cite.quoted': '“{heading}”',
  'cite.section': '{count, plural, one {section {headings}} other {sections {headings}}}',
  'cite.page': 'p. {page}',
  'cite.pages': 'pp. {first}–{last}',
  'cite.edition': '{edition} edition',
  'cite.comma': ', ',

  // Main's words: a notes file that could not be read as the app started
  'legacy.readThisTime':
    'Your notes file {file} could not be read this time ({reason}). It was left as it is, and the app tries again at its next start.',
  'legacy.noReason': 'it could not be read',
  'legacy.damagedMoved':
    'Your notes file could not be read ({reason}), so the app started without its notes. The damaged file was kept, unchanged, as {path}.',
  'legacy.newerMoved':
    'Your notes file was made by a newer version of the app (format {version}), which this version cannot read, so the app started without its notes. The file was kept, unchanged, as {path}. To use those notes, go back to the newer version and rename that file to {name}.',
  'legacy.notMoved':
    '{newer, select, yes {Your notes file was made by a newer version of the app (format {version}), which this version cannot read} other {Your notes file could not be read ({reason})}}, and it could not be moved aside ({error}). It was left as it is.',
  'notesFile.linkAside':
    'A file of your notes, {file}, was a link to {target}. The app does not use links for its own files, so it left what the link points to unchanged and kept the link as {path}. Your other notes are all here. If the file the link points to holds notes you want, close the app and put a copy of that file itself, not a link, at {file}.',
  'notesFile.notAFileAside':
    'Something other than a file (a folder, a pipe or a device) stood where a file of your notes belongs ({file}). The app did not read it, and kept it as {path}. Your other notes are all here. If you did not put it there, you can delete it.',
  'notesFile.isLink': 'it is a link to {target}',
  'notesFile.isNotAFile': 'it is not a file',
  'notesFile.tooLargeAside':
    'A file of your notes, {file}, is far larger than any file of notes the app writes, so it was not read: it may be damaged, or not a notes file at all. It was kept, unchanged, as {path}. Your other notes are all here. If you did not put that file there, check your disk and any program that syncs this folder; you can delete the kept file once you no longer need it.',
  'notesFile.isTooLarge': 'it is far larger than any file of notes the app writes',
  'notesFile.unreadable':
    'A file of your notes, {file}, could not be read ({reason}){moved, select, no {, and it could not be moved aside ({error})} other {}}, so the notes in it are not shown. To protect it, the app will not write to it.',
  'colorNames.notIndex': 'it is not the index of your notes',
  'colorNames.damaged':
    'The file of your colour names, {file}, could not be read ({reason}), so the default names are used. {moved, select, yes {It was kept, unchanged, as {path}.} other {To protect it, the app will not write to it.}}'
} as const

export const englishCatalog: Catalog = { name: 'English', dir: 'ltr', messages: en }
