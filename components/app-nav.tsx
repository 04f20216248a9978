import { NavLinks, type NavLink } from "@/components/nav-links";
import { SignOutButton } from "@/components/sign-out-button";
import { draftOwnerFor } from "@/lib/auth/draft-key";
import type { Role } from "@/lib/auth/permissions";
import { requireUserWhileEnrolling } from "@/lib/auth/session";

const LINKS: (NavLink & { roles: Role[] })[] = [
  { href: "/dashboard", label: "Dashboard", roles: ["OWNER"] },
  { href: "/today", label: "Today", roles: ["THERAPIST"] },
  { href: "/caseload", label: "Caseload", roles: ["THERAPIST"], also: ["/clients", "/couples", "/notes"] },
  { href: "/intake", label: "Intake queue", roles: ["INTAKE", "OWNER"] },
  { href: "/appointments", label: "Appointments", roles: ["OWNER", "THERAPIST", "INTAKE"] },
  { href: "/clinicians", label: "Clinicians", roles: ["OWNER", "INTAKE", "THERAPIST"] },
  { href: "/reports", label: "Reports", roles: ["THERAPIST", "INTAKE"] },
  { href: "/admin", label: "Admin", roles: ["OWNER"] },
  { href: "/audit", label: "Audit trail", roles: ["OWNER"] },
  { href: "/account/security", label: "Security", roles: ["OWNER", "THERAPIST", "INTAKE"] },
];

/** Top navigation: links for the user's roles, who is signed in, and sign-out. Wraps on a phone. */
export async function AppNav({ name, roles }: { name: string; roles: Role[] }) {
  // The layout has looked the actor up already (cached per request): only its draft owner tag.
  const draftOwner = draftOwnerFor((await requireUserWhileEnrolling()).id);
  const links = LINKS.filter((link) => link.roles.some((role) => roles.includes(role))).map(({ href, label, also }) => ({ href, label, ...(also ? { also } : {}) }));
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-20 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <span className="font-semibold text-brand-900">Lakeshore Practice</span>
        <nav aria-label="Main" className="order-last w-full text-sm md:order-none md:w-auto">
          <NavLinks links={links} />
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="text-slate-600">{name}</span>
          <SignOutButton owner={draftOwner} />
        </div>
      </div>
    </header>
  );
}
