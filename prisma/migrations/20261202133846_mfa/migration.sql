-- MFA for staff (issue 9 item 2, DESIGN.md "Sessions and sign-in", docs/decisions/0030-mfa.md).
-- The user's TOTP secret (sealed by the app: AES-256-GCM under a key derived from AUTH_SECRET),
-- when it was turned on, the last time step accepted (each code works once), the SHA-256 of each
-- unused recovery code; and the roles a practice requires MFA of. No new table: these columns
-- live in "User" and "Practice", which row-level security already confines to their practice.

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "mfaRequiredRoles" "Role"[] DEFAULT ARRAY[]::"Role"[];

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mfaEnabledAt" TIMESTAMP(3),
ADD COLUMN     "mfaLastStep" INTEGER,
ADD COLUMN     "mfaRecoveryCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "mfaSecret" TEXT;

-- The session lookup (access_wall) also answers whether MFA is on for the user and whether they
-- must still enrol: a role of theirs is one the practice requires MFA of, and they have none.
-- Both are read live, so an owner's new requirement applies at the user's next request. The
-- result gains columns, so the function is dropped and created again, and EXECUTE is granted
-- back to whoever held it (the app role), so that a deploy by Prisma's own CLI keeps working
-- before lib/db-tools/app-role.ts renews the grants.
CREATE TEMP TABLE mfa_actor_grantees AS
  SELECT r.rolname::text AS role
    FROM pg_proc p CROSS JOIN LATERAL aclexplode(p.proacl) a JOIN pg_roles r ON r.oid = a.grantee
   WHERE p.oid = 'app_session_actor(text, bigint, bigint, bigint)'::regprocedure
     AND a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner;

DROP FUNCTION app_session_actor(text, bigint, bigint, bigint);

CREATE FUNCTION app_session_actor(p_sid text, p_idle_ms bigint, p_max_ms bigint, p_touch_ms bigint)
RETURNS TABLE ("sessionId" text, "userId" text, "practiceId" text, email text, name text, roles text[], "clinicianId" text,
               "mfaEnabled" boolean, "mfaDue" boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  s record;
  now_ts timestamp := now() AT TIME ZONE 'UTC';
BEGIN
  SELECT a.id, a."createdAt", a."lastSeenAt", a."revokedAt", u.id AS uid, u."practiceId" AS pid, u.email AS mail, u.name AS uname,
         u.roles::text[] AS uroles, u.active, c.id AS cid, u."mfaEnabledAt" IS NOT NULL AS mfa_on,
         (u."mfaEnabledAt" IS NULL AND u.roles && COALESCE(p."mfaRequiredRoles", '{}')) AS mfa_due
    INTO s
    FROM "AuthSession" a JOIN "User" u ON u.id = a."userId" JOIN "Practice" p ON p.id = u."practiceId"
         LEFT JOIN "ClinicianProfile" c ON c."userId" = u.id
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
  RETURN QUERY SELECT p_sid, s.uid, s.pid, s.mail, s.uname, s.uroles, s.cid, s.mfa_on, s.mfa_due;
END;
$$;

REVOKE EXECUTE ON FUNCTION app_session_actor(text, bigint, bigint, bigint) FROM PUBLIC;

DO $$
DECLARE
  g record;
BEGIN
  FOR g IN SELECT role FROM mfa_actor_grantees LOOP
    EXECUTE format('GRANT EXECUTE ON FUNCTION app_session_actor(text, bigint, bigint, bigint) TO %I', g.role);
  END LOOP;
END;
$$ LANGUAGE plpgsql;

DROP TABLE mfa_actor_grantees;
