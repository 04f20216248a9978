// Server actions answer bad input with words, never a 500 (issue 9): whatever a caller posts
// (a malformed id, year 9999, a stale version), the wrapped action returns a failure the form
// can show, while Next's redirect()/notFound() and real bugs still propagate.
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { notFound, redirect } from "next/navigation";
import { describe, expect, test } from "vitest";
import { actionId, FIELDS_MESSAGE, isActionFailure, NOT_FOUND_MESSAGE, safeAction } from "@/lib/actions/safe-action";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError, TooManyAttemptsError } from "@/lib/data/errors";
import { clientCreate, clientUpdate } from "@/lib/validation/client";

/** An action shaped like the app's: a bound record id, then the form. */
const saveClient = safeAction(async (clientId: string, form: FormData) => {
  const id = actionId(clientId, "Client");
  const input = clientCreate.parse(Object.fromEntries(form));
  return { ok: true as const, id, name: `${input.firstName} ${input.lastName}` };
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("safeAction", () => {
  test("valid input: the action's own result, untouched", async () => {
    expect(await saveClient("c1", form({ firstName: "Ana", lastName: "Ruiz", dateOfBirth: "1990-02-28" }))).toEqual({ ok: true, id: "c1", name: "Ana Ruiz" });
  });

  test("a malformed id answers like a missing record, not a 500", async () => {
    for (const bad of ["", "../../etc/passwd", "x'; drop table", "a".repeat(5000)]) {
      expect(await saveClient(bad, form({}))).toEqual({ ok: false, error: NOT_FOUND_MESSAGE, fieldErrors: {} });
    }
    const missing = safeAction(async () => {
      throw new NotFoundError("Client");
    });
    expect(await missing()).toEqual(await saveClient("", form({})));
  });

  test("invalid fields: one message and each field's own words", async () => {
    const result = await saveClient("c1", form({ firstName: "Ana", dateOfBirth: "9999-12-31" }));
    expect(isActionFailure(result)).toBe(true);
    if (!isActionFailure(result)) return;
    expect(result.error).toBe(FIELDS_MESSAGE);
    expect(result.fieldErrors).toMatchObject({ lastName: expect.any(String), dateOfBirth: "Use a year from 1900 to 2999." });
  });

  test("a problem of the whole input is the message itself", async () => {
    const update = safeAction(async (raw: unknown) => clientUpdate.parse(raw));
    expect(await update({})).toEqual({ ok: false, error: "Send at least one field to change.", fieldErrors: {} });
  });

  test.each([
    [new ConflictError("This note was changed by someone else."), "This note was changed by someone else.", {}],
    [new ForbiddenError(), "Your role does not allow this action.", {}],
    [new TooManyAttemptsError(60), "Too many failed attempts. Try again in 15 minutes.", {}],
    [new InvalidError("Bad reference.", [{ path: ["locationId"], message: "No such location." }]), "Bad reference.", { locationId: "No such location." }],
  ])("lib/data's %o: its message, as a result", async (thrown, error, fieldErrors) => {
    const action = safeAction(async () => {
      throw thrown;
    });
    expect(await action()).toEqual({ ok: false, error, fieldErrors });
  });

  test("redirect() and notFound() still reach Next", async () => {
    const goes = safeAction(async () => redirect("/clients/c1"));
    const redirected = await goes().then(() => null, (e: unknown) => e);
    expect(isRedirectError(redirected)).toBe(true);
    const gone = safeAction(async () => notFound());
    await expect(gone()).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
  });

  test("a bug is not dressed up as a form problem: it is rethrown as is", async () => {
    const bug = new TypeError("Cannot read properties of undefined");
    const broken = safeAction(async () => {
      throw bug;
    });
    await expect(broken()).rejects.toBe(bug);
  });
});
