import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TokenCreateForm } from "@/components/admin/token-create-form";
import { TokenRow } from "@/components/admin/token-row";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listTokens } from "@/lib/data/tokens/tokens";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requireUser();
  if (can(actor, "token:manage") !== "any") redirect("/");
  const tokens = await listTokens(actor, { limit: 100 });
  return (
    <>
      <PageHeader title="API tokens">
        For scripts and other systems that use the API (GET /api/v1/openapi.json describes it). A token acts as the owner who created it,
        with that owner&apos;s roles at the time of each request, and every use is in the audit trail.
      </PageHeader>
      <section aria-labelledby="add-token" className="mb-8">
        <h2 id="add-token" className="mb-2 text-lg font-semibold">Create a token</h2>
        <TokenCreateForm />
      </section>
      <section aria-labelledby="all-tokens">
        <h2 id="all-tokens" className="mb-2 text-lg font-semibold">All tokens</h2>
        {tokens.data.length === 0 ? <EmptyState title="No API tokens yet." /> : (
          <ul className="space-y-3">{tokens.data.map((t) => <TokenRow key={t.id} token={t} />)}</ul>
        )}
      </section>
    </>
  );
}
