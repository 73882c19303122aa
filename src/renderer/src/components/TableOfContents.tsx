import type { Section } from '../../../shared/report-model'

export function TableOfContents({
  sections,
  currentSectionId,
  onSelect
}: {
  sections: Section[]
  currentSectionId: string | null
  onSelect: (sectionId: string) => void
}) {
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">Contents</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              aria-current={section.id === currentSectionId ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault()
                onSelect(section.id)
              }}
            >
              {section.heading}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
