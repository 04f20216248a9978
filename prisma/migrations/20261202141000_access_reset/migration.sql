-- No takeover by an owner (issue 9 item 5, docs/decisions/0033-no-takeover-by-an-owner.md).
-- An owner's reset of a colleague's access (a set-password link for an account already in use,
-- or a reset of their MFA) is stamped on the account: when and by whom. The session lookup
-- answers it, so every page can tell the colleague, and so that the private notes they wrote
-- before it stay sealed in every later session, unless their own MFA (enrolled before the reset
-- and never reset since) guarded the sign-in.

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "accessResetAt" TIMESTAMP(3),
ADD COLUMN     "accessResetById" TEXT;

CREATE TEMP TABLE reset_actor_grantees AS
  SELECT r.rolname::text AS role
    FROM pg_proc p CROSS JOIN LATERAL aclexplode(p.proacl) a JOIN pg_roles r ON r.oid = a.grantee
   WHERE p.oid = 'app_session_actor(text, bigint, bigint, bigint)'::regprocedure
     AND a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner;

DROP FUNCTION app_session_actor(text, bigint, bigint, bigint);

CREATE FUNCTION app_session_actor(p_sid text, p_idle_ms bigint, p_max_ms bigint, p_touch_ms bigint)
RETURNS TABLE ("sessionId" text, "userId" text, "practiceId" text, email text, name text, roles text[], "clinicianId" text,
               "mfaEnabled" boolean, "mfaDue" boolean, "accessResetAt" timestamp, "accessResetBy" text, "privateSealedBefore" timestamp)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  s record;
  now_ts timestamp := now() AT TIME ZONE 'UTC';
BEGIN
  SELECT a.id, a."createdAt", a."lastSeenAt", a."revokedAt", u.id AS uid, u."practiceId" AS pid, u.email AS mail, u.name AS uname,
         u.roles::text[] AS uroles, u.active, c.id AS cid, u."mfaEnabledAt" IS NOT NULL AS mfa_on,
         (u."mfaEnabledAt" IS NULL AND u.roles && COALESCE(p."mfaRequiredRoles", '{}')) AS mfa_due,
         u."accessResetAt" AS reset_at, r.name AS reset_by,
         CASE WHEN u."accessResetAt" IS NOT NULL AND NOT COALESCE(u."mfaEnabledAt" < u."accessResetAt", false)
              THEN u."accessResetAt" END AS sealed_before
    INTO s
    FROM "AuthSession" a JOIN "User" u ON u.id = a."userId" JOIN "Practice" p ON p.id = u."practiceId"
         LEFT JOIN "ClinicianProfile" c ON c."userId" = u.id
         LEFT JOIN "User" r ON r.id = u."accessResetById" AND r."practiceId" = u."practiceId"
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
  RETURN QUERY SELECT p_sid, s.uid, s.pid, s.mail, s.uname, s.uroles, s.cid, s.mfa_on, s.mfa_due, s.reset_at, s.reset_by, s.sealed_before;
END;
$$;

REVOKE EXECUTE ON FUNCTION app_session_actor(text, bigint, bigint, bigint) FROM PUBLIC;

DO $$
DECLARE
  g record;
BEGIN
  FOR g IN SELECT role FROM reset_actor_grantees LOOP
    EXECUTE format('GRANT EXECUTE ON FUNCTION app_session_actor(text, bigint, bigint, bigint) TO %I', g.role);
  END LOOP;
END;
$$ LANGUAGE plpgsql;

DROP TABLE reset_actor_grantees;
