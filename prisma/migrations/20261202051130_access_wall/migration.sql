-- The database as the second wall (access-layer issue): every tenant table under row-level
-- security keyed to the practice the transaction sets, narrow SECURITY DEFINER functions for the
-- few reads that must cross practices (sign-in, session lookup, set-password links) or that RLS
-- would make slow (trigram search, audit lookups by client), and a hash-chained audit trail.
-- The app's runtime role (lakeshore_app by default) is created and granted by
-- lib/db-tools/app-role.ts after migrations; nothing here names it.

-- 1. Audit events: what a list showed, whose data it disclosed, which token acted, the chain.
ALTER TABLE "AuditEvent" ADD COLUMN "clientIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "entityIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN "prevHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN "seq" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN "tokenId" TEXT;

CREATE TABLE "AuditChainHead" (
    "practiceId" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("practiceId")
);

-- One field of the canonical text of an event: its byte length, a colon, the text (or "-" for
-- null), a newline. Length prefixes make the encoding unambiguous; scripts/audit-verify.ts
-- rebuilds exactly this text in TypeScript, independently of these functions.
CREATE OR REPLACE FUNCTION audit_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN '-' ELSE octet_length(v)::text || ':' || v END || E'\n';
$$;

CREATE OR REPLACE FUNCTION audit_event_hash(e "AuditEvent") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    'lakeshore-audit-v1' || E'\n' || audit_field(e."prevHash") || audit_field(e.id) || audit_field(e."practiceId")
    || audit_field(e.seq::text) || audit_field(e."actorId") || audit_field(e."tokenId") || audit_field(e.action)
    || audit_field(e."entityType") || audit_field(e."entityId")
    || audit_field(array_to_string(COALESCE(e."entityIds", '{}'), ',')) || audit_field(array_to_string(COALESCE(e."clientIds", '{}'), ','))
    || audit_field(e.outcome::text) || audit_field(e."requestId") || audit_field(to_char(e.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS')),
    'UTF8')), 'hex');
$$;

-- 2. Existing events: the clients they disclosed, then the chain, oldest first. (The trail is
-- append-only by trigger; this one backfill, by the owner, is the exception.)
ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only;
UPDATE "AuditEvent" a SET "clientIds" = ARRAY[a."entityId"]
 WHERE a."entityType" = 'Client' AND a."entityId" IS NOT NULL;
UPDATE "AuditEvent" a SET "clientIds" = ARRAY[c."partnerAId", c."partnerBId"]
  FROM "Couple" c WHERE a."entityType" = 'Couple' AND c.id = a."entityId";
UPDATE "AuditEvent" a SET "clientIds" = COALESCE(
    (SELECT ARRAY[n."clientId"] FROM "SessionNote" n WHERE n.id = a."entityId" AND n."clientId" IS NOT NULL),
    (SELECT ARRAY[c."partnerAId", c."partnerBId"] FROM "SessionNote" n JOIN "Couple" c ON c.id = n."coupleId" WHERE n.id = a."entityId"),
    '{}')
 WHERE a."entityType" = 'SessionNote';
UPDATE "AuditEvent" a SET "clientIds" = r."clientIds"
  FROM "IntakeRequest" r WHERE a."entityType" = 'IntakeRequest' AND r.id = a."entityId";

DO $$
DECLARE
  e "AuditEvent";
  last_practice text := NULL;
  n bigint;
  prev text;
BEGIN
  FOR e IN SELECT * FROM "AuditEvent" ORDER BY "practiceId", at, id LOOP
    IF last_practice IS DISTINCT FROM e."practiceId" THEN
      IF last_practice IS NOT NULL THEN
        INSERT INTO "AuditChainHead" VALUES (last_practice, n, prev);
      END IF;
      last_practice := e."practiceId"; n := 0; prev := '';
    END IF;
    n := n + 1;
    e.seq := n; e."prevHash" := prev;
    prev := audit_event_hash(e);
    UPDATE "AuditEvent" SET seq = n, "prevHash" = e."prevHash", hash = prev WHERE id = e.id;
  END LOOP;
  IF last_practice IS NOT NULL THEN
    INSERT INTO "AuditChainHead" VALUES (last_practice, n, prev);
  END IF;
END;
$$ LANGUAGE plpgsql;

ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_append_only;

CREATE INDEX "AuditEvent_clientIds_idx" ON "AuditEvent" USING GIN ("clientIds");
CREATE INDEX "AuditEvent_entityIds_idx" ON "AuditEvent" USING GIN ("entityIds");
CREATE UNIQUE INDEX "AuditEvent_practiceId_seq_key" ON "AuditEvent"("practiceId", "seq");

-- 3. Every new event is appended to its practice's chain. The head row is locked until the
-- transaction ends, so two writers of one practice append one after the other (no fork). As
-- SECURITY DEFINER it writes the head, which the app role cannot touch at all.
CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head record;
BEGIN
  SELECT seq, hash INTO head FROM "AuditChainHead" WHERE "practiceId" = NEW."practiceId" FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO "AuditChainHead" VALUES (NEW."practiceId", 0, '') ON CONFLICT DO NOTHING;
    SELECT seq, hash INTO head FROM "AuditChainHead" WHERE "practiceId" = NEW."practiceId" FOR UPDATE;
  END IF;
  NEW.seq := head.seq + 1;
  NEW."prevHash" := head.hash;
  NEW.at := date_trunc('milliseconds', COALESCE(NEW.at, now() AT TIME ZONE 'UTC'));
  NEW."entityIds" := COALESCE(NEW."entityIds", '{}');
  NEW."clientIds" := COALESCE(NEW."clientIds", '{}');
  NEW.hash := audit_event_hash(NEW);
  UPDATE "AuditChainHead" SET seq = NEW.seq, hash = NEW.hash WHERE "practiceId" = NEW."practiceId";
  RETURN NEW;
END;
$$;

CREATE TRIGGER audit_event_chain
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

-- 4. Row-level security: a row is visible, and may be written, only inside a transaction that
-- set app.practice_id to its practice (lib/data/access/tenant.ts, set_config(..., true), so it
-- holds behind PgBouncer in transaction mode). Unset, nothing is visible. Table owners (the
-- migrations, the seed) are not subject to it; the app role is.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Location', 'User', 'AuthSession', 'PasswordToken', 'ClinicianProfile', 'Client', 'Couple',
    'IntakeRequest', 'Assignment', 'SessionNote', 'NoteEnemy', 'NoteAddendum', 'AuditEvent', 'AuditChainHead',
    'ReportNoteDay', 'ReportNoteMonth', 'ReportCoupleSession'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("practiceId" = current_setting(''app.practice_id'', true)) '
      'WITH CHECK ("practiceId" = current_setting(''app.practice_id'', true))', t);
  END LOOP;
END;
$$ LANGUAGE plpgsql;

ALTER TABLE "Practice" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Practice" USING (id = current_setting('app.practice_id', true))
  WITH CHECK (id = current_setting('app.practice_id', true));

-- Failed sign-ins of an email without an account have no practice: they live under ''.
ALTER TABLE "LoginAttempt" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "LoginAttempt" USING (COALESCE("practiceId", '') = current_setting('app.practice_id', true))
  WITH CHECK (COALESCE("practiceId", '') = current_setting('app.practice_id', true));

-- 5. The roll-ups are written by their triggers only: as SECURITY DEFINER they write tables the
-- app role may only read.
ALTER FUNCTION report_rollup_on_note() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION report_rollup_on_enemy() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION report_rollup_on_case_move() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION report_couple_on_note() SECURITY DEFINER SET search_path = public, pg_temp;

-- 6. Reads before a practice is known, each as narrow as its purpose. They return rows of one
-- session, one email or one link only, to whoever already holds its secret or address.

-- The signed-in actor behind a session id, in one round trip: NULL row when unknown, revoked,
-- idle or too old (an expired session is revoked here); lastSeenAt is touched when stale.
CREATE OR REPLACE FUNCTION app_session_actor(p_sid text, p_idle_ms bigint, p_max_ms bigint, p_touch_ms bigint)
RETURNS TABLE ("sessionId" text, "userId" text, "practiceId" text, email text, name text, roles text[], "clinicianId" text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  s record;
  now_ts timestamp := now() AT TIME ZONE 'UTC';
BEGIN
  SELECT a.id, a."createdAt", a."lastSeenAt", a."revokedAt", u.id AS uid, u."practiceId" AS pid, u.email AS mail, u.name AS uname,
         u.roles::text[] AS uroles, u.active, c.id AS cid
    INTO s
    FROM "AuthSession" a JOIN "User" u ON u.id = a."userId" LEFT JOIN "ClinicianProfile" c ON c."userId" = u.id
   WHERE a.id = p_sid;
  IF NOT FOUND OR s."revokedAt" IS NOT NULL OR NOT s.active THEN
    RETURN;
  END IF;
  IF now_ts - s."createdAt" > p_max_ms * interval '1 millisecond' OR now_ts - s."lastSeenAt" > p_idle_ms * interval '1 millisecond' THEN
    UPDATE "AuthSession" SET "revokedAt" = now_ts WHERE id = p_sid;
    RETURN;
  END IF;
  IF now_ts - s."lastSeenAt" > p_touch_ms * interval '1 millisecond' THEN
    UPDATE "AuthSession" SET "lastSeenAt" = now_ts WHERE id = p_sid;
  END IF;
  RETURN QUERY SELECT p_sid, s.uid, s.pid, s.mail, s.uname, s.uroles, s.cid;
END;
$$;

-- Ends one session (sign-out by any path); true when it was open.
CREATE OR REPLACE FUNCTION app_revoke_session(p_sid text) RETURNS boolean
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH r AS (UPDATE "AuthSession" SET "revokedAt" = now() AT TIME ZONE 'UTC' WHERE id = p_sid AND "revokedAt" IS NULL RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM r);
$$;

-- What sign-in needs to know of an email (emails are unique across practices).
CREATE OR REPLACE FUNCTION app_login_user(p_email text)
RETURNS TABLE (id text, "practiceId" text, email text, name text, roles text[], "passwordHash" text, active boolean,
               "lockedUntil" timestamp, "clinicianId" text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id, u."practiceId", u.email, u.name, u.roles::text[], u."passwordHash", u.active, u."lockedUntil", c.id
    FROM "User" u LEFT JOIN "ClinicianProfile" c ON c."userId" = u.id
   WHERE u.email = p_email;
$$;

-- Whose a set-password link is (by the SHA-256 of the token; the token itself is never stored).
CREATE OR REPLACE FUNCTION app_password_link(p_token_hash text)
RETURNS TABLE ("tokenId" text, "userId" text, "practiceId" text, name text, email text, "expiresAt" timestamp, "usedAt" timestamp)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.id, t."userId", t."practiceId", u.name, u.email, t."expiresAt", t."usedAt"
    FROM "PasswordToken" t JOIN "User" u ON u.id = t."userId"
   WHERE t."tokenHash" = p_token_hash;
$$;

-- 7. Reads that RLS would make slow. Under RLS, Postgres applies a query's conditions whose
-- operators are not LEAKPROOF (ILIKE, array containment, enum equality) only after the policy,
-- so they cannot use their indexes. These run as the owner but confine themselves to the
-- practice the transaction set, exactly like the policy: called outside one, they find nothing.

-- Full names ("Sofia Hill") are searched as one text: a trigram index on it serves parts of
-- either name too.
CREATE INDEX "Client_fullName_trgm_idx" ON "Client" USING GIN (("firstName" || ' ' || "lastName") gin_trgm_ops);

-- One page of client ids whose full name contains the pattern, in name order (see
-- lib/data/clients/search.ts).
CREATE OR REPLACE FUNCTION app_client_search(p_pattern text, p_clinician text, p_status text, p_location text, p_cursor text, p_take int)
RETURNS TABLE (id text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH m AS MATERIALIZED (
    SELECT c.id, c."lastName", c."firstName" FROM "Client" c
     WHERE c."practiceId" = current_setting('app.practice_id', true)
       AND (c."firstName" || ' ' || c."lastName") ILIKE p_pattern
       AND (p_clinician IS NULL OR c."assignedClinicianId" = p_clinician)
       AND (p_status IS NULL OR c.status::text = p_status)
       AND (p_location IS NULL OR c."locationId" = p_location)
  )
  SELECT m.id FROM m
   WHERE p_cursor IS NULL OR (m."lastName", m."firstName", m.id) > (
     SELECT k."lastName", k."firstName", k.id FROM "Client" k WHERE k.id = p_cursor AND k."practiceId" = current_setting('app.practice_id', true))
   ORDER BY m."lastName", m."firstName", m.id
   LIMIT p_take;
$$;

-- One page of the practice's audit trail, newest first, filtered; p_client finds every event
-- that disclosed that client (lists and searches included), p_entity every event about or
-- showing that record.
CREATE OR REPLACE FUNCTION app_audit_page(p_client text, p_entity text, p_actor text, p_action text, p_outcome text,
  p_from timestamp, p_to timestamp, p_cursor text, p_take int)
RETURNS SETOF "AuditEvent" LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT e.* FROM "AuditEvent" e
   WHERE e."practiceId" = current_setting('app.practice_id', true)
     AND (p_client IS NULL OR e."clientIds" @> ARRAY[p_client])
     AND (p_entity IS NULL OR e."entityId" = p_entity OR e."entityIds" @> ARRAY[p_entity])
     AND (p_actor IS NULL OR e."actorId" = p_actor)
     AND (p_action IS NULL OR starts_with(e.action, p_action))
     AND (p_outcome IS NULL OR e.outcome::text = p_outcome)
     AND (p_from IS NULL OR e.at >= p_from)
     AND (p_to IS NULL OR e.at < p_to)
     AND (p_cursor IS NULL OR (e.at, e.id) < (
       SELECT k.at, k.id FROM "AuditEvent" k WHERE k.id = p_cursor AND k."practiceId" = current_setting('app.practice_id', true)))
   ORDER BY e.at DESC, e.id DESC
   LIMIT p_take;
$$;

-- Nobody may call these but the roles granted EXECUTE (the app role, by app-role.ts).
REVOKE EXECUTE ON FUNCTION app_session_actor(text, bigint, bigint, bigint), app_revoke_session(text), app_login_user(text),
  app_password_link(text), app_client_search(text, text, text, text, text, int),
  app_audit_page(text, text, text, text, text, timestamp, timestamp, text, int) FROM PUBLIC;
