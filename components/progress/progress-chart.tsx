"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Progress } from "@/lib/data/notes/progress";
import { ENEMIES, ENEMY_INFO, INTENSITY_LABELS, levelName, type Enemy } from "@/lib/domain/intimacy";

export const COUPLE_COLOR = "#1f6f6a";
export const PARTNER_COLORS = ["#6d28d9", "#c2410c"];
const ENEMY_COLORS: Record<Enemy, string> = { SELFISHNESS: "#b45309", DISHONESTY: "#7c3aed", ENTITLEMENT: "#0369a1", RESENTMENT: "#b91c1c" };

type Row = { date: string; level: number } & Record<string, number | string | null>;

const shortDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

function toRows(progress: Progress): Row[] {
  return progress.points.map((p) => {
    const row: Row = { date: p.sessionDate, level: p.level };
    p.partnerLevels.forEach((l, k) => { row[`p${k}`] = l; });
    for (const e of ENEMIES) {
      const tag = p.enemies.find((t) => t.enemy === e);
      // "Present but barely" (0) still gets a sliver of bar, so presence is visible.
      row[e] = tag ? Math.max(tag.intensity, 0.3) : null;
      row[`${e}-intensity`] = tag ? tag.intensity : null;
    }
    return row;
  });
}

function SessionTooltip({ active, payload, names }: { active?: boolean; payload?: readonly { payload?: Row }[]; names: string[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const enemies = ENEMIES.filter((e) => row[`${e}-intensity`] !== null);
  return (
    <div className="rounded-md border border-slate-300 bg-white p-2 text-sm shadow">
      <p className="font-medium">{shortDate(row.date)}</p>
      <p>{names[0]}: {row.level} · {levelName(row.level)}</p>
      {names.slice(1).map((n, k) => {
        const l = row[`p${k}`];
        return <p key={n}>{n}: {typeof l === "number" ? `${l} · ${levelName(l)}` : "not recorded"}</p>;
      })}
      <p>Enemies: {enemies.length ? enemies.map((e) => `${ENEMY_INFO[e].label} ${INTENSITY_LABELS[Number(row[`${e}-intensity`])]?.toLowerCase()}`).join(", ") : "none"}</p>
    </div>
  );
}

/**
 * The timeline: the level reached per signed session (the couple's and each partner's), and
 * under it the enemies present, stacked by intensity. The table beside it carries the same data
 * for anyone who cannot see the chart.
 */
export function ProgressChart({ progress, subjectName }: { progress: Progress; subjectName: string }) {
  const rows = toRows(progress);
  const names = [progress.kind === "couple" ? "Couple" : subjectName, ...progress.partners.map((p) => p.name)];
  const summary = `Intimacy level reached in each of ${rows.length} signed sessions, from ${rows[0]?.date ?? ""} to ${rows.at(-1)?.date ?? ""}.`;
  return (
    <div className="space-y-2">
      <LineChart data={rows} syncId="progress" responsive style={{ width: "100%", height: 340 }} accessibilityLayer={false}
        role="img" title={`Level per session for ${subjectName}`} desc={summary} margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        {/* "gap" centres each session like the bars below, so the two charts line up. */}
        <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={16} padding="gap" />
        <YAxis domain={[1, 7]} ticks={[1, 2, 3, 4, 5, 6, 7]} allowDecimals={false} width={200}
          tickFormatter={(n: number) => `${n} ${levelName(n)}`} />
        <Tooltip content={(props) => <SessionTooltip active={props.active} payload={props.payload as never} names={names} />} />
        <Legend />
        <Line type="linear" dataKey="level" name={names[0]} stroke={COUPLE_COLOR} strokeWidth={3} dot={{ r: 3 }} isAnimationActive={false} />
        {progress.partners.map((p, k) => (
          <Line key={p.clientId} type="linear" dataKey={`p${k}`} name={p.name} stroke={PARTNER_COLORS[k]} strokeWidth={2}
            strokeDasharray={k === 0 ? "6 3" : "2 3"} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
      <p className="pl-2 text-sm font-medium text-slate-700" aria-hidden="true">Enemies present: intensity 0-3 each, stacked</p>
      <BarChart data={rows} syncId="progress" responsive style={{ width: "100%", height: 170 }} accessibilityLayer={false}
        role="img" title={`Enemies of intimacy per session for ${subjectName}`} desc="Each bar stacks the intensity (0 to 3) of every enemy present."
        margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={16} />
        <YAxis width={200} allowDecimals={false} />
        <Tooltip content={(props) => <SessionTooltip active={props.active} payload={props.payload as never} names={names} />} />
        <Legend />
        {ENEMIES.map((e) => (
          <Bar key={e} dataKey={e} name={ENEMY_INFO[e].label} stackId="enemies" fill={ENEMY_COLORS[e]} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
