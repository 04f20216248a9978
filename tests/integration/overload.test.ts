// No answer takes longer than 2 s (DESIGN.md): a statement past 2 s is cancelled by the app
// role's statement_timeout, its transaction rolls back, and the API answers 503 "busy" with
// Retry-After, not a 500 and not a hung request.
import { expect, test } from "vitest";
import { toErrorResponse } from "@/lib/api/errors";
import { inTenant } from "@/lib/data/access/tenant";
import * as f from "@/tests/factories";
import { ownerDb as db } from "@/tests/support/owner-db";

test("a statement running past 2 s is cancelled, rolls its transaction back, and answers 503 busy", async () => {
  const practice = await f.createPractice();
  const error = await inTenant(practice.id, async (tx) => {
    await tx.location.create({ data: { practiceId: practice.id, name: "Never kept" } });
    return tx.$queryRaw`SELECT pg_sleep(2.5)::text`;
  }).then(() => null, (e: unknown) => e);
  expect(error).not.toBeNull();
  const response = toErrorResponse(error);
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("2");
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("busy");
  expect(await db().location.count({ where: { practiceId: practice.id, name: "Never kept" } })).toBe(0);
});
