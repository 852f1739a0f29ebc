import { createAgencyIndex, defaultRegistry } from "../../../core/agency";
import type { IndicatorRecord } from "../../../core/layout";
import { loadTemplate } from "../../../core/template";
import { validateIndicatorRow } from "../../../core/validate";

describe("placeholder in an actual cell", () => {
  it('reads "-" as no data with an info finding, not an error', () => {
    const plan = loadTemplate("dong-thap-328-2024").plan!;
    const ind = plan.indicators.find((i) => i.id === "2.1")!;
    const record: IndicatorRecord = {
      row: 5,
      rowId: "2.1",
      cells: { code: "2.1", name: ind.name, unit: "%", "target:2025": "<3", "target:2030": "<3", "actual:2025": "-" },
    };
    const findings = validateIndicatorRow(record, { plan, agencies: createAgencyIndex(defaultRegistry), asOf: 2026 });
    const onCell = findings.filter((f) => f.column === "actual:2025");
    expect(onCell.map((f) => [f.code, f.severity])).toEqual([["indicator.actual.placeholder", "info"]]);
  });
});
