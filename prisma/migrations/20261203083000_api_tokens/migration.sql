-- API bearer tokens (issue 13, DESIGN.md "Integrations"). A request with `Authorization: Bearer`
-- is resolved before its practice is known, like a session (app_session_actor): one SECURITY
-- DEFINER statement finds the token by the SHA-256 of its value, refuses it when revoked,
-- expired or its creator deactivated, reads the creator's CURRENT roles, counts the request in
-- this minute's ApiRateWindow and stamps lastUsedAt. "retryAfter" > 0 means over the limit.

CREATE FUNCTION app_token_actor(p_hash text, p_limit integer)
RETURNS TABLE ("tokenId" text, "userId" text, "practiceId" text, email text, name text, roles text[], "clinicianId" text,
               "mfaDue" boolean, "retryAfter" integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
  t record;
  now_ts timestamp := now() AT TIME ZONE 'UTC';
  win timestamp := date_trunc('minute', now() AT TIME ZONE 'UTC');
  used integer;
BEGIN
  SELECT k.id AS tid, k."expiresAt" AS expires, k."revokedAt" AS revoked, k."lastUsedAt" AS last_used,
         u.id AS uid, u."practiceId" AS pid, u.email AS mail, u.name AS uname, u.roles::text[] AS uroles, u.active AS active,
         c.id AS cid, (u."mfaEnabledAt" IS NULL AND u.roles && COALESCE(p."mfaRequiredRoles", '{}')) AS mfa_due
    INTO t
    FROM "ApiToken" k JOIN "User" u ON u.id = k."userId" AND u."practiceId" = k."practiceId"
         JOIN "Practice" p ON p.id = u."practiceId"
         LEFT JOIN "ClinicianProfile" c ON c."userId" = u.id
   WHERE k."tokenHash" = p_hash;
  IF NOT FOUND OR t.revoked IS NOT NULL OR t.expires <= now_ts OR NOT t.active THEN
    RETURN;
  END IF;
  INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", "practiceId", "count") VALUES (t.tid, win, t.pid, 1)
  ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
  RETURNING "ApiRateWindow"."count" INTO used;
  IF used = 1 THEN
    -- A new minute: drop this token's windows older than an hour (they only ever counted).
    DELETE FROM "ApiRateWindow" w WHERE w."tokenId" = t.tid AND w."windowStart" < win - interval '1 hour';
  END IF;
  IF t.last_used IS NULL OR t.last_used < now_ts - interval '10 seconds' THEN
    UPDATE "ApiToken" SET "lastUsedAt" = now_ts WHERE id = t.tid;
  END IF;
  RETURN QUERY SELECT t.tid, t.uid, t.pid, t.mail, t.uname, t.uroles, t.cid, t.mfa_due,
    CASE WHEN used > p_limit THEN GREATEST(1, CEIL(EXTRACT(EPOCH FROM (win + interval '1 minute' - now_ts))))::integer ELSE 0 END;
END;
$$;

REVOKE EXECUTE ON FUNCTION app_token_actor(text, integer) FROM PUBLIC;
