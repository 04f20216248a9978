import type { RouteDoc } from "@/lib/api/docs/types";

/** The appointments routes of API v1 (DESIGN.md, "Contract additions (2026-12)"). */
export const appointmentsRoutes: RouteDoc[] = [];
