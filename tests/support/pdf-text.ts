// The text drawn in a pdf-lib PDF: inflates each content stream and decodes the hex strings of
// its text operators. Enough to assert what a printed copy says, and what it never says.
import { inflateSync } from "node:zlib";

export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes);
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf("stream", at, "latin1");
    if (start < 0) break;
    const body = start + (raw[start + 6] === 0x0d ? 8 : 7);
    const end = raw.indexOf("endstream", body, "latin1");
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(raw.subarray(body, end)).toString("latin1");
    } catch {
      content = raw.subarray(body, end).toString("latin1");
    }
    for (const m of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(Buffer.from(m[1]!, "hex").toString("latin1"));
    for (const m of content.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) out.push(m[1]!);
    at = end + 9;
  }
  return out.join("\n");
}
