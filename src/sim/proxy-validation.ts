/**
 * Proxy of Excel.DataValidation. Rules are stored on the range (anchored at its top-left cell)
 * and enforced only by SimHost.typeValue; Office.js writes never check them (as in Excel).
 * Changing validation on a protected sheet fails at sync.
 */
import { formatAbsoluteAddress } from "./addresses";
import { ProxyBase, type SimRequestContext } from "./proxy-base";
import { type RangeHandle, isRangeHandle } from "./proxy-types";
import { cellPassesValidation, validationAt } from "./user-edits";
import {
  type SimErrorAlert,
  type SimPrompt,
  type ValidationSettings,
  normalizeRule,
  ruleTypeName,
  toOfficeRule,
} from "./validation";

const MAX_CHECKED_CELLS = 10000;

/** Proxy of Excel.DataValidation. */
export class DataValidationProxy extends ProxyBase {
  protected readonly entityName = "DataValidation";
  private readonly range: RangeHandle;

  constructor(ctx: SimRequestContext, range: RangeHandle) {
    super(ctx);
    this.range = range;
  }

  protected exists(): boolean {
    return true;
  }

  protected scalarNames(): readonly string[] {
    return ["rule", "type", "errorAlert", "prompt", "ignoreBlanks", "valid"];
  }

  private topLeft(): ValidationSettings {
    const { sheet, rect } = this.range.target();
    return validationAt(sheet, rect.startRow, rect.startCol);
  }

  protected snapshot(name: string): unknown {
    const settings = this.topLeft();
    switch (name) {
      case "rule":
        return toOfficeRule(settings.rule);
      case "type":
        return ruleTypeName(settings.rule);
      case "errorAlert":
        return { ...settings.errorAlert };
      case "prompt":
        return { ...settings.prompt };
      case "ignoreBlanks":
        return settings.ignoreBlanks;
      case "valid":
        return this.allValid();
      default:
        return undefined;
    }
  }

  private allValid(): boolean {
    const { sheet, rect } = this.range.target();
    const state = this.ctx.state;
    let checked = 0;
    for (let r = rect.startRow; r <= rect.endRow; r += 1) {
      for (let c = rect.startCol; c <= rect.endCol; c += 1) {
        if (!cellPassesValidation(state, sheet, r, c, state.readValue(sheet, r, c))) return false;
        checked += 1;
        if (checked >= MAX_CHECKED_CELLS) return true;
      }
    }
    return true;
  }

  private patch(field: string, value: unknown, build: () => Partial<ValidationSettings>): void {
    this.setField(field, value, () => {
      const { sheet, rect } = this.range.target();
      this.ctx.state.assertProtectionAllows(sheet, null, `DataValidation.${field}`);
      sheet.validations.apply(rect, build());
    });
  }

  get rule(): Record<string, unknown> {
    return this.getField("rule");
  }
  set rule(value: Record<string, unknown>) {
    this.patch("rule", value, () => {
      const { rect } = this.range.target();
      const resolveRange = (x: unknown): string | undefined => {
        if (!isRangeHandle(x)) return undefined;
        const t = x.target();
        return `=${formatAbsoluteAddress(t.sheet.name, t.rect)}`;
      };
      return { rule: normalizeRule(value, resolveRange, rect.startRow, rect.startCol) };
    });
  }
  get type(): string {
    return this.getField("type");
  }
  get valid(): boolean {
    return this.getField("valid");
  }
  get errorAlert(): SimErrorAlert {
    return this.getField("errorAlert");
  }
  set errorAlert(value: Partial<SimErrorAlert>) {
    this.patch("errorAlert", value, () => ({
      errorAlert: { ...this.topLeft().errorAlert, ...value },
    }));
  }
  get prompt(): SimPrompt {
    return this.getField("prompt");
  }
  set prompt(value: Partial<SimPrompt>) {
    this.patch("prompt", value, () => ({ prompt: { ...this.topLeft().prompt, ...value } }));
  }
  get ignoreBlanks(): boolean {
    return this.getField("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.patch("ignoreBlanks", value, () => ({ ignoreBlanks: value }));
  }

  /** Removes validation from the range. */
  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.range.target();
      this.ctx.state.assertProtectionAllows(sheet, null, "DataValidation.clear");
      sheet.validations.apply(rect, {}, true);
    });
  }
}
