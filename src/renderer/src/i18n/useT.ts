import { useCallback, useMemo, type ReactNode } from 'react'
import { useIntl } from 'react-intl'
import type { MessageId } from '../../../shared/i18n/catalog-types'
import type { MessageValues } from '../../../shared/i18n/formatter'

type Values = MessageValues
type RichValues = Record<
  string,
  string | number | Date | ReactNode | ((chunks: ReactNode[]) => ReactNode) | null | undefined
>

/**
 * The app's words in the reader's language: `t('id', values)` formats a message of the catalog
 * (src/shared/i18n/catalogs); `t.rich` takes React elements and tags; `t.number`, `t.list` and
 * `t.date` format by the language's rules (Intl).
 */
export function useT() {
  const intl = useIntl()
  const t = useCallback(
    (id: MessageId, values?: Values): string => intl.formatMessage({ id }, values) as string,
    [intl]
  )
  return useMemo(
    () =>
      Object.assign(t, {
        rich: (id: MessageId, values: RichValues): ReactNode =>
          intl.formatMessage({ id }, values as Record<string, ReactNode>),
        number: (value: number) => intl.formatNumber(value),
        list: (items: string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction') =>
          intl.formatList(items, { type }),
        date: (value: Date | string | number, options: Intl.DateTimeFormatOptions) =>
          intl.formatDate(value, options),
        locale: intl.locale
      }),
    [t, intl]
  )
}

export type Translate = ReturnType<typeof useT>
