import type { AdminResult } from "@/components/admin/admin-result";

/** The outcome of a form in words, announced to screen readers (role="status"). */
export function FormStatus({ result, id }: { result: AdminResult; id?: string }) {
  return (
    <div id={id} role="status" className="min-h-0">
      {result.message ? (
        <p className={`rounded-md border px-3 py-2 text-sm ${result.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-800"}`}>
          {result.message}
        </p>
      ) : null}
    </div>
  );
}

export const input = "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";
export const primaryButton = "rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";
export const secondaryButton = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60";

/** The error under a field, tied to it with aria-describedby. */
export function fieldProps(result: AdminResult, name: string, id: string) {
  const message = result.fieldErrors?.[name];
  return { message, props: message ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {} };
}

export function FieldMessage({ id, message }: { id: string; message?: string | undefined }) {
  return message ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{message}</p> : null;
}
