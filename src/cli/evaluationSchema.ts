/**
 * The published JSON Schemas of the evaluation JSON (`schemas/evaluation-1.schema.json`,
 * `schemas/evaluation-2.schema.json`), checked on every evaluation JSON a command reads (score, new --inputs,
 * report, plan, compare, new --from and merge) by the code Ajv generates from them
 * (scripts/generate-schema-validators.js → evaluationSchema.generated.ts: no schema compiling at start-up). The schema says what the file's structure is; the
 * parser (src/layout/evaluationDocument.ts) turns it into the engine's types, and the engine checks ids, limits and
 * codes against Appendix A. Each schema failure is a `bad-structure` problem naming the JSON path and the rule.
 */
import type { ErrorObject } from "ajv";
import { NO_SUCH_FIELD } from "../engine/parse";
import type { Problem } from "../engine";
import type * as Generated from "./evaluationSchema.generated";

let generated: typeof Generated | undefined;
/**
 * The generated validators (228 KB), loaded on first use: only evaluation JSON needs them, and `score x.xlsx` starts
 * without (README: Start-up).
 */
function loadGenerated(): typeof Generated {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, synchronously (see above)
  generated ??= require("./evaluationSchema.generated") as typeof Generated;
  return generated;
}

/** The schema file of each format (under schemas/). */
export const SCHEMA_FILES = {
  "gridscore-evaluation/1": "evaluation-1.schema.json",
  "gridscore-evaluation/2": "evaluation-2.schema.json",
} as const;
type Format = keyof typeof SCHEMA_FILES;

/** A validator Ajv generated (scripts/generate-schema-validators.js): true, or false with its errors. */
interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
function validator(format: Format): Validator {
  const { v1, v2 } = loadGenerated();
  return (format === "gridscore-evaluation/1" ? v1 : v2) as Validator;
}

type SchemaNode = Record<string, unknown>;

function isNode(v: unknown): v is SchemaNode {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The subschema at a local `#/…` pointer. */
function at(root: SchemaNode, pointer: string): SchemaNode | undefined {
  let node: unknown = root;
  for (const part of pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((p) => p !== ""))
    node = isNode(node) ? node[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  return isNode(node) ? node : undefined;
}

/**
 * Where in the schema file the subschema that checks a value lives, followed from the root along the value's
 * path through properties, items, additionalProperties and local $refs. (Ajv's schemaPath starts again at every
 * $ref, so it cannot name the rule's place in the file by itself.)
 */
export function schemaLocation(
  format: Format,
  instancePath: string
): { pointer: string; node: SchemaNode } {
  const root = loadGenerated().SCHEMAS[SCHEMA_FILES[format]] as SchemaNode;
  let node: SchemaNode = root;
  let pointer = "#";
  const follow = (): void => {
    for (let hops = 0; typeof node.$ref === "string" && hops < 10; hops++) {
      const target = at(root, node.$ref);
      if (!target) return;
      pointer = node.$ref;
      node = target;
    }
  };
  follow();
  const parts = instancePath === "" ? [] : instancePath.slice(1).split("/");
  for (const raw of parts) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const properties = node.properties;
    if (isNode(properties) && isNode(properties[key])) {
      pointer = `${pointer}/properties/${raw}`;
      node = properties[key];
    } else if (isNode(node.items)) {
      pointer = `${pointer}/items`;
      node = node.items;
    } else if (isNode(node.additionalProperties)) {
      pointer = `${pointer}/additionalProperties`;
      node = node.additionalProperties;
    } else break;
    follow();
  }
  return { pointer, node };
}

/** `/group/0/field` → `$.group[0].field`, `/items/A.1.2` → `$.items["A.1.2"]`, as the parser names paths. */
export function jsonPath(pointer: string, extra?: string): string {
  const parts = pointer === "" ? [] : pointer.slice(1).split("/");
  if (extra !== undefined) parts.push(extra);
  return parts
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, key) => {
      if (/^(0|[1-9][0-9]*)$/.test(key)) return `${acc}[${key}]`;
      if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return `${acc}.${key}`;
      return `${acc}[${JSON.stringify(key)}]`;
    }, "$");
}

function describe(e: ErrorObject, node: SchemaNode): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "enum":
      return (params.allowedValues as unknown[]).map((v) => String(v)).join(" | ");
    case "const":
      return JSON.stringify(params.allowedValue);
    case "type":
      return String(params.type).split(",").join(" | ");
    case "required":
      return "a value (required)";
    case "additionalProperties":
      return NO_SUCH_FIELD;
    case "pattern":
      return params.pattern === "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" ? "YYYY-MM-DD" : "a text";
    case "anyOf":
      return typeof node.description === "string" ? node.description : (e.message ?? "anyOf");
    default:
      return e.message ?? e.keyword;
  }
}

/** One schema error as a problem: its path, what was expected and the rule (file, place and keyword). */
function problemOf(e: ErrorObject, format: Format): Problem {
  const params = e.params as Record<string, unknown>;
  const path =
    e.keyword === "required"
      ? jsonPath(e.instancePath, String(params.missingProperty))
      : e.keyword === "additionalProperties"
        ? jsonPath(e.instancePath, String(params.additionalProperty))
        : jsonPath(e.instancePath);
  const { pointer, node } = schemaLocation(format, e.instancePath);
  return {
    code: "bad-structure",
    path,
    expected: `${describe(e, node)} [JSON Schema ${SCHEMA_FILES[format]}${pointer}/${e.keyword}]`,
  };
}

/**
 * Checks parsed JSON against the schema of its format (version 1 unless it says version 2); returns every
 * failure, or nothing when the document is valid. An error inside an alternative (anyOf) is reported once, as
 * the alternative's failure.
 */
export function schemaProblems(value: unknown): Problem[] {
  const format: Format =
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>).format === "gridscore-evaluation/2"
      ? "gridscore-evaluation/2"
      : "gridscore-evaluation/1";
  const validate = validator(format);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  // The alternatives (anyOf) are the whole schema at their path, so every other failure there or below is one of
  // their branches failing: the alternative's own message says it once.
  const alternatives = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  const kept = errors.filter(
    (e) =>
      e.keyword === "anyOf" ||
      !alternatives.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`))
  );
  return kept.map((e) => problemOf(e, format));
}

/** The JSON path a parser problem names, to tell which schema failures it already reports. */
export function problemPath(p: Problem): string | undefined {
  if (p.code === "bad-structure") return p.path;
  if (p.code === "bad-meta") return `$.meta.${p.field}`;
  if (p.code === "bad-format") return "$.format";
  return undefined;
}
