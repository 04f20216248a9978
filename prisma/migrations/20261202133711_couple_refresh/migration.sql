-- A couple's progress roll-up read the whole practice on every couple-note write (issue 10).
-- report_couple_refresh is a SQL function, and Postgres plans a SQL function's statements
-- without its arguments' values: the old filter `p_couple IS NULL OR n."coupleId" = p_couple`
-- could then use no index on the couple, so one couple-note insert read every note of the
-- practice (about 350k rows at 1M notes) or, where the planner judged the practice too big for
-- its index, every note of every practice. report_couple_sessions now takes the couples to
-- compute, a filter that is indexable whatever the values ("SessionNote_coupleId_sessionDate_idx":
-- a refresh reads its couple's own rows, a few dozen); the rebuild passes all of the practice's.
-- The rows are unchanged: the same window over the same couples' notes. The refresh then writes
-- only the roll-up rows that differ. Trigger functions keep their SECURITY DEFINER (access_wall);
-- these helpers never had it (they run as the trigger's definer when the trigger calls them).

-- Couples' sessions in order (date, then when the note was started, then id in byte order),
-- each with the date of the next one and whether, at it, the couple had 8 sessions and the
-- median level of the last 4 was above that of the 4 before. (The median of 4 levels is
-- (sum - greatest - least) / 2; both sides are compared doubled.) Of the couples listed only:
-- `"coupleId" = ANY(...)` is indexable in a plan made without the values. Inlined into callers.
DROP FUNCTION report_couple_sessions(text, text);
CREATE FUNCTION report_couple_sessions(p_practice text, p_couples text[])
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
           WHERE n."coupleId" = ANY(p_couples) AND n."practiceId" = p_practice
          WINDOW w AS (PARTITION BY n."coupleId" ORDER BY n."sessionDate", n."createdAt", n.id COLLATE "C")) s;
$$;

-- Recomputes one couple's sessions (a couple has tens of sessions: cheap on every write) and
-- writes only the rows that changed: a session added at the end inserts one row and moves the
-- previous one's nextDate, instead of deleting and re-inserting every session of the couple
-- (which, for many notes of one couple in one transaction, piled up dead rows that every later
-- refresh walked again).
CREATE OR REPLACE FUNCTION report_couple_refresh(p_practice text, p_couple text) RETURNS void LANGUAGE sql AS $$
  WITH now_sessions AS (SELECT * FROM report_couple_sessions(p_practice, ARRAY[p_couple])),
  gone AS (
    DELETE FROM "ReportCoupleSession" r
     WHERE r."coupleId" = p_couple AND NOT EXISTS (SELECT 1 FROM now_sessions s WHERE s."noteId" = r."noteId"))
  INSERT INTO "ReportCoupleSession" AS r SELECT * FROM now_sessions
  ON CONFLICT ("noteId") DO UPDATE SET "practiceId" = EXCLUDED."practiceId", "coupleId" = EXCLUDED."coupleId",
    "sessionDate" = EXCLUDED."sessionDate", "nextDate" = EXCLUDED."nextDate", evaluated = EXCLUDED.evaluated, improved = EXCLUDED.improved
  WHERE (r."practiceId", r."coupleId", r."sessionDate", r."nextDate", r.evaluated, r.improved)
        IS DISTINCT FROM (EXCLUDED."practiceId", EXCLUDED."coupleId", EXCLUDED."sessionDate", EXCLUDED."nextDate", EXCLUDED.evaluated, EXCLUDED.improved);
$$;

-- Recounts a practice from its notes (the bench generator loads notes with triggers off): the
-- couples that have notes in the practice, in one pass.
CREATE OR REPLACE FUNCTION report_rollup_rebuild(p_practice text) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ReportNoteDay" WHERE "practiceId" = p_practice;
  DELETE FROM "ReportNoteMonth" WHERE "practiceId" = p_practice;
  DELETE FROM "ReportCoupleSession" WHERE "practiceId" = p_practice;
  INSERT INTO "ReportCoupleSession" SELECT * FROM report_couple_sessions(p_practice,
    ARRAY(SELECT DISTINCT "coupleId" FROM "SessionNote" WHERE "practiceId" = p_practice AND "coupleId" IS NOT NULL));
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
