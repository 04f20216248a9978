// Runs in each integration test worker before the test file is imported, so lib/db and friends
// see the scratch database made by integration-global.ts.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
