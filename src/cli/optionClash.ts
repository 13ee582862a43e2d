/**
 * `new --inputs` and `new --from` against the options that name the same thing: an `--organization` or
 * `--evaluator` that differs from what the file itself records is refused, naming both, rather than silently
 * replacing what someone typed (README: CLI usage). The same value given twice is accepted.
 */

/** One option given on the command line and what the source file records for the same field. */
export interface OptionAgainstFile {
  /** The option, as typed: "--organization" or "--evaluator". */
  readonly option: "--organization" | "--evaluator";
  /** Every value the option was given (`--evaluator` may repeat); empty when it was not given. */
  readonly given: readonly string[];
  /** What the file records for that field; undefined or blank when it records none (then nothing clashes). */
  readonly recorded: string | undefined;
  /**
   * The plan file the values come from when the option was not given (`new --plan` makes one copy per member):
   * the message names the plan's members instead of the option.
   */
  readonly fromPlan?: string;
}

const FIELD = {
  "--organization": { zh: "被评单位", en: "organization", key: "meta.organization" },
  "--evaluator": { zh: "评估人", en: "evaluator", key: "meta.evaluator" },
} as const;

/**
 * The refusals, one bilingual error line pair per option whose value differs from the file's (compared with
 * surrounding spaces ignored); empty when nothing clashes. `file` is the --inputs or --from file as typed and
 * `from` says which option gave it. Each line names the option's value, the file's value, and what to do:
 * leave the option out, give the file's value, or (for --inputs, a JSON) remove the field from the file.
 */
export function optionClashes(
  file: string,
  from: "--inputs" | "--from",
  checks: readonly OptionAgainstFile[]
): string[] {
  const out: string[] = [];
  for (const c of checks) {
    const recorded = c.recorded?.trim();
    if (!recorded) continue;
    const differing = c.given.filter((v) => v.trim() !== recorded);
    if (differing.length === 0) continue;
    const f = FIELD[c.option];
    const values = differing.map((v) => `“${v}”`).join("、");
    const valuesEn = differing.map((v) => `"${v}"`).join(", ");
    const editZh = from === "--inputs" ? `，或删去该文件中的 ${f.key} 后再用它预填` : "";
    const editEn =
      from === "--inputs" ? `, or remove ${f.key} from that file to pre-fill with it` : "";
    if (c.fromPlan !== undefined) {
      out.push(
        `错误：${f.zh}不一致：评估方案 ${c.fromPlan} 的成员 ${values} 各得一份，${from} ${file} 中为“${c.recorded}”；未写入任何文件。请用 ${c.option} “${recorded}” 只生成此人的一份${editZh}\n` +
          `  error: the ${f.en} differs: the plan ${c.fromPlan} gives a copy to each of its members ${valuesEn}, ${from} ${file} records "${c.recorded}"; nothing was written. Give ${c.option} "${recorded}" for that one copy${editEn}\n`
      );
      continue;
    }
    out.push(
      `错误：${f.zh}不一致：${c.option} 为 ${values}，${from} ${file} 中为“${c.recorded}”；未写入任何文件。请去掉 ${c.option}，或改为“${recorded}”${editZh}\n` +
        `  error: the ${f.en} differs: ${c.option} gives ${valuesEn}, ${from} ${file} records "${c.recorded}"; nothing was written. Leave out ${c.option}, or give "${recorded}"${editEn}\n`
    );
  }
  return out;
}
