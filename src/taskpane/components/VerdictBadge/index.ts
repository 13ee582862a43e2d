export { VerdictBadge } from "./VerdictBadge";
export type { VerdictBadgeProps } from "./VerdictBadge.types";
