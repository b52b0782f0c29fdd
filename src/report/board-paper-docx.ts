/**
 * The board paper as a Word document (`docx` library): A4 landscape, the report's title in the
 * header of every page, tables whose heading rows repeat on each page, RAG cells in their words
 * and colours. Ready to append to a committee paper.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatUk } from "../plan/dates";
import type { BoardReport } from "../plan/report";
import { bandColours, paperBlocks, type PaperBlock, type PaperCell } from "./paper-content";

const FONT = "Arial";
const SIZE = 18; // half-points: 9 pt, as board papers' tables are.

function cell(c: PaperCell, width: number, header = false): TableCell {
  const colours = c.band ? bandColours(c.band) : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: colours ? { type: ShadingType.CLEAR, color: "auto", fill: colours.fill } : header ? { type: ShadingType.CLEAR, color: "auto", fill: "D9E1F2" } : undefined,
    children: [new Paragraph({ alignment: c.band ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text: c.text, bold: header || c.bold || !!c.band, color: colours?.font, font: FONT, size: SIZE })] })],
  });
}

function table(block: Extract<PaperBlock, { kind: "table" }>): Table {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => Math.round((w / total) * 100));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h, i) => cell({ text: h }, widths[i], true)) }),
      ...block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i])) })),
    ],
  });
}

function inputs(rows: number): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: Array.from({ length: rows }, () => new TableRow({ height: { value: 400, rule: "atLeast" }, children: [new TableCell({ borders: { top: line, bottom: line, left: line, right: line }, children: [new Paragraph("")] })] })),
  });
}

function paragraph(block: PaperBlock): Paragraph | Table {
  switch (block.kind) {
    case "title":
      return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: block.text, font: FONT, size: 32, bold: true, color: "1F3864" })] });
    case "heading":
      return new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 80 }, children: [new TextRun({ text: block.text, font: FONT, size: 24, bold: true, color: "1F3864" })] });
    case "paragraph": {
      const colours = block.band ? bandColours(block.band) : undefined;
      return new Paragraph({
        spacing: { after: 80 },
        shading: colours ? { type: ShadingType.CLEAR, color: "auto", fill: colours.fill } : undefined,
        children: [new TextRun({ text: block.text, font: FONT, size: block.band ? 28 : 20, bold: block.bold, color: colours?.font })],
      });
    }
    case "table":
      return table(block);
    case "inputs":
      return inputs(block.rows);
  }
}

/** The report as .docx bytes. */
export async function boardPaperDocx(report: BoardReport): Promise<Uint8Array> {
  const children = paperBlocks(report).flatMap((b) => (b.kind === "table" || b.kind === "inputs" ? [paragraph(b), new Paragraph("")] : [paragraph(b)]));
  const doc = new Document({
    creator: "Action Plan Assistant",
    title: `${report.title}: board highlight report as at ${formatUk(report.asOf)}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }, margin: { top: 720, bottom: 720, left: 720, right: 720 } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${report.title}: board highlight report, as at ${formatUk(report.asOf)}`, font: FONT, size: 16, color: "404040" })] })] }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], font: FONT, size: 16 })] })] }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
