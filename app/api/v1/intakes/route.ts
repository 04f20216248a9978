import { apiRoute, created, readBody, readQuery } from "@/lib/api/handler";
import { listIntakes } from "@/lib/data/intake/intakes";
import { createIntake } from "@/lib/data/intake/write";
import { intakeCreate, intakeListQuery } from "@/lib/validation/intake";

export const GET = apiRoute(async ({ request, actor }) => listIntakes(actor, readQuery(request, intakeListQuery)));

export const POST = apiRoute(async ({ request, actor }) => created(await createIntake(actor, await readBody(request, intakeCreate))));
