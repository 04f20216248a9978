// The intake, matching and profile routes over HTTP against the built app: DESIGN.md's payloads,
// status codes and error bodies.
import { expect, request as playwrightRequest, test, type APIResponse } from "@playwright/test";
import { apiAs } from "./support";

async function errorPaths(response: APIResponse, status: number): Promise<string[]> {
  expect(response.status(), await response.text()).toBe(status);
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at |prisma/i);
  const body = (await response.json()) as { error: { code: string; issues?: { path: (string | number)[] }[] } };
  return (body.error.issues ?? []).map((i) => i.path.join("."));
}

const run = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

function couplePayload(extra: Record<string, unknown> = {}) {
  const id = run();
  return {
    kind: "COUPLE",
    clients: [
      { firstName: `Noor${id}`, lastName: `Api${id}`, dateOfBirth: "1990-02-03", email: `noor-${id}@example.test`, phone: "555-0100" },
      { firstName: `Sam${id}`, lastName: `Api${id}`, dateOfBirth: "1988-05-06", email: null, phone: null },
    ],
    concerns: ["COMMUNICATION", "INTIMACY"],
    serviceType: "COUPLES",
    locationIds: [],
    telehealthOk: true,
    availability: [{ weekday: 1, from: "17:00", to: "20:00" }],
    preferences: { language: "Spanish" },
    payment: { type: "SELF_PAY" },
    urgency: "ROUTINE",
    riskScreen: { selfHarm: false, violence: false, substance: false },
    ...extra,
  };
}

test("file, read, rank and assign a couple request; a second assignment is 409", async ({ baseURL }) => {
  const intake = await apiAs(baseURL, "intake@lakeshore.test");
  const created = await intake.post("/api/v1/intakes", { data: couplePayload({ practiceId: "forged", status: "MATCHED" }) });
  expect(created.status(), await created.text()).toBe(201);
  const body = (await created.json()) as { id: string; status: string; kind: string; clients: unknown[]; payment: unknown; preferences: unknown; clientIds: string[]; coupleId: null };
  expect(body).toMatchObject({ status: "NEW", kind: "COUPLE", payment: { type: "SELF_PAY" }, preferences: { language: "Spanish" }, clientIds: [], coupleId: null });
  expect(body.clients).toHaveLength(2);

  const read = (await (await intake.get(`/api/v1/intakes/${body.id}`)).json()) as { possibleDuplicates: unknown[]; riskScreen: unknown };
  expect(read.possibleDuplicates).toEqual([]);
  expect(read.riskScreen).toEqual({ selfHarm: false, violence: false, substance: false });

  const matchesResponse = await intake.get(`/api/v1/intakes/${body.id}/matches`);
  expect(matchesResponse.status()).toBe(200);
  const matches = (await matchesResponse.json()) as {
    data: { clinicianId: string; name: string; score: number; reasons: { factor: string; points: number; detail: string }[] }[];
    excluded: { clinicianId: string; why: string }[];
  };
  expect(matches.data.length).toBeGreaterThan(0);
  const scores = matches.data.map((m) => m.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const m of matches.data) {
    expect(m.score).toBeGreaterThanOrEqual(0);
    expect(m.score).toBeLessThanOrEqual(100);
    expect(m.reasons.map((r) => r.factor)).toContain("specialty");
    expect(m.score).toBe(m.reasons.reduce((sum, r) => sum + r.points, 0));
  }
  // A forged practiceId was ignored: the request is readable in the caller's own practice (above).
  // Nobody who does not speak Spanish is ranked; they are listed with the reason.
  expect(matches.excluded.some((e) => e.why.includes("Does not offer sessions in Spanish."))).toBe(true);

  const top = matches.data[0]!;
  const assigned = await intake.post(`/api/v1/intakes/${body.id}/assign`, { data: { clinicianId: top.clinicianId } });
  expect(assigned.status(), await assigned.text()).toBe(200);
  const result = (await assigned.json()) as { status: string; coupleId: string; clientIds: string[]; assignment: { clinicianId: string; score: number } };
  expect(result).toMatchObject({ status: "MATCHED", assignment: { clinicianId: top.clinicianId, score: top.score } });
  expect(result.clientIds).toHaveLength(2);

  const couple = (await (await intake.get(`/api/v1/couples/${result.coupleId}`)).json()) as { status: string; assignedClinicianId: string; partners: { id: string }[] };
  expect(couple).toMatchObject({ status: "ACTIVE", assignedClinicianId: top.clinicianId });
  expect(couple.partners.map((p) => p.id)).toEqual(result.clientIds);

  await errorPaths(await intake.post(`/api/v1/intakes/${body.id}/assign`, { data: { clinicianId: top.clinicianId } }), 409);
  await errorPaths(await intake.patch(`/api/v1/intakes/${body.id}`, { data: { urgency: "SOON" } }), 409);
  const list = (await (await intake.get(`/api/v1/intakes?status=MATCHED&q=${encodeURIComponent(`Noor`)}&limit=100`)).json()) as { data: { id: string }[]; nextCursor: string | null };
  expect(list.data.map((i) => i.id)).toContain(body.id);
});

test("bad input is 400 with the field named, never 500", async ({ baseURL }) => {
  const intake = await apiAs(baseURL, "intake@lakeshore.test");
  const post = (data: unknown) => intake.post("/api/v1/intakes", { data });
  const [first] = couplePayload().clients;
  expect(await errorPaths(await post(couplePayload({ clients: [first] })), 400)).toContain("clients");
  expect(await errorPaths(await post(couplePayload({ concerns: ["BOREDOM"] })), 400)).toContain("concerns.0");
  expect(await errorPaths(await post(couplePayload({ availability: [{ weekday: 9, from: "25:00", to: "10:00" }] })), 400)).toEqual(
    expect.arrayContaining(["availability.0.weekday", "availability.0.from"]),
  );
  expect(await errorPaths(await post(couplePayload({ availability: [{ weekday: 2, from: "12:00", to: "11:00" }] })), 400)).toEqual(["availability.0.to"]);
  await errorPaths(await intake.post("/api/v1/intakes", { data: "{not json", headers: { "Content-Type": "application/json" } }), 400);
  const created = (await (await post(couplePayload())).json()) as { id: string };
  expect(await errorPaths(await intake.post(`/api/v1/intakes/${created.id}/assign`, { data: { waitlist: true, reason: "" } }), 400)).toContain("reason");
  const waitlisted = await intake.post(`/api/v1/intakes/${created.id}/assign`, { data: { waitlist: true, reason: "Nobody speaks Spanish on Mondays." } });
  expect(await waitlisted.json()).toMatchObject({ status: "WAITLISTED", waitlistReason: "Nobody speaks Spanish on Mondays." });
});

test("therapists: 403 on matching and assigning, 404 on requests not theirs; risk makes it urgent", async ({ baseURL }) => {
  const intake = await apiAs(baseURL, "intake@lakeshore.test");
  const therapist = await apiAs(baseURL, "therapist2@lakeshore.test");
  const created = (await (await intake.post("/api/v1/intakes", { data: couplePayload({ urgency: "ROUTINE", riskScreen: { selfHarm: false, violence: true, substance: false } }) })).json()) as { id: string; urgency: string };
  expect(created.urgency).toBe("URGENT");
  await errorPaths(await therapist.get(`/api/v1/intakes/${created.id}/matches`), 403);
  await errorPaths(await therapist.post(`/api/v1/intakes/${created.id}/assign`, { data: { waitlist: true, reason: "x" } }), 403);
  await errorPaths(await therapist.post("/api/v1/intakes", { data: couplePayload() }), 403);
  await errorPaths(await therapist.get(`/api/v1/intakes/${created.id}`), 404);
  const anonymous = await playwrightRequest.newContext({ baseURL });
  await errorPaths(await anonymous.get("/api/v1/intakes"), 401);
});

test("clinician profiles: a therapist edits their own but not capacity; couples can be created", async ({ baseURL }) => {
  const therapist = await apiAs(baseURL, "therapist2@lakeshore.test");
  const { clinicianId } = (await (await therapist.get("/api/v1/me")).json()) as { clinicianId: string };
  const own = (await (await therapist.get(`/api/v1/clinicians/${clinicianId}`)).json()) as { languages: string[]; maxCaseload: number };
  const saved = await therapist.patch(`/api/v1/clinicians/${clinicianId}`, { data: { languages: own.languages } });
  expect(saved.status(), await saved.text()).toBe(200);
  await errorPaths(await therapist.patch(`/api/v1/clinicians/${clinicianId}`, { data: { maxCaseload: own.maxCaseload + 50 } }), 403);
  expect(await errorPaths(await therapist.patch(`/api/v1/clinicians/${clinicianId}`, { data: { specialties: ["BOREDOM"] } }), 400)).toEqual(["specialties.0"]);

  const intake = await apiAs(baseURL, "intake@lakeshore.test");
  await errorPaths(await intake.patch(`/api/v1/clinicians/${clinicianId}`, { data: { bio: "x" } }), 403);
  const id = run();
  const couple = await intake.post("/api/v1/couples", {
    data: { partners: [{ firstName: `Kai${id}`, lastName: "Api", dateOfBirth: "1991-01-01" }, { firstName: `Lee${id}`, lastName: "Api", dateOfBirth: "1992-02-02" }] },
  });
  expect(couple.status(), await couple.text()).toBe(201);
  const { id: coupleId, partners } = (await couple.json()) as { id: string; partners: { id: string }[] };
  await errorPaths(await intake.post("/api/v1/couples", { data: { partnerIds: partners.map((p) => p.id) } }), 409);
  const patched = await intake.patch(`/api/v1/couples/${coupleId}`, { data: { relationshipStatus: "married" } });
  expect(await patched.json()).toMatchObject({ relationshipStatus: "married" });

  const doc = (await (await intake.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
  expect(Object.keys(doc.paths["/api/v1/intakes/{id}/assign"] ?? {})).toContain("post");
  expect(Object.keys(doc.paths["/api/v1/clinicians/{id}"] ?? {})).toEqual(expect.arrayContaining(["get", "patch"]));
});
