import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import type { MessageId } from './catalog-types'

/** The pseudo-locale's brackets: every message begins and ends with them. */
export const PSEUDO_OPEN = '⟦'
export const PSEUDO_CLOSE = '⟧'

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ'][i] ?? letter
  ])
)

/**
 * English made strange but readable: each letter accented (so no English word is left), each vowel
 * doubled (about 40% longer, as Russian or Kazakh often are) and the whole message bracketed. A
 * text on screen without the brackets or with plain English letters was never translated; a
 * control that cuts it short will cut a real translation short too.
 */
export function pseudoText(text: string): string {
  return [...text]
    .map((c) => {
      const accented = ACCENTED[c] ?? c
      return /[aeiouAEIOU]/.test(c) ? accented + accented : accented
    })
    .join('')
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element): MessageFormatElement => {
    switch (element.type) {
      case TYPE.literal:
        return { ...element, value: pseudoText(element.value) }
      case TYPE.tag:
        return { ...element, children: pseudoElements(element.children) }
      case TYPE.plural:
      case TYPE.select:
        return {
          ...element,
          options: Object.fromEntries(
            Object.entries(element.options).map(([key, option]) => [
              key,
              { ...option, value: pseudoElements(option.value) }
            ])
          )
        }
      default:
        return element
    }
  })
}

/** The pseudo-locale's catalog, made from the English one (already parsed, as react-intl takes it). */
export function pseudoMessages(
  source: Record<MessageId, string>
): Record<MessageId, MessageFormatElement[]> {
  const result = {} as Record<MessageId, MessageFormatElement[]>
  for (const id of Object.keys(source) as MessageId[]) {
    const elements = parse(source[id])
    result[id] = [
      { type: TYPE.literal, value: PSEUDO_OPEN },
      ...pseudoElements(elements),
      { type: TYPE.literal, value: PSEUDO_CLOSE }
    ]
  }
  return result
}
