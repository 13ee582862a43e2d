/**
 * The one table of problem messages, in Chinese and English, naming the item, the line, the rule and the limit.
 */
import { LEVELS, ROLES, STANDARD, indexStandard } from "../standard";
import type { StandardDef } from "../standard";
import type {
  ExternalKind,
  ForeignKind,
  LocatedProblem,
  NotAFile,
  OutputRefusal,
  Problem,
  Where,
} from "./problems";
import { assertNever, severityOf } from "./problems";
import { noSuchDayWords } from "./dates";
import { formatScore } from "./exact";
import type { ItemStatus } from "./evaluation";
import { editionMismatch, otherWorkbook } from "./editionMessages";
import { consensusCellWords, consensusRemedy } from "./consensusCells";
import { constantChangedWords } from "./constantMessages";
import { planRecordCorruptWords, planRecordDefectWords } from "./planRecordMessages";
import type { PlanRecordWords } from "./planRecordMessages";
import { KIND_WORDS, LEVEL_LABELS, STATUS_LABELS, STATUS_NAMES, sideOf, word } from "./words";

export type Locale = "zh-CN" | "en-US";

/** A status as the 状态 dropdown shows it, on one side: 不适用（满分）, not applicable (full marks). */
const statusLabel = (st: ItemStatus, zh: boolean): string => STATUS_LABELS[st][sideOf(zh)];

/** "专家甲：正常评分；专家乙：不适用" (or the statuses alone when the experts are not named). */
function statusList(
  statuses: readonly ItemStatus[],
  evaluators: readonly string[] | undefined,
  zh: boolean
): string {
  return statuses
    .map((st, i) => {
      const label = STATUS_NAMES[st][sideOf(zh)];
      const who = evaluators?.[i];
      return who ? `${who}${zh ? "：" : ": "}${label}` : label;
    })
    .join(zh ? "；" : "; ");
}

const RESAVE_ZH = "请用 Excel、WPS 或 LibreOffice 打开后“另存为” Excel 工作簿（.xlsx）再提交";
const RESAVE_EN = "open it in Excel, WPS or LibreOffice and save it as an Excel workbook (.xlsx)";

/** What each foreign file is and what to do with it: [zh, en]. */
const FOREIGN: Record<ForeignKind, readonly [string, string]> = {
  xls: [
    `是旧版 Excel 97-2003 工作簿（.xls），${RESAVE_ZH}`,
    `a legacy Excel 97-2003 workbook (.xls); ${RESAVE_EN}`,
  ],
  et: [
    `是 WPS 表格文件（.et），请在 WPS 中“另存为” Excel 工作簿（.xlsx）再提交`,
    `a WPS Spreadsheets file (.et); save it in WPS as an Excel workbook (.xlsx)`,
  ],
  doc: [
    "是 Word 97-2003 文档（.doc），不是评分表；请提交评分表工作簿（.xlsx）",
    "a Word 97-2003 document (.doc), not a scoresheet; send the scoresheet workbook (.xlsx)",
  ],
  ole: [
    `是 OLE 复合文档（旧版 Office 格式），不是 .xlsx 工作簿；如是表格，${RESAVE_ZH}`,
    `an OLE compound file (legacy Office format), not an .xlsx workbook; if it is a spreadsheet, ${RESAVE_EN}`,
  ],
  ods: [
    "是 OpenDocument 表格（.ods）；请在 LibreOffice 或 WPS 中“另存为” Excel 2007-365（.xlsx）再提交",
    "an OpenDocument spreadsheet (.ods); in LibreOffice or WPS use Save As › Excel 2007-365 (.xlsx)",
  ],
  odf: [
    "是 OpenDocument 文档（.odt/.odp 等），不是评分表；请提交评分表工作簿（.xlsx）",
    "an OpenDocument text or presentation, not a scoresheet; send the scoresheet workbook (.xlsx)",
  ],
  docx: [
    "是 Word 文档（.docx），不是评分表；请提交评分表工作簿（.xlsx）",
    "a Word document (.docx), not a scoresheet; send the scoresheet workbook (.xlsx)",
  ],
  pptx: [
    "是 PowerPoint 演示文稿，不是评分表；请提交评分表工作簿（.xlsx）",
    "a PowerPoint presentation, not a scoresheet; send the scoresheet workbook (.xlsx)",
  ],
  zip: [
    "是 zip 压缩包，不是 .xlsx 工作簿；请解压后提交其中的评分表",
    "a zip archive, not an .xlsx workbook; unpack it and send the scoresheet inside",
  ],
  pdf: [
    "是 PDF 文件，无法读取其中的分数；请提交评分表工作簿（.xlsx）",
    "a PDF, whose scores cannot be read; send the scoresheet workbook (.xlsx)",
  ],
  json: [
    "是评价 JSON 文件，此命令只接受评分表工作簿；请用 gridscore score/report，或用 gridscore new --inputs 生成工作簿",
    "an evaluation JSON; this command takes a workbook: use gridscore score/report, or gridscore new --inputs to make one",
  ],
  workbook: [
    "是工作簿，此处需要评价 JSON；可先用 gridscore export 导出",
    "a workbook; an evaluation JSON is needed here: make one with gridscore export",
  ],
  binary: [
    "不是 .xlsx 工作簿或评价 JSON（无法识别的二进制文件）",
    "neither an .xlsx workbook nor an evaluation JSON (unrecognised binary file)",
  ],
};

/** What a JSON-only option needs, after "是工作簿" or "不是有效的 JSON（…）": no export makes these. */
const NEEDED_JSON: Record<"edition" | "plan", readonly [string, string]> = {
  edition: [
    "，此处 --standard 需要标准版本文件（JSON，格式见 README 的 Editions 一节）",
    "; --standard needs an edition file here (JSON; format in README, Editions)",
  ],
  plan: [
    "，此处 --plan 需要评估组的评估方案（JSON，格式见 README 的 The evaluation plan 一节）",
    "; --plan needs the group's evaluation plan here (JSON; format in README, The evaluation plan)",
  ],
};

const NOT_A_FILE: Record<NotAFile, readonly [string, string]> = {
  missing: ["文件不存在，请检查路径和文件名", "file not found; check the path and name"],
  directory: [
    "这是一个文件夹，不是文件；请给出文件夹中的文件（如 文件夹/*.xlsx）",
    "this is a folder, not a file; name the files in it (e.g. folder/*.xlsx)",
  ],
  special: [
    "不是普通文件（设备、管道或套接字），未读取",
    "not a regular file (a device, pipe or socket); not read",
  ],
  unreadable: ["文件无法读取（权限不足？）", "the file cannot be read (permissions?)"],
};

const EXTERNAL: Record<ExternalKind, readonly [string, string]> = {
  "external-link": ["外部工作簿链接", "a link to another workbook"],
  "ole-object": ["嵌入或链接的 OLE 对象", "an embedded or linked OLE object"],
  "remote-template": ["远程模板", "a remote template"],
  "data-connection": ["数据连接", "a data connection"],
  "query-table": ["外部数据查询表", "an external-data query table"],
  "external-target": ["指向外部的引用", "a reference to an outside target"],
};

const OUTPUT: Record<OutputRefusal, readonly [string, string]> = {
  exists: [
    "输出文件已存在，未覆盖（要覆盖请加 --force）",
    "the output file exists and was not overwritten (use --force)",
  ],
  "is-input": [
    "输出与输入 {other} 是同一个文件（含链接、别名或大小写不同的写法），绝不覆盖输入",
    "the output is the same file as the input {other} (a link, alias or other spelling); an input is never overwritten",
  ],
  "is-directory": [
    "输出路径是一个文件夹，请给出文件名",
    "the output path is a folder; give a file name",
  ],
  "folder-missing": [
    "输出所在的文件夹 {other} 不存在，请先建立",
    "the output's folder {other} does not exist; create it first",
  ],
  "same-output": ["两个输出指向同一个文件 {other}", "two outputs name the same file {other}"],
  "read-only": [
    "输出文件是只读的，即使加了 --force 也未覆盖（只读是文件主人防止覆盖的保护）；确需覆盖请先取消只读（如 chmod u+w），或换一个文件名",
    "the output file is read-only, so it was not overwritten even with --force (read-only is its owner's guard against that); make it writable first (e.g. chmod u+w) if it should be replaced, or choose another name",
  ],
};

/** A typed text quoted in a message: its first 40 characters. */
function clip(text: string): string {
  // By characters, not UTF-16 units, so no surrogate pair is cut in half.
  const t = Array.from(text.trim());
  return t.length > 40 ? `${t.slice(0, 40).join("")}…` : t.join("");
}

/** How many characters of a typed or found text a message quotes before cutting it short. */
export const SHOWN_CHARS = 80;

/**
 * A value as found, quoted; nothing (undefined) in words, never "undefined"; a text longer than
 * {@link SHOWN_CHARS} characters by its start and its length.
 */
function show(v: unknown, zh: boolean): string {
  if (v === undefined) return zh ? "（空）" : "(nothing)";
  if (typeof v === "string") {
    // A whole formula or note can run to thousands of characters: its start says which it is.
    const chars = Array.from(v);
    if (chars.length <= SHOWN_CHARS) return `"${v}"`;
    const start = chars.slice(0, SHOWN_CHARS).join("");
    return zh
      ? `"${start}…"（共 ${chars.length} 个字符）`
      : `"${start}…" (${chars.length} characters)`;
  }
  return JSON.stringify(v) ?? (zh ? "（无法显示的值）" : "(a value that cannot be shown)");
}

/**
 * One side of a text that comes in both languages as "中文 / English" (a reader's detail, a parser's expectation),
 * so neither line of a message carries the other language; any other text as it is. The English side holds no
 * Chinese outside ASCII double quotes: names and cell words a user typed are quoted there ("张三", "组长").
 */
function side(text: string, zh: boolean): string {
  const m = /^(.*[\u3400-\u9fff].*?) \/ ((?:[^\u3400-\u9fff"]|"[^"]*")*?)( \[[^\]]*\])?$/s.exec(
    text
  );
  if (!m) return text;
  return `${zh ? m[1] : m[2]}${m[3] ?? ""}`;
}

function expectedWords(expected: string, zh: boolean): string {
  const text = side(expected, zh);
  const m = /^(.*?)( \[JSON Schema [^\]]*\])?$/s.exec(text)!;
  const words = m[1]!
    .split(" | ")
    .map((t) => word(KIND_WORDS, t, sideOf(zh)))
    .join(" | ");
  return `${words}${m[2] ?? ""}`;
}

/** A checked text's field as the user knows it: organization, evaluator, a line's note (never `meta.organization`). */
function fieldWords(field: string, zh: boolean): string {
  if (field === "meta.organization") return zh ? "被评单位" : "the organization";
  if (field === "meta.evaluator") return zh ? "评估人" : "the evaluator";
  const note = /^(\S+) 扣分说明$/.exec(field);
  if (note) return zh ? field : `the note of ${note[1]}`;
  const agreed = /^(\S+) (评议理由|不同意见)$/.exec(field);
  if (agreed)
    return zh
      ? field
      : `the ${agreed[2] === "评议理由" ? "agreed reason (评议理由)" : "dissent (不同意见)"} of ${agreed[1]}`;
  return field;
}

/** A workbook formula's defined name as its cell is known: 总分, 结论, 表A.1小计. */
function nameWords(name: string, zh: boolean): string {
  if (name === "Total") return zh ? "总分（汇总页）" : "the total (summary sheet)";
  if (name === "Verdict") return zh ? "结论（汇总页）" : "the verdict (summary sheet)";
  const sub = /^Subtotal_A(\d)$/.exec(name);
  if (sub) return zh ? `表A.${sub[1]}小计` : `table A.${sub[1]}'s subtotal`;
  // A scoresheet's formula cell other than a named result (layout/scoresheetFormulas.ts): its row and column.
  const cell = /^ScoresheetCell:(.+)$/.exec(name);
  if (cell) return zh ? `“${cell[1]}”单元格` : `the cell "${cell[1]}"`;
  return consensusCellWords(name, zh) ?? name;
}

/**
 * A metadata field's allowed values: a level or role by its name with the code an evaluation JSON takes
 * (省辖市（city）), as the 封面 sheet names them; other fields' values as they are.
 */
function metaAllowed(field: string, allowed: readonly string[], zh: boolean): string {
  const names: Readonly<Record<string, { zh: string; en: string }>> | undefined =
    field === "level" ? LEVELS : field === "role" ? ROLES : undefined;
  return allowed
    .map((code) => {
      const name =
        names && Object.prototype.hasOwnProperty.call(names, code) ? names[code] : undefined;
      return name ? (zh ? `${name.zh}（${code}）` : `${name.en} (${code})`) : code;
    })
    .join(zh ? "、" : ", ");
}

/**
 * The allowed levels exactly as the workbook's dropdown lists them (the cell takes nothing else: 国家级（10分）,
 * not 国家级), each glossed in English on the English side, and the codes an evaluation JSON takes.
 */
function levelList(allowed: readonly string[], zh: boolean): string {
  const labels = allowed.map((l) => word(LEVEL_LABELS, l, 0));
  return zh
    ? `${labels.join("、")}；评价 JSON 中依次写 ${allowed.join(" / ")}`
    : `${allowed.map((l, i) => `「${labels[i]!}」 ${word(LEVEL_LABELS, l, 1)}`).join(", ")}; in an evaluation JSON: ${allowed.join(" / ")}`;
}

/** The three statuses as the 状态 dropdown lists them; the English side glosses each Chinese label (7.2). */
function allowedStatuses(zh: boolean): string {
  const all: readonly ItemStatus[] = ["normal", "na", "absent"];
  return zh
    ? `${all.map((st) => statusLabel(st, true)).join("、")}；评价 JSON 中依次写 normal / na / absent`
    : `${all.map((st) => `「${statusLabel(st, true)}」 ${statusLabel(st, false)}`).join(", ")}; in an evaluation JSON: normal / na / absent`;
}

/** Names an item and (optionally) a line with the standard's words, e.g. "A.1.2 组织机构图有职责划分 / A.1.2.1 …". */
export function subject(
  itemId: string,
  lineId: string | undefined,
  locale: Locale,
  standard: StandardDef = STANDARD
): string {
  const index = indexStandard(standard);
  const item = index.items.get(itemId);
  const itemPart = item ? `${itemId}「${item.title}」` : itemId;
  if (lineId === undefined) return itemPart;
  const line = index.lines.get(lineId)?.line;
  if (!line) return `${itemPart} ${lineId}`;
  const rule = locale === "zh-CN" ? `扣分标准：${line.rule}` : `rule: ${line.rule}`;
  return `${itemPart} ${lineId}「${line.requirement}」（${rule}）`;
}

/** A unit as a message names it: “示例市”（省辖市） / "示例市" (City (provincial-administered)); a level code off the list as given. */
function unitWords(organization: string, level: string, zh: boolean): string {
  const name = Object.prototype.hasOwnProperty.call(LEVELS, level)
    ? LEVELS[level as keyof typeof LEVELS]
    : undefined;
  const lv = name ? (zh ? name.zh : name.en) : level;
  return zh
    ? `“${organization || "（未填写）"}”${lv ? `（${lv}）` : ""}`
    : `"${organization || "(blank)"}"${lv ? ` (${lv})` : ""}`;
}

/** The message for one problem in the pane's, the CLI's or the workbook's language. */
export function describeProblem(
  problem: Problem,
  locale: Locale = "zh-CN",
  standard: StandardDef = STANDARD
): string {
  const zh = locale === "zh-CN";
  const s = (itemId: string, lineId?: string): string => subject(itemId, lineId, locale, standard);
  switch (problem.code) {
    case "bad-format": {
      const expected = problem.expected
        ? `"${problem.expected}"`
        : '"gridscore-evaluation/2" 或 "gridscore-evaluation/1"';
      const expectedEn = problem.expected
        ? `"${problem.expected}"`
        : '"gridscore-evaluation/2" or "gridscore-evaluation/1"';
      if (problem.found === undefined)
        return zh
          ? `缺少 format 字段（应为 ${expected}）：这不像是 gridscore 的文件；请用 gridscore export 或 gridscore 生成的文件`
          : `the field "format" is missing (it should be ${expectedEn}): this does not look like a gridscore file; use one gridscore made`;
      return zh
        ? `format 字段应为 ${expected}，实际为 ${show(problem.found, zh)}`
        : `field "format" must be ${expectedEn}, found ${show(problem.found, zh)}`;
    }
    case "bad-structure":
      return zh
        ? `${problem.path}：应为 ${expectedWords(problem.expected, zh)}`
        : `${problem.path}: expected ${expectedWords(problem.expected, zh)}`;
    case "bad-meta": {
      const allowed = problem.allowed
        ? zh
          ? `（允许：${metaAllowed(problem.field, problem.allowed, zh)}）`
          : ` (allowed: ${metaAllowed(problem.field, problem.allowed, zh)})`
        : "";
      // The parser lists the field names as allowed when the field itself is unknown (a typo such as "levle"):
      // then the name is wrong, not its value.
      if (problem.allowed?.includes("organization") && !problem.allowed.includes(problem.field))
        return zh
          ? `元数据 ${problem.field} 不是评价 JSON 中的字段（可用的字段：${problem.allowed.join(" / ")}）；请删去或改正拼写`
          : `meta has no field ${problem.field} (its fields: ${problem.allowed.join(" / ")}); remove it or fix its spelling`;
      // A date written right that names no real day (2026-02-30) is told so, not that its format is wrong.
      const noDay = problem.field === "date" ? noSuchDayWords(problem.value) : undefined;
      if (noDay)
        return zh ? `元数据 date：${noDay.zh}${allowed}` : `meta field date: ${noDay.en}${allowed}`;
      return zh
        ? `元数据 ${problem.field} 的值 ${show(problem.value, zh)} 无效${allowed}`
        : `meta field ${problem.field} has invalid value ${show(problem.value, zh)}${allowed}`;
    }
    case "unknown-item": {
      const at = problem.path ? `${problem.path}：` : "";
      const atEn = problem.path ? `${problem.path}: ` : "";
      if (problem.lineOf)
        return zh
          ? `${at}${problem.itemId} 是 ${problem.lineOf} 的评价要求（行）编号，不是项目编号；请填项目编号 ${problem.lineOf}`
          : `${atEn}${problem.itemId} is a requirement line of ${problem.lineOf}, not an item: use the item id ${problem.lineOf}`;
      return zh
        ? `${at}未知的评价内容编号 ${problem.itemId}（附录A中没有此项）`
        : `${atEn}unknown item id ${problem.itemId} (not in Appendix A)`;
    }
    case "unknown-line":
      return zh
        ? `${s(problem.itemId)} 没有编号为 ${problem.lineId} 的评价要求`
        : `${s(problem.itemId)} has no requirement line ${problem.lineId}`;
    case "line-of-other-item":
      return zh
        ? `${problem.lineId} 属于 ${problem.ownerId}，不属于 ${s(problem.itemId)}`
        : `${problem.lineId} belongs to ${problem.ownerId}, not to ${s(problem.itemId)}`;
    case "wrong-input-kind":
      return zh
        ? `${s(problem.itemId, problem.lineId)} 应填写${word(KIND_WORDS, problem.expected, 0)}，不能填写${word(KIND_WORDS, problem.got, 0)}`
        : `${s(problem.itemId, problem.lineId)} takes ${word(KIND_WORDS, problem.expected, 1)}, not ${word(KIND_WORDS, problem.got, 1)}`;
    case "not-a-number":
      return zh
        ? `${s(problem.itemId, problem.lineId)}：${show(problem.value, zh)} 不是数字`
        : `${s(problem.itemId, problem.lineId)}: ${show(problem.value, zh)} is not a number`;
    case "negative":
      if (problem.percent)
        return zh
          ? `${s(problem.itemId, problem.lineId)}：百分比 ${problem.value}% 不能为负数，应在 0%–100% 之间；请改填如 92.5%`
          : `${s(problem.itemId, problem.lineId)}: the percentage ${problem.value}% must not be negative; it lies within 0%–100%: enter e.g. 92.5%`;
      return zh
        ? `${s(problem.itemId, problem.lineId)}：不能为负数（${problem.value}）`
        : `${s(problem.itemId, problem.lineId)}: must not be negative (${problem.value})`;
    case "above-line-max":
      return zh
        ? `${s(problem.itemId, problem.lineId)}：扣分 ${problem.value} 超过本行最多可扣的 ${problem.max} 分`
        : `${s(problem.itemId, problem.lineId)}: deduction ${problem.value} exceeds this line's maximum of ${problem.max}`;
    case "percent-out-of-range":
      return zh
        ? `${s(problem.itemId, problem.lineId)}：百分比 ${problem.value}% 超出 0%–100% 范围；请改填 0%–100% 之间的百分数，如 92.5%`
        : `${s(problem.itemId, problem.lineId)}: the percentage ${problem.value}% is outside 0%–100%; enter a percent within 0%–100%, e.g. 92.5%`;
    case "unknown-status":
      return zh
        ? `${s(problem.itemId)}：状态 ${show(problem.value, zh)} 无效（允许：${allowedStatuses(true)}）`
        : `${s(problem.itemId)}: status ${show(problem.value, zh)} is invalid (allowed: ${allowedStatuses(false)})`;
    case "unknown-level":
      return zh
        ? `${s(problem.itemId)}：等级 ${show(problem.value, zh)} 无效（允许：${levelList(problem.allowed, zh)}）`
        : `${s(problem.itemId)}: level ${show(problem.value, zh)} is invalid (allowed: ${levelList(problem.allowed, zh)})`;
    case "missing-row":
      return zh
        ? `工作簿中找不到 ${s(problem.itemId, problem.lineId)} 的填写行（行被删除或编号被改动）`
        : `the workbook has no input row for ${s(problem.itemId, problem.lineId)} (row deleted or id changed)`;
    case "duplicate-row":
      return zh
        ? `工作簿中 ${s(problem.itemId, problem.lineId)} 的填写行出现了不止一次`
        : `the workbook has more than one input row for ${s(problem.itemId, problem.lineId)}`;
    case "file-unreadable":
      return zh ? `无法读取文件：${problem.reason}` : `cannot read the file: ${problem.reason}`;
    case "not-xlsx":
      return zh
        ? `不是 .xlsx 工作簿（${side(problem.detail, zh)}）`
        : `not an .xlsx workbook (${side(problem.detail, zh)})`;
    case "encrypted":
      return zh
        ? "工作簿已加密（设置了打开密码），请去掉密码后再提交"
        : "the workbook is encrypted (has an open password); remove it and send it again";
    case "too-large":
      return zh
        ? `文件过大：${problem.size} 字节，上限 ${problem.limit} 字节`
        : `file too large: ${problem.size} bytes, limit ${problem.limit}`;
    case "zip-bomb":
      return zh
        ? `文件解压后超过 ${problem.limit} 字节的上限，已停止读取（可能是恶意文件）`
        : `the file inflates beyond the ${problem.limit}-byte limit; reading stopped (possibly malicious)`;
    case "macro-workbook":
      return zh
        ? "工作簿含宏（.xlsm/.xlsb），评分表不应含宏，已拒绝"
        : "the workbook contains macros (.xlsm/.xlsb); a scoresheet has none, so it is refused";
    case "external-links": {
      const [kindZh, kindEn] = EXTERNAL[problem.kind ?? "external-link"];
      const at = problem.part ? (zh ? `（${problem.part}` : ` (${problem.part}`) : "";
      const to = problem.target ? (zh ? `，指向 ${problem.target}` : ` to ${problem.target}`) : "";
      const close = at ? (zh ? "）" : ")") : "";
      return zh
        ? `工作簿含${kindZh}${at}${to}${close}，可能引用其他文件或网络的数据，已拒绝；请删除后另存再提交`
        : `the workbook contains ${kindEn}${at}${to}${close}, which may pull data from elsewhere; refused: remove it and save again`;
    }
    case "not-a-file":
      return (
        NOT_A_FILE[problem.what][zh ? 0 : 1] +
        (problem.detail
          ? zh
            ? `（${side(problem.detail, zh)}）`
            : ` (${side(problem.detail, zh)})`
          : "")
      );
    case "empty-file":
      return zh
        ? "文件是空的（0 字节），请重新导出或重新发送"
        : "the file is empty (0 bytes); export or send it again";
    case "foreign-file":
      return problem.kind === "workbook"
        ? problem.needed === undefined || problem.needed === "evaluation"
          ? FOREIGN.workbook[zh ? 0 : 1]
          : `${zh ? "是工作簿" : "a workbook"}${NEEDED_JSON[problem.needed][zh ? 0 : 1]}`
        : (zh ? "不是 .xlsx 工作簿：" : "not an .xlsx workbook: ") +
            FOREIGN[problem.kind][zh ? 0 : 1];
    case "too-many-entries":
      return zh
        ? `压缩包内有 ${problem.count} 个部件，超过 ${problem.limit} 个的上限，已停止读取（评分表只有几十个；可能是恶意文件）`
        : `the container has ${problem.count} entries, over the limit of ${problem.limit}; reading stopped (a scoresheet has a few dozen; possibly malicious)`;
    case "unsafe-entry":
      return zh
        ? `压缩包内的部件名“${problem.entry}”含路径穿越或绝对路径，已拒绝（可能是恶意文件）`
        : `the container entry name "${problem.entry}" escapes its folder (path traversal or absolute path); refused (possibly malicious)`;
    case "xml-doctype":
      return zh
        ? `部件 ${problem.part} 含 DTD/实体声明（DOCTYPE），评分表不含此类内容，已拒绝（可能是 XXE 或“十亿笑声”攻击）`
        : `part ${problem.part} declares a DTD or entities (DOCTYPE), which no scoresheet has; refused (possibly XXE or billion laughs)`;
    case "xml-too-deep":
      return zh
        ? `部件 ${problem.part} 的 XML 嵌套超过 ${problem.limit} 层，已停止读取（可能是恶意文件）`
        : `part ${problem.part} nests XML deeper than ${problem.limit} levels; reading stopped (possibly malicious)`;
    case "json-invalid":
      if (problem.needed !== undefined && problem.needed !== "evaluation")
        return zh
          ? `不是有效的 JSON（${jsonSyntaxZh(problem.detail)}）${NEEDED_JSON[problem.needed][0]}；请检查括号和引号`
          : `not valid JSON (${problem.detail})${NEEDED_JSON[problem.needed][1]}; check brackets and quotes`;
      return zh
        ? `不是有效的 JSON（${jsonSyntaxZh(problem.detail)}）；请用 gridscore export 重新导出，或检查括号和引号`
        : `not valid JSON (${problem.detail}); export it again with gridscore export, or check brackets and quotes`;
    case "json-too-deep":
      return zh
        ? `JSON 嵌套超过 ${problem.limit} 层，已拒绝（评价 JSON 最多 5 层；可能是恶意文件）`
        : `the JSON nests deeper than ${problem.limit} levels; refused (an evaluation JSON has at most 5; possibly malicious)`;
    case "encoding-refused":
      return zh
        ? `文件不是 UTF-8 编码（${problem.encoding === "unknown" ? "无法识别的编码" : problem.encoding.toUpperCase()}），为免出现乱码已拒绝；请另存为 UTF-8 再提交`
        : `the file is not UTF-8 (${problem.encoding === "unknown" ? "unrecognised encoding" : problem.encoding.toUpperCase()}); refused rather than garbled: save it as UTF-8`;
    case "encoding-converted":
      return zh
        ? `文件是 ${problem.encoding.toUpperCase()}（GBK）编码，已按该编码读取；请核对姓名等中文内容，今后请另存为 UTF-8`
        : `the file is ${problem.encoding.toUpperCase()} (GBK) encoded and was read as such; check the Chinese names, and save as UTF-8 in future`;
    case "consensus-workbook":
      return zh
        ? "这是评估组的共识工作簿（由 gridscore merge 合并各专家评分表生成），不是专家评分表；score、export 和 merge 只接受专家评分表，共识工作簿请用 gridscore report 生成报告"
        : "this is the group's consensus workbook (gridscore merge made it from the experts' scoresheets), not an expert's scoresheet; score, export and merge take scoresheets: use gridscore report for a consensus";
    case "not-a-remediation-plan":
      return zh
        ? "这不是 gridscore plan 生成的整改台账（找不到整改台账的识别信息）；请用 gridscore plan 生成整改台账，填写后再使用"
        : "this is not a remediation plan made by gridscore plan (it does not carry a plan's identity): make one with gridscore plan and fill it in";
    case "different-units":
      return zh
        ? `两次评估的被评单位不同（之前：${problem.before}；之后：${problem.after}），请确认比较的是同一单位`
        : `the two evaluations name different units (before: ${problem.before}; after: ${problem.after}): check they are the same unit`;
    case "compare-not-later":
      return problem.before === problem.after
        ? zh
          ? `两次评估的评估日期相同（${problem.before}）：可能把同一次评估比较了两次；compare 先给之前的评估，再给之后（整改后）的评估，请检查所给的两个文件`
          : `both evaluations are dated ${problem.before}: the same evaluation may have been given twice; compare takes the earlier evaluation first, then the later (after remediation): check the two files given`
        : zh
          ? `之后的评估（${problem.after}）不晚于之前的评估（${problem.before}）：compare 先给之前的评估，再给之后的评估，请检查两个文件的先后顺序`
          : `the after evaluation (${problem.after}) is not later than the before evaluation (${problem.before}): compare takes the earlier evaluation first, then the later; check the order of the two files`;
    case "remediation-other-unit": {
      return zh
        ? `此整改台账是${unitWords(problem.organization, problem.level, zh)}的，而评估的被评单位是${unitWords(problem.expectedOrganization, problem.expectedLevel, zh)}；整改状态只能来自本单位的整改台账：请改用本单位由 gridscore plan 生成的整改台账，未使用`
        : `this remediation plan is for ${unitWords(problem.organization, problem.level, zh)}, but the evaluation is of ${unitWords(problem.expectedOrganization, problem.expectedLevel, zh)}; remediation statuses can only come from the unit's own plan: give the plan gridscore plan made for this unit (it was not used)`;
    }
    case "remediation-other-evaluation":
      if (problem.planTotal === undefined)
        return zh
          ? `此整改台账未记录所据评估的日期和总分（旧版 gridscore 生成），无法核对它是否据此次评估（总分 ${formatScore(problem.total)}）制定；请确认，或用 gridscore plan 重新生成`
          : `this remediation plan does not record the evaluation it was made from (an older gridscore made it), so it cannot be checked against this evaluation (total ${formatScore(problem.total)}); check it, or make it again with gridscore plan`;
      return zh
        ? `此整改台账据同一单位的另一次评估制定（台账记录：日期 ${problem.planDate || "未填写"}，总分 ${problem.planTotal === null ? "未记录" : formatScore(problem.planTotal)}；此次评估：日期 ${problem.date || "未填写"}，总分 ${formatScore(problem.total)}）；已使用其整改状态，请确认是否为此次评估的台账`
        : `this remediation plan was made from another evaluation of the same unit (the plan records date ${problem.planDate || "none"}, total ${problem.planTotal === null ? "none" : formatScore(problem.planTotal)}; this evaluation: date ${problem.date || "none"}, total ${formatScore(problem.total)}); its statuses were used: check it is the plan of this evaluation`;
    case "output-refused":
      return OUTPUT[problem.reason][zh ? 0 : 1].replace("{other}", problem.other ?? "");
    case "merge-excluded":
      return zh
        ? `有 ${problem.errors} 个错误，按 --skip-invalid 未计入本次合并`
        : `${problem.errors} error(s): left out of this merge (--skip-invalid)`;
    case "no-entries":
      return zh
        ? "此评分表没有任何填写（无扣分、无正常评分以外的状态、无得分率/数值/等级、无备注），合并时按未扣分计入（A.7未填写按0分）；请确认发来的是专家填写后的文件"
        : "this scoresheet has no entries (no deduction, no status other than normal, no rate, value or level, no note): it merges as an expert who deducted nothing (A.7 left empty scores 0); was the right file sent?";
    case "corrupt":
      return zh
        ? `工作簿已损坏，无法读取（${corruptZh(side(problem.detail, zh))}）；请重新保存或重新发送`
        : `the workbook is corrupt and cannot be read (${side(problem.detail, zh)}); save or send it again`;
    case "gridscore-other-workbook":
      return otherWorkbook(problem.kind, zh);
    case "not-a-scoresheet":
      return zh
        ? "不是 gridscore 生成的评分表（缺少识别信息）"
        : "not a gridscore scoresheet (its identity sheet is missing)";
    case "other-template":
      if (problem.field === "fingerprint" && problem.expectedEdition)
        return editionMismatch(problem, zh);
      if (problem.field === "layout")
        return zh
          ? `评分表模板不一致：此工作簿的布局版本为 ${problem.found || "（空）"}，本程序读写的是 ${problem.expected}；它可能由另一版本的 gridscore 生成，请用同一版本的 gridscore 读取或重新生成评分表`
          : `made from another template: this workbook's layout version is ${problem.found || "(none)"}, this program's ${problem.expected}; another version of gridscore may have made it: read it with that version or make the scoresheet again`;
      if (problem.field === "formulas")
        return zh
          ? `此工作簿的公式版本为 ${problem.found}，本程序认得的最新版本为 ${problem.expected}：它由更新版本的 gridscore 生成，本程序无法核对其公式；请升级 gridscore 后再读取`
          : `this workbook's formula edition is ${problem.found}, the newest this program knows is ${problem.expected}: a newer gridscore made it, and this one cannot check its formulas; upgrade gridscore and read it again`;
      if (problem.field === "standard")
        return zh
          ? `评分表模板不一致：此工作簿记录的标准编号为 ${problem.found || "（空）"}，应为 ${problem.expected}`
          : `made from another template: this workbook records the standard ${problem.found || "(none)"}, expected ${problem.expected}`;
      return zh
        ? `评分表模板不一致：此工作簿的模板记录为 ${problem.found || "（空）"}，应为 ${problem.expected}`
        : `made from another template: this workbook's template record is ${problem.found || "(none)"}, expected ${problem.expected}`;
    case "formula-overwritten":
      return zh
        ? `${nameWords(problem.name, zh)} 的公式被改成了固定值 ${problem.value}（公式被覆盖或篡改）${problem.consensus ? consensusRemedy(zh) : ""}`
        : `the formula of ${nameWords(problem.name, zh)} was replaced by the value ${problem.value} (overwritten or tampered)${problem.consensus ? consensusRemedy(zh) : ""}`;
    case "cached-mismatch":
      return zh
        ? `工作簿保存时未重新计算：${nameWords(problem.name, zh)} 保存的结果为 ${problem.cached}，公式完好，按填写内容重新计算为 ${problem.recomputed}，已按重算结果计分；请在 Excel 中按 F9 或打开自动计算后保存`
        : `the workbook was saved without recalculation: ${nameWords(problem.name, zh)} was saved as ${problem.cached}; its formula is intact and recomputes to ${problem.recomputed} from the inputs, which is what counts. Recalculate (F9) and save`;
    case "no-inputs":
      return zh ? "没有可合并的评分表" : "no scoresheets to merge";
    case "missing-evaluator":
      return zh
        ? "评分表未填写评估人姓名（说明页“评估人”），无法确认是哪位专家的评分"
        : "the scoresheet names no evaluator (cover sheet), so it cannot be attributed";
    case "duplicate-workbook":
      return zh
        ? `与 ${problem.other} 是同一份工作簿（工作簿编号或内容相同）`
        : `the same workbook as ${problem.other} (same workbook id or content)`;
    case "duplicate-evaluator":
      return zh
        ? `评估人“${problem.evaluator}”与 ${problem.other} 重复`
        : `evaluator "${problem.evaluator}" also made ${problem.other}`;
    case "trimmed-fallback":
      return zh
        ? `只有 ${problem.experts} 位专家，不足5位，去掉最高最低分的截尾平均改用算术平均`
        : `only ${experts(problem.experts)} (fewer than 5): the trimmed mean falls back to the mean`;
    case "status-conflict":
      return zh
        ? `${s(problem.itemId)}：专家对本项的状态判断不一致（${statusList(problem.statuses, problem.evaluators, true)}），需评估组讨论`
        : `${s(problem.itemId)}: experts disagree on the item's status (${statusList(problem.statuses, problem.evaluators, false)}); the group must discuss it`;
    case "sheet-entry-not-kept":
      return zh ? problem.words.zh : problem.words.en;
    case "group-size":
      return zh
        ? `评估组有 ${problem.experts} 位专家，标准4.2要求一般为5–7人`
        : `the group has ${experts(problem.experts)}; 4.2 says 5–7 as a rule`;
    case "beyond-cap":
      return zh
        ? `${s(problem.itemId)}：扣分合计 ${problem.deduction} 超过本项分值 ${problem.cap}，按7.3扣完为止，本项得0分`
        : `${s(problem.itemId)}: deductions total ${problem.deduction}, beyond the item's cap of ${problem.cap}; by 7.3 the item scores 0`;
    case "missing-note":
      return zh
        ? `${s(problem.itemId, problem.lineId)}：有扣分但未填写扣分说明`
        : `${s(problem.itemId, problem.lineId)}: deduction without a note`;
    case "missing-value":
      return zh
        ? `${s(problem.itemId)}：未填写，本项暂按0分计`
        : `${s(problem.itemId)}: no value entered; the item scores 0 until a value is entered`;
    case "inputs-ignored":
      return zh
        ? `${s(problem.itemId)}：已标为${statusLabel(problem.status, true)}，所填扣分或数值不计入`
        : `${s(problem.itemId)}: marked ${statusLabel(problem.status, false)}, so the values entered are ignored`;
    case "number-as-text":
      // On 共识 the formulas (N) count TRUE as 1 and spread #N/A; the 评议检查 names it; gridscore refuses the file.
      if (problem.inConsensus && problem.found === "boolean")
        return zh
          ? `${s(problem.itemId)}：专家得分 ${problem.value} 是布尔值（TRUE/FALSE），不是数字；共识工作表的公式按${problem.value === "TRUE" ? 1 : 0}计，并在“评议检查”列标为“是布尔值（TRUE/FALSE）不是数字”，其共识、小计和总分不可采信，本工具拒绝读取；请删除后直接输入数字`
          : `${s(problem.itemId)}: an expert's score of ${problem.value} is a boolean (TRUE/FALSE), not a number; the consensus sheet's formulas count it as ${problem.value === "TRUE" ? 1 : 0} and its 「评议检查」 (review check) column flags it as a boolean, so its consensus, subtotals and total cannot be trusted, and gridscore refuses the file. Delete it and type the number`;
      if (problem.inConsensus && problem.found === "error")
        return zh
          ? `${s(problem.itemId)}：专家得分是错误值 ${problem.value}，不是数字；共识工作表的共识、小计、总分和结论都显示该错误值，并在“评议检查”列标为“是错误值”，本工具拒绝读取；请删除后直接输入数字（不要用公式）`
          : `${s(problem.itemId)}: an expert's score holds the error value ${problem.value}, not a number; the consensus sheet's consensus, subtotals, total and verdict all show that error and its 「评议检查」 (review check) column flags it, and gridscore refuses the file. Delete it and type the number (no formula)`;
      if (problem.found === "boolean")
        return zh
          ? `${s(problem.itemId, problem.lineId)}：${problem.value} 是布尔值（TRUE/FALSE），不是数字，工作簿和本工具都按0计；请删除后直接输入数字`
          : `${s(problem.itemId, problem.lineId)}: ${problem.value} is a boolean (TRUE/FALSE), not a number; the workbook and gridscore both count 0. Delete it and type the number`;
      if (problem.found === "error")
        return zh
          ? `${s(problem.itemId, problem.lineId)}：是错误值 ${problem.value}，不是数字，工作簿和本工具都按0计；请删除后直接输入数字（不要用公式）`
          : `${s(problem.itemId, problem.lineId)}: holds the error value ${problem.value}, not a number; the workbook and gridscore both count 0. Delete it and type the number (no formula)`;
      return zh
        ? `${s(problem.itemId, problem.lineId)}：${show(problem.value, zh)} 是文本，不是数字，工作簿和本工具都按0计；请删除后直接输入数字（不带空格、全角字符或单位）`
        : `${s(problem.itemId, problem.lineId)}: ${show(problem.value, zh)} is text, not a number; the workbook and gridscore both count 0. Delete it and type the number (no spaces, full-width characters or units)`;
    case "too-many-decimals":
      if (problem.asTyped && problem.date !== undefined)
        return zh
          ? `${s(problem.itemId)}：专家得分是日期时间 ${problem.date}，不是分数；共识工作表按其序列号 ${problem.value} 计入，并在“评议检查”列标为“超过两位小数”，结论待定；请删除后直接输入分数`
          : `${s(problem.itemId)}: an expert's score is a date and time (${problem.date}), not a score; the consensus sheet counts its serial number ${problem.value} and its 「评议检查」 (review check) column flags it as having more than 2 decimals, so the verdict is pending. Delete it and type the score`;
      if (problem.asTyped)
        return zh
          ? `${s(problem.itemId, problem.lineId)}：专家得分 ${problem.value} 超过${problem.limit}位小数；共识工作表按所填数值计入并在“评议检查”列标为错误，结论待定；请改为最多${problem.limit}位小数`
          : `${s(problem.itemId, problem.lineId)}: an expert's score of ${problem.value} has more than ${problem.limit} decimals; the consensus sheet counts it as typed and flags it in the 「评议检查」 (review check) column, so the verdict is pending: use at most ${problem.limit} decimals`;
      if (problem.percent)
        return zh
          ? `${s(problem.itemId, problem.lineId)}：百分比 ${problem.value}% 超过${problem.limit}位小数，按0计；百分比最多填${problem.limit}位小数，如 92.25%`
          : `${s(problem.itemId, problem.lineId)}: the percentage ${problem.value}% has more than ${problem.limit} decimals and counts 0; use at most ${problem.limit}, e.g. 92.25%`;
      return zh
        ? `${s(problem.itemId, problem.lineId)}：${problem.value} 超过${problem.limit}位小数，按0计；请最多填${problem.limit}位小数`
        : `${s(problem.itemId, problem.lineId)}: ${problem.value} has more than ${problem.limit} decimals and counts 0; use at most ${problem.limit}`;
    case "text-too-long": {
      // An item note and its first line's note share one cell (README: Inputs): the two are named together.
      const item = /^(\S+) 扣分说明$/.exec(problem.field)?.[1];
      if (problem.sharedWith !== undefined && item !== undefined && problem.markOnly)
        return zh
          ? `${item} 的本项扣分说明写在第一行 ${problem.sharedWith} 的扣分说明单元格中，加上“【本项】”标记后按写入计 ${problem.length} 个字符，超过 Excel 单元格上限 ${problem.limit}；请缩短本项扣分说明后再写入，原文未作改动`
          : `the note of ${item} is written in the note cell of its first line ${problem.sharedWith} after the mark 【本项】: with the mark it takes ${problem.length} characters as written, beyond Excel's cell limit of ${problem.limit}; shorten the item note (nothing was cut)`;
      if (problem.sharedWith !== undefined && item !== undefined)
        return zh
          ? `${item} 的本项扣分说明与 ${problem.sharedWith} 的扣分说明同在一个单元格（【本项】…【本行】…），合计按写入计 ${problem.length} 个字符，超过 Excel 单元格上限 ${problem.limit}；请缩短本项或本行的扣分说明后再写入，原文未作改动`
          : `the note of ${item} and the note of its first line ${problem.sharedWith} share one cell (【本项】…【本行】…): together they take ${problem.length} characters as written, beyond Excel's cell limit of ${problem.limit}; shorten the item note or the line note (nothing was cut)`;
      const size =
        problem.typed === undefined
          ? zh
            ? `文本长 ${problem.length} 个字符`
            : `the text has ${problem.length} characters`
          : zh
            ? `文本长 ${problem.typed} 个字符，写入工作簿时须转义（_xHHHH_），按写入计 ${problem.length} 个字符`
            : `the text has ${problem.typed} characters, ${problem.length} as written in a workbook (its _xHHHH_ escapes count)`;
      return zh
        ? `${fieldWords(problem.field, zh)}：${size}，超过 Excel 单元格上限 ${problem.limit}；请缩短后再写入，原文未作改动`
        : `${fieldWords(problem.field, zh)}: ${size}, beyond Excel's cell limit of ${problem.limit}; shorten it (nothing was cut)`;
    }
    case "text-forbidden-char":
      return zh
        ? `${fieldWords(problem.field, zh)}：第 ${problem.index + 1} 个字符 U+${problem.codePoint.toString(16).toUpperCase().padStart(4, "0")} 是工作簿不能保存的控制字符；请删除后再写入`
        : `${fieldWords(problem.field, zh)}: character ${problem.index + 1} (U+${problem.codePoint.toString(16).toUpperCase().padStart(4, "0")}) is a control character no workbook can hold; remove it`;
    case "formula-changed":
      return zh
        ? `${nameWords(problem.name, zh)} 的公式被改动（现为 ${show(problem.found, zh)}）${problem.consensus ? consensusRemedy(zh) : ""}`
        : `the formula of ${nameWords(problem.name, zh)} was changed (now ${show(problem.found, zh)})${problem.consensus ? consensusRemedy(zh) : ""}`;
    case "constant-changed":
      return constantChangedWords(problem, zh);
    case "merged-input":
      return zh
        ? `输入单元格 ${problem.range} 被合并：按左上角单元格的值计，其余单元格为空（与工作簿自身计算一致）；请取消合并`
        : `input cells ${problem.range} are merged: the top-left cell counts and the rest are empty, as the workbook computes; unmerge them`;
    case "formula-input":
      return zh
        ? `${s(problem.itemId, problem.lineId)}：输入单元格含公式 ${show(problem.formula, zh)}${problem.result === undefined ? "" : `，按其计算结果 ${problem.result} 计`}；请直接输入数值`
        : `${s(problem.itemId, problem.lineId)}: the input cell holds the formula ${show(problem.formula, zh)}${problem.result === undefined ? "" : `, counted as its result ${problem.result}`}; type the value instead`;
    case "formula-uncalculated":
      return zh
        ? `${s(problem.itemId, problem.lineId)}：输入单元格含公式 ${show(problem.formula, zh)}，但文件中没有计算结果，按0计；请在 Excel 中重新计算后保存，或直接输入数值`
        : `${s(problem.itemId, problem.lineId)}: the input cell holds the formula ${show(problem.formula, zh)} with no saved result, so it counts 0; recalculate and save, or type the value`;
    case "score-out-of-range":
      // A date typed as a score: the sheet counts its serial number (ISNUMBER is true for it) and flags the range.
      if (problem.date !== undefined)
        return zh
          ? `${s(problem.itemId)}：专家得分是日期 ${problem.date}，不是分数；共识工作表按其序列号 ${problem.value} 计入，并在“评议检查”列标为应在0到本项分值 ${problem.cap} 之间；请删除后直接输入分数`
          : `${s(problem.itemId)}: an expert's score is a date (${problem.date}), not a score; the consensus sheet counts its serial number ${problem.value} and its 「评议检查」 (review check) column flags it as outside 0 to the item's cap of ${problem.cap}. Delete it and type the score`;
      return zh
        ? `${s(problem.itemId)}：专家得分 ${problem.value} 应在0到本项分值 ${problem.cap} 之间`
        : `${s(problem.itemId)}: an expert's score of ${problem.value} must be from 0 to the item's cap of ${problem.cap}`;
    case "agreed-score-invalid": {
      // A boolean or an error value is named as what it is, as the sheet's 评议检查 names it (never "text").
      if (problem.why === "boolean" || problem.why === "error") {
        const found =
          problem.why === "boolean"
            ? [`是布尔值 ${problem.value}（TRUE/FALSE）`, `is a boolean (${problem.value})`]
            : [`是错误值 ${problem.value}`, `holds the error value ${problem.value}`];
        return zh
          ? `${s(problem.itemId)}：评议后得分${found[0]}，不是数字，未采用，本项仍按共识方法的结果计；请删除后直接输入数字`
          : `${s(problem.itemId)}: the agreed score ${found[1]}, not a number; it is not applied and the item keeps the method's result. Delete it and type the number`;
      }
      const why = {
        text: ["是文本，不是数字", "is text, not a number"],
        decimals: ["超过2位小数", "has more than 2 decimals"],
        range: [
          `不在0到本项分值 ${problem.cap} 之间`,
          `is outside 0 to the item's cap of ${problem.cap}`,
        ],
      }[problem.why];
      // A date typed as the agreed score: the sheet judges its serial number (ISNUMBER is true for it).
      if (problem.date !== undefined)
        return zh
          ? `${s(problem.itemId)}：评议后得分是日期 ${problem.date}，不是分数；共识工作表按其序列号 ${problem.value} 判断：${why[0]}，未采用，本项仍按共识方法的结果计；请删除后直接输入分数`
          : `${s(problem.itemId)}: the agreed score is a date (${problem.date}), not a score; the consensus sheet judges its serial number ${problem.value}, which ${why[1]}: it is not applied and the item keeps the method's result. Delete it and type the score`;
      return zh
        ? `${s(problem.itemId)}：评议后得分 ${show(problem.value, zh)} ${why[0]}，未采用，本项仍按共识方法的结果计`
        : `${s(problem.itemId)}: the agreed score ${show(problem.value, zh)} ${why[1]}; it is not applied and the item keeps the method's result`;
    }
    case "deviation-limit-invalid": {
      const v = problem.value;
      const found =
        v === null
          ? ["为空", "is blank"]
          : typeof v === "boolean"
            ? [`是布尔值 ${v ? "TRUE" : "FALSE"}`, `is a boolean (${v ? "TRUE" : "FALSE"})`]
            : typeof v === "string"
              ? [`是文本“${clip(v)}”`, `is the text "${clip(v)}"`]
              : [`为 ${v}`, `is ${v}`];
      return zh
        ? `偏离限值${found[0]}，无效：应为大于0、不超过100、最多两位小数的百分数（如 30 表示 ±30%）；现按默认 ${problem.used}% 计（与该工作表的提示一致），请改填有效的限值`
        : `the deviation limit ${found[1]}, which is invalid: it must be a percent above 0 and at most 100 with at most 2 decimals (30 means ±30%); the default ${problem.used}% is used (as the sheet's own hint says); type a valid limit`;
    }
    case "reason-without-agreed":
      return zh
        ? `${s(problem.itemId)}：填写了评议理由“${clip(problem.reason)}”，但未填写评议后得分，本项仍按共识方法的结果计；评估组改定了分数的，请填写评议后得分，否则请删去评议理由`
        : `${s(problem.itemId)}: a reason ("${clip(problem.reason)}") was entered without an agreed score, so the item keeps the method's result; if the group settled on a score, enter it as the agreed score, otherwise delete the reason`;
    case "agreed-without-reason":
      return zh
        ? `${s(problem.itemId)}：填写了评议后得分 ${problem.value}，但未填写评议理由；请写明评估组改定的理由（6.6）`
        : `${s(problem.itemId)}: the agreed score ${problem.value} has no reason; record why the group settled on it (6.6)`;
    case "rollup-undecided":
      return zh
        ? `与 ${problem.counted} 是同一单位“${problem.organization}”在同一天（${problem.date || "未填写日期"}）的评价，方式和专家人数也相同，总分却不同（本文件 ${problem.otherTotal}，${problem.counted} ${problem.countedTotal}）；汇总按文件顺序计入了 ${problem.counted}。请核实哪一份是定稿，并把另一份移出汇总的文件`
        : `this and ${problem.counted} evaluate the same unit "${problem.organization}" on the same day (${problem.date || "no date"}), by the same method and number of experts, with different totals (this file ${problem.otherTotal}, ${problem.counted} ${problem.countedTotal}); the roll-up counted ${problem.counted} because it was given later. Check which one is final and take the other out of the roll-up's files`;
    case "unit-mismatch": {
      return zh
        ? `此评分表的被评单位是${unitWords(problem.organization, problem.level, zh)}，而 ${problem.other} 等是${unitWords(problem.expectedOrganization, problem.expectedLevel, zh)}；合并只用于同一被评单位的评估专家评分表（4.2、6.6）：请去掉此文件，或改正其封面上的被评单位和层级后再合并`
        : `this scoresheet evaluates ${unitWords(problem.organization, problem.level, zh)}, but ${problem.other} and the others evaluate ${unitWords(problem.expectedOrganization, problem.expectedLevel, zh)}; a merge combines the experts' scoresheets of one unit (4.2, 6.6): leave this file out, or correct the unit and level on its cover, then merge again`;
    }
    case "plan-mismatch":
      return zh
        ? problem.found
          ? `此评分表按另一份评估方案生成（方案指纹 ${problem.found}），与 ${problem.other} 等的方案（${problem.expected}）不同；请用同一方案重新生成（4.3、7.2）`
          : `此评分表不是按评估方案生成的，而 ${problem.other} 等按方案（${problem.expected}）生成；请用同一方案重新生成（4.3、7.2）`
        : problem.found
          ? `this scoresheet was made from another plan (${problem.found}) than ${problem.other} and the others (${problem.expected}); remake it from the group's plan (4.3, 7.2)`
          : `this scoresheet was not made from the group's plan (${problem.expected}, as ${problem.other} was); remake it from the plan (4.3, 7.2)`;
    case "plan-overridden":
      if (problem.note !== undefined)
        return zh
          ? `${s(problem.itemId)}：评估方案已将本项界定为不适用，理由是“${clip(problem.reason)}”，但此评分表中本项说明改为“${clip(problem.note)}”；评估方案的理由不能在评分表中改动：请改回原理由，如须改变请由评估组长修改评估方案并重新生成评分表（7.2）`
          : `${s(problem.itemId)}: the group's plan fixes this item as not applicable with the reason "${clip(problem.reason)}", but this scoresheet's note for it reads "${clip(problem.note)}"; the plan's reason cannot be changed in a scoresheet: put it back, or ask the group leader to change the plan and remake the copies (7.2)`;
      return zh
        ? `${s(problem.itemId)}：评估方案已将本项界定为不适用（7.2，理由：${problem.reason}），但此评分表中本项状态为“${problem.found === "normal" || problem.found === "absent" ? statusLabel(problem.found, true) : problem.found || "（空）"}”，扣分或数值不能计入；请把状态改回“${statusLabel("na", true)}”，如须改变请由评估组长修改评估方案并重新生成评分表`
        : `${s(problem.itemId)}: the group's plan fixes this item as not applicable (7.2; reason: ${problem.reason}), but this scoresheet marks it ${problem.found === "normal" || problem.found === "absent" ? statusLabel(problem.found, false) : `"${problem.found}"`}, so its deductions or values cannot count; set it back to 「${statusLabel("na", true)}」 (${statusLabel("na", false)}), or ask the group leader to change the plan and remake the copies`;
    case "agreed-on-plan-na":
      return zh
        ? `${s(problem.itemId)}：填写了评议后得分 ${show(problem.value, zh)}，但评估方案已将本项界定为不适用（7.2，理由：${clip(problem.reason)}），按满分计，评议不能改变；未采用。请删去评议后得分；如须改变，请由评估组长修改评估方案并重新生成评分表，再重新评分和合并`
        : `${s(problem.itemId)}: an agreed score ${show(problem.value, zh)} was entered, but the group's plan fixes this item as not applicable (7.2; reason: ${clip(problem.reason)}), scored at full marks, and deliberation cannot change that; it is not applied. Delete the agreed score; to change the item, the group leader changes the plan and remakes the copies, which are then scored and merged again`;
    case "plan-record-corrupt":
      return planRecordCorruptWords(problem, zh, planRecordWords(problem, locale, standard));
    case "old-layout":
      return zh
        ? `此工作簿由旧版 gridscore 生成（布局 ${problem.found}，现为 ${problem.current}）：按输入重新计分；建议用 gridscore new --inputs 或加载项“生成评分表”升级`
        : `this workbook was made by an older gridscore (layout ${problem.found}, now ${problem.current}): scored from its inputs; regenerate it to upgrade`;
    case "percent-old-layout":
      return zh
        ? `${s(problem.itemId, problem.lineId)}：单元格显示 ${problem.shown}，按 ${problem.counted}% 计分；旧版工作簿自带的公式把它按 ${problem.counted / 100}% 计，请升级工作簿`
        : `${s(problem.itemId, problem.lineId)}: the cell shows ${problem.shown} and is scored as ${problem.counted}%; this older workbook's own formula counts it as ${problem.counted / 100}%, so upgrade the workbook`;
    case "date-input":
      return zh
        ? `${s(problem.itemId, problem.lineId)}：单元格是日期 ${problem.date}，不是数字；工作簿的公式按其序列号 ${problem.serial} 计入，本工具同样；如是误填，请删除后直接输入数字`
        : `${s(problem.itemId, problem.lineId)}: the cell holds a date (${problem.date}), not a number; the workbook's formulas count its serial number ${problem.serial}, and so does gridscore. If it was typed by mistake, delete it and type the number`;
    default:
      return assertNever(problem);
  }
}

type PlanRecordCorrupt = Extract<Problem, { code: "plan-record-corrupt" }>;

/** The parser's words a corrupt plan record's message quotes, in the message's language. */
function planRecordWords(
  problem: PlanRecordCorrupt,
  locale: Locale,
  standard: StandardDef
): PlanRecordWords {
  const zh = locale === "zh-CN";
  return {
    ...(problem.cause ? { cause: describeProblem(problem.cause, locale, standard) } : {}),
    ...(problem.defect === "json" && problem.detail !== undefined
      ? { json: zh ? jsonSyntaxZh(problem.detail) : problem.detail }
      : {}),
  };
}

/**
 * What is wrong with a corrupt plan record (`plan-record-corrupt`), in short words for a line that names the plan
 * rather than the whole message ("记录的评估方案无法读取：缺少“plan”一项（…）"; `gridscore migrate`'s listing).
 */
export function describePlanRecordDefect(
  problem: PlanRecordCorrupt,
  locale: Locale = "zh-CN",
  standard: StandardDef = STANDARD
): string {
  return planRecordDefectWords(
    problem,
    locale === "zh-CN",
    planRecordWords(problem, locale, standard)
  );
}

/** Where a problem sits, as a prefix: "文件 a.xlsx，工作表 A.1，单元格 F12：". */
export function describeWhere(where: Where | undefined, locale: Locale = "zh-CN"): string {
  if (!where) return "";
  const zh = locale === "zh-CN";
  const parts: string[] = [];
  if (where.file) parts.push(zh ? `文件 ${where.file}` : `file ${where.file}`);
  if (where.sheet) parts.push(zh ? `工作表 ${where.sheet}` : `sheet ${where.sheet}`);
  if (where.cell) parts.push(zh ? `单元格 ${where.cell}` : `cell ${where.cell}`);
  return parts.length === 0 ? "" : `${parts.join(zh ? "，" : ", ")}${zh ? "：" : ": "}`;
}

/** A full line for a located problem, with its severity: "错误：文件 a.xlsx，工作表 A.1，单元格 G4：…" / "error: file a.xlsx, …: …". */
export function formatProblem(
  problem: LocatedProblem,
  locale: Locale = "zh-CN",
  standard: StandardDef = STANDARD
): string {
  const sev = severityOf(problem);
  const label =
    locale === "zh-CN"
      ? sev === "error"
        ? "错误"
        : "提示"
      : sev === "error"
        ? "error"
        : "warning";
  return `${label}${locale === "zh-CN" ? "：" : ": "}${describeWhere(problem.where, locale)}${describeProblem(problem, locale, standard)}`;
}

/**
 * The verdict is never shown as final while the scores carry errors (issue 11): "结论待定：有 N 个错误". The
 * pane's badge, the 汇总 sheet's 结论（定稿）formula and the report all use these words.
 */
export const PENDING_VERDICT = {
  "zh-CN": ["结论待定：有 ", " 个错误"],
  "en-US": ["Verdict pending: ", " error(s) to fix"],
} as const satisfies Record<Locale, readonly [string, string]>;

/** "结论待定：有 5 个错误" / "Verdict pending: 5 error(s) to fix". */
export function pendingVerdictText(errors: number, locale: Locale): string {
  const [before, after] = PENDING_VERDICT[locale];
  return `${before}${errors}${after}`;
}

/** "1 expert", "2 experts". */
function experts(n: number): string {
  return n === 1 ? "1 expert" : `${n} experts`;
}

/**
 * A JSON syntax error in Chinese: the parser's message is English ("Unexpected token } in JSON at position 35"),
 * so the Chinese line says where, in characters, and the English line keeps the parser's own words.
 */
function jsonSyntaxZh(detail: string): string {
  if (/end of JSON input/i.test(detail)) return "内容在结束前中断，缺少括号或引号";
  const at = /position (\d+)/.exec(detail);
  const line = /line (\d+) column (\d+)/.exec(detail);
  if (line) return `第 ${line[1]} 行第 ${line[2]} 列有语法错误`;
  if (at) return `第 ${Number(at[1]) + 1} 个字符处有语法错误`;
  return "语法错误";
}

/**
 * The readers' own details of a corrupt workbook, in Chinese for the Chinese line (the English line keeps them as
 * they are); a detail from a library that is not listed here is shown as it is.
 */
function corruptZh(detail: string): string {
  if (detail === "no end of central directory")
    return "缺少 zip 的中央目录，文件不完整，可能只传了一部分";
  if (detail === "no expert columns") return "共识工作簿中没有专家列";
  const m =
    /^defined name (.+) is missing$/.exec(detail) ??
    /^unknown merge method (.+)$/.exec(detail) ??
    /^entry (.+)$/.exec(detail);
  if (!m) return detail;
  if (detail.startsWith("defined name")) return `缺少定义名称 ${m[1]}`;
  if (detail.startsWith("unknown merge")) return `未知的共识方法 ${m[1]}`;
  return `部件 ${m[1]} 无法解压`;
}
