import type { Strings } from "./types";

/** Simplified Chinese, the default: the standard and its users are Chinese. */
export const stringsZhCN: Strings = {
  locale: "zh-CN",
  app: {
    title: "网格化治理标准体系评价",
    subtitle: "T/CSSG 001.5-2020 附录A 评价表",
    mainLabel: "评价工作区",
    placeholder: "评价表的生成、填写、校验和汇总功能将显示在这里。",
    statusReady: "就绪",
  },
  preview: {
    title: "gridscore 预览（模拟 Excel）",
    gridLabel: "模拟工作表",
    gridPlaceholder: "模拟工作表视图尚未安装。",
  },
};
