import { useCallback, useState } from "react";
import { formatProblem } from "../../../engine";
import { checkAgreed } from "../../../merge/deliberation";
import { useStrings } from "../../i18n";
import type { AgreedScoreFormProps, AgreedScoreFormState } from "./AgreedScoreForm.types";

/** A decimal as typed: digits with an optional sign and fraction (the pane's own entry; a cell would hold a number). */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The agreed-score form of one item: checks by the deliberation rule (merge/deliberation checkAgreed: a number
 * with at most 2 decimals within [0, cap], and a reason) and hands a valid entry on; a blank score clears it.
 */
export function useAgreedScoreForm(props: AgreedScoreFormProps): AgreedScoreFormState {
  const strings = useStrings();
  const t = strings.merge.deliberation;
  const [agreed, setAgreed] = useState(props.initial.agreed);
  const [reason, setReason] = useState(props.initial.reason);
  const [dissent, setDissent] = useState(props.initial.dissent);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const { itemId, cap, onAgree, planReason } = props;

  const submit = useCallback(() => {
    const typed = agreed.trim();
    const value = typed === "" ? null : DECIMAL.test(typed) ? Number(typed) : typed;
    const checked = checkAgreed(itemId, cap, value, reason, planReason);
    if (checked.problems.length > 0) {
      setErrors(checked.problems.map((p) => formatProblem(p, strings.locale)));
      return;
    }
    setErrors([]);
    onAgree({
      itemId,
      agreed: checked.agreed ?? null,
      reason: reason.trim(),
      dissent: dissent.trim(),
    });
  }, [agreed, cap, dissent, itemId, onAgree, planReason, reason, strings.locale]);

  const clear = useCallback(() => {
    setAgreed("");
    setReason("");
    setErrors([]);
    onAgree({ itemId, agreed: null, reason: "", dissent: dissent.trim() });
  }, [dissent, itemId, onAgree]);

  return {
    t,
    agreed,
    reason,
    dissent,
    setAgreed,
    setReason,
    setDissent,
    errors,
    submit,
    clear,
  };
}
