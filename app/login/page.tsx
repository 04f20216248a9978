import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/app/login/login-form";
import { safeReturnPath } from "@/lib/auth/return-to";
import { currentActor, homeFor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The proxy sends signed-out visits here with the page they asked for in `callbackUrl`.
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  const actor = await currentActor();
  if (actor) redirect(returnTo ?? homeFor(actor));
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4">
      <h1 className="text-2xl font-semibold text-brand-900">Sign in</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">Lakeshore practice management. Client information is confidential.</p>
      <LoginForm returnTo={returnTo} />
    </main>
  );
}
