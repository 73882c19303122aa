import { startTransition, useCallback, useEffect, useState } from 'react'
import type {
  AnnotationChanges,
  ColorLabels,
  NewAnnotation,
  SaveState
} from '../../../shared/annotations/annotation-model'
import type {
  AnnotationChange,
  AnnotationView,
  PlacementCounts,
  ReaderApi
} from '../../../shared/ipc-contract'

const SAVE_STATE_POLL_MS = 3000

export interface AnnotationsState {
  items: AnnotationView[]
  colorLabels: ColorLabels | null
  saveState: SaveState
  notices: string[]
  placedAtLaunch: PlacementCounts | null
}

/**
 * The user's highlights and notes, kept in step with main (the only writer). Each change goes to
 * main at once; its answer replaces the local copy, with the save state, so a failed write is on
 * screen right away. While a save is failing, the state is polled until main's retries succeed.
 */
export function useAnnotations(api: ReaderApi, onError: (message: string) => void) {
  const [state, setState] = useState<AnnotationsState>({
    items: [],
    colorLabels: null,
    saveState: { state: 'saved' },
    notices: [],
    placedAtLaunch: null
  })

  // Every note at once (at launch, after an import): drawn as a transition, so the reader's
  // text, the notes list and the marks are worked out a part at a time between frames, not in
  // one long task (20,000 notes held the window a second), and a key pressed meanwhile comes first.
  const reload = useCallback(async () => {
    try {
      const snapshot = await listAll(api)
      startTransition(() => setState(snapshot))
    } catch (error) {
      onError((error as Error).message)
    }
  }, [api, onError])

  useEffect(() => {
    let live = true
    listAll(api)
      .then((snapshot) => live && startTransition(() => setState(snapshot)))
      .catch((error: Error) => live && onError(error.message))
    return () => {
      live = false
    }
  }, [api, onError])

  useEffect(() => {
    if (state.saveState.state === 'saved') return
    const timer = setInterval(() => void reload(), SAVE_STATE_POLL_MS)
    return () => clearInterval(timer)
  }, [state.saveState.state, reload])

  const apply = useCallback((change: AnnotationChange, removed = false) => {
    setState((s) => {
      const others = s.items.filter((i) => i.annotation.id !== change.item.annotation.id)
      return {
        ...s,
        saveState: change.saveState,
        items: removed ? others : [...others, change.item]
      }
    })
    return change.item
  }, [])

  /** Runs a change; a refusal (e.g. a note too long) is shown and undefined returned. */
  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await action()
      } catch (error) {
        onError((error as Error).message)
        return undefined
      }
    },
    [onError]
  )

  return {
    ...state,
    create: (input: NewAnnotation) => run(async () => apply(await api.createAnnotation(input))),
    /** A note never written to the team folder, not even for a moment. */
    createPrivate: (input: NewAnnotation) =>
      run(async () => apply(await api.createPrivateAnnotation(input))),
    update: (id: string, changes: AnnotationChanges) =>
      run(async () => apply(await api.updateAnnotation(id, changes))),
    remove: (id: string) => run(async () => apply(await api.deleteAnnotation(id), true)),
    restore: (view: AnnotationView) =>
      run(async () => apply(await api.restoreAnnotation(view.annotation.id))),
    setColorLabels: (labels: ColorLabels) =>
      run(async () => {
        const answer = await api.setColorLabels(labels)
        setState((s) => ({ ...s, ...answer }))
      }),
    retrySave: () =>
      run(async () => {
        const saveState = await api.retrySave()
        setState((s) => ({ ...s, saveState }))
      }),
    reload
  }
}

export type Annotations = ReturnType<typeof useAnnotations>

/** Every note, fetched from main a page at a time (each page copied across on its own). */
async function listAll(api: ReaderApi): Promise<AnnotationsState> {
  let page = await api.listAnnotations(0)
  const items = [...page.items]
  while (page.next !== null) {
    page = await api.listAnnotations(page.next)
    for (const item of page.items) items.push(item)
  }
  return { ...page, items }
}
