import { redirect } from "next/navigation";
import { homeFor, requireUser } from "@/lib/auth/session";

/** Sends each role to its home. */
export default async function Root() {
  const actor = await requireUser();
  redirect(homeFor(actor));
}
