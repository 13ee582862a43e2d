/**
 * The rules of an edition that a JSON Schema cannot say (schemas/edition-1.schema.json says the shapes): ids unique
 * and nested as the standard numbers them, limits that fit inside each other, tiers in order, a pass mark that can
 * be reached. Pure; run on the built-in edition by the tests and on every `--standard` file by the CLI.
 */
import type { EditionFile, EditionItem } from "./edition";

/** One broken rule: where in the file (a JSON path, `$.tables[3].items[2].cap`), which rule, and why in both languages. */
export interface EditionProblem {
  readonly path: string;
  /** The rule's name (`unique-id`, `line-within-cap`, …) or, for a schema failure, `schema:<keyword> <schema path>`. */
  readonly rule: string;
  readonly zh: string;
  readonly en: string;
}

/** The one-line bilingual message of a problem in an edition file. */
export function editionProblemText(file: string, p: EditionProblem): string {
  return `错误：标准版本文件 ${file}：${p.path}：${p.zh}（规则 ${p.rule}） / error: edition file ${file}: ${p.path}: ${p.en} (rule ${p.rule})`;
}

function descending(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || v < values[i - 1]!);
}

function itemProblems(item: EditionItem, at: string, seen: Set<string>): EditionProblem[] {
  const out: EditionProblem[] = [];
  const problem = (path: string, rule: string, zh: string, en: string): void => {
    out.push({ path, rule, zh, en });
  };
  const unique = (id: string, path: string): void => {
    if (seen.has(id))
      problem(path, "unique-id", `编号 ${id} 重复`, `the id ${id} is used more than once`);
    seen.add(id);
  };
  switch (item.kind) {
    case "deduction":
      item.lines.forEach((line, k) => {
        const lineAt = `${at}.lines[${k}]`;
        unique(line.id, `${lineAt}.id`);
        if (!line.id.startsWith(`${item.id}.`))
          problem(
            `${lineAt}.id`,
            "line-in-item",
            `行编号 ${line.id} 应以所属评价内容的编号 ${item.id}. 开头`,
            `line id ${line.id} must start with its item's id ${item.id}.`
          );
        if (line.maxDeduction > item.cap)
          problem(
            `${lineAt}.maxDeduction`,
            "line-within-cap",
            `本行最多扣 ${line.maxDeduction} 分，超过本项分值 ${item.cap} 分`,
            `the line deducts up to ${line.maxDeduction}, more than the item's cap ${item.cap}`
          );
        if (line.kind === "rate") {
          if (!descending(line.tiers.map((t) => t.min)))
            problem(
              `${lineAt}.tiers`,
              "tiers-descending",
              "档次应按下限从高到低排列且不重复",
              "tiers must be ordered by min, highest first, without repeats"
            );
          const worst = Math.max(line.belowAll, ...line.tiers.map((t) => t.deduction));
          if (worst > line.maxDeduction)
            problem(
              `${lineAt}.tiers`,
              "tier-within-line",
              `档次扣分 ${worst} 超过本行上限 ${line.maxDeduction}`,
              `a tier deducts ${worst}, more than the line's max ${line.maxDeduction}`
            );
        }
      });
      break;
    case "tiered": {
      if (!descending(item.tiers.map((t) => t.min)))
        problem(
          `${at}.tiers`,
          "tiers-descending",
          "档次应按下限从高到低排列且不重复",
          "tiers must be ordered by min, highest first, without repeats"
        );
      item.tiers.forEach((t, k) => {
        if (t.points > item.cap)
          problem(
            `${at}.tiers[${k}].points`,
            "award-within-cap",
            `得分 ${t.points} 超过本项分值 ${item.cap}`,
            `${t.points} points exceed the item's cap ${item.cap}`
          );
      });
      break;
    }
    case "level": {
      const levels = new Set<string>();
      item.options.forEach((o, k) => {
        if (levels.has(o.level))
          problem(
            `${at}.options[${k}].level`,
            "unique-level",
            `等级 ${o.level} 重复`,
            `level ${o.level} is listed twice`
          );
        levels.add(o.level);
        if (o.points > item.cap)
          problem(
            `${at}.options[${k}].points`,
            "award-within-cap",
            `得分 ${o.points} 超过本项分值 ${item.cap}`,
            `${o.points} points exceed the item's cap ${item.cap}`
          );
      });
      if (!levels.has("none"))
        problem(
          `${at}.options`,
          "level-none",
          "等级列表须含 none（0分），供评估人选择“未达到”",
          "the levels must include none (0 points), for an evaluator to choose when nothing applies"
        );
      break;
    }
  }
  return out;
}

/**
 * Every rule the schema cannot express, checked on a file that passed the schema. Returns [] for a sound edition.
 */
export function checkEdition(file: EditionFile): EditionProblem[] {
  const out: EditionProblem[] = [];
  const seen = new Set<string>();
  const tables = new Set<string>();
  let total = 0;
  file.tables.forEach((table, t) => {
    const tableAt = `$.tables[${t}]`;
    if (tables.has(table.id))
      out.push({
        path: `${tableAt}.id`,
        rule: "unique-id",
        zh: `表 ${table.id} 重复`,
        en: `table ${table.id} is listed twice`,
      });
    tables.add(table.id);
    table.items.forEach((item, i) => {
      const at = `${tableAt}.items[${i}]`;
      total += item.cap;
      if (item.id !== `${table.id}.${item.number}`)
        out.push({
          path: `${at}.id`,
          rule: "item-in-table",
          zh: `评价内容编号 ${item.id} 应为表号加序号：${table.id}.${item.number}`,
          en: `item id ${item.id} must be the table's id and the item's number: ${table.id}.${item.number}`,
        });
      if (seen.has(item.id))
        out.push({
          path: `${at}.id`,
          rule: "unique-id",
          zh: `编号 ${item.id} 重复`,
          en: `the id ${item.id} is used more than once`,
        });
      seen.add(item.id);
      out.push(...itemProblems(item, at, seen));
    });
  });
  if (file.passMark > total)
    out.push({
      path: "$.passMark",
      rule: "pass-mark-reachable",
      zh: `合格线 ${file.passMark} 分高于各项分值之和 ${total} 分，无法合格`,
      en: `the pass mark ${file.passMark} is above the items' total ${total}: nobody could pass`,
    });
  return out;
}
