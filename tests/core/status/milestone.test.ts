import type { Observation } from "../../../core/model";
import { currentMilestone } from "../../../core/status";
import { valuesByYear } from "../../../core/status/milestone";

const obs = (year: number, value: number | null, recordedAt: string | null = null): Observation => ({
  indicatorId: "1.1",
  year,
  value,
  assessment: null,
  raw: null,
  source: null,
  note: null,
  agencyId: null,
  recordedAt,
});

describe("currentMilestone", () => {
  it("takes the nearest milestone at or after asOf, else the last, ignoring non-finite years", () => {
    expect(currentMilestone([2030, Number.NaN, 2025], 2026)).toBe(2030);
    expect(currentMilestone([2030, 2025, 2025], 2024)).toBe(2025);
    expect(currentMilestone([2025, Number.POSITIVE_INFINITY, 2030], 2035)).toBe(2030);
    expect(currentMilestone([Number.NaN], 2026)).toBe(2026);
  });
});

describe("valuesByYear", () => {
  it("keeps one value per year, ascending, the later record winning", () => {
    const values = valuesByYear([
      obs(2026, 70),
      obs(2024, 50),
      obs(2026, 72, "2026-11-20"),
      obs(2025, null),
      obs(2025, Number.NaN),
      obs(2024, 51), // same recordedAt (none): the later position wins
      obs(2026, 71, "2026-11-01"), // recorded earlier than 72: ignored
    ]);
    expect(values).toEqual([
      { year: 2024, value: 51 },
      { year: 2026, value: 72 },
    ]);
  });

  it("gives the same result for many observations (map path)", () => {
    const many = Array.from({ length: 100 }, (_, i) => obs(2020 + (i % 5), i));
    expect(valuesByYear(many)).toEqual([
      { year: 2020, value: 95 },
      { year: 2021, value: 96 },
      { year: 2022, value: 97 },
      { year: 2023, value: 98 },
      { year: 2024, value: 99 },
    ]);
  });
});
