import "server-only";
import { newTokenValue, tokenHash } from "@/lib/auth/token";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith, type Rule } from "@/lib/data/access";
import { assertCursor } from "@/lib/data/access/cursor";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { tokenCreate, type TokenCreated, type TokenDto } from "@/lib/data/tokens/schema";
import { pageQuery, toPage, type Page } from "@/lib/validation/common";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Tokens are managed by an owner signed in in person (docs/decisions): a token cannot mint,
 * list or revoke tokens, so a leaked one cannot outlive its own revocation.
 */
async function refusedToToken(actor: Actor, rule: Rule): Promise<never> {
  return access(actor, rule, async () => {
    throw new ForbiddenError("API tokens are managed by an owner signed in to the app, not with a token.");
  });
}

interface TokenRow {
  id: string; name: string; userId: string; createdAt: Date; expiresAt: Date; lastUsedAt: Date | null; revokedAt: Date | null;
}

function tokenDto(row: TokenRow, names: Map<string, string>): TokenDto {
  return {
    id: row.id, name: row.name, createdById: row.userId, createdByName: names.get(row.userId) ?? null,
    createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null, revokedAt: row.revokedAt?.toISOString() ?? null,
    expired: row.expiresAt.getTime() <= Date.now(),
  };
}

/** Creates a token acting as the owner who creates it; its value is returned this once, its SHA-256 kept. */
export async function createToken(actor: Actor, raw: unknown): Promise<TokenCreated> {
  const rule = { permission: "token:manage", action: "token.create", entityType: "ApiToken" } as const;
  if (actor.tokenId) return refusedToToken(actor, rule);
  return accessWith(actor, rule, tokenCreate, raw, async ({ tx, subject }, input) => {
    const token = newTokenValue();
    const row = await tx.apiToken.create({
      data: {
        practiceId: actor.practiceId, userId: actor.id, name: input.name, tokenHash: tokenHash(token),
        expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
      },
    });
    subject(row.id);
    return { id: row.id, name: row.name, token, expiresAt: row.expiresAt.toISOString() };
  });
}

/** The practice's tokens, newest first (revoked and expired ones too, so the trail reads). */
export async function listTokens(actor: Actor, raw: unknown): Promise<Page<TokenDto>> {
  const rule = { permission: "token:manage", action: "token.list", entityType: "ApiToken" } as const;
  if (actor.tokenId) return refusedToToken(actor, rule);
  return accessWith(actor, rule, pageQuery, raw, async ({ tx, disclose }, query) => {
    const where = { practiceId: actor.practiceId };
    await assertCursor(query.cursor, (id) => tx.apiToken.count({ where: { ...where, id } }));
    const rows = await tx.apiToken.findMany({
      where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
      select: { id: true, name: true, userId: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
    });
    const users = await tx.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.userId))] } }, select: { id: true, name: true } });
    const names = new Map(users.map((u) => [u.id, u.name]));
    const page = toPage(rows.map((row) => tokenDto(row, names)), query.limit);
    disclose({ ids: page.data.map((t) => t.id) });
    return page;
  });
}

/** Revokes a token at once (its next request is 401); revoking a revoked one changes nothing. */
export async function revokeToken(actor: Actor, id: string): Promise<TokenDto> {
  const rule = { permission: "token:manage", action: "token.revoke", entityType: "ApiToken", id } as const;
  if (actor.tokenId) return refusedToToken(actor, rule);
  return access(actor, rule, async ({ tx }) => {
    const found = await tx.apiToken.findFirst({ where: { id, practiceId: actor.practiceId } });
    if (!found) throw new NotFoundError("API token");
    const row = found.revokedAt ? found : await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    const creator = await tx.user.findFirst({ where: { id: row.userId }, select: { id: true, name: true } });
    return tokenDto(row, new Map(creator ? [[creator.id, creator.name]] : []));
  });
}
