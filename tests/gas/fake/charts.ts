import type { ChartApi, ChartBuilderApi, NewChartApi, RangeApi, StackableChartBuilderApi } from "../../../gas/host/surface";
import type { FakeSheet } from "./sheet";

let nextChartId = 1;

/** A built embedded chart: what the builder was told, for assertions. */
export interface FakeChart extends ChartApi {
  type: "bar" | "column" | "pie";
  stacked: boolean;
  ranges: string[];
  position: { row: number; col: number };
  options: Record<string, unknown>;
  numHeaders: number;
  transposed: boolean;
}

export class FakeChartBuilder implements NewChartApi, StackableChartBuilderApi {
  private type: FakeChart["type"] = "bar";
  private stacked = false;
  private ranges: string[] = [];
  private position = { row: 1, col: 1 };
  private options: Record<string, unknown> = {};
  private numHeaders = 0;
  private transposed = false;
  constructor(private readonly sheet: FakeSheet) {}
  asBarChart(): this {
    this.type = "bar";
    return this;
  }
  asColumnChart(): this {
    this.type = "column";
    return this;
  }
  asPieChart(): this {
    this.type = "pie";
    return this;
  }
  setStacked(): this {
    this.stacked = true;
    return this;
  }
  addRange(range: RangeApi): this {
    this.ranges.push(`${range.getSheet().getName()}!${range.getA1Notation()}`);
    return this;
  }
  setPosition(row: number, col: number): this {
    this.position = { row, col };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.options[option] = value;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.transposed = transpose;
    return this;
  }
  build(): FakeChart {
    this.sheet.log.record("EmbeddedChartBuilder", "build", this.sheet.name);
    const id = nextChartId++;
    return {
      getChartId: () => id,
      type: this.type,
      stacked: this.stacked,
      ranges: [...this.ranges],
      position: { ...this.position },
      options: { ...this.options },
      numHeaders: this.numHeaders,
      transposed: this.transposed,
    };
  }
}

export type { ChartBuilderApi };
