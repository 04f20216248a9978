"use server";

import { revalidatePath } from "next/cache";
import { adminError, text } from "@/components/admin/admin-result";
import type { TokenResult } from "@/components/admin/token-create-form";
import { requireUser } from "@/lib/auth/session";
import { createToken, revokeToken } from "@/lib/data/tokens/tokens";
import { id } from "@/lib/validation/common";

// lib/data checks that the actor is an owner (token:manage): hiding the page is a courtesy.

export async function createTokenAction(_: TokenResult, form: FormData): Promise<TokenResult> {
  const actor = await requireUser();
  try {
    const created = await createToken(actor, { name: text(form, "name"), expiresInDays: text(form, "expiresInDays") });
    revalidatePath("/admin/tokens");
    return { ok: true, message: `Token "${created.name}" was created.`, token: created.token, tokenName: created.name, expiresAt: created.expiresAt };
  } catch (error) {
    return adminError(error);
  }
}

export async function revokeTokenAction(tokenId: string): Promise<TokenResult> {
  const actor = await requireUser();
  try {
    const token = await revokeToken(actor, id.parse(tokenId));
    revalidatePath("/admin/tokens");
    return { ok: true, message: `Token "${token.name}" was revoked: it no longer works.` };
  } catch (error) {
    return adminError(error);
  }
}
