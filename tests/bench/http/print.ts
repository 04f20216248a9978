// One line per figure: the HTTP latencies, the raw reference, their ratio, the target, the verdict.
import type { Latency } from "./load";

const f = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "" : v.toFixed(1)).padStart(7);

export interface Figure {
  label: string;
  http: Latency;
  raw?: Latency;
  target: string;
  pass: boolean;
  note?: string;
}

export const figures: Figure[] = [];

export function printHeader(title: string): void {
  console.log(`\n${title}`);
  console.log(`${"".padEnd(44)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} | ${"raw p50".padStart(7)} ${"raw p95".padStart(7)} ${"raw p99".padStart(7)} | ${"x p95".padStart(6)}  target`);
}

export function printFigure(figure: Figure): boolean {
  figures.push(figure);
  const { http, raw } = figure;
  const ratio = raw ? (http.p95 / raw.p95).toFixed(2).padStart(5) + "x" : "".padStart(6);
  console.log(`${figure.label.padEnd(44)} ${f(http.p50)} ${f(http.p95)} ${f(http.p99)} | ${f(raw?.p50)} ${f(raw?.p95)} ${f(raw?.p99)} | ${ratio}  ` +
    `${figure.target}: ${figure.pass ? "PASS" : "FAIL"}${figure.note ? `  (${figure.note})` : ""}`);
  return figure.pass;
}
