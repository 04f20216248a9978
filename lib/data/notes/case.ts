import "server-only";
import type { Access } from "@/lib/data/access";
import type { CaseRef } from "@/lib/data/clients/case-record";
import { NotFoundError } from "@/lib/data/errors";

export type { CaseRef } from "@/lib/data/clients/case-record";

export interface TreatedCase {
  kind: "client" | "couple";
  id: string;
  name: string;
  /** The case's client, or both partners: whose data its notes carry. */
  clientIds: string[];
  /** Couples: the partners, A then B. */
  partners: { clientId: string; name: string }[];
}

const full = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/**
 * The client or couple `ref` names, when the actor treats it now (notes are the treating
 * clinician's: under a note permission the scope is the actor's own caseload), or NotFoundError.
 */
export async function treatedCase({ tx, scope }: Pick<Access, "tx" | "scope">, ref: CaseRef): Promise<TreatedCase> {
  if ("clientId" in ref) {
    const client = await tx.client.findFirst({ where: { AND: [scope.client, { id: ref.clientId }] }, select: { id: true, firstName: true, lastName: true } });
    if (!client) throw new NotFoundError("Client");
    return { kind: "client", id: client.id, name: full(client), clientIds: [client.id], partners: [] };
  }
  const couple = await tx.couple.findFirst({
    where: { AND: [scope.couple, { id: ref.coupleId }] },
    select: { id: true, partnerA: { select: { id: true, firstName: true, lastName: true } }, partnerB: { select: { id: true, firstName: true, lastName: true } } },
  });
  if (!couple) throw new NotFoundError("Couple");
  const partners = [couple.partnerA, couple.partnerB].map((p) => ({ clientId: p.id, name: full(p) }));
  return { kind: "couple", id: couple.id, name: partners.map((p) => p.name).join(" & "), clientIds: partners.map((p) => p.clientId), partners };
}
