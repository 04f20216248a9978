import type { z } from "zod";

/** One documented route of API v1. Each feature lists its routes in a file beside this one. */
export interface RouteDoc {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  /** Who may call it, in words (the permission table is the authority). */
  access: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  errors: number[];
  csv?: boolean;
  /** Answers application/fhir+json: this FHIR R4 resource type (docs/integrations.ts). */
  fhir?: "Patient" | "Bundle";
  /** Served without a session (the document itself). */
  public?: boolean;
}
