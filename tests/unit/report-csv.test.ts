import { describe, expect, test } from "vitest";
import { csvField, toCsv } from "@/lib/domain/reports/csv";

describe("CSV encoding (RFC 4180)", () => {
  test("plain fields are written as they are, lines end in CRLF", () => {
    const csv = toCsv([{ header: "name", value: (r: { n: string }) => r.n }, { header: "count", value: () => 3 }], [{ n: "Brighton" }]);
    expect(csv).toBe("name,count\r\nBrighton,3\r\n");
  });

  test("a comma, a quote or a line break puts the field in quotes, with quotes doubled", () => {
    expect(csvField("Ortiz, Daniel")).toBe('"Ortiz, Daniel"');
    expect(csvField('The "Lakeshore" site')).toBe('"The ""Lakeshore"" site"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  test("text that a spreadsheet would run as a formula is neutralised", () => {
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
  });

  test("numbers stay numbers, negative ones included; null and undefined are empty", () => {
    expect(csvField(-5)).toBe("-5");
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(true)).toBe("true");
  });

  test("a header row is written even with no data", () => {
    expect(toCsv([{ header: "a", value: () => 1 }], [])).toBe("a\r\n");
  });
});
