/**
 * `--standard FILE`: an edition file (`gridscore-edition/1`, README: Editions) read through the input gate, checked
 * against schemas/edition-1.schema.json with Ajv and against the rules a schema cannot say (src/standard/checkEdition),
 * then made the active edition. Ajv and the schema stay in the CLI: the task pane only ever loads the built-in
 * edition, which the tests check (test/unit/editions.test.ts).
 */
import * as fs from "fs";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import type { ErrorObject, ValidateFunction } from "ajv";
import { checkEdition, editionProblemText } from "../standard/checkEdition";
import type { EditionProblem } from "../standard/checkEdition";
import { editionFromFile } from "../standard";
import type { Edition, EditionFile } from "../standard";
import { openInput } from "./gate";
import { InputRefused, UsageError, optionPart } from "./io";
import type { CliIo } from "./io";
import { printProblems } from "./shared";

/** The edition schema, from src/cli (tests) and lib/cli (the built CLI) alike. */
export const EDITION_SCHEMA_FILE = path.join(
  __dirname,
  "..",
  "..",
  "schemas",
  "edition-1.schema.json"
);

let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv2020({ allErrors: true, strict: true, multipleOfPrecision: 9 });
  validator = ajv.compile(JSON.parse(fs.readFileSync(EDITION_SCHEMA_FILE, "utf8")) as object);
  return validator;
}

/** `/tables/0/items/3` → `$.tables[0].items[3]`. */
function jsonPath(pointer: string, extra?: string): string {
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

/** Ajv's message in Chinese for the keywords an edition file's schema uses. */
function chineseOf(e: ErrorObject): string | undefined {
  const p = e.params as Record<string, unknown>;
  const bound = p.limit ?? p.multipleOf;
  const limit = typeof bound === "number" ? String(bound) : "";
  switch (e.keyword) {
    case "type":
      return `类型应为 ${String(p.type)}`;
    case "minimum":
      return `应不小于 ${limit}`;
    case "exclusiveMinimum":
      return `应大于 ${limit}`;
    case "maximum":
      return `应不大于 ${limit}`;
    case "multipleOf":
      return `最多两位小数（应为 ${limit} 的整数倍）`;
    case "minItems":
      return `至少应有 ${limit} 项`;
    case "maxItems":
      return `至多 ${limit} 项`;
    case "minLength":
      return "不得为空";
    case "pattern":
      return `格式不符，应匹配 ${String(p.pattern)}（文字不得以空白开头或结尾、不得换行）`;
    default:
      return undefined;
  }
}

function schemaProblem(e: ErrorObject): EditionProblem {
  const params = e.params as Record<string, unknown>;
  const rule = `schema:${e.keyword} ${e.schemaPath}`;
  const message = e.message ?? e.keyword;
  switch (e.keyword) {
    case "required": {
      const field = String(params.missingProperty);
      return {
        path: jsonPath(e.instancePath, field),
        rule,
        zh: `缺少必填字段 ${field}`,
        en: `the field ${field} is required`,
      };
    }
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      return {
        path: jsonPath(e.instancePath, field),
        rule,
        zh: `没有这个字段：${field}`,
        en: `no such field: ${field}`,
      };
    }
    case "enum":
    case "const": {
      const allowed = (
        e.keyword === "enum" ? (params.allowedValues as unknown[]) : [params.allowedValue]
      )
        .map((v) => JSON.stringify(v))
        .join(" | ");
      return {
        path: jsonPath(e.instancePath),
        rule,
        zh: `取值应为 ${allowed}`,
        en: `expected ${allowed}`,
      };
    }
    default:
      return {
        path: jsonPath(e.instancePath),
        rule,
        zh: chineseOf(e) ?? `不符合格式：${message}`,
        en: message,
      };
  }
}

/**
 * The problems of an edition file's parsed JSON: the schema's first (deduplicated, without the `if` noise of the
 * kind switch), then, only for a file the schema accepts, the rules of {@link checkEdition}.
 */
export function editionProblems(value: unknown): EditionProblem[] {
  const validate = compiled();
  if (!validate(value)) {
    const seen = new Set<string>();
    return (validate.errors ?? [])
      .filter((e) => e.keyword !== "if")
      .map(schemaProblem)
      .filter((p) => {
        const key = `${p.path} ${p.rule}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }
  return checkEdition(value as EditionFile);
}

/**
 * Reads and checks an edition file. Prints every problem to stderr, each naming the file, the JSON path and the
 * rule, in Chinese and English, and throws {@link InputRefused} (exit 1) when there is one. Never writes.
 */
export function loadEditionFile(file: string, io: CliIo): Edition {
  const opened = openInput(file, io, ["json"], "edition");
  if (!opened.ok) {
    printProblems(opened.problems, io);
    throw new InputRefused(file);
  }
  if (opened.kind !== "json") throw new InputRefused(file); // the gate accepts only JSON here
  const problems = editionProblems(opened.value);
  if (problems.length > 0) {
    for (const p of problems) io.err(`${editionProblemText(file, p)}\n`);
    throw new InputRefused(file);
  }
  return editionFromFile(opened.value as EditionFile, file);
}

/**
 * Takes `--standard FILE` out of a command's arguments (every command accepts it) and loads that edition.
 * @throws UsageError when FILE is missing or the option is given twice; InputRefused when the file is refused.
 */
export function takeStandardOption(
  argv: readonly string[],
  io: CliIo
): { argv: string[]; edition?: Edition } {
  // Only before a lone `--`: after it, `--standard` is a file's name (POSIX end of options).
  const at = optionPart(argv).indexOf("--standard");
  if (at < 0) return { argv: [...argv] };
  const file = argv[at + 1];
  if (file === undefined || file.startsWith("--"))
    throw new UsageError("--standard 需要一个标准版本文件 / --standard takes an edition file");
  const rest = [...argv.slice(0, at), ...argv.slice(at + 2)];
  if (optionPart(rest).includes("--standard"))
    throw new UsageError("--standard 只能给一次 / --standard may be given once");
  return { argv: rest, edition: loadEditionFile(file, io) };
}
