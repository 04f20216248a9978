-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Client_firstName_trgm_idx" ON "Client" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Client_lastName_trgm_idx" ON "Client" USING GIN ("lastName" gin_trgm_ops);

