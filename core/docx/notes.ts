/**
 * What the reader changed or could not keep while turning a document into blocks, counted, so a
 * host can tell the person (nothing is dropped silently).
 */
export type DocxNoteCode =
  /** Text formatted as hidden (w:vanish): left out, as Word prints it. */
  | "hiddenText"
  /** Tracked changes: insertions kept, deletions left out (the document as it reads with all changes accepted). */
  | "trackedDeletion"
  /** A numbered paragraph whose number could not be computed (no definition, or a format we do not render): the number is missing from the text. */
  | "numberingLost"
  /** A table inside a table cell, written into that cell as lines (one per row, tabs between cells). */
  | "nestedTable"
  /** A one-column table wrapping other tables (a frame around the page), read as its contents. */
  | "frameTable"
  /** Text inside a text box or shape, placed after the paragraph that anchors it. */
  | "textBox"
  /** A symbol from a symbol font with no Unicode equivalent we know, kept as the private-use character. */
  | "unknownSymbol"
  /** Placeholder text of an empty content control ("Bấm vào đây để nhập văn bản"), left out. */
  | "placeholder"
  /** Footnote or endnote references: the notes' text is not part of the tables and is not read. */
  | "footnote";

export class NoteSink {
  readonly counts = new Map<DocxNoteCode, number>();

  add(code: DocxNoteCode, n = 1): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + n);
  }

  list(): { code: DocxNoteCode; count: number }[] {
    return [...this.counts].map(([code, count]) => ({ code, count }));
  }
}
