/** How long the notice of an owner's reset stays on every page (docs/decisions/0033). */
const NOTICE_DAYS = 30;

/**
 * Tells the user, on every page for 30 days, that an owner reset their access: an owner may help
 * a colleague back in, but never silently become them.
 */
export function AccessResetNotice({ reset, sealed, now = new Date() }: { reset: { at: Date; by: string | null } | null | undefined; sealed: boolean; now?: Date }) {
  if (!reset || now.getTime() - reset.at.getTime() > NOTICE_DAYS * 86_400_000) return null;
  const when = reset.at.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-50">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm text-amber-950">
        On {when}, {reset.by ?? "a practice owner"} reset your access: your password was replaced or your MFA removed, and your
        sessions ended. If you did not ask for this, tell your practice&apos;s privacy officer.
        {sealed ? " Private notes you wrote before then stay sealed, as nobody can be sure who signed in since." : ""}
      </p>
    </div>
  );
}
