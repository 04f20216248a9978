import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

/** Public: describes the API, holds no data. */
export function GET() {
  return NextResponse.json(openApiDocument());
}
