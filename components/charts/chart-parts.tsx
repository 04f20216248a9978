// Pieces the server-rendered SVG charts share (issue 10 item 3): the charts ship no JavaScript,
// draw with SVG attributes only (the strict CSP refuses <style> elements; style= attributes are
// allowed) and show a value on hover through SVG <title>, which the browser displays itself.

export const GRID = "#e2e8f0";
export const AXIS_TEXT = "#475569";
export const FONT_SIZE = 12;

export interface LegendItem {
  label: string;
  color: string;
  /** A dash pattern draws the swatch as a line (a series of a line chart). */
  dash?: string;
}

/** A coordinate to a tenth of a pixel: the SVG is in the HTML and in the RSC payload, both smaller so. */
export const px = (n: number) => Math.round(n * 10) / 10;

/** Round axis ticks from 0 up to at least `max`: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, { count = 5, integer = false }: { count?: number; integer?: boolean } = {}): number[] {
  const top = max > 0 ? max : 1;
  const rough = top / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  if (integer) step = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let v = 0; v < top + step - 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

/** Which category labels fit along an axis of `length` px, at least `minGap` px apart: every k-th. */
export function labelEvery(count: number, length: number, minGap: number): number {
  if (count === 0) return 1;
  return Math.max(1, Math.ceil(count / Math.max(1, Math.floor(length / minGap))));
}

/** A label cut to `max` characters, with an ellipsis, for an axis with little room. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The chart's key, in one dark text colour (light series colours would be unreadable as text). */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1">
          <svg width="16" height="10" viewBox="0 0 16 10" aria-hidden="true" focusable="false">
            {item.dash === undefined
              ? <rect x="2" y="1" width="12" height="8" fill={item.color} />
              : <line x1="0" y1="5" x2="16" y2="5" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.dash || undefined} />}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
