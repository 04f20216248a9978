// Runs in each integration test worker before the test file is imported, so lib/db (the app
// role) and tests/support/owner-db (the owner) see the scratch database of integration-global.ts.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.OWNER_DATABASE_URL = inject("ownerDatabaseUrl");
