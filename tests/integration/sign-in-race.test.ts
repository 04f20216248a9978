// Parallel guesses at one email get no more password checks than sequential ones: each attempt
// is reserved (counted as a failure) under a lock on the email before argon2 runs, so a burst of
// guesses cannot all read "four failures so far" at once (docs/decisions/0029).
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { TooManyAttemptsError } from "@/lib/data/errors";
import { signInWithPassword } from "@/lib/data/sessions/sessions";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";

const BURST = 8;

async function burst(email: string) {
  const results = await Promise.allSettled(Array.from({ length: BURST }, (_, i) => signInWithPassword(email, `wrong ${i}`, randomUUID())));
  const refused = results.filter((r) => r.status === "rejected" && r.reason instanceof TooManyAttemptsError).length;
  const checked = await db().loginAttempt.count({ where: { email } });
  return { refused, checked, answered: results.filter((r) => r.status === "fulfilled" && r.value === null).length };
}

describe("a burst of parallel wrong passwords", () => {
  test("on an account: five are checked, the rest refused, and the account is locked", async () => {
    const user = await f.createUser((await f.createPractice()).id, ["THERAPIST"]);
    const { checked, refused, answered } = await burst(user.email);
    expect(checked).toBe(5);
    expect(answered + refused).toBe(BURST);
    expect(refused).toBeGreaterThanOrEqual(BURST - 4);
    await expect(signInWithPassword(user.email, f.TEST_PASSWORD, randomUUID())).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  test("on an email without an account: the same five, so the burst reveals nothing", async () => {
    const email = `nobody-${randomUUID()}@test.example`;
    const { checked, refused } = await burst(email);
    expect(checked).toBe(5);
    expect(refused).toBeGreaterThanOrEqual(BURST - 4);
  });
});
