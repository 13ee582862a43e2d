/**
 * A new user's finding 1: two evaluations of different editions (README: Editions) are refused with a message that
 * says the editions differ, names both and says what to do (migrate one); an edition the run does not know says to
 * pass its file with --standard.
 */
import * as path from "path";
import { ROOT, runCli, tmpDir } from "../followup/support";

const INVENTED = path.join(ROOT, "test", "fixtures", "editions", "test-invented-2027.json");

describe("evaluations of different editions", () => {
  let dir: string;
  let builtIn: string;
  let invented: string;
  beforeAll(async () => {
    dir = tmpDir();
    builtIn = path.join(dir, "built-in.xlsx");
    invented = path.join(dir, "invented.xlsx");
    expect((await runCli(["new", builtIn, "--organization", "示例市"])).code).toBe(0);
    expect(
      (await runCli(["new", invented, "--organization", "示例市", "--standard", INVENTED])).code
    ).toBe(0);
  });

  test("compare names both editions and says to migrate one", async () => {
    const { code, err } = await runCli(["compare", builtIn, invented, "--standard", INVENTED]);
    expect(code).toBe(1);
    expect(err).toContain(
      `错误：文件 ${invented}：评分表模板不一致：标准版本不同，本文件按“test-invented-2027”制作，本次先读取的文件为“t-cssg-001.5-2020”；不同版本的评分不能一起比较或合并。请先用 gridscore migrate 把其中一个迁移到另一版本`
    );
    expect(err).toContain(
      `error: file ${invented}: made from another edition of the standard: this file is of edition "test-invented-2027", the file read first of "t-cssg-001.5-2020"`
    );
    expect(err).not.toContain("fingerprint 为");
  });

  test("merge of mixed editions says the same", async () => {
    const { code, err } = await runCli(["merge", builtIn, invented, "--standard", INVENTED]);
    expect(code).toBe(1);
    expect(err).toContain("标准版本不同，本文件按“test-invented-2027”制作");
  });

  test("an edition the run does not know: pass its file with --standard", async () => {
    const { code, err } = await runCli(["score", invented]);
    expect(code).toBe(1);
    expect(err).toContain(
      "本文件的标准版本“test-invented-2027”（模板指纹 57e203afb41788e9）不是本次所用的版本“t-cssg-001.5-2020”，也不是 --standard 给出的版本；请加 --standard <该版本的版本文件.json> 后重试"
    );
  });
});
