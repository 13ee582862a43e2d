/**
 * Conditional format proxies: ConditionalFormatCollection.add("Custom" | "CellValue"),
 * ConditionalFormat, its custom rule/format and cellValue rule/format. Adding or changing a
 * conditional format on a protected sheet fails at sync.
 */
import { rectsIntersect } from "./addresses";
import { type CfOperator, type ConditionalFormatState, emptyCfFormat } from "./conditional-formats";
import { invalidArgument, itemNotFound } from "./errors";
import { normalizeColor } from "./layers";
import {
  CollectionProxyBase,
  ProxyBase,
  type SimClientResult,
  type SimRequestContext,
  queueResult,
} from "./proxy-base";
import type { RangeHandle } from "./proxy-types";
import type { SheetState } from "./sheet-state";

interface CfTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

type CfLocator = () => CfTarget;

function guarded(
  ctx: SimRequestContext,
  locate: CfLocator,
  where: string,
  mutate: (t: CfTarget) => void
): void {
  ctx.enqueue(() => {
    const t = locate();
    ctx.state.assertProtectionAllows(t.sheet, null, where);
    mutate(t);
  });
}

/** Proxy of Excel.ConditionalFill / ConditionalRangeFont rolled into one part proxy. */
class CfPartProxy extends ProxyBase {
  protected readonly entityName: string;
  private readonly locate: CfLocator;
  private readonly part: "fill" | "font";

  constructor(ctx: SimRequestContext, locate: CfLocator, part: "fill" | "font") {
    super(ctx);
    this.locate = locate;
    this.part = part;
    this.entityName = part === "fill" ? "ConditionalFill" : "ConditionalRangeFont";
  }
  protected exists(): boolean {
    return true;
  }
  protected scalarNames(): readonly string[] {
    return this.part === "fill" ? ["color"] : ["color", "bold", "italic"];
  }
  protected snapshot(name: string): unknown {
    const f = this.locate().cf.format;
    if (name === "color") return this.part === "fill" ? f.fill : f.fontColor;
    if (name === "bold") return f.bold;
    if (name === "italic") return f.italic;
    return undefined;
  }
  get color(): string {
    return this.getField("color");
  }
  set color(v: string) {
    this.setField("color", v, () => {
      const t = this.locate();
      this.ctx.state.assertProtectionAllows(t.sheet, null, `${this.entityName}.color`);
      if (this.part === "fill") t.cf.format.fill = normalizeColor(v);
      else t.cf.format.fontColor = normalizeColor(v);
    });
  }
  get bold(): boolean {
    return this.getField("bold");
  }
  set bold(v: boolean) {
    this.setField("bold", v, () => {
      const t = this.locate();
      this.ctx.state.assertProtectionAllows(t.sheet, null, `${this.entityName}.bold`);
      t.cf.format.bold = v;
    });
  }
  get italic(): boolean {
    return this.getField("italic");
  }
  set italic(v: boolean) {
    this.setField("italic", v, () => {
      const t = this.locate();
      this.ctx.state.assertProtectionAllows(t.sheet, null, `${this.entityName}.italic`);
      t.cf.format.italic = v;
    });
  }
  /** Removes the fill / font override. */
  clear(): void {
    guarded(this.ctx, this.locate, `${this.entityName}.clear`, (t) => {
      if (this.part === "fill") t.cf.format.fill = null;
      else t.cf.format = { ...t.cf.format, fontColor: null, bold: null, italic: null };
    });
  }
}

/** Proxy of Excel.ConditionalRangeFormat (fill + font). */
export class CfFormatProxy {
  readonly fill: CfPartProxy;
  readonly font: CfPartProxy;
  constructor(ctx: SimRequestContext, locate: CfLocator) {
    this.fill = new CfPartProxy(ctx, locate, "fill");
    this.font = new CfPartProxy(ctx, locate, "font");
  }
}

/** Proxy of Excel.ConditionalFormatRule (custom formula). */
export class CfFormulaRuleProxy extends ProxyBase {
  protected readonly entityName = "ConditionalFormatRule";
  private readonly locate: CfLocator;
  constructor(ctx: SimRequestContext, locate: CfLocator) {
    super(ctx);
    this.locate = locate;
  }
  protected exists(): boolean {
    return true;
  }
  protected scalarNames(): readonly string[] {
    return ["formula"];
  }
  protected snapshot(name: string): unknown {
    return name === "formula" ? this.locate().cf.formula : undefined;
  }
  get formula(): string {
    return this.getField("formula");
  }
  set formula(v: string) {
    this.setField("formula", v, () => {
      const t = this.locate();
      this.ctx.state.assertProtectionAllows(t.sheet, null, "ConditionalFormatRule.formula");
      if (!this.ctx.state.formulaIsValid(v.startsWith("=") ? v : `=${v}`))
        throw invalidArgument("ConditionalFormatRule.formula");
      t.cf.formula = v;
    });
  }
}

/** Proxy of Excel.CustomConditionalFormat / CellValueConditionalFormat. */
export class CfKindProxy extends ProxyBase {
  protected readonly entityName: string;
  private readonly locate: CfLocator;
  readonly format: CfFormatProxy;
  private readonly formulaRule: CfFormulaRuleProxy;
  private readonly kind: "Custom" | "CellValue";

  constructor(ctx: SimRequestContext, locate: CfLocator, kind: "Custom" | "CellValue") {
    super(ctx);
    this.locate = locate;
    this.kind = kind;
    this.entityName = kind === "Custom" ? "CustomConditionalFormat" : "CellValueConditionalFormat";
    this.format = new CfFormatProxy(ctx, locate);
    this.formulaRule = new CfFormulaRuleProxy(ctx, locate);
  }
  protected exists(): boolean {
    return true;
  }
  protected scalarNames(): readonly string[] {
    return this.kind === "CellValue" ? ["rule"] : [];
  }
  protected override navigation(name: string): ProxyBase | undefined {
    return name === "rule" && this.kind === "Custom" ? this.formulaRule : undefined;
  }
  protected snapshot(name: string): unknown {
    const cf = this.locate().cf;
    return name === "rule" && this.kind === "CellValue" ? { ...cf.cellValueRule } : undefined;
  }
  /** Custom: a ConditionalFormatRule proxy; CellValue: the loaded {formula1, formula2, operator}. */
  get rule(): unknown {
    return this.kind === "Custom" ? this.formulaRule : this.getField("rule");
  }
  set rule(v: unknown) {
    if (this.kind === "Custom") {
      const formula = (v as { formula?: unknown } | null)?.formula;
      if (typeof formula === "string") this.formulaRule.formula = formula;
      return;
    }
    this.setField("rule", v, () => {
      const t = this.locate();
      this.ctx.state.assertProtectionAllows(t.sheet, null, "CellValueConditionalFormat.rule");
      const r = v as { formula1?: unknown; formula2?: unknown; operator?: unknown } | null;
      if (!r || typeof r.formula1 !== "string" || typeof r.operator !== "string")
        throw invalidArgument("CellValueConditionalFormat.rule");
      const operator = r.operator.replace(/OrEqualTo$/, "OrEqual") as CfOperator;
      t.cf.cellValueRule =
        typeof r.formula2 === "string"
          ? { formula1: r.formula1, formula2: r.formula2, operator }
          : { formula1: r.formula1, operator };
    });
  }
}

/** Proxy of Excel.ConditionalFormat. */
export class ConditionalFormatProxy extends ProxyBase {
  protected readonly entityName = "ConditionalFormat";
  private readonly locate: CfLocator;
  readonly custom: CfKindProxy;
  readonly cellValue: CfKindProxy;
  /** The collection's range, to make the range getRange returns. */
  private readonly range: RangeHandle;

  constructor(ctx: SimRequestContext, locate: CfLocator, range: RangeHandle) {
    super(ctx);
    this.locate = locate;
    this.range = range;
    this.custom = new CfKindProxy(ctx, locate, "Custom");
    this.cellValue = new CfKindProxy(ctx, locate, "CellValue");
  }
  protected exists(): boolean {
    return true;
  }
  protected scalarNames(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  protected snapshot(name: string): unknown {
    const cf = this.locate().cf;
    if (name === "id") return cf.id;
    if (name === "type") return cf.type;
    if (name === "priority") return cf.priority;
    if (name === "stopIfTrue") return cf.stopIfTrue;
    return undefined;
  }
  get id(): string {
    return this.getField("id");
  }
  get type(): string {
    return this.getField("type");
  }
  get priority(): number {
    return this.getField("priority");
  }
  get stopIfTrue(): boolean {
    return this.getField("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.setField("stopIfTrue", v, () => {
      this.locate().cf.stopIfTrue = v;
    });
  }
  /** Deletes the conditional format. */
  delete(): void {
    guarded(this.ctx, this.locate, "ConditionalFormat.delete", (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    });
  }
  /** The range the format applies to. */
  getRange(): RangeHandle {
    return this.range.spawn(() => {
      const t = this.locate();
      return { sheet: t.sheet, rect: t.cf.rect };
    }, "ConditionalFormat.getRange");
  }
}

/** Proxy of Excel.ConditionalFormatCollection for a range. */
export class ConditionalFormatCollectionProxy extends CollectionProxyBase<ConditionalFormatProxy> {
  protected readonly entityName = "ConditionalFormatCollection";
  private readonly range: RangeHandle;

  constructor(ctx: SimRequestContext, range: RangeHandle) {
    super(ctx);
    this.range = range;
  }

  private byId(sheetId: string, id: string): CfLocator {
    return () => {
      const sheet = this.ctx.state.findSheet(sheetId);
      const cf = sheet?.conditionalFormats.find((x) => x.id === id);
      if (!sheet || !cf) throw itemNotFound("ConditionalFormat");
      return { sheet, cf };
    };
  }

  protected currentItems(): ConditionalFormatProxy[] {
    const { sheet, rect } = this.range.target();
    return sheet.conditionalFormats
      .filter((cf) => rectsIntersect(cf.rect, rect))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => new ConditionalFormatProxy(this.ctx, this.byId(sheet.id, cf.id), this.range));
  }

  /** Adds a conditional format ("Custom" or "CellValue"); it gets top priority (0). */
  add(type: string): ConditionalFormatProxy {
    let created: { sheetId: string; id: string } | undefined;
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.range.target();
      this.ctx.state.assertProtectionAllows(sheet, null, "ConditionalFormatCollection.add");
      if (type !== "Custom" && type !== "CellValue") {
        throw invalidArgument(
          "ConditionalFormatCollection.add",
          `Type '${type}' is not supported by the simulator.`
        );
      }
      for (const cf of sheet.conditionalFormats) cf.priority += 1;
      const id = this.ctx.state.nextId("cf");
      sheet.conditionalFormats.push({
        id,
        type,
        rect,
        formula: "",
        cellValueRule: null,
        format: emptyCfFormat(),
        stopIfTrue: false,
        priority: 0,
      });
      created = { sheetId: sheet.id, id };
    });
    return new ConditionalFormatProxy(
      this.ctx,
      () => {
        if (!created) throw itemNotFound("ConditionalFormat");
        return this.byId(created.sheetId, created.id)();
      },
      this.range
    );
  }

  /** Removes conditional formats intersecting the range. */
  clearAll(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.range.target();
      this.ctx.state.assertProtectionAllows(sheet, null, "ConditionalFormatCollection.clearAll");
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => !rectsIntersect(cf.rect, rect)
      );
    });
  }

  /** Number of conditional formats intersecting the range. */
  getCount(): SimClientResult<number> {
    return queueResult(this.ctx, () => this.currentItems().length);
  }

  /** Conditional format by id. */
  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this.ctx,
      () => this.byId(this.range.target().sheet.id, id)(),
      this.range
    );
  }
}
