import type { Strings } from "../../taskpane/i18n";

export interface PasteHelperProps {
  /** The selected cell, used when no target is typed. */
  selected: string;
  onPaste: (target: string, tsv: string) => void;
}

export interface PasteHelperState {
  strings: Strings;
  values: string;
  setValues: (text: string) => void;
  target: string;
  setTarget: (text: string) => void;
  submit: (event: React.FormEvent) => void;
}
