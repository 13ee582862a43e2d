/**
 * Tables A.4–A.7 of Appendix A, transcribed from T/CSSG 001.5-2020 / T/CA 007.5-2020 (same conventions as A.1–A.3).
 */
import { eachLine, item, levels, table, tiered } from "./build";
import { structureLines } from "./tablesA1toA3";

const PLATFORM = "网格化治理运行管理平台标准";

export const TABLE_A4 = table(
  "A.4",
  "网格化服务管理标准体系要求",
  "四、网格化服务管理标准体系",
  120,
  "得分",
  [
    item(
      "1",
      "体系结构",
      10,
      structureLines(1, {
        elementsRule: "未达到一项，扣1分",
        lastRequirement: "服务通用基础标准完整、齐全，满足要求",
        elementsMissRule: "体系要素不全，不能满足需求扣1分",
        notMetRule: "不符合扣1分",
      })
    ),
    item(
      "2",
      "组织体系建设",
      10,
      eachLine("每缺一项扣2分", 2, [
        "有网格划分管理",
        "有管理层级建设标准",
        "有组织指挥体系建设标准",
        "有组织职责分工管理标准",
      ])
    ),
    item(
      "3",
      "党群和文化建设",
      5,
      eachLine("每缺一项扣2分", 2, ["有党群建设标准", "有党群队伍建设标准", "有党群文化建设标准"])
    ),
    item(
      "4",
      "人力资源管理",
      5,
      eachLine("每缺一项扣2分", 2, [
        "有岗位工作人员职业技能等级规范",
        "有岗位工作人员调配程序规范",
        "有岗位工作人员日常管理规范",
      ])
    ),
    item(
      "5",
      "设备设施管理",
      5,
      eachLine("每缺一项扣2分", 2, [
        "有服务场所建设标准",
        "有服务设施管理标准",
        "有服务设备管理标准",
      ])
    ),
    item(
      "6.1",
      "有平台要求标准",
      10,
      eachLine(
        "每缺一项扣3分",
        3,
        ["1 有平台一般要求", "2 有平台指挥体系要求", "3 有平台功能要求"],
        "有平台要求标准"
      ),
      { parentTitle: PLATFORM }
    ),
    item(
      "6.2",
      "有数据库要求",
      10,
      eachLine(
        "每缺一项扣3分",
        3,
        [
          "1 有市级城市运行数据库要求",
          "2 有区（县）级城市运行数据库要求",
          "3 有街（镇）城市运行数据要求",
        ],
        "有数据库要求"
      ),
      { parentTitle: PLATFORM }
    ),
    item(
      "6.3",
      "有数据共享和数据交换接口要求",
      10,
      eachLine(
        "每缺一项扣3分",
        3,
        ["1 有总体要求", "2 有平台接口调用流程要求", "3 有平台接口安全验证要求"],
        "有数据共享和数据交换接口要求"
      ),
      { parentTitle: PLATFORM }
    ),
    item(
      "6.4",
      "有智能化建设规范",
      10,
      eachLine(
        "每缺一项扣3分",
        3,
        [
          "1 有物联智联系统建设规范",
          "2 有相关信息系统和应用接入、集成规范",
          "3 有主题数据库建设与应用规范",
          "4 有智能化信息系统建设规范",
        ],
        "有智能化建设规范"
      ),
      { parentTitle: PLATFORM }
    ),
    item(
      "6.5",
      "有平台基础环境标准",
      10,
      eachLine("每缺一项扣3分", 3, [
        "有平台基础环境标准",
        "有平台建设与验收标准",
        "有平台运行与维护标准",
        "有信息安全管理标准",
        "有机制体制保障标准",
      ]),
      {
        parentTitle: PLATFORM,
        note: "本组在标准中没有编号的子项列表：“有平台基础环境标准”所在行载明10分和“每缺一项扣3分”，其后四行为并列要求，故五项各为一行。",
      }
    ),
    item(
      "7",
      "能源与环境卫生管理",
      5,
      eachLine("每缺一项扣1分", 1, [
        "有落实国家法律、法规、标准要求应采用的管理措施",
        "有用能和节能管理规范",
        "有环境质量管理标准",
        "有卫生管理标准",
        "有职业健康管理标准",
      ])
    ),
    item(
      "8",
      "安全与应急管理",
      5,
      eachLine("每缺一项扣1分", 1, [
        "有安全标准、报警信号、危险因素分类等安全标准",
        "有突发事件应对预案、上报程序、检查与处置程序标准",
        "有安全管理、安全防护等标准",
        "有设施、设备安全标准",
      ])
    ),
    item("9", "监督与考评管理", 10, [
      ...eachLine("每缺一项扣2分", 2, ["有特殊案件督查督办标准", "有监督检查标准"]),
      ...eachLine(
        "每缺一项扣2分",
        2,
        ["1 有管理部门人员考评标准", "2 有服务部门人员考评标准"],
        "有工作人员考评标准："
      ),
      ...eachLine("每缺一项扣2分", 2, ["有社会监督标准", "有互联网+监管标准"]),
    ]),
    item(
      "10",
      "评价与改进管理",
      10,
      eachLine("每缺一项扣2分", 2, [
        "有服务满意度测评指标体系与模型标准",
        "有服务满意度测评调查问卷设计标准",
        "有服务满意度测评实施程序",
        "有服务满意度测评数据与分析标准",
        "有实施改进措施",
        "有对改进效果的验证与评估",
      ])
    ),
  ]
);

export const TABLE_A5 = table("A.5", "岗位工作标准体系要求", "五、岗位工作标准", 50, "得分", [
  item(
    "1",
    "体系结构",
    10,
    structureLines(2, {
      elementsRule: "未达到一项，扣2分",
      lastRequirement: "网格服务通用基础标准完整、齐全，满足要求",
      elementsMissRule: "体系要素不全，不能满足需求扣2分",
      notMetRule: "不符合扣2分",
    })
  ),
  item(
    "2",
    "管理部门岗位工作标准",
    20,
    eachLine("每缺一项扣3分", 3, [
      "有决策与管理部门人员岗位工作标准",
      "有指挥调度部门人员岗位工作标准",
      "有监督考核部门人员岗位工作标准",
      "有业务处置部门人员岗位工作标准",
      "有联动处置部门人员岗位工作标准",
      "有信息技术部门人员岗位工作标准",
    ])
  ),
  item(
    "3",
    "服务部门岗位工作标准",
    20,
    eachLine("每缺一项扣3分", 3, [
      "有社会工作者岗位工作标准",
      "有社区工作者岗位工作标准",
      "有社会力量岗位工作标准",
      "有网格员工作标准",
    ])
  ),
]);

export const TABLE_A6 = table("A.6", "标准实施", "六、标准实施", 60, "分值", [
  item("1", "标准的宣贯和培训", 10, [
    {
      kind: "deduction",
      requirement: "有宣贯培训记录，全员参训率达80%以上",
      rule: "未达到，扣2分",
      maxDeduction: 2,
    },
    {
      kind: "deduction",
      requirement: "各岗位人员能掌握相关标准，具有一定标准化知识",
      rule: "未达到，扣2分",
      maxDeduction: 2,
    },
  ]),
  item("2", "标准实施准备", 15, [
    { kind: "deduction", requirement: "有标准实施的措施", rule: "不具备，扣3分", maxDeduction: 3 },
    {
      kind: "deduction",
      requirement: "具备标准实施的必要条件",
      rule: "不具备，扣3分",
      maxDeduction: 3,
    },
  ]),
  item("3", "标准实施情况", 15, [
    { kind: "deduction", requirement: "有标准实施的记录", rule: "不完整扣3分", maxDeduction: 3 },
    {
      kind: "deduction",
      requirement: "检查服务过程中标准的执行情况",
      rule: "不完整扣3分",
      maxDeduction: 3,
    },
  ]),
  item(
    "4",
    "标准实施检查",
    10,
    eachLine("不齐全，每少一项扣1分", 1, [
      "有标准实施检查制度",
      "有标准实施检查的机构和人员、职责、权限明确",
      "有开展标准实施检查工作计划或日常检查程序",
      "有标准实施检查记录和问题处理记录",
    ])
  ),
  item(
    "5",
    "持续改进",
    10,
    eachLine("每缺一项扣2分", 2, [
      "建立标准化工作持续改进的程序或制度",
      "有持续改进的工作方案或计划",
      "有检查、评审、纠错等持续改进的记录。",
    ])
  ),
]);

export const TABLE_A7 = table("A.7", "绩效评估", "七、绩效评估", 60, "分值", [
  tiered(
    "1",
    "服务质量",
    20,
    "satisfaction",
    [
      { min: 90, points: 20, text: "服务对象满意度达到90%以上得20分" },
      { min: 80, points: 15, text: "服务对象满意度达到80%以上得15分" },
      { min: 60, points: 10, text: "服务对象满意度达到60%以上得10分" },
    ],
    "服务对象满意度达到60%以下得0分"
  ),
  tiered("2", "服务效率", 20, "time-reduction", [
    { min: 80, points: 20, text: "服务效率缩短时间率达80%以上得20分" },
    { min: 60, points: 18, text: "服务效率缩短时间率达60%以上得18分" },
    { min: 50, points: 16, text: "服务效率缩短时间率达50%以上得16分" },
    { min: 30, points: 14, text: "服务效率缩短时间率达30%以上得14分" },
    { min: 20, points: 12, text: "服务效率缩短时间率达20%以上得12分" },
    { min: 10, points: 10, text: "服务效率缩短时间率达10%以上得10分" },
  ]),
  levels("3", "品牌效应", 10, [
    { level: "national", points: 10, text: "国家级知名品牌或奖励得10分", fromStandard: true },
    { level: "provincial", points: 5, text: "省级知名品牌或奖励得5分", fromStandard: true },
    { level: "municipal", points: 3, text: "地（市）级知名品牌或奖励得3分", fromStandard: true },
    { level: "none", points: 0, text: "无品牌或奖励（0分）", fromStandard: false },
  ]),
  levels("4", "社会效益", 10, [
    { level: "significant", points: 10, text: "社会效益显著提高的得10分", fromStandard: true },
    { level: "over10", points: 5, text: "比实行标准化以前提高10%以上的得5分", fromStandard: true },
    { level: "over5", points: 3, text: "比实行标准化以前提高5%以上的得3分", fromStandard: true },
    { level: "none", points: 0, text: "未达到以上（0分）", fromStandard: false },
  ]),
]);
