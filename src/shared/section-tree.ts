/** A section with the sections below it, for a nested table of contents. */
export interface SectionNode<S> {
  section: S
  children: SectionNode<S>[]
}

type Leveled = { id: string; level?: number }

const levelOf = (section: Leveled) => section.level ?? 1

/**
 * A report's sections (flat, in reading order, each with its level) as a tree: each section is
 * a child of the nearest section before it with a lower level. A jump of more than one level is
 * nested one step, so the tree has no empty levels whatever the source's headings did.
 */
export function sectionTree<S extends Leveled>(sections: readonly S[]): SectionNode<S>[] {
  const roots: SectionNode<S>[] = []
  const open: { level: number; node: SectionNode<S> }[] = []
  for (const section of sections) {
    const level = levelOf(section)
    while (open.length > 0 && (open[open.length - 1] as { level: number }).level >= level)
      open.pop()
    const node: SectionNode<S> = { section, children: [] }
    const parent = open[open.length - 1]
    if (parent) parent.node.children.push(node)
    else roots.push(node)
    open.push({ level, node })
  }
  return roots
}

/**
 * The sections a section lies in, outermost first, then itself: "Searching › What a query can
 * say". Empty when there is no section with that id.
 */
export function sectionTrail<S extends Leveled>(sections: readonly S[], id: string): S[] {
  const index = sections.findIndex((s) => s.id === id)
  if (index === -1) return []
  const trail: S[] = [sections[index] as S]
  let level = levelOf(trail[0] as S)
  for (let i = index - 1; i >= 0 && level > 1; i--) {
    const section = sections[i] as S
    if (levelOf(section) < level) {
      trail.unshift(section)
      level = levelOf(section)
    }
  }
  return trail
}
