import Link from "next/link";
import { AssignControl } from "@/components/intake/assign-control";
import { ReasonList } from "@/components/intake/reason-list";
import { ScoreBar } from "@/components/intake/score-bar";
import type { IntakeMatches } from "@/lib/data/intake/matches";

type Match = IntakeMatches["data"][number];

interface Props {
  match: Match;
  rank: number;
  assign: { intakeId: string; who: string; consequence: string; timeZone: string; sessionMinutes: number; telehealthOk: boolean } | null;
}

/** One ranked clinician: score, the factors behind it, and the assign step. */
export function MatchCard({ match, rank, assign }: Props) {
  const headingId = `match-${match.clinicianId}`;
  return (
    <li className="rounded-lg bg-white p-4 shadow-sm">
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id={headingId} className="text-lg font-semibold">
            <span className="text-slate-500">{rank}.</span>{" "}
            <Link href={`/clinicians/${match.clinicianId}`} className="text-brand-700 underline">{match.name}</Link>
          </h3>
          <ScoreBar score={match.score} label={`Match score for ${match.name}`} />
        </div>
        <p className="text-sm text-slate-600">
          {match.credentials || match.discipline} · <a href={`mailto:${match.email}`} className="underline">{match.email}</a> · {match.activeCaseload} of {match.maxCaseload} active cases
        </p>
        <ReasonList reasons={match.reasons} />
        {assign ? (
          <AssignControl intakeId={assign.intakeId} clinicianId={match.clinicianId} clinicianName={match.name} who={assign.who} consequence={assign.consequence}
            booking={{ slots: match.firstSlots, sessionMinutes: assign.sessionMinutes, telehealth: assign.telehealthOk && match.telehealth, timeZone: assign.timeZone }} />
        ) : null}
      </article>
    </li>
  );
}
