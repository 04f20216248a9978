import { AXIS_TEXT, FONT_SIZE, GRID, Legend, niceTicks, px } from "@/components/charts/chart-parts";
import { dayNumber } from "@/lib/domain/calendar";
import { CSI4_CUTOFF, DEFINITIONS, maxScore, type Instrument } from "@/lib/domain/measures";
import type { MeasureDto } from "@/lib/validation/measure";

// A small line of one instrument's scores over time, drawn on the server (no script), one line
// per client: the table beside it holds the same numbers for screen readers.

const COLORS = ["#1d4ed8", "#b45309"];
const DASHES = ["", "6 3"];
const W = 560;
const H = 180;
const PAD = { left: 32, right: 12, top: 10, bottom: 26 };

export function MeasuresChart({ instrument, measures, names }: { instrument: Instrument; measures: MeasureDto[]; names: Record<string, string> }) {
  const points = measures.filter((m) => m.instrument === instrument);
  const days = points.map((m) => dayNumber(m.takenOn));
  if (points.length < 2 || Math.min(...days) === Math.max(...days)) return null;
  const people = [...new Set(points.map((m) => m.clientId))].slice(0, COLORS.length);
  const top = maxScore(instrument);
  const [first, last] = [Math.min(...days), Math.max(...days)];
  const x = (day: number) => px(PAD.left + ((day - first) / (last - first)) * (W - PAD.left - PAD.right));
  const y = (score: number) => px(H - PAD.bottom - (score / top) * (H - PAD.top - PAD.bottom));
  const name = DEFINITIONS[instrument].name;
  const ticks = niceTicks(top, { count: 4, integer: true }).filter((t) => t <= top);
  const series = people.map((clientId, i) => ({
    clientId, color: COLORS[i]!, dash: DASHES[i]!,
    rows: points.filter((m) => m.clientId === clientId).sort((a, b) => (a.takenOn < b.takenOn ? -1 : a.takenOn > b.takenOn ? 1 : 0)),
  }));
  return (
    <figure className="rounded-lg bg-white p-3 shadow-sm">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={`${name} scores over time, 0 to ${top}; the table lists the same scores.`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke={GRID} />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize={FONT_SIZE} fill={AXIS_TEXT}>{t}</text>
          </g>
        ))}
        {instrument === "CSI4" ? <line x1={PAD.left} x2={W - PAD.right} y1={y(CSI4_CUTOFF)} y2={y(CSI4_CUTOFF)} stroke="#dc2626" strokeDasharray="2 3" /> : null}
        {series.map((s) => (
          <g key={s.clientId}>
            <polyline fill="none" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash || undefined}
              points={s.rows.map((m) => `${x(dayNumber(m.takenOn))},${y(m.score)}`).join(" ")} />
            {s.rows.map((m) => (
              <circle key={m.id} cx={x(dayNumber(m.takenOn))} cy={y(m.score)} r="3.5" fill={s.color}>
                <title>{`${names[m.clientId] ?? "Client"}, ${m.takenOn}: ${m.score} (${m.band})`}</title>
              </circle>
            ))}
          </g>
        ))}
        <text x={PAD.left} y={H - 6} fontSize={FONT_SIZE} fill={AXIS_TEXT}>{points.map((m) => m.takenOn).sort()[0]}</text>
        <text x={W - PAD.right} y={H - 6} textAnchor="end" fontSize={FONT_SIZE} fill={AXIS_TEXT}>{points.map((m) => m.takenOn).sort().at(-1)}</text>
      </svg>
      <figcaption className="sr-only">{name} over time</figcaption>
      <Legend items={[
        ...series.map((s) => ({ label: `${names[s.clientId] ?? "Client"}: ${name}`, color: s.color, dash: s.dash })),
        ...(instrument === "CSI4" ? [{ label: `Distress cut-off (${CSI4_CUTOFF})`, color: "#dc2626", dash: "2 3" }] : []),
      ]} />
    </figure>
  );
}
