// What makes the production server refuse its database role, decided without a database.
import { describe, expect, test } from "vitest";
import { assertUnprivilegedDatabase, privilegeProblems } from "@/lib/db-tools/prod-guard";

const app = { role: "lakeshore_app", superuser: false, bypassRls: false, ownedTables: 0 };
const unreachable = "postgresql://nobody@127.0.0.1:1/none";

describe("the production database guard", () => {
  test("finds nothing wrong with the app role, and names each privilege that breaks the walls", () => {
    expect(privilegeProblems(app)).toEqual([]);
    expect(privilegeProblems({ ...app, superuser: true, ownedTables: 17 })).toEqual(["is a superuser", "owns 17 tables (or is a member of their owner)"]);
    expect(privilegeProblems({ ...app, bypassRls: true })).toEqual(["bypasses row-level security"]);
    expect(privilegeProblems({ ...app, ownedTables: 1 })).toEqual(["owns 1 table (or is a member of their owner)"]);
  });

  test("checks nothing outside production, and nothing when the operator allows a privileged role", async () => {
    for (const NODE_ENV of [undefined, "development", "test"]) {
      expect(await assertUnprivilegedDatabase({ NODE_ENV, DATABASE_URL: unreachable })).toBe("skipped");
    }
    expect(await assertUnprivilegedDatabase({ NODE_ENV: "production", DATABASE_URL: unreachable, ALLOW_PRIVILEGED_DB: "1" })).toBe("allowed");
  });

  test("in production, refuses to start when it cannot tell (no URL, or no answer)", async () => {
    await expect(assertUnprivilegedDatabase({ NODE_ENV: "production" })).rejects.toThrow(/DATABASE_URL is not set/);
    await expect(assertUnprivilegedDatabase({ NODE_ENV: "production", DATABASE_URL: unreachable, ALLOW_PRIVILEGED_DB: "yes" }))
      .rejects.toThrow(/Refusing to start: could not check the database role/);
  });
});
