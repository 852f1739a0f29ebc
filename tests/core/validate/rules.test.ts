import fc from "fast-check";
import type { Cell } from "../../../core/grid";
import { catalogue } from "../../../core/i18n";
import type { IndicatorRecord, TaskRecord } from "../../../core/layout";
import { FindingSchema } from "../../../core/model";
import {
  INDICATOR_RULES,
  TASK_RULES,
  rulesForColumn,
  validateIndicatorRow,
  validateIndicatorSheet,
  validateTaskRow,
  validateTaskSheet,
} from "../../../core/validate";
import { ctx } from "./fixture";

const ALL = [...INDICATOR_RULES, ...TASK_RULES];

describe("the rule tables", () => {
  it("have unique codes, prefixed by their scope", () => {
    const codes = ALL.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of INDICATOR_RULES) expect(r).toMatchObject({ scope: "indicator" });
    for (const r of TASK_RULES) expect(r).toMatchObject({ scope: "task" });
    for (const r of ALL) expect(r.code.startsWith(`${r.scope}.`)).toBe(true);
  });

  it("give every code a Vietnamese and an English message", () => {
    const entries = catalogue as Record<string, { vi: string; en: string } | undefined>;
    for (const r of ALL) {
      const entry = entries[`validation.${r.code}`];
      expect(entry?.vi.length).toBeGreaterThan(10);
      expect(entry?.en.length).toBeGreaterThan(10);
      expect(entry?.vi).not.toBe(entry?.en);
    }
  });

  it("name the columns each rule reads", () => {
    for (const r of ALL) expect(r.columns.length).toBeGreaterThan(0);
  });

  it("cover the severities a demanding user expects", () => {
    const sev = Object.fromEntries(ALL.map((r) => [r.code, r.severity]));
    expect(sev["indicator.value.ambiguous"]).toBe("error");
    expect(sev["indicator.value.style"]).toBe("warning");
    expect(sev["indicator.agency.unknown"]).toBe("warning");
    expect(sev["indicator.actual.implausibleJump"]).toBe("info");
    expect(sev["task.done.noDate"]).toBe("warning");
    expect(sev["indicator.rowId.duplicate"]).toBe("error");
  });
});

describe("rulesForColumn", () => {
  it("lists the rules an edit of a per-year column touches", () => {
    const codes = rulesForColumn("indicator", "actual:2026").map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(["indicator.actual.notANumber", "indicator.percent.outOfRange", "indicator.actual.implausibleJump"]));
    expect(codes).not.toContain("indicator.direction.unknown");
  });
  it("includes sheet rules reading the column", () => {
    const codes = rulesForColumn("task", "code").map((r) => r.code);
    expect(codes).toEqual(["task.code.duplicate", "task.row.missing"]);
    expect(rulesForColumn("task", "state").map((r) => r.code)).toContain("task.done.noDate");
    expect(rulesForColumn("indicator", "nothing")).toEqual([]);
  });
});

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.constantFrom("1,234", "1.5", "<3", "28-30", "-", "Hoàn thành", "Tăng", "15/11/2025", "Sở Y tế; ", "x 5 %", "6.100", "Đạt"),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);

const INDICATOR_KEYS = [
  "code", "name", "unit", "target:2025", "target:2030", "lead", "partners", "direction", "baselineYear",
  "baselineValue", "actual:2019", "actual:2024", "actual:2025", "actual:2026", "assessment", "note",
] as const;
const TASK_KEYS = ["code", "text", "lead", "partners", "timeframe", "state", "percent", "completedOn", "evidence"] as const;
const rowIds = fc.constantFrom<string | null>(null, "2.1", "4.1/1", "9.2", "4.5", "nope", "I.2", "II.3");

describe("properties", () => {
  it("validateIndicatorRow never throws and every finding is well formed", () => {
    fc.assert(
      fc.property(rowIds, fc.record(Object.fromEntries(INDICATOR_KEYS.map((k) => [k, cell])), { requiredKeys: [] }), (rowId, cells) => {
        const record: IndicatorRecord = { row: 3, rowId, cells };
        for (const f of validateIndicatorRow(record, ctx)) {
          expect(FindingSchema.safeParse(f).success).toBe(true);
          expect(f.row).toBe(3);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("validateTaskRow never throws", () => {
    fc.assert(
      fc.property(rowIds, fc.record(Object.fromEntries(TASK_KEYS.map((k) => [k, cell])), { requiredKeys: [] }), (rowId, cells) => {
        const record: TaskRecord = { row: 4, rowId, cells };
        for (const f of validateTaskRow(record, ctx)) expect(FindingSchema.safeParse(f).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("the sheet validators never throw on arbitrary sheets and return findings in order", () => {
    const rec = fc.record({ row: fc.nat(50), rowId: rowIds, cells: fc.dictionary(fc.constantFrom(...INDICATOR_KEYS), cell) });
    fc.assert(
      fc.property(fc.array(rec, { maxLength: 12 }), (records) => {
        const f = validateIndicatorSheet(records as IndicatorRecord[], ctx);
        for (let i = 1; i < f.length; i++) expect(f[i].row).toBeGreaterThanOrEqual(f[i - 1].row);
        validateTaskSheet(records as unknown as TaskRecord[], ctx);
      }),
      { numRuns: 200 },
    );
  });

  it("validating a row twice gives the same result (memoised parses stay correct after an edit)", () => {
    const record: IndicatorRecord = { row: 3, rowId: "2.5", cells: { unit: "%", "actual:2025": "abc" } };
    const first = validateIndicatorRow(record, ctx);
    expect(first.map((f) => f.code)).toEqual(["indicator.actual.notANumber"]);
    record.cells["actual:2025"] = "148";
    expect(validateIndicatorRow(record, ctx).map((f) => f.code)).toEqual(["indicator.percent.outOfRange"]);
    record.cells["actual:2025"] = "48";
    expect(validateIndicatorRow(record, ctx)).toEqual([]);
  });
});
