import { useCallback } from 'react'
import {
  DEFAULT_COLOR_LABELS,
  type ColorId,
  type ColorLabels
} from '../../../shared/annotations/annotation-model'
import { useT } from '../i18n/useT'

/**
 * What a highlight colour means, as the reader sees it: the name they gave it, or, until they
 * rename it, the app's own name for it in the reader's language ("Important", «Важно»…).
 */
export function useColorLabel() {
  const t = useT()
  return useCallback(
    (color: ColorId, labels: ColorLabels | null | undefined): string => {
      const label = labels?.[color]
      return !label || label === DEFAULT_COLOR_LABELS[color] ? t(`color.${color}`) : label
    },
    [t]
  )
}
