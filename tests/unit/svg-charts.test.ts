// The report and progress charts are SVG drawn on the server (issue 10 item 3): the figures are in
// the HTML as it arrives, with no script and no <style> element (the strict CSP refuses one), a
// suppressed count is never drawn, and hovering a bar or a session names its figures.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { BarChart } from "@/components/reports/bar-chart";
import { ProgressChart } from "@/components/progress/progress-chart";
import type { Progress } from "@/lib/data/notes/progress";

const titles = (html: string) => [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!.replace(/&lt;/g, "<"));
const rects = (html: string) => [...html.matchAll(/<rect ([^>]*)>/g)].map((m) => m[1]!);
const attr = (tag: string, name: string) => Number(new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1]);

describe("BarChart", () => {
  const series = [{ key: "new", label: "Received", color: "#64748b" }, { key: "matched", label: "Matched", color: "#1f6f6a" }];
  const data = [{ label: "Jan", new: 12, matched: 6 }, { label: "Feb", new: null, matched: 9 }];

  test("draws every figure in the HTML, with no script or style element, hidden from screen readers", () => {
    const html = renderToStaticMarkup(createElement(BarChart, { xKey: "label", series, data }));
    expect(html).toMatch(/^<div aria-hidden="true"/);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|<style/);
    expect(titles(html)).toEqual(["Jan: Received 12", "Jan: Matched 6", "Feb: Matched 9"]);
    expect(html).toContain(">Received</li>");
  });

  test("a suppressed count (null) is left out, never drawn as a bar", () => {
    const html = renderToStaticMarkup(createElement(BarChart, { xKey: "label", series, data }));
    expect(titles(html).some((t) => t.includes("<5"))).toBe(false);
    const bars = rects(html).filter((r) => r.includes('fill="#64748b"') && !r.includes('width="12"'));
    expect(bars).toHaveLength(1); // January's "received" bar only (the legend swatch is 12 wide)
  });

  test("stacked bars are as long as their values, on one scale", () => {
    const html = renderToStaticMarkup(createElement(BarChart, {
      xKey: "name", stacked: true, horizontal: true,
      series: [{ key: "active", label: "Active cases", color: "#1f6f6a" }, { key: "left", label: "Places left", color: "#cbd5e1" }],
      data: [{ name: "Dana", active: 30, left: 10 }, { name: "Eli", active: 10, left: 0 }],
    }));
    const widths = rects(html).filter((r) => !r.includes('width="12"')).map((r) => attr(r, "width"));
    expect(widths[0]! / widths[1]!).toBeCloseTo(3); // Dana 30 : 10
    expect(widths[0]! / widths[2]!).toBeCloseTo(3); // Dana 30 : Eli 10
    expect(widths[3]).toBe(0);
  });
});

describe("ProgressChart", () => {
  const progress = {
    kind: "couple",
    partners: [{ clientId: "a", name: "Ana" }, { clientId: "b", name: "Ben" }],
    points: [
      { noteId: "n1", sessionDate: "2026-03-02", level: 2, partnerLevels: [2, null], enemies: [{ enemy: "RESENTMENT", intensity: 0 }] },
      { noteId: "n2", sessionDate: "2026-03-09", level: 5, partnerLevels: [4, 5], enemies: [] },
    ],
  } as unknown as Progress;

  test("names the chart for assistive technology and shows each session's figures on hover, with no script", () => {
    const html = renderToStaticMarkup(createElement(ProgressChart, { progress, subjectName: "Ana and Ben" }));
    expect(html).not.toMatch(/<script|<style/);
    expect(html).toContain('role="img" aria-label="Level per session for Ana and Ben. Intimacy level reached in each of 2 signed sessions, from 2026-03-02 to 2026-03-09."');
    expect(titles(html)).toContain("Mar 2\nCouple: 2 · Facts\nAna: 2 · Facts\nBen: not recorded\nEnemies: Resentment barely");
  });

  test("one point per recorded level: a partner's missing level is skipped, not drawn at zero", () => {
    const html = renderToStaticMarkup(createElement(ProgressChart, { progress, subjectName: "Ana and Ben" }));
    expect(html.match(/<circle /g)).toHaveLength(2 + 2 + 1);
    // A barely-present enemy still gets a visible sliver of bar.
    const enemyBars = rects(html).filter((r) => r.includes('fill="#b91c1c"') && !r.includes('width="12"'));
    expect(enemyBars).toHaveLength(1);
    expect(attr(enemyBars[0]!, "height")).toBeGreaterThan(0);
  });
});
