import { AXIS_TEXT, FONT_SIZE, GRID, Legend, labelEvery, px } from "@/components/charts/chart-parts";
import type { Progress, ProgressPoint } from "@/lib/data/notes/progress";
import { ENEMIES, ENEMY_INFO, INTENSITY_LABELS, MAX_LEVEL, levelName, type Enemy } from "@/lib/domain/intimacy";

export const COUPLE_COLOR = "#1f6f6a";
export const PARTNER_COLORS = ["#6d28d9", "#c2410c"];
const PARTNER_DASHES = ["6 3", "2 3"];
const ENEMY_COLORS: Record<Enemy, string> = { SELFISHNESS: "#b45309", DISHONESTY: "#7c3aed", ENTITLEMENT: "#0369a1", RESENTMENT: "#b91c1c" };

// Both charts share the width and the left margin, so each session's point sits over its bar.
const WIDTH = 800;
const LEFT = 200;
const RIGHT = 20;
const PLOT = WIDTH - LEFT - RIGHT;
const LINES_HEIGHT = 300;
const BARS_HEIGHT = 140;
const BOTTOM = 24;

const shortDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** What hovering a session shows: its date, every level and the enemies present. */
function sessionTitle(p: ProgressPoint, names: string[]): string {
  const partners = names.slice(1).map((n, k) => {
    const l = p.partnerLevels[k];
    return `${n}: ${typeof l === "number" ? `${l} · ${levelName(l)}` : "not recorded"}`;
  });
  const enemies = p.enemies.map((t) => `${ENEMY_INFO[t.enemy].label} ${INTENSITY_LABELS[t.intensity]?.toLowerCase() ?? t.intensity}`);
  return [shortDate(p.sessionDate), `${names[0]}: ${p.level} · ${levelName(p.level)}`, ...partners, `Enemies: ${enemies.length ? enemies.join(", ") : "none"}`].join("\n");
}

/** The x axis: each session centred in its band, its date shown where the labels fit. */
function DateAxis({ points, y, band }: { points: ProgressPoint[]; y: number; band: number }) {
  const every = labelEvery(points.length, PLOT, 56);
  return (
    <g>
      <line x1={0} x2={PLOT} y1={y} y2={y} stroke={AXIS_TEXT} />
      {points.map((p, i) => (i % every === 0
        ? <text key={p.noteId} x={px(i * band + band / 2)} y={y + 16} textAnchor="middle">{shortDate(p.sessionDate)}</text>
        : null))}
    </g>
  );
}

/** A polyline through the sessions that have a value (a missing partner level is skipped, the line joins across it). */
function path(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  return values.flatMap((v, i) => (v === null ? [] : [`${x(i).toFixed(1)},${y(v).toFixed(1)}`])).join(" ");
}

/**
 * The timeline, drawn on the server as SVG (no JavaScript): the level reached per signed session
 * (the couple's and each partner's), and under it the enemies present, stacked by intensity.
 * Hovering a session shows its figures. The table beside it carries the same data for anyone
 * who cannot see the chart.
 */
export function ProgressChart({ progress, subjectName }: { progress: Progress; subjectName: string }) {
  const points = progress.points;
  const names = [progress.kind === "couple" ? "Couple" : subjectName, ...progress.partners.map((p) => p.name)];
  const summary = `Intimacy level reached in each of ${points.length} signed sessions, from ${points[0]?.sessionDate ?? ""} to ${points.at(-1)?.sessionDate ?? ""}.`;
  const band = points.length ? PLOT / points.length : PLOT;
  const x = (i: number) => i * band + band / 2;
  const lineArea = LINES_HEIGHT - 10 - BOTTOM;
  const levelY = (l: number) => 10 + lineArea - ((l - 1) / (MAX_LEVEL - 1)) * lineArea;
  // "Present but barely" (0) still gets a sliver of bar, so presence is visible.
  const stackOf = (p: ProgressPoint) => ENEMIES.flatMap((e) => p.enemies.filter((t) => t.enemy === e).map((t) => ({ enemy: e, height: Math.max(t.intensity, 0.3) })));
  const barTop = Math.max(3, ...points.map((p) => stackOf(p).reduce((sum, s) => sum + s.height, 0)));
  const barTicks = Array.from({ length: Math.ceil(barTop) + 1 }, (_, k) => k).filter((k) => k % (barTop > 6 ? 2 : 1) === 0);
  const barArea = BARS_HEIGHT - 10 - BOTTOM;
  const barY = (v: number) => 10 + barArea - (v / Math.ceil(barTop)) * barArea;
  const lines = [
    { label: names[0]!, color: COUPLE_COLOR, width: 3, dash: "", r: 3, values: points.map((p) => p.level) },
    ...progress.partners.map((_, k) => ({ label: names[k + 1]!, color: PARTNER_COLORS[k] ?? AXIS_TEXT, width: 2, dash: PARTNER_DASHES[k] ?? "", r: 2, values: points.map((p) => p.partnerLevels[k] ?? null) })),
  ];
  return (
    <div className="space-y-2">
      <svg role="img" aria-label={`Level per session for ${subjectName}. ${summary}`} viewBox={`0 0 ${WIDTH} ${LINES_HEIGHT}`} width="100%" height={LINES_HEIGHT}
        fontSize={FONT_SIZE} fill={AXIS_TEXT}>
        <title>{`Level per session for ${subjectName}`}</title>
        <desc>{summary}</desc>
        <g transform={`translate(${LEFT},0)`}>
          {Array.from({ length: MAX_LEVEL }, (_, k) => k + 1).map((l) => (
            <g key={l}>
              <line x1={0} x2={PLOT} y1={px(levelY(l))} y2={px(levelY(l))} stroke={GRID} strokeDasharray="3 3" />
              <text x={-6} y={px(levelY(l) + 4)} textAnchor="end">{`${l} ${levelName(l)}`}</text>
            </g>
          ))}
          <DateAxis points={points} y={LINES_HEIGHT - BOTTOM} band={band} />
          {lines.map((line) => (
            <g key={line.label} stroke={line.color} fill={line.color}>
              <polyline points={path(line.values, x, levelY)} fill="none" strokeWidth={line.width} strokeDasharray={line.dash || undefined} />
              {line.values.map((v, i) => (v === null ? null : <circle key={i} cx={px(x(i))} cy={px(levelY(v))} r={line.r} />))}
            </g>
          ))}
          {points.map((p, i) => <rect key={p.noteId} x={px(i * band)} y={0} width={px(band)} height={LINES_HEIGHT - BOTTOM} fill="transparent"><title>{sessionTitle(p, names)}</title></rect>)}
        </g>
      </svg>
      <Legend items={lines.map((l) => ({ label: l.label, color: l.color, dash: l.dash }))} />
      <p className="pl-2 text-sm font-medium text-slate-700" aria-hidden="true">Enemies present: intensity 0-3 each, stacked</p>
      <svg role="img" aria-label={`Enemies of intimacy per session for ${subjectName}. Each bar stacks the intensity (0 to 3) of every enemy present.`}
        viewBox={`0 0 ${WIDTH} ${BARS_HEIGHT}`} width="100%" height={BARS_HEIGHT} fontSize={FONT_SIZE} fill={AXIS_TEXT}>
        <title>{`Enemies of intimacy per session for ${subjectName}`}</title>
        <desc>Each bar stacks the intensity (0 to 3) of every enemy present.</desc>
        <g transform={`translate(${LEFT},0)`}>
          {barTicks.map((t) => (
            <g key={t}>
              <line x1={0} x2={PLOT} y1={px(barY(t))} y2={px(barY(t))} stroke={GRID} strokeDasharray="3 3" />
              <text x={-6} y={px(barY(t) + 4)} textAnchor="end">{t}</text>
            </g>
          ))}
          <DateAxis points={points} y={BARS_HEIGHT - BOTTOM} band={band} />
          {points.map((p, i) => {
            let base = 0;
            return (
              <g key={p.noteId}>
                {stackOf(p).map((s) => {
                  const y0 = barY(base);
                  base += s.height;
                  return <rect key={s.enemy} x={px(i * band + band * 0.1)} width={px(band * 0.8)} y={px(barY(base))} height={px(y0 - barY(base))} fill={ENEMY_COLORS[s.enemy]} />;
                })}
                <rect x={px(i * band)} y={0} width={px(band)} height={BARS_HEIGHT - BOTTOM} fill="transparent"><title>{sessionTitle(p, names)}</title></rect>
              </g>
            );
          })}
        </g>
      </svg>
      <Legend items={ENEMIES.map((e) => ({ label: ENEMY_INFO[e].label, color: ENEMY_COLORS[e] }))} />
    </div>
  );
}
