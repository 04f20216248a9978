"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">We could not load this page. Nothing you saved has been lost.</p>
      <div className="mt-4 flex flex-wrap items-center justify-center gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">Try again</button>
        <Link href="/" className="text-brand-700 underline">Back to your home page</Link>
      </div>
    </main>
  );
}
