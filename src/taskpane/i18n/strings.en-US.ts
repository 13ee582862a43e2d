import type { Strings } from "./types";

/** English, for Office installations whose display language is not Chinese. */
export const stringsEnUS: Strings = {
  locale: "en-US",
  app: {
    title: "Grid governance evaluation",
    subtitle: "T/CSSG 001.5-2020 Appendix A scoresheet",
    mainLabel: "Evaluation workspace",
    placeholder: "Tools to create, fill in, check and total the scoresheet will appear here.",
    statusReady: "Ready",
  },
  preview: {
    title: "gridscore preview (simulated Excel)",
    gridLabel: "Simulated worksheet",
    gridPlaceholder: "The simulated worksheet view is not installed yet.",
  },
};
