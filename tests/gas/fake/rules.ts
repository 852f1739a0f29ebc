import type {
  ConditionalFormatRuleApi,
  ConditionalFormatRuleBuilderApi,
  DataValidationApi,
  DataValidationBuilderApi,
  RangeApi,
} from "../../../gas/host/surface";

export interface FakeDataValidation extends DataValidationApi {
  criteria: { kind: "list"; values: string[] } | { kind: "number"; min: number | null; max: number | null } | { kind: "date" } | null;
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidationBuilder implements DataValidationBuilderApi {
  private v: FakeDataValidation = { criteria: null, allowInvalid: true, helpText: "", getHelpText: () => this.v.helpText };
  requireValueInList(values: string[]): this {
    this.v.criteria = { kind: "list", values: [...values] };
    return this;
  }
  requireNumberBetween(start: number, end: number): this {
    this.v.criteria = { kind: "number", min: start, max: end };
    return this;
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    this.v.criteria = { kind: "number", min: n, max: null };
    return this;
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    this.v.criteria = { kind: "number", min: null, max: n };
    return this;
  }
  requireDate(): this {
    this.v.criteria = { kind: "date" };
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.v.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.v.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    const built = { ...this.v };
    built.getHelpText = () => built.helpText;
    return built;
  }
}

export interface FakeConditionalRule extends ConditionalFormatRuleApi {
  text: string;
  background: string | null;
  fontColor: string | null;
  ranges: RangeApi[];
}

export class FakeConditionalRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private text = "";
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: RangeApi[] = [];
  whenTextEqualTo(text: string): this {
    this.text = text;
    return this;
  }
  setBackground(color: string | null): this {
    this.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: RangeApi[]): this {
    this.ranges = [...ranges];
    return this;
  }
  build(): FakeConditionalRule {
    const ranges = [...this.ranges];
    return { text: this.text, background: this.background, fontColor: this.fontColor, ranges, getRanges: () => [...ranges] };
  }
}
