"use client";

import { Bar, BarChart as Chart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

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
  /** Formats values on the axis and in the tooltip. */
  percent?: boolean;
}

/**
 * A bar chart for sighted users; every chart on the report pages sits next to a table with the
 * same figures, which is what screen readers and keyboard users read (the chart is hidden from
 * them). Suppressed counts (null) are left out of the bars rather than drawn as zero.
 */
export function BarChart({ data, xKey, series, stacked = false, height = 260, horizontal = false, percent = false }: Props) {
  const format = (value: unknown) => (typeof value === "number" ? (percent ? `${Math.round(value * 100)}%` : String(value)) : "<5");
  const category = horizontal
    ? <YAxis type="category" dataKey={xKey} width={150} tick={{ fontSize: 12 }} interval={0} />
    : <XAxis dataKey={xKey} tick={{ fontSize: 12 }} />;
  const value = horizontal
    ? <XAxis type="number" tick={{ fontSize: 12 }} tickFormatter={format} allowDecimals={percent} />
    : <YAxis tick={{ fontSize: 12 }} tickFormatter={format} allowDecimals={percent} width={40} />;
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <Chart data={data} accessibilityLayer={false} layout={horizontal ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {category}
          {value}
          <Tooltip formatter={(v) => format(v)} />
          {/* legend words in one dark colour: light series colours would be unreadable as text */}
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={(label) => <span style={{ color: "#334155" }}>{label}</span>} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} {...(stacked ? { stackId: "all" } : {})} isAnimationActive={false} />
          ))}
        </Chart>
      </ResponsiveContainer>
    </div>
  );
}
