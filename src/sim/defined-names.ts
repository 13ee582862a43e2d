/**
 * Workbook-level defined names, mirrored into HyperFormula named expressions. Names HF cannot
 * take verbatim (总分, ScoreA1) are stored under a reversible encoded name (see formula-text).
 */
import type { HyperFormula } from "hyperformula";
import { parseAddress } from "./addresses";
import { SimExcelError, invalidArgument, itemNotFound } from "./errors";
import { encodeName, isHfSafeName } from "./formula-text";

/** A workbook-level defined name. */
export interface DefinedName {
  name: string;
  /** Excel formula text of the reference, e.g. "='A.1'!$F$40". */
  formula: string;
  comment: string;
  visible: boolean;
  /** The name used inside HyperFormula (differs for non-ASCII names). */
  hfName: string;
}

const EXCEL_NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** The workbook's defined names. */
export class DefinedNames {
  private readonly names = new Map<string, DefinedName>();
  /** Encoded HF name (lower case) -> display name, for names HF cannot take verbatim. */
  readonly displayNames = new Map<string, string>();
  private readonly hf: HyperFormula;
  private readonly translate: (formula: string) => string;

  constructor(hf: HyperFormula, translate: (formula: string) => string) {
    this.hf = hf;
    this.translate = translate;
  }

  /** Adds a name (names.add); reference like "='A.1'!$F$40" or "=汇总!$C$5". */
  add(name: string, reference: string, comment = ""): DefinedName {
    const where = "NamedItemCollection.add";
    if (!EXCEL_NAME_RE.test(name) || parseAddress(name) !== undefined || /^[rc]$/i.test(name)) {
      throw invalidArgument(where, `'${name}' is not a valid name.`);
    }
    if (this.names.has(name.toLowerCase())) {
      throw new SimExcelError(
        "ItemAlreadyExists",
        "A resource with the same name or identifier already exists.",
        where
      );
    }
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    const hfName = isHfSafeName(name) ? name : encodeName(name);
    try {
      this.hf.addNamedExpression(hfName, this.translate(formula));
    } catch (error: unknown) {
      throw invalidArgument(where, error instanceof Error ? error.message : undefined);
    }
    if (hfName !== name) this.displayNames.set(hfName.toLowerCase(), name);
    const item: DefinedName = { name, formula, comment, visible: true, hfName };
    this.names.set(name.toLowerCase(), item);
    return item;
  }

  /** Looks a name up (case-insensitive, like Excel). */
  get(name: string): DefinedName | undefined {
    return this.names.get(name.toLowerCase());
  }

  /** All names in insertion order. */
  list(): DefinedName[] {
    return [...this.names.values()];
  }

  /** Deletes a name (ItemNotFound when missing). */
  delete(name: string): void {
    const item = this.names.get(name.toLowerCase());
    if (!item) throw itemNotFound("NamedItem.delete");
    this.hf.removeNamedExpression(item.hfName);
    this.names.delete(name.toLowerCase());
  }
}
