import type { ReactNode } from "react";
import { AppNav } from "@/components/app-nav";
import { requireUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser();
  return (
    <>
      <AppNav name={actor.name} roles={actor.roles} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
