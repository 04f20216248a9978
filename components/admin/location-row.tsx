"use client";

import { useActionState, useRef } from "react";
import { updateLocationAction } from "@/app/(app)/admin/actions";
import type { AdminResult } from "@/components/admin/admin-result";
import { FieldMessage, fieldProps, FormStatus, input, secondaryButton } from "@/components/admin/form-status";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { LocationDto } from "@/lib/data/admin/locations";

/** One location: rename it or change its address, and close or reopen it. */
export function LocationRow({ location }: { location: LocationDto }) {
  const [result, action, pending] = useActionState<AdminResult, FormData>(updateLocationAction.bind(null, location.id), {});
  const [toggled, toggle, toggling] = useActionState<AdminResult, FormData>(updateLocationAction.bind(null, location.id), {});
  const rename = useRef<HTMLFormElement>(null);
  const renameSubmit = useKeptForm(rename, action, result);
  const nameId = `location-${location.id}-name`;
  const addressId = `location-${location.id}-address`;
  const name = fieldProps(result, "name", nameId);
  return (
    <li className="rounded-lg bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 className="font-semibold">{location.name}{location.active ? null : <span className="ml-2 text-sm font-normal text-slate-600">(deactivated)</span>}</h3>
          <p className="text-sm text-slate-600">{location.address || "No address on file."}</p>
        </div>
        <form action={toggle}>
          <input type="hidden" name="active" value={location.active ? "false" : "true"} />
          <ConfirmSubmit ask={location.active} label={`${location.active ? "Deactivate" : "Reactivate"} ${location.name}`} disabled={toggling}
            pendingLabel={location.active ? "Deactivating…" : "Reactivating…"}
            question={`Deactivate ${location.name}? It is no longer offered for new intake requests or matching; its records stay.`}
            confirmLabel={`Yes, deactivate ${location.name}`} className={secondaryButton}
            confirmClassName="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60" />
        </form>
      </div>
      <FormStatus result={toggled} />
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-brand-700">Rename or change the address</summary>
        <form ref={rename} onSubmit={renameSubmit} className="mt-2 grid gap-3 md:grid-cols-[1fr_2fr_auto] md:items-end" noValidate>
          <div>
            <label htmlFor={nameId} className="block text-sm font-medium">Name</label>
            <input id={nameId} name="name" defaultValue={location.name} className={input} {...name.props} />
            <FieldMessage id={nameId} message={name.message} />
          </div>
          <div>
            <label htmlFor={addressId} className="block text-sm font-medium">Address</label>
            <input id={addressId} name="address" defaultValue={location.address} className={input} />
          </div>
          <button type="submit" disabled={pending} className={secondaryButton}>{pending ? "Saving…" : "Save"}</button>
        </form>
        <FormStatus result={result} />
      </details>
    </li>
  );
}
