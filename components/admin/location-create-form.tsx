"use client";

import { useActionState, useRef } from "react";
import { createLocationAction } from "@/app/(app)/admin/actions";
import type { AdminResult } from "@/components/admin/admin-result";
import { FieldMessage, fieldProps, FormStatus, input, primaryButton } from "@/components/admin/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";

/** Adds a location to the practice. */
export function LocationCreateForm() {
  const [result, action, pending] = useActionState<AdminResult, FormData>(createLocationAction, {});
  const form = useRef<HTMLFormElement>(null);
  const formSubmit = useKeptForm(form, action, result, { resetOnSuccess: true });
  const name = fieldProps(result, "name", "new-location-name");
  const address = fieldProps(result, "address", "new-location-address");
  return (
    <form ref={form} onSubmit={formSubmit} className="grid gap-3 rounded-lg bg-white p-4 shadow-sm md:grid-cols-[1fr_2fr_auto] md:items-end" noValidate>
      <div>
        <label htmlFor="new-location-name" className="block text-sm font-medium">Name</label>
        <input id="new-location-name" name="name" required className={input} {...name.props} />
        <FieldMessage id="new-location-name" message={name.message} />
      </div>
      <div>
        <label htmlFor="new-location-address" className="block text-sm font-medium">Address</label>
        <input id="new-location-address" name="address" className={input} {...address.props} />
        <FieldMessage id="new-location-address" message={address.message} />
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>{pending ? "Adding…" : "Add location"}</button>
      <div className="md:col-span-3"><FormStatus result={result} /></div>
    </form>
  );
}
