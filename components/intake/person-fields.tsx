"use client";

import { Group, TextField } from "@/components/intake/fields";
import type { PersonValues } from "@/components/intake/intake-form-state";

interface Props {
  index: number;
  legend: string;
  value: PersonValues;
  onChange: (value: PersonValues) => void;
  errors: Record<string, string>;
}

/** One person's details; errors come keyed as "clients.<index>.<field>". */
export function PersonFields({ index, legend, value, onChange, errors }: Props) {
  const id = `person-${index}`;
  const err = (field: keyof PersonValues) => errors[`clients.${index}.${field}`];
  const set = (field: keyof PersonValues) => (v: string) => onChange({ ...value, [field]: v });
  return (
    <Group id={id} legend={legend}>
      <div className="grid gap-3 md:grid-cols-2">
        <TextField id={`${id}-first`} label="First name" value={value.firstName} onChange={set("firstName")} error={err("firstName")} required autoComplete="off" />
        <TextField id={`${id}-last`} label="Last name" value={value.lastName} onChange={set("lastName")} error={err("lastName")} required autoComplete="off" />
        <TextField id={`${id}-dob`} label="Date of birth" type="date" value={value.dateOfBirth} onChange={set("dateOfBirth")} error={err("dateOfBirth")} required />
        <TextField id={`${id}-email`} label="Email" type="email" value={value.email} onChange={set("email")} error={err("email")} autoComplete="off" />
        <TextField id={`${id}-phone`} label="Phone" type="tel" value={value.phone} onChange={set("phone")} error={err("phone")} autoComplete="off" />
      </div>
    </Group>
  );
}
