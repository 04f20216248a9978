-- Reports at scale (lib/data/reports). A practice of 500 clinicians writes about half a million
-- notes a year: a six-month report would aggregate a quarter of a million notes and join their
-- enemy tags on every view. Instead the practice-wide reports sum two rollups of the notes,
-- per practice, author and case location: "ReportNoteMonth" for the whole months of a period
-- and "ReportNoteDay" for the days of its partial months (a few thousand rows in all). The
-- triggers below keep both exact as notes, tags and case locations change (one upsert each per
-- note or tag written). Couples' progress reads "ReportCoupleSession": each conjoint session
-- with, precomputed, whether its couple's median level over their last 8 sessions rose at it.
-- Drafts and a therapist's own caseload still read the notes, through the indexes below.

-- CreateTable
CREATE TABLE "ReportNoteDay" (
    "practiceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "authorId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL DEFAULT '',
    "sessions" INTEGER NOT NULL DEFAULT 0,
    "level1" INTEGER NOT NULL DEFAULT 0,
    "level2" INTEGER NOT NULL DEFAULT 0,
    "level3" INTEGER NOT NULL DEFAULT 0,
    "level4" INTEGER NOT NULL DEFAULT 0,
    "level5" INTEGER NOT NULL DEFAULT 0,
    "level6" INTEGER NOT NULL DEFAULT 0,
    "level7" INTEGER NOT NULL DEFAULT 0,
    "selfishness" INTEGER NOT NULL DEFAULT 0,
    "dishonesty" INTEGER NOT NULL DEFAULT 0,
    "entitlement" INTEGER NOT NULL DEFAULT 0,
    "resentment" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportNoteDay_pkey" PRIMARY KEY ("practiceId","day","authorId","locationId")
);

-- CreateTable
CREATE TABLE "ReportNoteMonth" (
    "practiceId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "authorId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL DEFAULT '',
    "sessions" INTEGER NOT NULL DEFAULT 0,
    "level1" INTEGER NOT NULL DEFAULT 0,
    "level2" INTEGER NOT NULL DEFAULT 0,
    "level3" INTEGER NOT NULL DEFAULT 0,
    "level4" INTEGER NOT NULL DEFAULT 0,
    "level5" INTEGER NOT NULL DEFAULT 0,
    "level6" INTEGER NOT NULL DEFAULT 0,
    "level7" INTEGER NOT NULL DEFAULT 0,
    "selfishness" INTEGER NOT NULL DEFAULT 0,
    "dishonesty" INTEGER NOT NULL DEFAULT 0,
    "entitlement" INTEGER NOT NULL DEFAULT 0,
    "resentment" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportNoteMonth_pkey" PRIMARY KEY ("practiceId","month","authorId","locationId")
);

-- CreateTable
CREATE TABLE "ReportCoupleSession" (
    "noteId" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "sessionDate" DATE NOT NULL,
    "nextDate" DATE,
    "evaluated" BOOLEAN NOT NULL,
    "improved" BOOLEAN NOT NULL,

    CONSTRAINT "ReportCoupleSession_pkey" PRIMARY KEY ("noteId")
);

-- CreateIndex
CREATE INDEX "ReportCoupleSession_practiceId_sessionDate_coupleId_nextDat_idx" ON "ReportCoupleSession"("practiceId", "sessionDate", "coupleId", "nextDate", "evaluated", "improved");

-- CreateIndex
CREATE INDEX "ReportCoupleSession_coupleId_idx" ON "ReportCoupleSession"("coupleId");

-- CreateIndex
CREATE INDEX "ReportNoteDay_practiceId_authorId_day_idx" ON "ReportNoteDay"("practiceId", "authorId", "day");

-- CreateIndex
CREATE INDEX "ReportNoteMonth_practiceId_authorId_month_idx" ON "ReportNoteMonth"("practiceId", "authorId", "month");

-- Drafts left unsigned too long, across the practice.
CREATE INDEX "SessionNote_practiceId_status_createdAt_idx" ON "SessionNote"("practiceId", "status", "createdAt");

-- The audit trail filtered by a record (or by a client's records).
CREATE INDEX "AuditEvent_practiceId_entityId_idx" ON "AuditEvent"("practiceId", "entityId");

-- Adds counts (d: sessions, level1..7, selfishness, dishonesty, entitlement, resentment; negative
-- to remove) to a day and its month.
CREATE OR REPLACE FUNCTION report_rollup_add(p_practice text, p_day date, p_author text, p_location text, d int[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ReportNoteDay" AS r ("practiceId", "day", "authorId", "locationId", "sessions", "level1", "level2", "level3", "level4", "level5", "level6", "level7", "selfishness", "dishonesty", "entitlement", "resentment")
  VALUES (p_practice, p_day, p_author, COALESCE(p_location, ''), d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12])
  ON CONFLICT ("practiceId", "day", "authorId", "locationId") DO UPDATE SET
    "sessions" = r."sessions" + EXCLUDED."sessions",
    "level1" = r."level1" + EXCLUDED."level1",
    "level2" = r."level2" + EXCLUDED."level2",
    "level3" = r."level3" + EXCLUDED."level3",
    "level4" = r."level4" + EXCLUDED."level4",
    "level5" = r."level5" + EXCLUDED."level5",
    "level6" = r."level6" + EXCLUDED."level6",
    "level7" = r."level7" + EXCLUDED."level7",
    "selfishness" = r."selfishness" + EXCLUDED."selfishness",
    "dishonesty" = r."dishonesty" + EXCLUDED."dishonesty",
    "entitlement" = r."entitlement" + EXCLUDED."entitlement",
    "resentment" = r."resentment" + EXCLUDED."resentment";
  INSERT INTO "ReportNoteMonth" AS r ("practiceId", "month", "authorId", "locationId", "sessions", "level1", "level2", "level3", "level4", "level5", "level6", "level7", "selfishness", "dishonesty", "entitlement", "resentment")
  VALUES (p_practice, date_trunc('month', p_day)::date, p_author, COALESCE(p_location, ''), d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12])
  ON CONFLICT ("practiceId", "month", "authorId", "locationId") DO UPDATE SET
    "sessions" = r."sessions" + EXCLUDED."sessions",
    "level1" = r."level1" + EXCLUDED."level1",
    "level2" = r."level2" + EXCLUDED."level2",
    "level3" = r."level3" + EXCLUDED."level3",
    "level4" = r."level4" + EXCLUDED."level4",
    "level5" = r."level5" + EXCLUDED."level5",
    "level6" = r."level6" + EXCLUDED."level6",
    "level7" = r."level7" + EXCLUDED."level7",
    "selfishness" = r."selfishness" + EXCLUDED."selfishness",
    "dishonesty" = r."dishonesty" + EXCLUDED."dishonesty",
    "entitlement" = r."entitlement" + EXCLUDED."entitlement",
    "resentment" = r."resentment" + EXCLUDED."resentment";
$$;

-- One note's counts, times p_sign (+1 to add, -1 to remove): its session (p_sessions 1, or 0
-- when only tags change), its level (0: none) and its enemies.
CREATE OR REPLACE FUNCTION report_note_counts(p_sessions int, p_level int, p_enemies text[], p_sign int) RETURNS int[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[p_sign * p_sessions,
               p_sign * (p_level = 1)::int, p_sign * (p_level = 2)::int, p_sign * (p_level = 3)::int, p_sign * (p_level = 4)::int,
               p_sign * (p_level = 5)::int, p_sign * (p_level = 6)::int, p_sign * (p_level = 7)::int,
               p_sign * ('SELFISHNESS' = ANY(p_enemies))::int, p_sign * ('DISHONESTY' = ANY(p_enemies))::int,
               p_sign * ('ENTITLEMENT' = ANY(p_enemies))::int, p_sign * ('RESENTMENT' = ANY(p_enemies))::int];
$$;

-- Where a note's case is seen now: its client's location, else its couple's ('' for none).
CREATE OR REPLACE FUNCTION report_case_location(p_client text, p_couple text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT COALESCE((SELECT "locationId" FROM "Client" WHERE id = p_client), (SELECT "locationId" FROM "Couple" WHERE id = p_couple), '');
$$;

-- A note counts once as a session and once at its level; its enemies are counted by the
-- NoteEnemy trigger as they are written (in the same transaction as the note).
CREATE OR REPLACE FUNCTION report_rollup_on_note() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tags text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM report_rollup_add(NEW."practiceId", NEW."sessionDate", NEW."authorId", report_case_location(NEW."clientId", NEW."coupleId"),
      report_note_counts(1, NEW."intimacyLevel", '{}', 1));
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    -- its NoteEnemy rows are gone first (foreign key) and took their counts with them
    PERFORM report_rollup_add(OLD."practiceId", OLD."sessionDate", OLD."authorId", report_case_location(OLD."clientId", OLD."coupleId"),
      report_note_counts(1, OLD."intimacyLevel", '{}', -1));
    RETURN NULL;
  END IF;
  IF (NEW."sessionDate", NEW."authorId", NEW."intimacyLevel", NEW."clientId", NEW."coupleId", NEW."practiceId")
     IS NOT DISTINCT FROM (OLD."sessionDate", OLD."authorId", OLD."intimacyLevel", OLD."clientId", OLD."coupleId", OLD."practiceId") THEN
    RETURN NULL;
  END IF;
  SELECT COALESCE(array_agg(enemy::text), '{}') INTO tags FROM "NoteEnemy" WHERE "noteId" = NEW.id;
  PERFORM report_rollup_add(OLD."practiceId", OLD."sessionDate", OLD."authorId", report_case_location(OLD."clientId", OLD."coupleId"),
    report_note_counts(1, OLD."intimacyLevel", tags, -1));
  PERFORM report_rollup_add(NEW."practiceId", NEW."sessionDate", NEW."authorId", report_case_location(NEW."clientId", NEW."coupleId"),
    report_note_counts(1, NEW."intimacyLevel", tags, 1));
  RETURN NULL;
END;
$$;

CREATE TRIGGER report_rollup_on_note
  AFTER INSERT OR UPDATE OR DELETE ON "SessionNote"
  FOR EACH ROW EXECUTE FUNCTION report_rollup_on_note();

-- An enemy tag added to or removed from a note moves that note's enemy count.
CREATE OR REPLACE FUNCTION report_rollup_on_enemy() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n record;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT * INTO n FROM "SessionNote" WHERE id = OLD."noteId";
    IF FOUND THEN
      PERFORM report_rollup_add(n."practiceId", n."sessionDate", n."authorId", report_case_location(n."clientId", n."coupleId"),
        report_note_counts(0, 0, ARRAY[OLD.enemy::text], -1));
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    SELECT * INTO n FROM "SessionNote" WHERE id = NEW."noteId";
    IF FOUND THEN
      PERFORM report_rollup_add(n."practiceId", n."sessionDate", n."authorId", report_case_location(n."clientId", n."coupleId"),
        report_note_counts(0, 0, ARRAY[NEW.enemy::text], 1));
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER report_rollup_on_enemy
  AFTER INSERT OR UPDATE OR DELETE ON "NoteEnemy"
  FOR EACH ROW EXECUTE FUNCTION report_rollup_on_enemy();

-- A client or couple moving to another location takes its notes' counts along.
CREATE OR REPLACE FUNCTION report_rollup_on_case_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  g record;
BEGIN
  FOR g IN
    SELECT n."sessionDate" AS day, n."authorId" AS author,
           ARRAY[count(*), count(*) FILTER (WHERE n."intimacyLevel" = 1), count(*) FILTER (WHERE n."intimacyLevel" = 2),
                 count(*) FILTER (WHERE n."intimacyLevel" = 3), count(*) FILTER (WHERE n."intimacyLevel" = 4),
                 count(*) FILTER (WHERE n."intimacyLevel" = 5), count(*) FILTER (WHERE n."intimacyLevel" = 6),
                 count(*) FILTER (WHERE n."intimacyLevel" = 7),
                 COALESCE(sum(t.e1), 0), COALESCE(sum(t.e2), 0), COALESCE(sum(t.e3), 0), COALESCE(sum(t.e4), 0)]::int[] AS d
      FROM "SessionNote" n
      CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE enemy = 'SELFISHNESS') AS e1, count(*) FILTER (WHERE enemy = 'DISHONESTY') AS e2,
                                 count(*) FILTER (WHERE enemy = 'ENTITLEMENT') AS e3, count(*) FILTER (WHERE enemy = 'RESENTMENT') AS e4
                            FROM "NoteEnemy" e WHERE e."noteId" = n.id) t
     WHERE CASE WHEN TG_TABLE_NAME = 'Client' THEN n."clientId" = NEW.id ELSE n."coupleId" = NEW.id END
     GROUP BY 1, 2
  LOOP
    PERFORM report_rollup_add(NEW."practiceId", g.day, g.author, OLD."locationId", (SELECT array_agg(-x ORDER BY i) FROM unnest(g.d) WITH ORDINALITY AS u(x, i)));
    PERFORM report_rollup_add(NEW."practiceId", g.day, g.author, NEW."locationId", g.d);
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER report_rollup_on_client_move
  AFTER UPDATE OF "locationId" ON "Client"
  FOR EACH ROW WHEN (OLD."locationId" IS DISTINCT FROM NEW."locationId") EXECUTE FUNCTION report_rollup_on_case_move();

CREATE TRIGGER report_rollup_on_couple_move
  AFTER UPDATE OF "locationId" ON "Couple"
  FOR EACH ROW WHEN (OLD."locationId" IS DISTINCT FROM NEW."locationId") EXECUTE FUNCTION report_rollup_on_case_move();

-- A couple's sessions in order (date, then when the note was started, then id in byte order),
-- each with the date of the next one and whether, at it, the couple had 8 sessions and the
-- median level of the last 4 was above that of the 4 before. (The median of 4 levels is
-- (sum - greatest - least) / 2; both sides are compared doubled.)
CREATE OR REPLACE FUNCTION report_couple_sessions(p_practice text, p_couple text)
RETURNS TABLE ("noteId" text, "practiceId" text, "coupleId" text, "sessionDate" date, "nextDate" date, evaluated boolean, improved boolean)
LANGUAGE sql STABLE AS $$
  SELECT id, "practiceId", "coupleId", "sessionDate", next_date, k >= 8,
         k >= 8 AND (a5 + a6 + a7 + a8 - greatest(a5, a6, a7, a8) - least(a5, a6, a7, a8))
                   > (a1 + a2 + a3 + a4 - greatest(a1, a2, a3, a4) - least(a1, a2, a3, a4))
    FROM (SELECT n.id, n."practiceId", n."coupleId", n."sessionDate", lead(n."sessionDate") OVER w AS next_date, row_number() OVER w AS k,
                 lag(n."intimacyLevel", 7) OVER w AS a1, lag(n."intimacyLevel", 6) OVER w AS a2, lag(n."intimacyLevel", 5) OVER w AS a3,
                 lag(n."intimacyLevel", 4) OVER w AS a4, lag(n."intimacyLevel", 3) OVER w AS a5, lag(n."intimacyLevel", 2) OVER w AS a6,
                 lag(n."intimacyLevel", 1) OVER w AS a7, n."intimacyLevel" AS a8
            FROM "SessionNote" n
           WHERE n."practiceId" = p_practice AND n."coupleId" IS NOT NULL AND (p_couple IS NULL OR n."coupleId" = p_couple)
          WINDOW w AS (PARTITION BY n."coupleId" ORDER BY n."sessionDate", n."createdAt", n.id COLLATE "C")) s;
$$;

-- Recomputes one couple's sessions (a couple has tens of sessions: cheap on every write).
CREATE OR REPLACE FUNCTION report_couple_refresh(p_practice text, p_couple text) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ReportCoupleSession" WHERE "coupleId" = p_couple;
  INSERT INTO "ReportCoupleSession" SELECT * FROM report_couple_sessions(p_practice, p_couple);
$$;

CREATE OR REPLACE FUNCTION report_couple_on_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW."sessionDate", NEW."createdAt", NEW."intimacyLevel", NEW."coupleId")
     IS NOT DISTINCT FROM (OLD."sessionDate", OLD."createdAt", OLD."intimacyLevel", OLD."coupleId") THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."coupleId" IS NOT NULL THEN
    PERFORM report_couple_refresh(OLD."practiceId", OLD."coupleId");
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW."coupleId" IS NOT NULL AND NEW."coupleId" IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN OLD."coupleId" END) THEN
    PERFORM report_couple_refresh(NEW."practiceId", NEW."coupleId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER report_couple_on_note
  AFTER INSERT OR UPDATE OR DELETE ON "SessionNote"
  FOR EACH ROW EXECUTE FUNCTION report_couple_on_note();

-- Recounts a practice from its notes (the bench generator loads notes with triggers off).
CREATE OR REPLACE FUNCTION report_rollup_rebuild(p_practice text) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ReportNoteDay" WHERE "practiceId" = p_practice;
  DELETE FROM "ReportNoteMonth" WHERE "practiceId" = p_practice;
  DELETE FROM "ReportCoupleSession" WHERE "practiceId" = p_practice;
  INSERT INTO "ReportCoupleSession" SELECT * FROM report_couple_sessions(p_practice, NULL);
  INSERT INTO "ReportNoteDay" ("practiceId", "day", "authorId", "locationId", "sessions", "level1", "level2", "level3", "level4", "level5", "level6", "level7", "selfishness", "dishonesty", "entitlement", "resentment")
  SELECT p_practice, n."sessionDate", n."authorId", COALESCE(c."locationId", co."locationId", ''), count(*),
         count(*) FILTER (WHERE n."intimacyLevel" = 1), count(*) FILTER (WHERE n."intimacyLevel" = 2), count(*) FILTER (WHERE n."intimacyLevel" = 3),
         count(*) FILTER (WHERE n."intimacyLevel" = 4), count(*) FILTER (WHERE n."intimacyLevel" = 5), count(*) FILTER (WHERE n."intimacyLevel" = 6),
         count(*) FILTER (WHERE n."intimacyLevel" = 7),
         COALESCE(sum(t.e1), 0), COALESCE(sum(t.e2), 0), COALESCE(sum(t.e3), 0), COALESCE(sum(t.e4), 0)
    FROM "SessionNote" n
    LEFT JOIN "Client" c ON c.id = n."clientId"
    LEFT JOIN "Couple" co ON co.id = n."coupleId"
    LEFT JOIN (SELECT "noteId", count(*) FILTER (WHERE enemy = 'SELFISHNESS') AS e1, count(*) FILTER (WHERE enemy = 'DISHONESTY') AS e2,
                      count(*) FILTER (WHERE enemy = 'ENTITLEMENT') AS e3, count(*) FILTER (WHERE enemy = 'RESENTMENT') AS e4
                 FROM "NoteEnemy" WHERE "practiceId" = p_practice GROUP BY 1) t ON t."noteId" = n.id
   WHERE n."practiceId" = p_practice
   GROUP BY 2, 3, 4;
  INSERT INTO "ReportNoteMonth" ("practiceId", "month", "authorId", "locationId", "sessions", "level1", "level2", "level3", "level4", "level5", "level6", "level7", "selfishness", "dishonesty", "entitlement", "resentment")
  SELECT "practiceId", date_trunc('month', "day")::date, "authorId", "locationId", sum("sessions"), sum("level1"), sum("level2"), sum("level3"), sum("level4"), sum("level5"), sum("level6"), sum("level7"), sum("selfishness"), sum("dishonesty"), sum("entitlement"), sum("resentment")
    FROM "ReportNoteDay" WHERE "practiceId" = p_practice
   GROUP BY 1, 2, 3, 4;
$$;

-- Counts the notes already written.
SELECT report_rollup_rebuild(id) FROM "Practice";
