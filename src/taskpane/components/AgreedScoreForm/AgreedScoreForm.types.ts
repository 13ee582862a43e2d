import type { AgreedEntry } from "../../../office/types";
import type { DeliberationStrings } from "../../i18n/strings.deliberation";

export interface AgreedScoreFormProps {
  readonly itemId: string;
  /** The item's cap in points. */
  readonly cap: number;
  /** What is recorded so far (the agreed score as text, "" when none). */
  readonly initial: { readonly agreed: string; readonly reason: string; readonly dissent: string };
  /** Receives a checked entry: a valid agreed score with its reason, or null to clear it. */
  readonly onAgree: (entry: AgreedEntry) => void;
  readonly disabled?: boolean;
  /** The plan's reason when the group's plan fixed the item as 不适用 (7.2): no agreed score is accepted. */
  readonly planReason?: string;
}

export interface AgreedScoreFormState {
  t: DeliberationStrings;
  agreed: string;
  reason: string;
  dissent: string;
  setAgreed: (value: string) => void;
  setReason: (value: string) => void;
  setDissent: (value: string) => void;
  /** The problems of the last attempt, in the pane's language (the item named). */
  errors: readonly string[];
  submit: () => void;
  clear: () => void;
}
