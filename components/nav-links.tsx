"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavLink {
  href: string;
  label: string;
  /** Other path prefixes that belong to this section (a client page sits under Caseload). */
  also?: string[];
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * The main links, with the current one marked for everyone: aria-current for screen readers
 * ("page" on the page itself, "true" on a page inside its section), weight and an underline bar
 * for sighted users, so the mark does not rest on colour alone.
 */
export function NavLinks({ links }: { links: NavLink[] }) {
  const path = usePathname();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1">
      {links.map((link) => {
        const current = path === link.href ? "page" : [link.href, ...(link.also ?? [])].some((p) => under(path, p)) ? "true" : undefined;
        return (
          <li key={link.href}>
            <Link href={link.href} aria-current={current}
              className={`inline-block rounded border-b-2 px-1 py-1 hover:text-brand-700 hover:underline ${current ? "border-brand-600 font-semibold text-brand-900" : "border-transparent text-slate-700"}`}>
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
