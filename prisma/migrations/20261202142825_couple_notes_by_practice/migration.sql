-- A couple's notes by ("practiceId", "coupleId", "sessionDate"), replacing ("coupleId",
-- "sessionDate"). report_couple_sessions filters on both the practice and the couples, and its
-- plan is made without their values: with a practice index and a couple index to choose from,
-- the planner's guess depended on the statistics of the day, and where many small practices
-- made the practice look selective it read the whole practice's notes (about a thousand rows in
-- the integration suite) instead of one couple's. One index matching both equalities is the best
-- plan whatever the statistics. Every query of the app names the practice (row-level security
-- adds it too), so the old index serves nothing the new one does not.
DROP INDEX "SessionNote_coupleId_sessionDate_idx";
CREATE INDEX "SessionNote_practiceId_coupleId_sessionDate_idx" ON "SessionNote"("practiceId", "coupleId", "sessionDate");
