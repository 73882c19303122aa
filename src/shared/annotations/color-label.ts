import type { Formatter } from '../i18n/formatter'
import { COLOR_IDS, DEFAULT_COLOR_LABELS, type ColorId, type ColorLabels } from './annotation-model'

/**
 * What a highlight colour means, as the reader sees it: the name they gave it, or, until they
 * rename it, the app's own name for it in the reader's language ("Important", «Важно»…). The
 * window (useColorLabel) and main's exports say it the same way.
 */
export function colorLabelIn(
  t: Formatter,
  color: ColorId,
  labels: ColorLabels | null | undefined
): string {
  const label = labels?.[color]
  return !label || label === DEFAULT_COLOR_LABELS[color] ? t(`color.${color}`) : label
}

/** Every colour's meaning in the reader's language (see colorLabelIn). */
export function colorLabelsIn(t: Formatter, labels: ColorLabels | null | undefined): ColorLabels {
  return Object.fromEntries(
    COLOR_IDS.map((color) => [color, colorLabelIn(t, color, labels)])
  ) as ColorLabels
}
