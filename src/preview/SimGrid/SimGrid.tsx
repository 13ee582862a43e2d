import { useEffect, useRef } from "react";
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import { EditAlertDialog } from "../EditAlertDialog";
import { PasteHelper } from "../PasteHelper";
import { parseCell } from "./gridModel";
import type { SimGridProps } from "./SimGrid.types";
import { useSimGrid } from "./useSimGrid";
import { useSimGridStyles } from "./useSimGridStyles";

/** The simulated workbook in #sim-grid: name box, the active sheet's cells, sheet tabs, a paste helper. */
export function SimGrid(props: SimGridProps): JSX.Element {
  const state = useSimGrid(props);
  const styles = useSimGridStyles();
  const p = state.strings.preview;
  const tableRef = useRef<HTMLTableElement>(null);
  const selectedAt = parseCell(state.selected);

  // Move keyboard focus to the selected cell after the user moved the selection or closed an alert.
  useEffect(() => {
    if (state.focusRequest === 0) return;
    tableRef.current
      ?.querySelector<HTMLElement>(`td[data-address="${state.selected}"]`)
      ?.focus({ preventScroll: false });
  }, [state.focusRequest, state.selected]);

  // Keep the selected cell in view when something else (the pane's "go to cell") selects it.
  useEffect(() => {
    tableRef.current
      ?.querySelector<HTMLElement>(`td[data-address="${state.selected}"]`)
      ?.scrollIntoView?.({ block: "nearest", inline: "nearest" }); // absent in jsdom
  }, [state.selected, state.activeSheet]);

  return (
    <div className={styles.root} data-testid="sim-root">
      <div className={styles.toolbar}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            state.goToNameBox();
          }}
        >
          <Field label={p.nameBox} size="small">
            <Input
              size="small"
              className={styles.nameBox}
              name="name-box"
              value={state.nameBox}
              onChange={(_, data) => state.setNameBox(data.value)}
            />
          </Field>
        </form>
        <div className={styles.status} role="status" aria-live="polite" data-testid="sim-status">
          {state.status}
        </div>
      </div>
      {state.warning ? (
        <MessageBar intent="warning" className={styles.warning}>
          <MessageBarBody>
            <MessageBarTitle>{state.warning.title}</MessageBarTitle>
            {state.warning.message} {p.warningKept}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.scroller}>
        {state.sheets.length === 0 ? (
          <Text as="p" className={styles.empty}>
            {p.emptySheet}
          </Text>
        ) : (
          <table
            ref={tableRef}
            role="grid"
            aria-label={`${p.gridLabel} ${state.activeSheet}`}
            className={styles.table}
            data-sheet={state.activeSheet}
            onKeyDown={state.onGridKeyDown}
          >
            <colgroup>
              <col style={{ width: 40 }} />
              {state.columns.map((c) => (
                <col key={c.index} style={{ width: c.width }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <td className={styles.corner} />
                {state.columns.map((c) => (
                  <th
                    key={c.index}
                    scope="col"
                    className={mergeClasses(
                      styles.colHeader,
                      selectedAt?.col === c.index && styles.headerActive
                    )}
                  >
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {state.rows.map((row) => (
                <tr key={row.index} style={row.height ? { height: row.height } : undefined}>
                  <th
                    scope="row"
                    className={mergeClasses(
                      styles.rowHeader,
                      selectedAt?.row === row.index && styles.headerActive
                    )}
                  >
                    {row.label}
                  </th>
                  {row.cells.map((cell) => {
                    const isSelected = cell.address === state.selected;
                    const isEditing = state.editing?.address === cell.address;
                    return (
                      <td
                        key={cell.address}
                        data-address={cell.address}
                        data-highlighted={cell.highlighted ? "true" : undefined}
                        rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                        colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                        tabIndex={isSelected ? 0 : -1}
                        aria-selected={isSelected}
                        aria-readonly={state.protectedSheet && cell.locked ? true : undefined}
                        className={mergeClasses(
                          styles.cell,
                          !cell.locked && styles.unlocked,
                          isSelected && styles.selected
                        )}
                        style={cell.style}
                        title={cell.text.length > 12 ? cell.text : undefined}
                        onMouseDown={() => {
                          if (!isEditing) state.selectCell(cell.address);
                        }}
                        onDoubleClick={() => state.startEdit(cell.address)}
                      >
                        {isEditing && state.editing ? (
                          <input
                            className={styles.editor}
                            aria-label={p.editCell(cell.address)}
                            autoFocus
                            value={state.editing.text}
                            onChange={(e) => state.setEditText(e.target.value)}
                            onKeyDown={(e) => {
                              if (e.key === "Enter") {
                                e.preventDefault();
                                state.commitEdit("down");
                              } else if (e.key === "Tab") {
                                e.preventDefault();
                                state.commitEdit("right");
                              } else if (e.key === "Escape") {
                                e.preventDefault();
                                state.cancelEdit();
                              }
                              e.stopPropagation();
                            }}
                            onBlur={() => state.commitEdit("none")}
                          />
                        ) : (
                          cell.text
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div role="tablist" aria-label={p.sheetTabs} className={styles.tabs}>
        {state.sheets.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === state.activeSheet}
            tabIndex={name === state.activeSheet ? 0 : -1}
            className={mergeClasses(styles.tab, name === state.activeSheet && styles.tabActive)}
            data-sheet-tab={name}
            onClick={() => state.activateSheet(name)}
            onKeyDown={(e) => {
              const i = state.sheets.indexOf(name);
              const next =
                e.key === "ArrowRight"
                  ? state.sheets[(i + 1) % state.sheets.length]
                  : e.key === "ArrowLeft"
                    ? state.sheets[(i - 1 + state.sheets.length) % state.sheets.length]
                    : undefined;
              if (next) {
                e.preventDefault();
                state.activateSheet(next);
                const tabs = e.currentTarget.parentElement;
                requestAnimationFrame(() =>
                  tabs?.querySelector<HTMLElement>(`[data-sheet-tab="${next}"]`)?.focus()
                );
              }
            }}
          >
            {name}
          </button>
        ))}
      </div>
      <PasteHelper selected={state.selected} onPaste={state.paste} />
      <EditAlertDialog alert={state.alert} onRetry={state.retryAlert} onClose={state.closeAlert} />
    </div>
  );
}
