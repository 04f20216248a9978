"use client";

import type { IntakeFormValues } from "@/components/intake/intake-form-state";

const PERSON_FIELDS: Record<string, [string, string]> = {
  firstName: ["first", "First name"], lastName: ["last", "Last name"], dateOfBirth: ["dob", "Date of birth"],
  email: ["email", "Email"], phone: ["phone", "Phone"],
};
const WINDOW_FIELDS: Record<string, [string, string]> = { weekday: ["day", "Weekday"], from: ["from", "From"], to: ["to", "To"] };
const SIMPLE: Record<string, [string, string]> = {
  concerns: ["concerns", "Presenting concerns"], serviceType: ["serviceType", "Service type"], locationIds: ["where", "Where"],
  availability: ["availability", "When they can come"], "preferences.language": ["language", "Preferred language"],
  "payment.insurer": ["insurer", "Insurer"],
};

/** Where an error's field is on the page, and its name in words; null when it has no field of its own. */
function locate(key: string, values: IntakeFormValues): { id: string; name: string } | null {
  const parts = key.split(".");
  if (parts[0] === "clients" && parts.length === 3) {
    const [, index, field] = parts;
    const known = PERSON_FIELDS[field ?? ""];
    if (!known) return null;
    const who = values.kind === "COUPLE" ? `Partner ${Number(index) + 1}` : "Client";
    return { id: `person-${index}-${known[0]}`, name: `${who}: ${known[1]}` };
  }
  if (parts[0] === "availability" && parts.length === 3) {
    const row = values.availability[Number(parts[1])];
    const known = WINDOW_FIELDS[parts[2] ?? ""];
    if (!row || !known) return null;
    return { id: `availability-${row.key}-${known[0]}`, name: `${known[1]}, window ${Number(parts[1]) + 1}` };
  }
  const simple = SIMPLE[key];
  return simple ? { id: simple[0], name: simple[1] } : null;
}

// The summary lists problems in the order the fields come on the page, whatever order the
// server found them in.
const PAGE_ORDER = ["clients", "concerns", "serviceType", "locationIds", "availability", "preferences", "payment"];
const PERSON_ORDER = Object.keys(PERSON_FIELDS);
const WINDOW_ORDER = Object.keys(WINDOW_FIELDS);

function rank(key: string): number[] {
  const [head = "", index = "0", field = ""] = key.split(".");
  const within = head === "clients" ? PERSON_ORDER.indexOf(field) : head === "availability" ? WINDOW_ORDER.indexOf(field) : 0;
  return [PAGE_ORDER.indexOf(head), Number(index) || 0, within];
}

const byPageOrder = (a: string, b: string) => {
  const [x, y] = [rank(a), rank(b)];
  return (x[0]! - y[0]!) || (x[1]! - y[1]!) || (x[2]! - y[2]!);
};

/** Moves focus to the field itself, or to the first control of a group (a fieldset cannot take focus). */
function focusField(id: string) {
  const target = document.getElementById(id);
  const control = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>("input, select, textarea, button") : target;
  control?.focus();
  control?.scrollIntoView({ block: "center" });
}

/**
 * The list of what to fix, each a link to its field, so that someone who hears or sees the summary
 * first can go straight to each problem.
 */
export function ErrorSummary({ errors, values }: { errors: Record<string, string>; values: IntakeFormValues }) {
  const items = Object.entries(errors).sort(([a], [b]) => byPageOrder(a, b)).flatMap(([key, message]) => {
    const where = locate(key, values);
    return where ? [{ key, message, ...where }] : [];
  });
  if (items.length === 0) return null;
  return (
    <ul className="mt-1 list-disc pl-5">
      {items.map((item) => (
        <li key={item.key}>
          <a href={`#${item.id}`} className="underline" onClick={(event) => { event.preventDefault(); focusField(item.id); }}>
            {item.name}: {item.message}
          </a>
        </li>
      ))}
    </ul>
  );
}
