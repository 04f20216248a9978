import Link from "next/link";
import { DocumentTitle } from "@/components/ui/document-title";

/** What a page shows when the signed-in role may never do this (the data layer refused with 403). */
export function NotAllowed({ children }: { children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-6">
      <DocumentTitle title="Not available for your role" />
      <h1 className="text-xl font-semibold text-amber-950">Not available for your role</h1>
      <p className="mt-2 text-sm text-amber-950">{children}</p>
      <Link href="/" className="mt-3 inline-block text-sm text-brand-700 underline">Back to your home page</Link>
    </div>
  );
}
