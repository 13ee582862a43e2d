import type { EvaluationMeta } from "../../../engine";
import { isLevel, isRole } from "../MetaForm/levels";
import type { MetaDraft } from "./ScoresheetView.types";

export const EMPTY_DRAFT: MetaDraft = {
  organization: "",
  level: "",
  evaluator: "",
  role: "",
  date: "",
};

/** The metadata to write: trimmed, with empty fields left out. */
export function draftToMeta(draft: MetaDraft): EvaluationMeta {
  const organization = draft.organization.trim();
  const evaluator = draft.evaluator.trim();
  const date = draft.date.trim();
  return {
    ...(organization ? { organization } : {}),
    ...(draft.level ? { level: draft.level } : {}),
    ...(evaluator ? { evaluator } : {}),
    ...(draft.role ? { role: draft.role } : {}),
    ...(date ? { date } : {}),
  };
}

/** The form prefilled from a scoresheet's metadata. */
export function metaToDraft(meta: EvaluationMeta): MetaDraft {
  return {
    organization: meta.organization ?? "",
    level: meta.level && isLevel(meta.level) ? meta.level : "",
    evaluator: meta.evaluator ?? "",
    role: meta.role && isRole(meta.role) ? meta.role : "",
    date: meta.date ?? "",
  };
}
