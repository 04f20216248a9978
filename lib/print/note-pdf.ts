// Renders the printable note (lib/print/note-document.ts) as a PDF with pdf-lib: standard
// Helvetica, A4-ish Letter pages, wrapped lines, page numbers. No network, no fonts to fetch.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { noteLines, type Line, type PrintableNote } from "@/lib/print/note-document";

const PAGE = { width: 612, height: 792, margin: 56 };
const STYLE: Record<Line["kind"], { size: number; bold: boolean; before: number }> = {
  title: { size: 18, bold: true, before: 0 },
  heading: { size: 12, bold: true, before: 10 },
  text: { size: 10.5, bold: false, before: 2 },
  small: { size: 8.5, bold: false, before: 1 },
};

/** WinAnsi covers Latin text; anything else (emoji, CJK) is replaced rather than failing the print. */
function printable(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, "-").replace(/[^\x20-\x7E\xA0-\xFF\n]/g, "?");
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of printable(text).split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}

export async function notePdf(note: PrintableNote): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Session note ${note.sessionDate}`);
  doc.setProducer("Lakeshore practice");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages: PDFPage[] = [];
  let page = doc.addPage([PAGE.width, PAGE.height]);
  pages.push(page);
  let y = PAGE.height - PAGE.margin;
  for (const line of noteLines(note)) {
    const style = STYLE[line.kind];
    const font = style.bold ? bold : regular;
    y -= style.before;
    for (const text of wrap(line.text, font, style.size, PAGE.width - 2 * PAGE.margin)) {
      if (y - style.size < PAGE.margin) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        pages.push(page);
        y = PAGE.height - PAGE.margin;
      }
      y -= style.size * 1.35;
      page.drawText(text, { x: PAGE.margin, y, size: style.size, font, color: line.kind === "small" ? rgb(0.35, 0.35, 0.35) : rgb(0, 0, 0) });
    }
  }
  pages.forEach((p, i) => p.drawText(`Page ${i + 1} of ${pages.length}`, { x: PAGE.margin, y: PAGE.margin / 2, size: 8, font: regular }));
  return doc.save();
}
