// The statements `npm run bench:data` runs: a whole practice generated inside Postgres with
// generate_series (no rows travel from Node). Modular arithmetic assigns clients to clinicians
// and sets statuses; random() (seeded) spreads the notes over cases, dates, levels and tags.
//   1,000 clinicians, 50,000 clients (30,000 individual + 10,000 couples of 2), BENCH_NOTES notes
//   (default 100,000; 1000000 or 3000000 for the issue's scales) over the last 24 months with
//   their enemies, 24,000 intake requests.
export const BENCH_PRACTICE_ID = "bench";
export const BENCH_OWNER_EMAIL = "owner@bench.test";
export const BENCH_THERAPIST_EMAIL = "clinician1@bench.test";

/** Notes to generate: BENCH_NOTES, default 100,000 (a run of minutes, not hours). */
export function requestedNotes(): number {
  const notes = Number(process.env.BENCH_NOTES ?? 100_000);
  if (!Number.isInteger(notes) || notes < 1_000) throw new Error(`BENCH_NOTES must be a whole number of at least 1000 (got "${process.env.BENCH_NOTES}").`);
  return notes;
}

export const SIZES = { clinicians: 1_000, individuals: 30_000, couples: 10_000, notes: requestedNotes(), intakes: 24_000 } as const;
/** Individual clients 1..ASSIGNED have a clinician (active or discharged); the rest wait. */
const ASSIGNED = 25_500;

const FIRST = ["Ada", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jamal", "Kira", "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera", "Wes", "Xena", "Yusuf", "Zoe", "Aaron", "Bianca", "Caleb", "Dana", "Ethan", "Fiona", "Gabe", "Hana", "Ivan", "Jade", "Kofi", "Lena", "Marco", "Nina"];
const LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Kowalski", "Haddad", "Okafor", "Lindqvist", "Moreau", "Novak", "Petrov", "Yamamoto", "Abbasi", "Fitzgerald"];

const arr = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(",")}]`;
const pick = (xs: readonly string[], expr: string) => `(${arr(xs)})[1 + ((${expr}) % ${xs.length})]`;

/** The location of clinician c (its first site); cases are seen where their clinician works. */
const siteOf = (c: string) => `'bl' || (1 + (${c}) % 6)`;

export function generationStatements(passwordHash: string): { label: string; sql: string }[] {
  const P = `'${BENCH_PRACTICE_ID}'`;
  const hash = passwordHash.replace(/'/g, "''");
  const today = `current_date`;
  // Most notes are signed within a day or two; a few in the last month are left as drafts.
  const DRAFT = `((d.day >= ${today} - 2 AND g.r3 < 0.6) OR (d.day >= ${today} - 30 AND g.r3 < 0.015))`;
  return [
    { label: "practice, locations and staff", sql: `
      INSERT INTO "Practice"(id, name, slug) VALUES (${P}, 'Bench Practice', 'bench');
      INSERT INTO "Location"(id, "practiceId", name, address) SELECT 'bl' || i, ${P}, 'Site ' || i, i || ' Main St' FROM generate_series(1, 6) i;
      INSERT INTO "User"(id, "practiceId", email, name, "passwordHash", roles, "updatedAt") VALUES
        ('bu-owner', ${P}, '${BENCH_OWNER_EMAIL}', 'Bench Owner', '${hash}', '{OWNER}', now());
      INSERT INTO "User"(id, "practiceId", email, name, "passwordHash", roles, "updatedAt")
        SELECT 'bu-intake-' || i, ${P}, 'intake' || i || '@bench.test', 'Intake ' || i, '${hash}', '{INTAKE}', now() FROM generate_series(1, 10) i;
      INSERT INTO "User"(id, "practiceId", email, name, "passwordHash", roles, "updatedAt")
        SELECT 'bu' || i, ${P}, 'clinician' || i || '@bench.test', ${pick(FIRST, "i * 7")} || ' ' || ${pick(LAST, "i * 11")} || ' ' || i, '${hash}', '{THERAPIST}', now()
          FROM generate_series(1, ${SIZES.clinicians}) i;
      INSERT INTO "ClinicianProfile"(id, "practiceId", "userId", discipline, specialties, modalities, "ageGroups", "locationIds",
          telehealth, languages, "insurancePanels", availability, "acceptingNewClients", "maxCaseload", "couplesYears", "updatedAt")
        SELECT 'bcp' || i, ${P}, 'bu' || i,
          (${arr(["PSYCHOLOGY", "MFT", "COUNSELING", "SOCIAL_WORK"])})[1 + i % 4]::"Discipline",
          (CASE i % 3 WHEN 0 THEN '{RELATIONSHIP,COMMUNICATION,INTIMACY}' WHEN 1 THEN '{ANXIETY,DEPRESSION,GRIEF}' ELSE '{TRAUMA,LIFE_TRANSITIONS,INFIDELITY}' END)::"Concern"[],
          (CASE WHEN i % 2 = 0 THEN '{INDIVIDUAL,COUPLES}' ELSE '{INDIVIDUAL}' END)::"Modality"[],
          '{ADULT}'::"AgeGroup"[],
          CASE WHEN i % 3 = 0 THEN ARRAY[${siteOf("i")}, 'bl' || (1 + (i + 2) % 6)] ELSE ARRAY[${siteOf("i")}] END,
          i % 4 <> 0, CASE WHEN i % 10 = 0 THEN '{English,Spanish}'::text[] ELSE '{English}'::text[] END,
          '{"Blue Cross Blue Shield of Michigan","Priority Health"}',
          jsonb_build_array(jsonb_build_object('weekday', 1 + i % 5, 'from', '09:00', 'to', '17:00'), jsonb_build_object('weekday', 1 + (i + 2) % 5, 'from', '12:00', 'to', '19:00')),
          i % 7 <> 0, 50 + (i * 17) % 40, i % 9, now()
          FROM generate_series(1, ${SIZES.clinicians}) i;` },
    { label: "50,000 clients and 10,000 couples", sql: `
      INSERT INTO "Client"(id, "practiceId", "firstName", "lastName", "dateOfBirth", email, status, "assignedClinicianId", "locationId", "createdAt", "updatedAt")
        SELECT 'bc' || i, ${P}, ${pick(FIRST, "i * 7 + i / 40")}, ${pick(LAST, "i * 13 + i / 60")},
          date '1950-01-01' + (i * 7919) % 20000, 'client' || i || '@example.test',
          (CASE WHEN i > ${SIZES.individuals} THEN (CASE WHEN ((i - ${SIZES.individuals} + 1) / 2 * 37) % 100 < 80 THEN 'ACTIVE' ELSE 'DISCHARGED' END)
                WHEN i <= ${ASSIGNED} THEN (CASE WHEN (i * 31) % 100 < 82 THEN 'ACTIVE' ELSE 'DISCHARGED' END)
                WHEN i % 2 = 0 THEN 'WAITLISTED' ELSE 'INQUIRY' END)::"ClientStatus",
          CASE WHEN i > ${SIZES.individuals} THEN 'bcp' || (1 + (((i - ${SIZES.individuals} + 1) / 2) * 13) % ${SIZES.clinicians})
               WHEN i <= ${ASSIGNED} THEN 'bcp' || (1 + (i * 7) % ${SIZES.clinicians}) END,
          CASE WHEN i > ${SIZES.individuals} THEN ${siteOf(`1 + (((i - ${SIZES.individuals} + 1) / 2) * 13) % ${SIZES.clinicians}`)}
               WHEN i <= ${ASSIGNED} THEN ${siteOf(`1 + (i * 7) % ${SIZES.clinicians}`)} ELSE 'bl' || (1 + i % 6) END,
          now() - interval '800 days', now()
          FROM generate_series(1, ${SIZES.individuals + 2 * SIZES.couples}) i;
      INSERT INTO "Couple"(id, "practiceId", "partnerAId", "partnerBId", "relationshipStatus", status, "assignedClinicianId", "locationId", "createdAt", "updatedAt")
        SELECT 'bco' || k, ${P}, 'bc' || (${SIZES.individuals} + 2 * k - 1), 'bc' || (${SIZES.individuals} + 2 * k), 'married',
          (CASE WHEN (k * 37) % 100 < 80 THEN 'ACTIVE' ELSE 'DISCHARGED' END)::"ClientStatus",
          'bcp' || (1 + (k * 13) % ${SIZES.clinicians}), ${siteOf(`1 + (k * 13) % ${SIZES.clinicians}`)}, now() - interval '800 days', now()
          FROM generate_series(1, ${SIZES.couples}) k;` },
    { label: `${SIZES.notes.toLocaleString("en-US")} session notes`, sql: `
      INSERT INTO "SessionNote"(id, "practiceId", "clientId", "coupleId", "authorId", "sessionDate", "durationMinutes", "serviceType", format, sections,
          "intimacyLevel", status, version, "signedAt", "createdAt", "updatedAt")
        SELECT 'bn' || g.n, ${P}, CASE WHEN g.couple THEN NULL ELSE 'bc' || g.k END, CASE WHEN g.couple THEN 'bco' || g.k END,
          'bu' || substr(COALESCE(c."assignedClinicianId", co."assignedClinicianId"), 4), d.day,
          CASE WHEN g.couple THEN 80 ELSE 50 END, CASE WHEN g.couple THEN '90847' ELSE '90834' END, 'FREE',
          jsonb_build_object('text', 'Worked on how each partner hears the other when stressed; practised slowing down and naming feelings before solutions. Plan: continue weekly, homework on daily check-ins. ' || g.n),
          least(7, greatest(1, 1 + floor(g.r2 * 4)::int + floor(g.r3 * 3)::int + CASE WHEN d.day > ${today} - 365 THEN 1 ELSE 0 END)),
          (CASE WHEN ${DRAFT} THEN 'DRAFT' ELSE 'SIGNED' END)::"NoteStatus", 1,
          CASE WHEN ${DRAFT} THEN NULL ELSE d.day + interval '1 day 2 hours' END,
          d.day + make_interval(hours => 9 + floor(g.r2 * 9)::int), d.day + interval '1 day 2 hours'
        FROM (SELECT n, c0 < 0.35 AS couple,
                CASE WHEN c0 < 0.35 THEN 1 + floor(c1 * ${SIZES.couples})::int ELSE 1 + floor(c1 * ${ASSIGNED})::int END AS k,
                r1, r2, r3
                FROM (SELECT n, random() AS c0, random() AS c1, random() AS r1, random() AS r2, random() AS r3
                        FROM generate_series(1, ${SIZES.notes}) n) s) g
        LEFT JOIN "Client" c ON NOT g.couple AND c.id = 'bc' || g.k
        LEFT JOIN "Couple" co ON g.couple AND co.id = 'bco' || g.k
        CROSS JOIN LATERAL (SELECT CASE WHEN COALESCE(c.status, co.status) = 'ACTIVE' THEN ${today} - floor(g.r1 * 730)::int
                                        ELSE ${today} - 183 - floor(g.r1 * 547)::int END AS day) d;` },
    { label: "enemies of the notes", sql: `
      INSERT INTO "NoteEnemy"("noteId", "practiceId", enemy, intensity)
        SELECT n.id, ${P}, e, floor(random() * 4)::int FROM "SessionNote" n CROSS JOIN unnest(enum_range(NULL::"Enemy")) e
         WHERE n."practiceId" = ${P} AND random() < 0.22;` },
    { label: "24,000 intake requests", sql: `
      INSERT INTO "IntakeRequest"(id, "practiceId", kind, people, concerns, "serviceType", "locationIds", status, "createdById", "createdAt", "updatedAt", "matchedAt", "waitlistedAt")
        SELECT 'bi' || i, ${P}, (CASE WHEN i % 4 = 0 THEN 'COUPLE' ELSE 'INDIVIDUAL' END)::"IntakeKind", '[]'::jsonb,
          (CASE i % 3 WHEN 0 THEN '{RELATIONSHIP}' WHEN 1 THEN '{ANXIETY}' ELSE '{DEPRESSION}' END)::"Concern"[],
          (CASE WHEN i % 4 = 0 THEN 'COUPLES' ELSE 'INDIVIDUAL' END)::"Modality", ARRAY['bl' || (1 + i % 6)],
          s.status::"IntakeStatus", 'bu-intake-' || (1 + i % 10), t.created, t.created,
          CASE WHEN s.status = 'MATCHED' THEN t.created + make_interval(secs => (1 + (i * 7919) % 20) * 86400 * 0.9) END,
          CASE WHEN s.status = 'WAITLISTED' THEN t.created + interval '2 days' END
        FROM generate_series(1, ${SIZES.intakes}) i
        CROSS JOIN LATERAL (SELECT now() - make_interval(secs => ((i::bigint * 104729) % (730 * 86400))::float8) AS created) t
        CROSS JOIN LATERAL (SELECT CASE WHEN t.created > now() - interval '14 days' AND i % 5 < 3 THEN 'NEW'
                                        WHEN (i * 31) % 100 < 82 THEN 'MATCHED'
                                        WHEN (i * 31) % 100 < 90 AND t.created > now() - interval '120 days' THEN 'WAITLISTED' ELSE 'CLOSED' END AS status) s;` },
  ];
}
