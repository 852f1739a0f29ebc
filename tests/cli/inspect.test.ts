import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { jsonLines, run } from "./helpers";

describe("chitieu inspection commands", () => {
  it("parse-target prints the documented fields for each argument", async () => {
    const { code, out } = await run(["parse-target", "<3", "28 – 30", "Tiểu học", "-", "Nhà trẻ 25%; Mẫu giáo 94%"]);
    expect(code).toBe(0);
    const rows = jsonLines(out);
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(Object.keys(r).slice(0, 11)).toEqual([
        "text", "kind", "lo", "hi", "loInclusive", "hiInclusive", "unit", "perYear", "approx", "items", "error",
      ]);
    }
    expect(rows[0]).toMatchObject({ kind: "max", lo: null, hi: 3, hiInclusive: false, error: null });
    expect(rows[1]).toMatchObject({ kind: "range", lo: 28, hi: 30, loInclusive: true, hiInclusive: true });
    expect(rows[2]).toMatchObject({ kind: "qualitative", lo: null, hi: null });
    expect(rows[3]).toMatchObject({ kind: "none" });
    expect(rows[4]).toMatchObject({ kind: "list" });
    expect((rows[4].items as { label: string; lo: number }[]).map((i) => [i.label, i.lo])).toEqual([
      ["Nhà trẻ", 25],
      ["Mẫu giáo", 94],
    ]);
  });

  it("reads one text per line from stdin when there are no arguments", async () => {
    const { out } = await run(["parse-number"], "19,04\n\n6.100\n1,234\n");
    expect(jsonLines(out)).toEqual([
      expect.objectContaining({ text: "19,04", value: 19.04, error: null }),
      expect.objectContaining({ text: "6.100", value: 6100, error: null }),
      expect.objectContaining({ text: "1,234", value: null, error: expect.stringContaining("1,234") }),
    ]);
  });

  it("gives error messages in English with --lang en", async () => {
    const vi = jsonLines((await run(["parse-number", "abc"])).out)[0];
    const en = jsonLines((await run(["parse-number", "abc", "--lang", "en"])).out)[0];
    expect(vi.error).not.toEqual(en.error);
    expect(typeof en.error).toBe("string");
  });

  it("parse-timeframe and match-agency print one object per text", async () => {
    const tf = jsonLines((await run(["parse-timeframe", "Giai đoạn 2024 - 2030", "Sau khi Nghị định được ban hành"])).out);
    expect(tf[0]).toMatchObject({ kind: "period", from: 2024, to: 2030 });
    expect(tf[1]).toMatchObject({ kind: "conditional", trigger: "Nghị định được ban hành" });
    const cell =
      "- Sở Lao động - Thương binh và Xã hội chủ trì tham mưu thực hiện.\n- Cục Thống kê chủ trì thu thập, tổng hợp, thống kê.";
    const [m] = jsonLines((await run(["match-agency", cell])).out);
    expect(m.text).toBe(cell);
    expect((m.matches as { id: string }[]).map((x) => x.id)).toEqual(["so-ldtbxh", "cuc-thong-ke"]);
    expect(m.unknown).toEqual([]);
    const [typo] = jsonLines((await run(["match-agency", "Sở Lao đông TBXH"])).out);
    expect(typo.unknown).toEqual(["Sở Lao đông TBXH"]);
    expect((typo.suggestions as { id: string }[])[0].id).toBe("so-ldtbxh");
  });

  it("rejects an unknown command with exit code 2 and a Vietnamese message", async () => {
    const r = await run(["khong-co"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không có lệnh");
  });

  it("runs as a real process through bin/chitieu.cjs", () => {
    const bin = path.resolve(__dirname, "../../bin/chitieu.cjs");
    const out = execFileSync(process.execPath, [bin, "parse-target", ">0,7"], { encoding: "utf8" });
    expect(JSON.parse(out)).toMatchObject({ kind: "min", lo: 0.7, loInclusive: false });
  });
});
