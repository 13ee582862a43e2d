import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { EditResult } from "../../sim";
import { useStrings } from "../../taskpane/i18n";
import { buildGridModel, moveFrom, parseCell, parseTsv } from "./gridModel";
import type { EditAlert, SimGridProps, SimGridState } from "./SimGrid.types";

/**
 * The simulated workbook as an editable grid: re-reads the host on every change it reports (API writes,
 * typing, paste, selection), types through host.typeValue (data validation like Excel's stop alert) and
 * pastes through host.paste (no validation, like Ctrl+V).
 */
export function useSimGrid(props: SimGridProps): SimGridState {
  const { host } = props;
  const strings = useStrings();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<SimGridState["editing"]>(undefined);
  const [alert, setAlert] = useState<EditAlert | undefined>(undefined);
  const [warning, setWarning] = useState<SimGridState["warning"]>(undefined);
  const [status, setStatus] = useState("");
  const [nameBoxDraft, setNameBoxDraft] = useState<string | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState(0);
  /** Guards against committing twice (Enter, then the blur that follows). */
  const committing = useRef(false);

  useEffect(() => host.subscribe(() => setVersion((v) => v + 1)), [host]);

  const sheets = useMemo(
    () => host.getSheetNames().filter((n) => host.getSheetInfo(n).visibility === "Visible"),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-read whenever the host reports a change
    [host, version]
  );
  const hostActive = host.getActiveSheetName();
  const activeSheet = sheets.includes(hostActive) ? hostActive : (sheets[0] ?? hostActive);
  const model = useMemo(
    () => buildGridModel(host, activeSheet),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-read whenever the host reports a change
    [host, activeSheet, version]
  );
  const selection = host.getSelection();
  const selected =
    selection.sheet === activeSheet ? (selection.address.split(":")[0] ?? "A1") : "A1";

  const selectCell = useCallback(
    (address: string) => {
      host.select(activeSheet, address);
      setNameBoxDraft(undefined);
      setFocusRequest((n) => n + 1);
    },
    [activeSheet, host]
  );

  const activateSheet = useCallback(
    (sheet: string) => {
      setEditing(undefined);
      host.select(sheet, "A1");
      setNameBoxDraft(undefined);
    },
    [host]
  );

  const showResult = useCallback(
    (result: EditResult, retry: EditAlert["retry"], done: string): boolean => {
      if (!result.accepted) {
        setAlert({
          title: result.title ?? "Microsoft Excel",
          message: result.reason
            ? strings.preview.alertReasons[result.reason]
            : (result.message ?? ""),
          retry,
        });
        return false;
      }
      setWarning(result.warning);
      setStatus(done);
      return true;
    },
    [strings]
  );

  const startEdit = useCallback(
    (address: string, initial?: string) => {
      committing.current = false;
      const cell = model.rows.flatMap((r) => r.cells).find((c) => c.address === address);
      setEditing({ address, text: initial ?? cell?.editText ?? "" });
    },
    [model]
  );

  const commitEdit = useCallback(
    (move: "down" | "right" | "none") => {
      if (!editing || committing.current) return;
      committing.current = true;
      const { address, text } = editing;
      setEditing(undefined);
      const result = host.typeValue(activeSheet, address, text);
      if (showResult(result, { address, text }, "")) {
        // Enter moves down and Tab right, like Excel; a click elsewhere keeps that click's selection.
        if (move !== "none")
          host.select(
            activeSheet,
            move === "down" ? moveFrom(model, address, 1, 0) : moveFrom(model, address, 0, 1)
          );
        setFocusRequest((n) => n + 1);
      }
      // Rejected: the stop alert takes focus; closing it gives focus back to the cell.
    },
    [activeSheet, editing, host, model, showResult]
  );

  const cancelEdit = useCallback(() => {
    committing.current = true;
    setEditing(undefined);
    setFocusRequest((n) => n + 1);
  }, []);

  const onGridKeyDown = useCallback(
    (event: React.KeyboardEvent<HTMLElement>) => {
      if (editing) return;
      const moves: Record<string, [number, number]> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
      };
      const delta = moves[event.key];
      if (delta) {
        event.preventDefault();
        selectCell(moveFrom(model, selected, delta[0], delta[1]));
        return;
      }
      if (event.key === "Enter" || event.key === "F2") {
        event.preventDefault();
        startEdit(selected);
        return;
      }
      if (event.key === "Delete" || event.key === "Backspace") {
        event.preventDefault();
        showResult(host.typeValue(activeSheet, selected, ""), undefined, "");
        return;
      }
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        startEdit(selected, event.key);
      }
    },
    [activeSheet, editing, host, model, selectCell, selected, showResult, startEdit]
  );

  const paste = useCallback(
    (target: string, tsv: string) => {
      const at = target.trim() || selected;
      if (!parseCell(at)) {
        setStatus(strings.preview.badAddress(at));
        return;
      }
      const result = host.paste(activeSheet, at.toUpperCase(), parseTsv(tsv));
      showResult(result, undefined, strings.preview.pasted(at.toUpperCase()));
    },
    [activeSheet, host, selected, showResult, strings]
  );

  const goToNameBox = useCallback(() => {
    const text = (nameBoxDraft ?? selected).trim();
    if (!parseCell(text)) {
      setStatus(strings.preview.badAddress(text));
      return;
    }
    selectCell(text.toUpperCase());
  }, [nameBoxDraft, selectCell, selected, strings]);

  return {
    strings,
    sheets,
    activeSheet,
    protectedSheet: model.protectedSheet,
    columns: model.columns,
    rows: model.rows,
    frozenRows: model.frozenRows,
    selected,
    editing,
    alert,
    warning,
    status,
    nameBox: nameBoxDraft ?? selected,
    setNameBox: setNameBoxDraft,
    goToNameBox,
    activateSheet,
    selectCell,
    startEdit,
    setEditText: (text: string) => setEditing((e) => (e ? { ...e, text } : e)),
    commitEdit,
    cancelEdit,
    onGridKeyDown,
    retryAlert: () => {
      const retry = alert?.retry;
      setAlert(undefined);
      if (retry) {
        committing.current = false;
        setEditing(retry);
      }
    },
    closeAlert: () => {
      setAlert(undefined);
      setFocusRequest((n) => n + 1);
    },
    dismissWarning: () => setWarning(undefined),
    paste,
    focusRequest,
  };
}
