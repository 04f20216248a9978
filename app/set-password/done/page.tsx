import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Password set" };

export default function PasswordSetPage() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4">
      <h1 className="text-2xl font-semibold text-brand-900">Your password is set</h1>
      <p role="status" className="mt-2 text-sm text-slate-700">Your account is ready. The link you used no longer works.</p>
      <Link href="/login" className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-center font-medium text-white hover:bg-brand-700">Sign in</Link>
    </main>
  );
}
