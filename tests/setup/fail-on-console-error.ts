// Any console.error during a test fails that test: React, Prisma and our own code report real
// problems there. A test that expects an error log should spy on console.error itself
// (vi.spyOn(console, "error").mockImplementation(() => {})): a mocked console.error is not counted.
import { afterAll, afterEach, beforeEach } from "vitest";
import { format } from "node:util";

const original = console.error;
let logged: string[] = [];

console.error = (...args: unknown[]) => {
  logged.push(format(...args));
  original(...args);
};

function takeLogged(): string[] {
  const taken = logged;
  logged = [];
  return taken;
}

beforeEach(() => {
  const before = takeLogged(); // logged outside any test (module load, beforeAll)
  if (before.length) throw new Error(`console.error before the test:\n${before.join("\n")}`);
});

afterEach(() => {
  const during = takeLogged();
  if (during.length) throw new Error(`console.error during the test:\n${during.join("\n")}`);
});

afterAll(() => {
  const after = takeLogged();
  if (after.length) throw new Error(`console.error after the tests:\n${after.join("\n")}`);
});
