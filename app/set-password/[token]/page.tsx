import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { describePasswordToken } from "@/lib/data/sessions/password-link";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

/** The page of a one-time set-password link (public: the link is the invitation). */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const valid = await describePasswordToken(token);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4">
      <h1 className="text-2xl font-semibold text-brand-900">Set your password</h1>
      {valid ? (
        <>
          <p className="mb-6 mt-1 text-sm text-slate-600">Welcome, {valid.name}. Choose the password for {valid.email}; you will then sign in with it.</p>
          <SetPasswordForm token={token} email={valid.email} />
        </>
      ) : (
        <div role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
          <p className="font-medium">This link has expired or was already used.</p>
          <p className="mt-1">Each link works once, for 72 hours. Ask your practice owner for a new one, or <Link href="/login" className="text-brand-700 underline">sign in</Link> if you already set your password.</p>
        </div>
      )}
    </main>
  );
}
