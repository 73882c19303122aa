import { readFile, stat, writeFile } from 'node:fs/promises'
import type { Annotation } from '../shared/annotations/annotation-model'
import { annotationKey } from '../shared/annotations/annotation-key'
import { anchorAll } from '../shared/annotations/anchoring'
import { exportMarkdown } from '../shared/annotations/export-markdown'
import { searchNotes } from '../shared/annotations/search-notes'
import {
  fromWebAnnotationJson,
  toWebAnnotationCollection
} from '../shared/annotations/web-annotation'
import {
  IpcError,
  type AnnotationChange,
  type AnnotationsSnapshot,
  type AnnotationView,
  type ImportOutcome,
  type IpcResults
} from '../shared/ipc-contract'
import type { Library } from '../shared/report-model'
import type { AnnotationStore } from './annotation-store'

/** Native file dialogs, passed in: Electron's in the app, stand-ins in the e2e harness and tests. */
export interface FileDialogs {
  chooseSavePath(defaultName: string, format: 'markdown' | 'json' | 'pdf'): Promise<string | null>
  chooseOpenPath(): Promise<string | null>
}

/** Import files larger than this are refused unread: no real notes file comes near it. */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024

/**
 * The user's highlights and notes as the renderer sees them: each with where it anchors in the
 * current edition of its report (or why it cannot), plus export and import. No Electron imports.
 */
export class AnnotationService {
  constructor(
    private readonly store: AnnotationStore,
    private readonly library: Library | null,
    private readonly dialogs: FileDialogs
  ) {}

  snapshot(): AnnotationsSnapshot {
    return {
      items: this.views(this.store.list()),
      colorLabels: this.store.colorLabels(),
      saveState: this.store.saveState(),
      notices: this.store.notices
    }
  }

  changed(annotation: Annotation): AnnotationChange {
    const [item] = this.views([annotation])
    return { item: item as AnnotationView, saveState: this.store.saveState() }
  }

  search(query: string): IpcResults['searchNotes'] {
    return searchNotes(this.store.list(), query)
  }

  async export(format: 'markdown' | 'json'): Promise<IpcResults['exportAnnotations']> {
    const annotations = this.store.list()
    const path = await this.dialogs.chooseSavePath(
      format === 'markdown' ? 'notes.md' : 'notes.annotations.json',
      format
    )
    if (!path) return { status: 'cancelled' }
    const library = this.requireLibrary()
    const contents =
      format === 'markdown'
        ? exportMarkdown(
            annotations,
            library,
            anchorAll(annotations, library),
            this.store.colorLabels()
          )
        : `${JSON.stringify(toWebAnnotationCollection(annotations, library, this.store.colorLabels()), null, 2)}\n`
    try {
      await writeFile(path, contents, 'utf8')
    } catch (error) {
      throw new IpcError(
        'failed',
        `The export could not be written to ${path}: ${(error as Error).message}`
      )
    }
    return { status: 'saved', path, count: annotations.length }
  }

  async import(): Promise<ImportOutcome> {
    const path = await this.dialogs.chooseOpenPath()
    if (!path) return { status: 'cancelled' }
    let text: string
    try {
      if ((await stat(path)).size > MAX_IMPORT_BYTES) {
        return {
          status: 'unreadable',
          message: `${path} is too large to be a notes file. Nothing was imported.`
        }
      }
      text = await readFile(path, 'utf8')
    } catch (error) {
      return {
        status: 'unreadable',
        message: `${path} could not be read (${(error as Error).message}). Nothing was imported.`
      }
    }
    const parsed = fromWebAnnotationJson(text)
    if ('error' in parsed)
      return { status: 'unreadable', message: `${parsed.error} Nothing was imported.` }
    const { imported, skipped } = this.store.importMany(
      parsed.annotations,
      (candidate, existing) => {
        const key = annotationKey(candidate)
        return existing.some((a) => a.id === candidate.id || annotationKey(a) === key)
      }
    )
    return {
      status: 'imported',
      imported,
      skipped,
      invalid: parsed.invalid.length,
      problems: parsed.invalid.slice(0, 20).map((p) => `Item ${p.index + 1}: ${p.reason}`)
    }
  }

  private views(annotations: Annotation[]): AnnotationView[] {
    const anchors = this.library ? anchorAll(annotations, this.library) : new Map()
    return annotations.map((annotation) => ({
      annotation,
      anchor: anchors.get(annotation.id) ?? {
        status: 'orphan',
        reason: 'The report content is not available.'
      }
    }))
  }

  private requireLibrary(): Library {
    if (!this.library) throw new IpcError('failed', 'The report content could not be opened.')
    return this.library
  }
}
