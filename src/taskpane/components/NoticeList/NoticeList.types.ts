import type { Operation } from "../../i18n";
import type { Notice } from "../ScoresheetView/ScoresheetView.types";

export interface NoticeListProps {
  notices: readonly Notice[];
  onDismiss: (operation: Operation) => void;
  /** Operations whose notice is a standing state, shown without a dismiss button (default: connect). */
  persistent?: readonly Operation[];
}
