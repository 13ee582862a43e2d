/**
 * The text of sections 4.2, 5 and 6 as the sheets and the report print it (transcribed from the standard;
 * the PDF's spaces around numbers removed, as the cover sheet prints 7.1–8.3).
 */

export const CLAUSE_4_2 =
  "4.2 根据需要，可成立评估组开展评估工作。评估组由标准化、有关行业专家和管理人员组成，成员一般为5-7人。专家的选取应主要来源于标准化、网格化治理的专家库。";

export type ConditionId = "5.1" | "5.2" | "5.3";
export const CONDITION_IDS: readonly ConditionId[] = ["5.1", "5.2", "5.3"];

export const CONDITION_TEXT: Readonly<Record<ConditionId, string>> = {
  "5.1": "完成对标准体系的自我评价，并有效运行3个月以上。",
  "5.2":
    "标准体系应运行半年以上方可申请评估。试点期满前3个月，试点单位应按照试点任务和服务业务标准化试点评估计分表内容进行自查，自查合格的，逐级向上一层网格化治理组织提出评估申请。",
  "5.3":
    "申请评估单位在试运行期间如发生过重大质量、安全、环保等事故，或受过通报批评、处分、媒体曝光的，不宜申请评估。",
};

export type StepId = "6.1" | "6.2" | "6.3" | "6.4" | "6.5" | "6.6" | "6.7";

/** Section 6's seven steps, verbatim. */
export const PROCEDURE_STEPS: readonly { readonly id: StepId; readonly text: string }[] = [
  { id: "6.1", text: "宣布评估组成员、评估程序及有关事宜。" },
  { id: "6.2", text: "评估组听取试点单位工作汇报。" },
  { id: "6.3", text: "查阅必备的文件、记录、标准文本等资料。" },
  { id: "6.4", text: "考核服务现场。" },
  { id: "6.5", text: "随机调查服务对象满意程度。" },
  { id: "6.6", text: "形成考核评估结论。" },
  { id: "6.7", text: "评估组向被评单位通报评估情况，提出改进意见和建议。" },
];

/** How "N个月以上" is counted, printed on the eligibility sheet and in the report. */
export const MONTHS_RULE =
  "“运行N个月以上”的计算：自体系运行开始日期起加N个月的同一日为满N个月之日（该月没有这一日的，取该月最后一日，如11月30日加3个月为次年2月28日，闰年为2月29日）；申请日期在满N个月之日当日或之后即为满足（“以上”含本数）。与Excel、WPS、LibreOffice的EDATE函数一致。“半年”按6个月计。";
