/**
 * What `gridscore migrate` says of the group's plan, which it never carries: the plan named by its fingerprint, and
 * when the record cannot be read back, what is wrong with it, in the text listing and in `--json` alike. A record
 * that lost only its `plan` entry (the fingerprint) used to be `"plan": null` in the JSON, as if the copy had no
 * plan, and "评估方案 ：" in the listing: now both name the missing entry through the problem table.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildScoresheet } from "../../src/layout";
import { BUILT_IN_EDITION, activateEdition } from "../../src/standard";
import { writeXlsx } from "../../src/writers/xlsx";
import { runCli } from "../support/cli";
import { damaged, planCopy, planDataCell } from "../support/planRecord";

afterEach(() => activateEdition(BUILT_IN_EDITION));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-migrate-plan-"));
const EDITION = path.join(__dirname, "..", "fixtures", "editions", "test-invented-2027.json");

interface PlanJson {
  carried: boolean;
  fingerprint: string | null;
  problems: {
    code: string;
    defect: string;
    detail?: string;
    where: unknown;
    message: string;
    messageEn: string;
  }[];
}

/** Runs migrate on a copy with its record changed by `damage` (none: as written); --json when asked. */
async function migrate(
  damage: Parameters<typeof damaged>[1] | undefined,
  json: boolean,
  withPlan = true
) {
  // migrate leaves its target edition active in this process: each run starts from the built-in one.
  activateEdition(BUILT_IN_EDITION);
  const at = fs.mkdtempSync(path.join(dir, "case-"));
  const model = withPlan
    ? planCopy("甲")
    : buildScoresheet({
        identity: {
          workbookId: "w",
          createdAt: "2026-11-20T08:00:00.000Z",
          generator: "t",
          kind: "scoresheet",
        },
      });
  const file = path.join(at, "甲.xlsx");
  fs.writeFileSync(file, await writeXlsx(damage ? damaged(model, damage) : model));
  const written = path.join(at, "m.xlsx");
  const r = await runCli([
    "migrate",
    file,
    "--to",
    EDITION,
    "-o",
    written,
    ...(json ? ["--json"] : []),
  ]);
  const plan = json ? (JSON.parse(r.out) as { plan: PlanJson | null }).plan : undefined;
  return {
    ...r,
    file,
    written,
    plan,
    cell: planDataCell(planCopy("甲")),
    fingerprint: fingerprintOf(model),
  };
}

/** The fingerprint the copy records (the identity sheet's `plan` entry), "" when it has none. */
function fingerprintOf(model: ReturnType<typeof planCopy>): string {
  const meta = model.sheets.find((s) => s.name === "_gridscore")!;
  const key = meta.cells.find(
    (c) => c.col === 0 && c.content.kind === "text" && c.content.text === "plan"
  );
  const value = key && meta.cells.find((c) => c.row === key.row && c.col === 1);
  return value?.content.kind === "text" ? value.content.text : "";
}

test("--json: a record without its plan entry says the fingerprint is missing, not a bare null", async () => {
  const r = await migrate(() => ({ plan: "" }), true);
  expect(r.code).toBe(0);
  expect(fs.existsSync(r.written)).toBe(true);
  expect(r.plan).toEqual({
    carried: false,
    fingerprint: null,
    problems: [
      expect.objectContaining({
        code: "plan-record-corrupt",
        defect: "missing",
        detail: "plan",
        where: { file: r.file, sheet: "_gridscore", cell: r.cell },
      }),
    ],
  });
  expect(r.plan!.problems[0]!.message).toContain("缺少“plan”一项");
  expect(r.plan!.problems[0]!.messageEn).toContain('the entry "plan" is missing');
  // stderr names it too, as before.
  expect(r.err).toContain("缺少“plan”一项");
});

test("the listing names what the record lacks in its not-carried line, in both languages", async () => {
  const r = await migrate(() => ({ plan: "" }), false);
  expect(r.code).toBe(0);
  const line = r.out.split("\n").find((l) => l.includes("not carried: 评估方案"))!;
  expect(line).toContain("未迁移 / not carried: 评估方案（记录的评估方案无法读取：缺少“plan”一项");
  expect(line).toContain(
    'the evaluation plan (its recorded plan cannot be read: the entry "plan" is missing'
  );
  expect(line).not.toContain("评估方案 ：");
});

test("--json: a record without its data keeps its fingerprint and says the data is missing", async () => {
  const r = await migrate(() => ({ planData: "" }), true);
  expect(r.plan).toMatchObject({
    carried: false,
    fingerprint: r.fingerprint,
    problems: [{ code: "plan-record-corrupt", defect: "missing", detail: "planData" }],
  });
  expect(r.fingerprint).not.toBe("");
  const text = await migrate(() => ({ planData: "" }), false);
  expect(text.out).toContain(
    `评估方案 ${r.fingerprint}（记录的评估方案无法读取：缺少“planData”一项`
  );
});

test("--json: a sound plan is named by its fingerprint with no problems; a copy without a plan has plan null", async () => {
  const sound = await migrate(undefined, true);
  expect(sound.plan).toEqual({ carried: false, fingerprint: sound.fingerprint, problems: [] });
  const text = await migrate(undefined, false);
  expect(text.out).toContain(
    `  未迁移 / not carried: 评估方案 ${sound.fingerprint}：请按新版本重新制定 / the evaluation plan ${sound.fingerprint}: make it again for the new edition`
  );
  const none = await migrate(undefined, true, false);
  expect(none.code).toBe(0);
  expect(none.plan).toBeNull();
});
