// The demo data is what the API serves on the demo: its stored JSON shapes must be the documented
// ones, or the documented schema turns the demo's responses into 500s (decision 0037). The review
// found seeded assignment reasons without the required `maxPoints`.
import { expect, test } from "vitest";
import { intakeDtoSchema } from "@/lib/api/docs/intakes";
import { buildSeedRows } from "@/prisma/seed/index";

test("every seeded assignment's reasons parse with the documented reason schema, points within their maximum", () => {
  const reasons = intakeDtoSchema.shape.assignment.unwrap().shape.reasons;
  const rows = buildSeedRows("hash");
  expect(rows.assignments.length).toBeGreaterThan(0);
  for (const assignment of rows.assignments) {
    const parsed = reasons.parse(assignment.reasons);
    for (const r of parsed) expect(r.points).toBeLessThanOrEqual(r.maxPoints);
  }
});
