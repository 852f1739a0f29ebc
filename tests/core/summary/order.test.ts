import { defaultRegistry } from "../../../core/agency";
import { planStatuses } from "../../../core/status";
import { buildSummary } from "../../../core/summary";
import { loadSample, loadTemplate } from "../../../core/template";

/** The summary reads statuses by position when they line up with the plan, else by id: same result. */
describe("buildSummary does not depend on the order of the statuses", () => {
  const names = new Map(defaultRegistry.agencies.map((a) => [a.id, a.name]));
  const sample = loadSample("dong-thap-328-2024").sample!;
  const observations = sample.values
    .filter((v) => typeof v.cell === "number")
    .map((v) => ({ indicatorId: v.indicatorId, year: v.year, value: v.cell as number, assessment: null, raw: null, source: null, note: null, agencyId: null, recordedAt: null }));

  it.each([
    ["with sub-rows", false],
    ["top-level rows only", true],
  ])("%s", (_label, topOnly) => {
    const full = loadTemplate("dong-thap-328-2024").plan!;
    const plan = topOnly
      ? { ...full, indicators: full.indicators.filter((i) => i.parent === null && Object.keys(i.targets).length > 0) }
      : full;
    const statuses = planStatuses(plan, { observations, baselines: [], progress: [] }, { asOf: 2026, today: "2026-11-25" });
    const input = (current: typeof statuses.current) => ({
      plan,
      asOf: 2026,
      today: "2026-11-25",
      indicatorStatuses: current,
      taskStatuses: statuses.tasks,
      observations,
      progress: [],
      agencyName: (id: string) => names.get(id) ?? id,
    });
    if (topOnly) expect(statuses.current).toHaveLength(plan.indicators.length); // the by-position path
    const inOrder = buildSummary(input(statuses.current));
    const reversed = buildSummary(input([...statuses.current].reverse()));
    expect(reversed).toEqual(inOrder);
    expect(inOrder.indicatorCount).toBe(plan.indicators.filter((i) => i.parent === null).length);
  });
});
