-- Active caseloads (lib/data/clients/caseload-counts.ts) from partial indexes over ACTIVE rows.
-- Under row-level security `status = 'ACTIVE'` cannot be an index condition (enum equality is not
-- LEAKPROOF, decision 0028), so counting through ("practiceId", "assignedClinicianId", status)
-- read every client of every clinician from the heap and filtered there: about 37,700 pages for
-- 1,000 clinicians, 60-70 ms of the matches API. A partial index's predicate is proven by the
-- planner, not checked per row, so it binds under RLS too; with the columns the count reads
-- (the client's id, the couple's partners) in the index, both scans are index-only.
CREATE INDEX "Client_active_caseload_idx" ON "Client"("practiceId", "assignedClinicianId", "id") WHERE "status" = 'ACTIVE';
CREATE INDEX "Couple_active_caseload_idx" ON "Couple"("practiceId", "assignedClinicianId", "partnerAId", "partnerBId") WHERE "status" = 'ACTIVE';
