import { jsonLines, run } from "../helpers";

/**
 * Issue #15 asks that `chitieu parse-target` and `parse-number` give the expected reading for every
 * string quoted in it; each is run through the CLI (arguments and stdin) and each JSON line checked.
 */

const TARGETS: [string, Record<string, unknown>][] = [
  ["% ≥ 95", { kind: "min", lo: 95, hi: null, loInclusive: true, unit: "%", error: null }],
  ["11%+", { kind: "min", lo: 11, hi: null, loInclusive: true, unit: "%", error: null }],
  ["90%+", { kind: "min", lo: 90, hi: null, loInclusive: true, unit: "%", error: null }],
  ["ít nhất bằng 150%", { kind: "min", lo: 150, hi: null, loInclusive: true, unit: "%", error: null }],
  ["tối đa không quá 75.000.000 đồng", { kind: "max", lo: null, hi: 75_000_000, hiInclusive: true, unit: "đồng", currency: "VND", error: null }],
  ["bằng hoặc thấp hơn 5.000 USD", { kind: "max", lo: null, hi: 5000, hiInclusive: true, unit: "USD", currency: "USD", error: null }],
  ["ổn định ở mức 42%", { kind: "exact", lo: 42, hi: 42, unit: "%", steady: true, directionHint: null, error: null }],
  ["duy trì ổn định ở mức 16,3%", { kind: "exact", lo: 16.3, hi: 16.3, unit: "%", steady: true, error: null }],
  ["30 giường bệnh/1 vạn dân", { kind: "exact", lo: 30, hi: 30, unit: "giường bệnh/1 vạn dân", per: { value: 10_000, unit: "dân" }, error: null }],
  ["$7,900", { kind: "exact", lo: 7900, hi: 7900, unit: "$", currency: "USD", error: null }],
  ["… đạt tối thiểu 95%", { kind: "min", lo: 95, loInclusive: true, unit: "%", error: null }],
  ["từ 1 - 1,5% trở lên", { kind: "min", lo: 1, hi: null, loInclusive: true, unit: "%", error: null }],
  // The BRIEF's notations.
  ["trên 90%", { kind: "min", lo: 90, loInclusive: false, unit: "%" }],
  ["dưới 3%", { kind: "max", hi: 3, hiInclusive: false, unit: "%" }],
  ["≥ 95", { kind: "min", lo: 95, loInclusive: true, unit: null }],
  ["98% trở lên", { kind: "min", lo: 98, loInclusive: true, unit: "%" }],
  ["tối thiểu 60", { kind: "min", lo: 60, loInclusive: true }],
  ["không quá 5", { kind: "max", hi: 5, hiInclusive: true }],
  ["từ 28 đến 30", { kind: "range", lo: 28, hi: 30 }],
  ["khoảng 30", { kind: "exact", lo: 30, approx: true }],
  ["28 – 30", { kind: "range", lo: 28, hi: 30 }],
  ["2%/năm", { kind: "exact", lo: 2, unit: "%/năm", perYear: true }],
];

const NUMBERS: [string, Record<string, unknown>][] = [
  ["30 giường bệnh/1 vạn dân", { value: 30, unit: "giường bệnh/1 vạn dân", per: { value: 10_000, unit: "dân" }, estimate: false, error: null }],
  ["ước đạt 59,61 triệu đồng", { value: 59.61, unit: "triệu đồng", currency: "VND", estimate: true, error: null }],
  ["ước tính 12,5%", { value: 12.5, unit: "%", estimate: true, error: null }],
  ["dự kiến 95%", { value: 95, unit: "%", estimate: true, error: null }],
  ["khoảng 30", { value: 30, unit: null, estimate: true, error: null }],
  ["$7,900", { value: 7900, unit: "$", currency: "USD", error: null }],
  ["1.5", { value: 1.5, error: null, warnings: [expect.stringContaining("1,5")] }],
  ["1,234", { value: null, error: expect.stringContaining("1,234") }],
];

describe("chitieu parse-target and parse-number on every notation of issue #15", () => {
  it("parse-target reads each quoted target, one JSON line per argument", async () => {
    const { code, out } = await run(["parse-target", ...TARGETS.map(([t]) => t)]);
    expect(code).toBe(0);
    const rows = jsonLines(out);
    expect(rows.map((r) => r.text)).toEqual(TARGETS.map(([t]) => t));
    rows.forEach((row, i) => expect(row).toMatchObject(TARGETS[i][1]));
  });

  it("reads the same from stdin, with the warnings in the chosen language", async () => {
    const stdin = TARGETS.map(([t]) => t).join("\n");
    const vi = jsonLines((await run(["parse-target"], stdin)).out);
    const en = jsonLines((await run(["parse-target", "--lang", "en"], stdin)).out);
    vi.forEach((row, i) => expect(row).toMatchObject(TARGETS[i][1]));
    const find = (rows: Record<string, unknown>[], text: string) => rows.find((r) => r.text === text) as { warnings: string[] };
    expect(find(vi, "từ 1 - 1,5% trở lên").warnings[0]).toContain("tối thiểu 1%");
    expect(find(en, "từ 1 - 1,5% trở lên").warnings[0]).toContain("at least 1%");
    expect(find(vi, "… đạt tối thiểu 95%").warnings[0]).toContain("“đạt tối thiểu 95%”");
  });

  it("parse-number reads each value cell into one number, its unit and the estimate flag", async () => {
    const { code, out } = await run(["parse-number", ...NUMBERS.map(([t]) => t)]);
    expect(code).toBe(0);
    const rows = jsonLines(out);
    expect(rows.map((r) => r.text)).toEqual(NUMBERS.map(([t]) => t));
    rows.forEach((row, i) => expect(row).toMatchObject(NUMBERS[i][1]));
  });

  it("parse-target --in-text finds the target at the end of an indicator's text", async () => {
    const texts = [
      "Tỷ lệ xã đạt chuẩn nông thôn mới đạt 60%",
      "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 10%",
      "Số trẻ em dưới 5 tuổi",
    ];
    const rows = jsonLines((await run(["parse-target", "--in-text", ...texts])).out);
    expect(rows).toEqual([
      expect.objectContaining({ text: texts[0], phrase: "đạt 60%", cue: "verb", target: expect.objectContaining({ kind: "exact", lo: 60 }) }),
      expect.objectContaining({ text: texts[1], phrase: "dưới 10%", cue: "comparator", target: expect.objectContaining({ kind: "max", hi: 10 }) }),
      { text: texts[2], phrase: null, start: null, end: null, cue: null, year: null, target: null },
    ]);
  });
});
