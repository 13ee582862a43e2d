/** Both lines of a problem's message, as the CLI prints them: [zh-CN, en-US] (src/engine/messages.ts). */
import { describeProblem } from "../../src/engine";
import type { Problem } from "../../src/engine";

export const both = (p: Problem): [string, string] => [
  describeProblem(p, "zh-CN"),
  describeProblem(p, "en-US"),
];
