import { useState } from "react";
import { useStrings } from "../../taskpane/i18n";
import type { PasteHelperProps, PasteHelperState } from "./PasteHelper.types";

/** What a user's Ctrl+V does: a block of tab-separated values at a top-left cell, validation bypassed. */
export function usePasteHelper(props: PasteHelperProps): PasteHelperState {
  const strings = useStrings();
  const [values, setValues] = useState("");
  const [target, setTarget] = useState("");
  return {
    strings,
    values,
    setValues,
    target,
    setTarget,
    submit: (event) => {
      event.preventDefault();
      props.onPaste(target, values);
    },
  };
}
