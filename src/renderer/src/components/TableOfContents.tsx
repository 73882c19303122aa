import type { Section } from '../../../shared/report-model'
import { sectionTree, type SectionNode } from '../../../shared/section-tree'
import { useT } from '../i18n/useT'

/**
 * The report's sections as a nested list: subsections (levels 2 to 4) sit in a list inside
 * their section's item, so the outline is read out as nested lists, and every entry is a plain
 * link (Tab moves through them in reading order). The section being read is marked
 * `aria-current="location"`; the sections it lies in are marked quietly too, so the reader sees
 * where they are in the outline when a subsection is current.
 */
export function TableOfContents({
  sections,
  currentSectionId,
  onSelect
}: {
  sections: Section[]
  currentSectionId: string | null
  onSelect: (sectionId: string) => void
}) {
  const t = useT()
  const tree = sectionTree(sections)
  const contains = (node: SectionNode<Section>): boolean =>
    node.children.some((child) => child.section.id === currentSectionId || contains(child))
  const list = (nodes: SectionNode<Section>[], level: number) => (
    <ol className={level > 1 ? 'toc-nested' : undefined}>
      {nodes.map((node) => (
        <li key={node.section.id} data-level={level}>
          <a
            href={`#${node.section.id}`}
            translate="no"
            dir="auto"
            aria-current={node.section.id === currentSectionId ? 'location' : undefined}
            className={contains(node) ? 'toc-contains-current' : undefined}
            onClick={(event) => {
              event.preventDefault()
              onSelect(node.section.id)
            }}
          >
            {node.section.heading}
          </a>
          {node.children.length > 0 && list(node.children, level + 1)}
        </li>
      ))}
    </ol>
  )
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{t('toc.title')}</h2>
      {list(tree, 1)}
    </nav>
  )
}
