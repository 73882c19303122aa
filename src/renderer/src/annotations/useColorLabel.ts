import { useCallback } from 'react'
import type { ColorId, ColorLabels } from '../../../shared/annotations/annotation-model'
import { colorLabelIn } from '../../../shared/annotations/color-label'
import { useT } from '../i18n/useT'

/**
 * What a highlight colour means, as the reader sees it: the name they gave it, or, until they
 * rename it, the app's own name for it in the reader's language ("Important", «Важно»…).
 */
export function useColorLabel() {
  const t = useT()
  return useCallback(
    (color: ColorId, labels: ColorLabels | null | undefined): string =>
      colorLabelIn(t, color, labels),
    [t]
  )
}
