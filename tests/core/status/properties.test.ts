import fc from "fast-check";
import { IndicatorStatusSchema, TaskStatusSchema } from "../../../core/model";
import type { IndicatorStatusCode, ParsedTarget, Timeframe } from "../../../core/model";
import { indicatorStatus, taskStatus } from "../../../core/status";
import { base, indicator, obs, prog, target, task } from "./helpers";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const year = fc.integer({ min: 2015, max: 2035 });

const anyTarget: fc.Arbitrary<ParsedTarget> = fc
  .record({
    kind: fc.constantFrom("exact", "min", "max", "range", "none", "qualitative", "list") as fc.Arbitrary<ParsedTarget["kind"]>,
    lo: fc.option(finite),
    hi: fc.option(finite),
    loInclusive: fc.boolean(),
    hiInclusive: fc.boolean(),
    unit: fc.constantFrom(null, "%", "%/năm", "lần"),
    perYear: fc.boolean(),
    change: fc.constantFrom(null, "increase", "decrease", "multiply") as fc.Arbitrary<ParsedTarget["change"]>,
    directionHint: fc.constantFrom(null, "increase", "decrease") as fc.Arbitrary<ParsedTarget["directionHint"]>,
    qualitative: fc.option(
      fc.record({ text: fc.constantFrom("Tiểu học", "THCS", "Xóa bỏ"), scale: fc.constantFrom(null, "edu"), rank: fc.option(fc.integer({ min: -1, max: 5 })) }),
    ),
    text: fc.string(),
  })
  .map((p) => target(p));

describe("indicatorStatus properties", () => {
  it("never throws on any finite input and always returns a schema-valid status", () => {
    fc.assert(
      fc.property(
        anyTarget,
        fc.constantFrom("%", "", "Người"),
        fc.constantFrom("increase", "decrease", "none") as fc.Arbitrary<"increase" | "decrease" | "none">,
        fc.option(fc.constant<string[]>(["Mầm non", "Tiểu học", "THCS"])),
        fc.array(fc.record({ year, value: fc.option(finite), assessment: fc.option(fc.string()) }), { maxLength: 6 }),
        fc.option(fc.record({ year, value: finite })),
        year,
        year,
        fc.constantFrom(undefined, "linear", "cagr") as fc.Arbitrary<"linear" | "cagr" | undefined>,
        (t, unit, direction, scale, rows, b, asOf, milestone, projection) => {
          const ind = indicator({ targets: { [String(milestone)]: t }, unit, direction, scale });
          const s = indicatorStatus({
            indicator: ind,
            observations: rows.map((r) => obs(r.year, r.value, { assessment: r.assessment })),
            baseline: b ? base(b.year, b.value) : null,
            asOf,
            milestone,
            projection,
            scales: { edu: ["Tiểu học", "THCS"] },
          });
          expect(IndicatorStatusSchema.safeParse(s).success).toBe(true);
          expect(s.explanation.vi.length).toBeGreaterThan(0);
          expect(s.explanation.en.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws even on NaN and infinities", () => {
    const wild = fc.double();
    fc.assert(
      fc.property(wild, wild, wild, wild, year, year, (lo, hi, v, b, asOf, milestone) => {
        const ind = indicator({ targets: { [String(milestone)]: target({ kind: "range", text: "x", lo, hi }) } });
        expect(() =>
          indicatorStatus({ indicator: ind, observations: [obs(2016, b), obs(2020, v)], baseline: base(2015, b), asOf, milestone, projection: "cagr" }),
        ).not.toThrow();
      }),
    );
  });

  /** Worse → better, for an increasing indicator (statuses that cannot co-occur share a rank). */
  const rank: Partial<Record<IndicatorStatusCode, number>> = {
    notAchieved: 0,
    offTrack: 0,
    noTrend: 0,
    atRisk: 1,
    onTrack: 2,
    achieved: 3,
    exceeded: 4,
  };
  const small = fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 10);

  it("raising the latest value of an increasing indicator never makes its status worse", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("exact", "min", "range") as fc.Arbitrary<"exact" | "min" | "range">,
        small,
        fc.integer({ min: 0, max: 500 }).map((n) => n / 10),
        fc.boolean(),
        fc.constantFrom("%", "Người"),
        fc.constantFrom(2025, 2030),
        fc.integer({ min: 2020, max: 2032 }),
        fc.integer({ min: 0, max: 3 }),
        fc.option(fc.record({ back: fc.integer({ min: 1, max: 6 }), value: small })),
        fc.array(fc.record({ back: fc.integer({ min: 1, max: 6 }), value: small }), { maxLength: 3 }),
        fc.constantFrom("linear", "cagr") as fc.Arbitrary<"linear" | "cagr">,
        small,
        fc.integer({ min: 0, max: 20_000 }).map((n) => n / 10),
        (kind, lo, width, strict, unit, milestone, asOf, lag, b, earlier, projection, v1, delta) => {
          const t =
            kind === "exact"
              ? target({ kind, text: "t", lo, hi: lo })
              : kind === "min"
                ? target({ kind, text: "t", lo, loInclusive: !strict })
                : target({ kind, text: "t", lo, hi: lo + width });
          const ind = indicator({ targets: { [String(milestone)]: t }, unit, direction: "increase" });
          const latestYear = Math.min(milestone, asOf) - lag;
          const others = earlier.map((e) => obs(latestYear - e.back, e.value));
          const status = (v: number) =>
            indicatorStatus({
              indicator: ind,
              observations: [...others, obs(latestYear, v)],
              baseline: b ? base(latestYear - b.back, b.value) : null,
              asOf,
              milestone,
              projection,
            }).status;
          const before = rank[status(v1)];
          const after = rank[status(v1 + delta)];
          expect(before).toBeDefined();
          expect(after).toBeDefined();
          expect(after as number).toBeGreaterThanOrEqual(before as number);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("taskStatus properties", () => {
  const timeframe: fc.Arbitrary<Timeframe> = fc.oneof(
    fc.constant({ kind: "annual" } as Timeframe),
    fc.constant({ kind: "ongoing" } as Timeframe),
    fc.constant({ kind: "unknown" } as Timeframe),
    fc.record({ kind: fc.constant("period" as const), from: year, to: year }),
    fc.record({ kind: fc.constant("years" as const), years: fc.array(year, { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant("month" as const), year, month: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ kind: fc.constant("annualFrom" as const), from: year }),
    fc.record({ kind: fc.constant("conditional" as const), trigger: fc.string() }),
    fc.record({ kind: fc.constant("milestoneEvent" as const), event: fc.string() }),
  );
  const date = fc
    .date({ min: new Date("2014-01-01T00:00:00Z"), max: new Date("2036-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it("never throws and always returns a schema-valid status", () => {
    fc.assert(
      fc.property(
        timeframe,
        fc.oneof(date, fc.string()),
        fc.array(
          fc.record({
            year,
            state: fc.constantFrom(null, "notStarted", "inProgress", "done") as fc.Arbitrary<"notStarted" | "inProgress" | "done" | null>,
            percent: fc.option(fc.integer({ min: 0, max: 100 })),
            completedOn: fc.option(date),
            triggeredOn: fc.option(date),
          }),
          { maxLength: 4 },
        ),
        fc.record({ from: year, to: year }),
        fc.option(fc.constantFrom("11-15", "12-10", "02-30", "x")),
        (tf, asOf, rows, programme, deadline) => {
          const s = taskStatus({
            task: task(tf),
            progress: rows.map((r) => prog(r.year, r)),
            asOf,
            programme,
            reportDeadline: deadline ?? undefined,
          });
          expect(TaskStatusSchema.safeParse(s).success).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
