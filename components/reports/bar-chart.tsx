import { AXIS_TEXT, FONT_SIZE, GRID, Legend, clip, labelEvery, niceTicks, px } from "@/components/charts/chart-parts";

export interface Series {
  key: string;
  label: string;
  color: string;
}

interface Props {
  data: Record<string, string | number | null>[];
  /** The category of each bar group (a month, a clinician). */
  xKey: string;
  series: Series[];
  stacked?: boolean;
  height?: number;
  /** Horizontal bars suit long category names (clinicians). */
  horizontal?: boolean;
  /** Formats values on the axis and in the hover titles. */
  percent?: boolean;
}

const WIDTH = 800;
const LEGEND = 28;

interface Bar { key: string; title: string; color: string; from: number; to: number; slot: number; slots: number }

/**
 * A bar chart for sighted users, drawn on the server as SVG: no JavaScript reaches the browser.
 * Every chart on the report pages sits next to a table with the same figures, which is what
 * screen readers and keyboard users read (the chart is hidden from them). Suppressed counts
 * (null) are left out of the bars rather than drawn as zero. Hovering a bar shows its value.
 */
export function BarChart({ data, xKey, series, stacked = false, height = 260, horizontal = false, percent = false }: Props) {
  const format = (value: number | null) => (value === null ? "<5" : percent ? `${Math.round(value * 100)}%` : String(value));
  const valueOf = (row: Record<string, string | number | null>, key: string) => (typeof row[key] === "number" ? (row[key] as number) : null);
  const plotHeight = height - LEGEND;
  const m = horizontal ? { top: 8, right: 16, bottom: 24, left: 158 } : { top: 8, right: 16, bottom: 24, left: 48 };
  const along = horizontal ? plotHeight - m.top - m.bottom : WIDTH - m.left - m.right; // the category axis
  const across = horizontal ? WIDTH - m.left - m.right : plotHeight - m.top - m.bottom; // the value axis

  const totals = data.map((row) => series.map((s) => valueOf(row, s.key) ?? 0));
  const max = Math.max(0, ...totals.map((values) => (stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values))));
  const ticks = niceTicks(max, { integer: !percent });
  const top = ticks.at(-1) ?? 1;
  const scale = (v: number) => (v / top) * across;
  const band = data.length ? along / data.length : along;

  const bars: Bar[][] = data.map((row) => {
    let base = 0;
    return series.flatMap((s, k) => {
      const v = valueOf(row, s.key);
      if (v === null) return [];
      const from = stacked ? base : 0;
      if (stacked) base += v;
      return [{ key: s.key, title: `${String(row[xKey] ?? "")}: ${s.label} ${format(v)}`, color: s.color, from, to: from + v, slot: stacked ? 0 : k, slots: stacked ? 1 : series.length }];
    });
  });

  const every = labelEvery(data.length, along, horizontal ? 14 : 64);
  return (
    <div aria-hidden="true" className="w-full">
      <svg viewBox={`0 0 ${WIDTH} ${plotHeight}`} width="100%" height={plotHeight} fontSize={FONT_SIZE} fill={AXIS_TEXT} focusable="false">
        <g transform={`translate(${m.left},${m.top})`}>
          {ticks.map((t) => {
            const at = px(horizontal ? scale(t) : across - scale(t));
            return horizontal ? (
              <g key={t}>
                <line x1={at} x2={at} y1={0} y2={along} stroke={GRID} strokeDasharray="3 3" />
                <text x={at} y={along + 16} textAnchor="middle">{format(t)}</text>
              </g>
            ) : (
              <g key={t}>
                <line x1={0} x2={along} y1={at} y2={at} stroke={GRID} strokeDasharray="3 3" />
                <text x={-6} y={at + 4} textAnchor="end">{format(t)}</text>
              </g>
            );
          })}
          {data.map((row, i) => {
            const name = String(row[xKey] ?? "");
            const start = i * band;
            const inner = band * 0.8;
            return (
              <g key={`${name}-${i}`}>
                {bars[i]!.map((b) => {
                  const thick = inner / b.slots;
                  const offset = start + (band - inner) / 2 + b.slot * thick;
                  const length = Math.max(0, scale(b.to) - scale(b.from));
                  const rect = horizontal
                    ? { x: px(scale(b.from)), y: px(offset), width: px(length), height: px(thick) }
                    : { x: px(offset), y: px(across - scale(b.to)), width: px(thick), height: px(length) };
                  return <rect key={b.key} {...rect} fill={b.color}><title>{b.title}</title></rect>;
                })}
                {i % every === 0 ? (
                  horizontal
                    ? <text x={-6} y={px(start + band / 2 + 4)} textAnchor="end">{clip(name, 24)}<title>{name}</title></text>
                    : <text x={px(start + band / 2)} y={across + 16} textAnchor="middle">{clip(name, 14)}</text>
                ) : null}
              </g>
            );
          })}
          <line x1={0} y1={horizontal ? 0 : across} x2={horizontal ? 0 : along} y2={horizontal ? along : across} stroke={AXIS_TEXT} />
        </g>
      </svg>
      <Legend items={series.map((s) => ({ label: s.label, color: s.color }))} />
    </div>
  );
}
