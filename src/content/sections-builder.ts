import {
  INTRODUCTION_HEADING,
  type BuildNotice,
  type ParsedBlock,
  type ParsedReport,
  type ParsedSection
} from './parsed-section'

/**
 * Collects a parser's headings and blocks, in reading order, into sections. Blocks before the
 * first heading become an "Introduction" section, so nothing is dropped; a text without any
 * heading has no sections (the caller reports that as a problem).
 */
export class SectionsBuilder {
  private readonly sections: ParsedSection[] = []
  private readonly introduction: ParsedBlock[] = []

  heading(heading: string, level = 1): void {
    this.sections.push(level > 1 ? { heading, level, blocks: [] } : { heading, blocks: [] })
  }

  block(block: ParsedBlock): void {
    const current = this.sections[this.sections.length - 1]
    if (current) current.blocks.push(block)
    else this.introduction.push(block)
  }

  finish(notices: BuildNotice[]): ParsedReport {
    if (this.sections.length === 0) return { sections: [], notices }
    const sections =
      this.introduction.length > 0
        ? [{ heading: INTRODUCTION_HEADING, blocks: this.introduction }, ...this.sections]
        : this.sections
    return { sections, notices }
  }
}
