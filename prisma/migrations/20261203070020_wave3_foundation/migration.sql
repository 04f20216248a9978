-- CreateEnum
CREATE TYPE "AssignmentSource" AS ENUM ('MATCH', 'REASSIGN');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('SCHEDULED', 'ATTENDED', 'NO_SHOW', 'CANCELLED', 'LATE_CANCELLED');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('CALL', 'MESSAGE', 'EMAIL', 'VOICEMAIL');

-- CreateEnum
CREATE TYPE "Instrument" AS ENUM ('PHQ9', 'GAD7', 'CSI4');

-- CreateEnum
CREATE TYPE "RelationalPattern" AS ENUM ('PURSUING', 'DISTANCING', 'CONFLICT_AVOIDANCE', 'FUSION', 'PSEUDO_INTIMACY', 'CRITICISM', 'CONTEMPT', 'DEFENSIVENESS', 'STONEWALLING', 'INTIMATE_CONFLICT');

-- CreateEnum
CREATE TYPE "Prerequisite" AS ENUM ('SAFETY', 'TRUST', 'SELF_AWARENESS', 'PRESENCE', 'OPENNESS', 'COURAGE', 'SELF_ESTEEM', 'AUTONOMY', 'MUTUALITY');

-- CreateEnum
CREATE TYPE "CosignStatus" AS ENUM ('NOT_REQUIRED', 'PENDING', 'COSIGNED', 'RETURNED');

-- CreateEnum
CREATE TYPE "DisclosurePlan" AS ENUM ('UNDECIDED', 'BRING_INTO_ROOM', 'KEEP_HELD');

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "overrideReason" TEXT;

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "dischargeReason" TEXT,
ADD COLUMN     "dischargedOn" DATE,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ClinicianProfile" ADD COLUMN     "supervisorId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Couple" ADD COLUMN     "dischargeReason" TEXT,
ADD COLUMN     "dischargedOn" DATE,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "IntakeRequest" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "NoteEnemy" ADD COLUMN     "clientId" TEXT;

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'America/Detroit';

-- AlterTable
ALTER TABLE "SessionNote" ADD COLUMN     "cosignComment" TEXT,
ADD COLUMN     "cosignStatus" "CosignStatus" NOT NULL DEFAULT 'NOT_REQUIRED',
ADD COLUMN     "cosignedAt" TIMESTAMP(3),
ADD COLUMN     "cosignedById" TEXT,
ADD COLUMN     "prerequisites" "Prerequisite"[] DEFAULT ARRAY[]::"Prerequisite"[];

-- CreateTable
CREATE TABLE "CaseAssignment" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "clientId" TEXT,
    "coupleId" TEXT,
    "clinicianId" TEXT NOT NULL,
    "previousClinicianId" TEXT,
    "assignedById" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "source" "AssignmentSource" NOT NULL,

    CONSTRAINT "CaseAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "clinicianId" TEXT NOT NULL,
    "clientId" TEXT,
    "coupleId" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "locationId" TEXT,
    "telehealth" BOOLEAN NOT NULL DEFAULT false,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'SCHEDULED',
    "noteId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntakeContact" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "intakeRequestId" TEXT NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,

    CONSTRAINT "IntakeContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "coupleId" TEXT,
    "instrument" "Instrument" NOT NULL,
    "takenOn" DATE NOT NULL,
    "answers" INTEGER[],
    "score" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "enteredById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotePattern" (
    "id" TEXT NOT NULL,
    "noteId" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "pattern" "RelationalPattern" NOT NULL,
    "clientId" TEXT,
    "intensity" INTEGER NOT NULL,

    CONSTRAINT "NotePattern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HeldDisclosure" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "noteId" TEXT,
    "authorId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "plan" "DisclosurePlan" NOT NULL DEFAULT 'UNDECIDED',
    "planBy" DATE,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HeldDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecretsConsent" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "policy" "SecretsPolicy" NOT NULL,
    "partnerASignedOn" DATE NOT NULL,
    "partnerBSignedOn" DATE NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecretsConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiRateWindow" (
    "tokenId" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "practiceId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApiRateWindow_pkey" PRIMARY KEY ("tokenId","windowStart")
);

-- CreateIndex
CREATE INDEX "CaseAssignment_practiceId_clientId_assignedAt_idx" ON "CaseAssignment"("practiceId", "clientId", "assignedAt");

-- CreateIndex
CREATE INDEX "CaseAssignment_practiceId_coupleId_assignedAt_idx" ON "CaseAssignment"("practiceId", "coupleId", "assignedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_noteId_key" ON "Appointment"("noteId");

-- CreateIndex
CREATE INDEX "Appointment_practiceId_clinicianId_startsAt_idx" ON "Appointment"("practiceId", "clinicianId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_practiceId_startsAt_idx" ON "Appointment"("practiceId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_practiceId_clientId_startsAt_idx" ON "Appointment"("practiceId", "clientId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_practiceId_coupleId_startsAt_idx" ON "Appointment"("practiceId", "coupleId", "startsAt");

-- CreateIndex
CREATE INDEX "IntakeContact_practiceId_intakeRequestId_at_idx" ON "IntakeContact"("practiceId", "intakeRequestId", "at");

-- CreateIndex
CREATE INDEX "Measure_practiceId_clientId_takenOn_idx" ON "Measure"("practiceId", "clientId", "takenOn");

-- CreateIndex
CREATE INDEX "Measure_practiceId_coupleId_takenOn_idx" ON "Measure"("practiceId", "coupleId", "takenOn");

-- CreateIndex
CREATE INDEX "NotePattern_noteId_idx" ON "NotePattern"("noteId");

-- CreateIndex
CREATE INDEX "NotePattern_practiceId_pattern_idx" ON "NotePattern"("practiceId", "pattern");

-- CreateIndex
CREATE INDEX "HeldDisclosure_practiceId_coupleId_idx" ON "HeldDisclosure"("practiceId", "coupleId");

-- CreateIndex
CREATE INDEX "HeldDisclosure_practiceId_authorId_idx" ON "HeldDisclosure"("practiceId", "authorId");

-- CreateIndex
CREATE INDEX "SecretsConsent_practiceId_coupleId_createdAt_idx" ON "SecretsConsent"("practiceId", "coupleId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_practiceId_idx" ON "ApiToken"("practiceId");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "ApiRateWindow_practiceId_idx" ON "ApiRateWindow"("practiceId");

-- AddForeignKey
ALTER TABLE "IntakeContact" ADD CONSTRAINT "IntakeContact_intakeRequestId_fkey" FOREIGN KEY ("intakeRequestId") REFERENCES "IntakeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotePattern" ADD CONSTRAINT "NotePattern_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "SessionNote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_clinicianId_fkey" FOREIGN KEY ("clinicianId") REFERENCES "ClinicianProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Contract additions (2026-12), structure the code cannot forget.

-- 1. Row-level security on every new table (same policy as migration access_wall).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['CaseAssignment', 'Appointment', 'IntakeContact', 'Measure', 'NotePattern',
    'HeldDisclosure', 'SecretsConsent', 'ApiToken', 'ApiRateWindow'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("practiceId" = current_setting(''app.practice_id'', true)) '
      'WITH CHECK ("practiceId" = current_setting(''app.practice_id'', true))', t);
  END LOOP;
END;
$$ LANGUAGE plpgsql;

-- 2. Rules the code cannot forget, written as triggers: Prisma's schema engine cannot describe
-- CHECK or EXCLUDE constraints here (its describer panics on them, so `migrate create` would no
-- longer work), and a trigger can take the lock an overlap check needs.
CREATE FUNCTION case_assignment_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."clientId" IS NULL) = (NEW."coupleId" IS NULL) THEN
    RAISE EXCEPTION 'a case assignment belongs to exactly one client or one couple' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER case_assignment_rules BEFORE INSERT OR UPDATE ON "CaseAssignment"
  FOR EACH ROW EXECUTE FUNCTION case_assignment_rules();

CREATE FUNCTION note_pattern_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.intensity NOT BETWEEN 0 AND 3 THEN
    RAISE EXCEPTION 'a pattern''s intensity is 0 to 3' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER note_pattern_rules BEFORE INSERT OR UPDATE ON "NotePattern"
  FOR EACH ROW EXECUTE FUNCTION note_pattern_rules();

-- 3. An appointment: exactly one client or couple, 5 minutes to 8 hours, its end computed from
-- its start, and no double booking. Two appointments of one clinician that are not cancelled may
-- not overlap (half-open ranges: back-to-back sessions are fine). The check runs under a lock
-- per clinician for the rest of the transaction, so two concurrent bookings cannot both pass;
-- a clash is SQLSTATE 23P01 (exclusion_violation), which the API answers with 409.
CREATE FUNCTION appointment_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."clientId" IS NULL) = (NEW."coupleId" IS NULL) THEN
    RAISE EXCEPTION 'an appointment belongs to exactly one client or one couple' USING ERRCODE = '23514';
  END IF;
  IF NEW."durationMinutes" NOT BETWEEN 5 AND 480 THEN
    RAISE EXCEPTION 'an appointment lasts 5 to 480 minutes' USING ERRCODE = '23514';
  END IF;
  NEW."endsAt" := NEW."startsAt" + make_interval(mins => NEW."durationMinutes");
  IF NEW.status IN ('SCHEDULED', 'ATTENDED', 'NO_SHOW') THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('appointment:' || NEW."clinicianId", 0));
    IF EXISTS (
      SELECT 1 FROM "Appointment" a
       WHERE a."clinicianId" = NEW."clinicianId" AND a.id <> NEW.id
         AND a.status IN ('SCHEDULED', 'ATTENDED', 'NO_SHOW')
         AND a."startsAt" < NEW."endsAt" AND NEW."startsAt" < a."endsAt"
    ) THEN
      RAISE EXCEPTION 'the clinician already has an appointment at that time' USING ERRCODE = '23P01';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER appointment_rules BEFORE INSERT OR UPDATE ON "Appointment"
  FOR EACH ROW EXECUTE FUNCTION appointment_rules();

-- 4. The history starts with what matching already recorded.
INSERT INTO "CaseAssignment" (id, "practiceId", "clientId", "coupleId", "clinicianId", "previousClinicianId", "assignedById", "assignedAt", reason, source)
SELECT 'ca_' || a.id, a."practiceId",
       CASE WHEN i."coupleId" IS NULL THEN i."clientIds"[1] END, i."coupleId",
       a."clinicianId", NULL, a."assignedById", a."createdAt", NULLIF(a.note, ''), 'MATCH'
  FROM "Assignment" a JOIN "IntakeRequest" i ON i.id = a."intakeRequestId"
 WHERE i."coupleId" IS NOT NULL OR cardinality(i."clientIds") > 0;
