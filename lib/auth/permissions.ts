// The one permission table of DESIGN.md, as data. Every check in lib/data goes through `can`.
// A grant is "any" (everything in the caller's practice) or "own" (the caller's own caseload,
// own profile, or notes they author as treating clinician). A missing entry means never.

export const ROLES = ["OWNER", "THERAPIST", "INTAKE"] as const;
export type Role = (typeof ROLES)[number];
export type Grant = "any" | "own";

export const PERMISSIONS = {
  OWNER: {
    "location:read": "any",
    "location:manage": "any",
    "staff:read": "any",
    "staff:manage": "any",
    "clinician:read": "any",
    "clinician:update": "any",
    "client:read": "any",
    "intake:read": "any",
    "match:run": "any",
    "note:read": "own",
    "note:write": "own",
    "report:caseload": "any",
    "report:funnel": "any",
    "report:trends": "any",
    "audit:read": "any",
    "case:manage": "any",
    "appointment:read": "any",
    "appointment:write": "any",
    "measure:read": "own",
    "measure:write": "own",
    "note:cosign": "own",
    "token:manage": "any",
  },
  THERAPIST: {
    "location:read": "any",
    "staff:read": "own",
    "clinician:read": "own",
    "clinician:update": "own",
    "client:read": "own",
    "client:update": "own",
    "intake:read": "own",
    "note:read": "own",
    "note:write": "own",
    "report:caseload": "own",
    "report:funnel": "own",
    "report:trends": "own",
    "case:manage": "own",
    "appointment:read": "own",
    "appointment:write": "own",
    "measure:read": "own",
    "measure:write": "own",
    "note:cosign": "own",
  },
  INTAKE: {
    "location:read": "any",
    "staff:read": "own",
    "clinician:read": "any",
    "client:read": "any",
    "client:create": "any",
    "client:update": "any",
    "intake:read": "any",
    "intake:create": "any",
    "intake:update": "any",
    "match:run": "any",
    "report:funnel": "any",
    "case:manage": "any",
    "appointment:read": "any",
    "appointment:write": "any",
  },
} as const satisfies Record<Role, Record<string, Grant>>;

type PermissionsOf<R extends Role> = keyof (typeof PERMISSIONS)[R];
export type Permission = PermissionsOf<"OWNER"> | PermissionsOf<"THERAPIST"> | PermissionsOf<"INTAKE">;

/** What `can` needs to know of a user: their roles. */
export interface HasRoles {
  roles: readonly Role[];
}

/**
 * The widest grant any of the user's roles gives for `permission`: "any", "own", or null when
 * none of the roles may ever do it. Permissions are the union of the roles'.
 */
export function can(user: HasRoles, permission: Permission): Grant | null {
  let best: Grant | null = null;
  for (const role of user.roles) {
    const grant = (PERMISSIONS[role] as Partial<Record<Permission, Grant>>)[permission];
    if (grant === "any") return "any";
    if (grant === "own") best = "own";
  }
  return best;
}
