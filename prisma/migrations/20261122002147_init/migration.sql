-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'THERAPIST', 'INTAKE');

-- CreateEnum
CREATE TYPE "Discipline" AS ENUM ('PSYCHOLOGY', 'MFT', 'COUNSELING', 'SOCIAL_WORK');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('INDIVIDUAL', 'COUPLES', 'FAMILY', 'CHILD_ADOLESCENT');

-- CreateEnum
CREATE TYPE "AgeGroup" AS ENUM ('CHILD', 'ADOLESCENT', 'ADULT');

-- CreateEnum
CREATE TYPE "Concern" AS ENUM ('DEPRESSION', 'ANXIETY', 'RELATIONSHIP', 'INTIMACY', 'COMMUNICATION', 'INFIDELITY', 'SEXUAL_CONCERNS', 'GRIEF', 'LOW_SELF_WORTH', 'LIFE_TRANSITIONS', 'CHILD_ADOLESCENT', 'TRAUMA', 'SUBSTANCE_USE');

-- CreateEnum
CREATE TYPE "ClientStatus" AS ENUM ('INQUIRY', 'WAITLISTED', 'ACTIVE', 'DISCHARGED');

-- CreateEnum
CREATE TYPE "SecretsPolicy" AS ENUM ('NO_SECRETS', 'LIMITED_SECRETS');

-- CreateEnum
CREATE TYPE "NoteFormat" AS ENUM ('SOAP', 'DAP', 'BIRP', 'FREE');

-- CreateEnum
CREATE TYPE "NoteStatus" AS ENUM ('DRAFT', 'SIGNED');

-- CreateEnum
CREATE TYPE "Enemy" AS ENUM ('SELFISHNESS', 'DISHONESTY', 'ENTITLEMENT', 'RESENTMENT');

-- CreateEnum
CREATE TYPE "Ingredient" AS ENUM ('LOVE_AND_FRIENDSHIP', 'VULNERABILITY', 'TRUST', 'COMMITMENT');

-- CreateEnum
CREATE TYPE "IntakeKind" AS ENUM ('INDIVIDUAL', 'COUPLE');

-- CreateEnum
CREATE TYPE "Urgency" AS ENUM ('ROUTINE', 'SOON', 'URGENT');

-- CreateEnum
CREATE TYPE "IntakeStatus" AS ENUM ('NEW', 'MATCHED', 'WAITLISTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PaymentType" AS ENUM ('INSURANCE', 'SELF_PAY');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('ALLOWED', 'DENIED', 'NOT_FOUND');

-- CreateTable
CREATE TABLE "Practice" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "safetyProtocol" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "practiceId" TEXT,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordToken" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicianProfile" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "discipline" "Discipline" NOT NULL,
    "credentials" TEXT NOT NULL DEFAULT '',
    "gender" TEXT,
    "bio" TEXT NOT NULL DEFAULT '',
    "specialties" "Concern"[],
    "modalities" "Modality"[],
    "ageGroups" "AgeGroup"[],
    "locationIds" TEXT[],
    "telehealth" BOOLEAN NOT NULL DEFAULT true,
    "languages" TEXT[],
    "insurancePanels" TEXT[],
    "couplesYears" INTEGER NOT NULL DEFAULT 0,
    "availability" JSONB NOT NULL DEFAULT '[]',
    "acceptingNewClients" BOOLEAN NOT NULL DEFAULT true,
    "maxCaseload" INTEGER NOT NULL DEFAULT 25,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClinicianProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Client" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "pronouns" TEXT,
    "status" "ClientStatus" NOT NULL DEFAULT 'INQUIRY',
    "assignedClinicianId" TEXT,
    "locationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Couple" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "partnerAId" TEXT NOT NULL,
    "partnerBId" TEXT NOT NULL,
    "relationshipStatus" TEXT NOT NULL DEFAULT '',
    "status" "ClientStatus" NOT NULL DEFAULT 'INQUIRY',
    "assignedClinicianId" TEXT,
    "secretsPolicy" "SecretsPolicy" NOT NULL DEFAULT 'NO_SECRETS',
    "locationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Couple_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntakeRequest" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "kind" "IntakeKind" NOT NULL,
    "people" JSONB NOT NULL,
    "concerns" "Concern"[],
    "serviceType" "Modality" NOT NULL,
    "locationIds" TEXT[],
    "telehealthOk" BOOLEAN NOT NULL DEFAULT false,
    "availability" JSONB NOT NULL DEFAULT '[]',
    "preferences" JSONB NOT NULL DEFAULT '{}',
    "paymentType" "PaymentType" NOT NULL DEFAULT 'SELF_PAY',
    "insurer" TEXT,
    "urgency" "Urgency" NOT NULL DEFAULT 'ROUTINE',
    "riskSelfHarm" BOOLEAN NOT NULL DEFAULT false,
    "riskViolence" BOOLEAN NOT NULL DEFAULT false,
    "riskSubstance" BOOLEAN NOT NULL DEFAULT false,
    "status" "IntakeStatus" NOT NULL DEFAULT 'NEW',
    "waitlistReason" TEXT,
    "clientIds" TEXT[],
    "coupleId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "matchedAt" TIMESTAMP(3),
    "waitlistedAt" TIMESTAMP(3),

    CONSTRAINT "IntakeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "intakeRequestId" TEXT NOT NULL,
    "clinicianId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "reasons" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionNote" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "clientId" TEXT,
    "coupleId" TEXT,
    "authorId" TEXT NOT NULL,
    "sessionDate" DATE NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "serviceType" TEXT NOT NULL DEFAULT 'PSYCHOTHERAPY',
    "format" "NoteFormat" NOT NULL,
    "sections" JSONB NOT NULL,
    "intimacyLevel" INTEGER NOT NULL,
    "partnerLevels" JSONB NOT NULL DEFAULT '[]',
    "ingredients" "Ingredient"[],
    "interventions" TEXT NOT NULL DEFAULT '',
    "homework" TEXT NOT NULL DEFAULT '',
    "riskFlag" BOOLEAN NOT NULL DEFAULT false,
    "privateNote" TEXT,
    "status" "NoteStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "signedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoteEnemy" (
    "noteId" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "enemy" "Enemy" NOT NULL,
    "intensity" INTEGER NOT NULL,

    CONSTRAINT "NoteEnemy_pkey" PRIMARY KEY ("noteId","enemy")
);

-- CreateTable
CREATE TABLE "NoteAddendum" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "noteId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoteAddendum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "outcome" "AuditOutcome" NOT NULL,
    "requestId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Practice_slug_key" ON "Practice"("slug");

-- CreateIndex
CREATE INDEX "Location_practiceId_idx" ON "Location"("practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Location_practiceId_name_key" ON "Location"("practiceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_practiceId_idx" ON "User"("practiceId");

-- CreateIndex
CREATE INDEX "AuthSession_practiceId_idx" ON "AuthSession"("practiceId");

-- CreateIndex
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_practiceId_idx" ON "LoginAttempt"("practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordToken_tokenHash_key" ON "PasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordToken_practiceId_idx" ON "PasswordToken"("practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "ClinicianProfile_userId_key" ON "ClinicianProfile"("userId");

-- CreateIndex
CREATE INDEX "ClinicianProfile_practiceId_idx" ON "ClinicianProfile"("practiceId");

-- CreateIndex
CREATE INDEX "Client_practiceId_idx" ON "Client"("practiceId");

-- CreateIndex
CREATE INDEX "Client_practiceId_assignedClinicianId_status_idx" ON "Client"("practiceId", "assignedClinicianId", "status");

-- CreateIndex
CREATE INDEX "Client_practiceId_lastName_firstName_idx" ON "Client"("practiceId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "Client_practiceId_email_idx" ON "Client"("practiceId", "email");

-- CreateIndex
CREATE INDEX "Couple_practiceId_idx" ON "Couple"("practiceId");

-- CreateIndex
CREATE INDEX "Couple_practiceId_assignedClinicianId_status_idx" ON "Couple"("practiceId", "assignedClinicianId", "status");

-- CreateIndex
CREATE INDEX "Couple_partnerAId_idx" ON "Couple"("partnerAId");

-- CreateIndex
CREATE INDEX "Couple_partnerBId_idx" ON "Couple"("partnerBId");

-- CreateIndex
CREATE INDEX "IntakeRequest_practiceId_status_createdAt_idx" ON "IntakeRequest"("practiceId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_intakeRequestId_key" ON "Assignment"("intakeRequestId");

-- CreateIndex
CREATE INDEX "Assignment_practiceId_idx" ON "Assignment"("practiceId");

-- CreateIndex
CREATE INDEX "Assignment_clinicianId_idx" ON "Assignment"("clinicianId");

-- CreateIndex
CREATE INDEX "SessionNote_practiceId_sessionDate_idx" ON "SessionNote"("practiceId", "sessionDate");

-- CreateIndex
CREATE INDEX "SessionNote_practiceId_authorId_status_idx" ON "SessionNote"("practiceId", "authorId", "status");

-- CreateIndex
CREATE INDEX "SessionNote_clientId_sessionDate_idx" ON "SessionNote"("clientId", "sessionDate");

-- CreateIndex
CREATE INDEX "SessionNote_coupleId_sessionDate_idx" ON "SessionNote"("coupleId", "sessionDate");

-- CreateIndex
CREATE INDEX "NoteEnemy_practiceId_idx" ON "NoteEnemy"("practiceId");

-- CreateIndex
CREATE INDEX "NoteAddendum_practiceId_idx" ON "NoteAddendum"("practiceId");

-- CreateIndex
CREATE INDEX "NoteAddendum_noteId_idx" ON "NoteAddendum"("noteId");

-- CreateIndex
CREATE INDEX "AuditEvent_practiceId_at_idx" ON "AuditEvent"("practiceId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_practiceId_actorId_at_idx" ON "AuditEvent"("practiceId", "actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_practiceId_entityType_entityId_idx" ON "AuditEvent"("practiceId", "entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordToken" ADD CONSTRAINT "PasswordToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicianProfile" ADD CONSTRAINT "ClinicianProfile_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicianProfile" ADD CONSTRAINT "ClinicianProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_assignedClinicianId_fkey" FOREIGN KEY ("assignedClinicianId") REFERENCES "ClinicianProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Couple" ADD CONSTRAINT "Couple_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Couple" ADD CONSTRAINT "Couple_partnerAId_fkey" FOREIGN KEY ("partnerAId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Couple" ADD CONSTRAINT "Couple_partnerBId_fkey" FOREIGN KEY ("partnerBId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Couple" ADD CONSTRAINT "Couple_assignedClinicianId_fkey" FOREIGN KEY ("assignedClinicianId") REFERENCES "ClinicianProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeRequest" ADD CONSTRAINT "IntakeRequest_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_intakeRequestId_fkey" FOREIGN KEY ("intakeRequestId") REFERENCES "IntakeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_clinicianId_fkey" FOREIGN KEY ("clinicianId") REFERENCES "ClinicianProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteEnemy" ADD CONSTRAINT "NoteEnemy_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "SessionNote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteAddendum" ADD CONSTRAINT "NoteAddendum_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "SessionNote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
