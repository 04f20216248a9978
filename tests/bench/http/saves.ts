// Note saves over HTTP: editors signed in with real sessions, each autosaving their own draft
// with PATCH /api/v1/notes/:id (the changed text and the version it is based on). Every save the
// server acknowledged (200) is counted, then the database is read: each draft's version must
// have moved by exactly its acknowledged saves and hold the last acknowledged text (0 lost).
import pg from "pg";
import { BENCH_PASSWORD } from "../generate";
import { BENCH_PRACTICE_ID } from "../generate-sql";
import { cannon, openLoop, type Latency } from "./load";
import { signIn } from "./session";

export interface Editor {
  userId: string;
  cookie: string;
  sessionId: string;
  noteId: string;
  version: number;
  acked: number;
  lastText: string;
  saves: number;
}

/** `count` clinicians with an active client each: signed in, with a fresh draft of their own. */
export async function prepareEditors(owner: pg.Pool, baseUrl: string, count: number): Promise<Editor[]> {
  const { rows } = await owner.query<{ userId: string; email: string; clientId: string }>(`
    SELECT DISTINCT ON (u.id) u.id AS "userId", u.email, c.id AS "clientId" FROM "User" u
      JOIN "ClinicianProfile" cp ON cp."userId" = u.id JOIN "Client" c ON c."assignedClinicianId" = cp.id AND c.status = 'ACTIVE'
     WHERE u."practiceId" = $1 AND u.active ORDER BY u.id, c.id LIMIT $2`, [BENCH_PRACTICE_ID, count]);
  // One draft per editor, kept from run to run (notes are never deleted): its version is read back.
  const editors: Editor[] = [];
  for (let i = 0; i < rows.length; i += 4) {
    editors.push(...(await Promise.all(rows.slice(i, i + 4).map(async (r) => {
      const cookie = await signIn(baseUrl, r.email, BENCH_PASSWORD);
      const noteId = `benchdraft${r.userId.replace(/[^a-z0-9]/gi, "")}`;
      await owner.query(`INSERT INTO "SessionNote" (id, "practiceId", "clientId", "authorId", "sessionDate", "durationMinutes", "serviceType", format, sections, "intimacyLevel", status, "updatedAt")
        VALUES ($1, $2, $3, $4, current_date, 50, '90834', 'FREE', '{"text": ""}', 3, 'DRAFT', now()) ON CONFLICT (id) DO NOTHING`, [noteId, BENCH_PRACTICE_ID, r.clientId, r.userId]);
      const note = await owner.query<{ version: number }>(`SELECT version FROM "SessionNote" WHERE id = $1`, [noteId]);
      const session = await owner.query<{ id: string }>(`SELECT id FROM "AuthSession" WHERE "userId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [r.userId]);
      return { userId: r.userId, cookie, sessionId: session.rows[0]!.id, noteId, version: note.rows[0]!.version, acked: 0, lastText: "", saves: 0 };
    }))));
  }
  return editors;
}

/** What an editor sends on its next autosave: the changed text and the version it is based on. */
function nextSave(e: Editor): { text: string; body: string } {
  e.saves++;
  const text = `Autosave ${e.saves}. Worked on how each partner hears the other when stressed; practised slowing down and naming feelings before solutions.`;
  return { text, body: JSON.stringify({ version: e.version, sections: { text } }) };
}

function acknowledged(e: Editor, text: string, body: string): void {
  e.version = (JSON.parse(body) as { version: number }).version;
  e.acked++;
  e.lastText = text;
}

/** Answers by status code of the open-loop saves (0: no answer). */
export const openLoopStatuses = new Map<number, number>();

async function saveOnce(baseUrl: string, e: Editor): Promise<boolean> {
  const { text, body } = nextSave(e);
  const response = await fetch(`${baseUrl}/api/v1/notes/${e.noteId}`, { method: "PATCH", headers: { cookie: e.cookie, "content-type": "application/json" }, body })
    .catch(() => null);
  const answer = response ? await response.text().catch(() => "") : "";
  const status = response?.status ?? 0;
  openLoopStatuses.set(status, (openLoopStatuses.get(status) ?? 0) + 1);
  if (status !== 200) return false;
  acknowledged(e, text, answer);
  return true;
}

/** `editors` each autosaving every `everyMs`, whatever the server does (open loop). */
export function openLoopSaves(baseUrl: string, editors: Editor[], everyMs: number, seconds: number) {
  return openLoop(editors.length, everyMs, seconds, (w) => saveOnce(baseUrl, editors[w]!));
}

/** A few saves of each editor, to warm the server up (not counted as figures). */
export async function warmUp(baseUrl: string, editors: Editor[], rounds = 2): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.all(editors.map((e) => saveOnce(baseUrl, e)));
  openLoopStatuses.clear();
}

/** One autocannon connection per editor, each saving again as soon as its last save answered. */
export async function closedLoopSaves(baseUrl: string, editors: Editor[], seconds: number, amount?: number) {
  let next = 0;
  return cannon({
    url: baseUrl,
    connections: editors.length,
    ...(amount ? { amount } : { duration: seconds }),
    setupClient: (client) => {
      const e = editors[next++ % editors.length]!;
      let pending = "";
      client.setRequests([{
        method: "PATCH",
        path: `/api/v1/notes/${e.noteId}`,
        headers: { cookie: e.cookie, "content-type": "application/json" },
        setupRequest: (request) => {
          const save = nextSave(e);
          pending = save.text;
          return { ...request, body: save.body };
        },
        onResponse: (status, body) => {
          if (status === 200) acknowledged(e, pending, body);
        },
      }]);
    },
  });
}

/**
 * Acknowledged saves that the database does not hold (0 when nothing was lost): a draft's version
 * must have reached the last version the server acknowledged (each save adds one, and only to the
 * version it was based on) and, at that version, hold the text that save sent. A save that failed
 * on the wire but committed may have moved it further; that loses nothing.
 */
export async function lostSaves(owner: pg.Pool, editors: Editor[]): Promise<{ acked: number; lost: number }> {
  const { rows } = await owner.query<{ id: string; version: number; text: string }>(
    `SELECT id, version, sections->>'text' AS text FROM "SessionNote" WHERE id = ANY($1)`, [editors.map((e) => e.noteId)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  let lost = 0;
  for (const e of editors.filter((x) => x.acked > 0)) {
    const row = byId.get(e.noteId);
    if (!row || row.version < e.version) lost += e.version - (row?.version ?? 0);
    else if (row.version === e.version && row.text !== e.lastText) lost += 1;
  }
  return { acked: editors.reduce((n, e) => n + e.acked, 0), lost };
}

/**
 * The save's work as raw SQL, written here: the session check, the tenant setting, the
 * conditional update of the draft and its audit row, in one transaction, as the app role.
 */
export function rawSaveSql(): string {
  return `BEGIN;
SELECT u.id, u.roles FROM "AuthSession" s JOIN "User" u ON u.id = s."userId" WHERE s.id = :session_id AND s."revokedAt" IS NULL AND u.active;
SELECT set_config('app.practice_id', '${BENCH_PRACTICE_ID}', true);
UPDATE "SessionNote" SET sections = jsonb_build_object('text', 'Raw save ' || :client_id || ' ' || clock_timestamp()), version = version + 1, "updatedAt" = now()
 WHERE id = :note_id AND "practiceId" = '${BENCH_PRACTICE_ID}' AND status = 'DRAFT' AND "authorId" = :user_id;
INSERT INTO "AuditEvent" (id, "practiceId", "actorId", action, "entityType", "entityId", outcome)
 VALUES (gen_random_uuid()::text, '${BENCH_PRACTICE_ID}', :user_id, 'note.update', 'SessionNote', :note_id, 'ALLOWED');
COMMIT;`;
}

/** The raw save of one editor through pg, one after the other: the single-save reference. */
export async function rawSave(app: pg.Client, e: Editor): Promise<void> {
  const sql = rawSaveSql().replace(/:(session_id|client_id|note_id|user_id)/g, (_, name: string) =>
    app.escapeLiteral({ session_id: e.sessionId, client_id: "0", note_id: e.noteId, user_id: e.userId }[name]!));
  await app.query(sql);
}

export type { Latency };
