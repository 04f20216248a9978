import Link from "next/link";
import { DocumentTitle } from "@/components/ui/document-title";

/** The answer for a note, client or couple that does not exist or is not the viewer's to see. */
export function NotFoundPanel() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <DocumentTitle title="Not found" />
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">Back to your home page</Link>
    </div>
  );
}
