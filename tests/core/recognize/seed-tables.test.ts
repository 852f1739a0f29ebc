import { defaultRegistry } from "../../../core/agency";
import { recognizeSheet, type RecognizedTable } from "../../../core/recognize";
import { foldKey } from "../../../core/text";
import type { Cell, MergedRange } from "../../../core/grid";
import { BLANK, DT_HEADER_1, DT_HEADER_2, DT_INDICATOR_ROWS, GridBuilder, REPEAT_HEADER, dongThapSheet, haiDuongSheet } from "./seed-grids";

/** Registry id of an agency by its name, so the tests do not hard-code ids. */
function agencyId(name: string): string {
  const a = defaultRegistry.agencies.find((x) => foldKey(x.name) === foldKey(name));
  if (!a) throw new Error(`no agency named ${name}`);
  return a.id;
}

describe("Đồng Tháp 328/KH-UBND: Phụ lục I and II on one sheet", () => {
  const sheet = dongThapSheet();
  const result = recognizeSheet(sheet.grid, sheet.merges, { sheet: "Phụ lục" });
  const [indicators, tasks] = result.tables as [RecognizedTable, RecognizedTable];
  const ind = (id: string) => {
    const found = indicators.indicators.find((i) => i.id === id);
    if (!found) throw new Error(`no indicator ${id}`);
    return found;
  };

  it("finds both tables in grid order, and nothing else", () => {
    expect(result.tables.map((t) => t.kind)).toEqual(["indicators", "tasks"]);
    expect(result.findings).toEqual([]);
  });

  describe("Phụ lục I", () => {
    it("reads the two-row header under the title block", () => {
      expect(indicators.headerRows).toEqual([3, 4]);
      expect(indicators.firstRow).toBe(5);
      expect(indicators.columns.map((c) => [c.col, c.role, c.year])).toEqual([
        [0, "code", null],
        [1, "name", null],
        [2, "unit", null],
        [3, "target", 2025],
        [4, "target", 2030],
        [5, "lead", null],
        [6, "partners", null],
      ]);
      expect(indicators.columns[3].header).toBe("Đến năm 2025");
      expect(indicators.milestoneYears).toEqual([2025, 2030]);
    });

    it("ends before the blank line and the title block of Phụ lục II", () => {
      const last = indicators.rows[indicators.rows.length - 1];
      expect(last.id).toBe("10.10");
      expect(indicators.lastRow).toBe(last.row);
    });

    it("has 10 areas, 89 indicators and 16 sub-rows", () => {
      expect(indicators.areas.map((a) => a.code)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10."]);
      const top = indicators.indicators.filter((i) => i.parent === null);
      const subs = indicators.indicators.filter((i) => i.parent !== null);
      expect(top).toHaveLength(89);
      expect(top.filter((i) => i.code !== "")).toHaveLength(88);
      expect(subs).toHaveLength(16);
      const perParent: Record<string, number> = {};
      for (const s of subs) perParent[s.parent as string] = (perParent[s.parent as string] ?? 0) + 1;
      expect(perParent).toEqual({ "4.1": 2, "7.4": 4, "8.1": 2, "9.3": 2, "9.4": 2, "10.1": 2, "10.2": 2 });
      const counts: Record<string, number> = {};
      for (const r of indicators.rows) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
      expect(counts).toEqual({ header: 2, area: 10, indicator: 89, subrow: 16, blank: 1 });
    });

    it("reads the un-coded indicator of area 1 as an indicator of the area", () => {
      const first = indicators.indicators[0];
      expect(first).toMatchObject({ id: "1/1", code: "", parent: null, area: "1", unit: "%" });
      expect(first.name).toMatch(/^Tỷ lệ người có công/);
      expect(first.lead.ids).toEqual([agencyId("Sở Lao động - Thương binh và Xã hội")]);
    });

    it("gives 2.3 the lead merged down from 2.1 (Sở LĐTBXH and Cục Thống kê)", () => {
      const i21 = ind("2.1");
      const i23 = ind("2.3");
      expect(i23.lead).toEqual(i21.lead);
      expect(i23.lead.raw).toContain("Sở Lao động - Thương binh và Xã hội chủ trì tham mưu thực hiện.");
      expect(i23.lead.raw).toContain("Cục Thống kê");
      expect(i23.lead.ids).toContain(agencyId("Sở Lao động - Thương binh và Xã hội"));
      expect(i23.lead.ids).toHaveLength(2);
      const row = indicators.rows.find((r) => r.id === "2.3");
      expect(row?.inherited?.lead).toEqual({ fromRow: indicators.rows.find((r) => r.id === "2.1")?.row, via: "merge" });
    });

    it("carries blank agency cells down within the area (3.4, 3.5) and a group row's agencies to its rows (6, 9)", () => {
      expect(ind("3.5").lead.raw).toBe("Sở Lao động - Thương binh và Xã hội");
      expect(indicators.rows.find((r) => r.id === "3.5")?.inherited?.lead?.via).toBe("blank");
      const area6 = indicators.areas.find((a) => a.code === "6.");
      expect(area6?.lead?.raw).toBe("Sở Giáo dục và Đào tạo");
      expect(ind("6.13").lead.raw).toBe("Sở Giáo dục và Đào tạo");
      expect(ind("9.4/2").lead.raw).toBe("Sở Xây dựng");
      expect(ind("7.4/4").lead.raw).toBe("Sở Y tế");
    });

    it("does not carry agencies across a group row that has none (10.1 has no lead of its own)", () => {
      expect(ind("10.1").lead).toEqual({ raw: "", ids: [], unknown: [] });
      expect(indicators.areas.find((a) => a.code === "10.")?.lead).toBeNull();
    });

    it("gives the sub-rows of 10.1 their own leads, and 10.2's sub-rows the lead of 10.2", () => {
      expect(ind("10.1/1")).toMatchObject({ name: "Thành thị", parent: "10.1", unit: "%" });
      expect(ind("10.1/1").lead.raw).toBe("Sở Xây dựng");
      expect(ind("10.1/2").name).toBe("Nông thôn (tối thiểu 60 lít/người/ngày)");
      expect(ind("10.1/2").lead.raw).toBe("Sở Nông nghiệp và Phát triển nông thôn");
      expect(ind("10.1/2").partners.raw).toBe("UBND các huyện, thành phố");
      expect(ind("10.2/1").lead.raw).toBe("Sở Tài nguyên và môi trường");
      expect(ind("10.2/2").partners.raw).toBe("Hội Liên hiệp Phụ nữ Tỉnh; UBND các huyện, thành phố");
    });

    it("reads 9.1's target 6.100 as six thousand one hundred, not as a code", () => {
      const t = ind("9.1").targets;
      expect(t["2030"].raw).toBe("6.100");
      expect(t["2030"].parsed.lo).toBe(6100);
      expect(t["2025"].parsed.kind).toBe("none");
      expect(indicators.rows.filter((r) => r.id === "6.100")).toEqual([]);
    });

    it("keeps target texts as printed and parses them", () => {
      expect(ind("2.1").targets["2025"]).toMatchObject({ raw: "<3", parsed: { kind: "max", hi: 3 } });
      expect(ind("4.1/1").targets["2030"]).toMatchObject({ raw: "46,30", parsed: { kind: "exact", lo: 46.3 } });
      expect(ind("3.2").targets["2025"].parsed).toMatchObject({ kind: "range", lo: 28, hi: 30 });
      expect(ind("4.5").targets["2030"].parsed.kind).toBe("qualitative");
      expect(ind("9.3/1").targets).toEqual({});
    });

    it("infers directions and asks for each to be confirmed", () => {
      expect(ind("2.1").direction).toBe("decrease"); // <3
      expect(ind("7.9").direction).toBe("decrease"); // <15, suy dinh dưỡng
      expect(ind("5.10").direction).toBe("decrease"); // tỷ lệ hộ nghèo
      expect(ind("5.7").direction).toBe("increase"); // hộ nghèo ... được hưởng: coverage
      expect(ind("4.5").direction).toBe("none"); // Tiểu học / THCS
      expect(ind("7.10").direction).toBe("none");
      expect(ind("3.1").direction).toBe("increase"); // >0,7
      expect(indicators.indicators.every((i) => i.directionSource === "inferred")).toBe(true);
      const infos = indicators.findings.filter((f) => f.code === "recognize.directionInferred");
      expect(infos).toHaveLength(105);
      const f21 = infos.find((f) => f.row === indicators.rows.find((r) => r.id === "2.1")?.row);
      expect(f21).toMatchObject({ severity: "info", column: "direction", sheet: "Phụ lục" });
      expect(f21?.message.vi).toBe("Chỉ tiêu 2.1: chiều đánh giá được suy ra là “càng thấp càng tốt” (theo dấu so sánh trong mục tiêu “<3”). Hãy xác nhận.");
    });

    it("sets the qualitative scale when the targets are on a known ladder", () => {
      expect(ind("4.5").scale).toEqual(["Mầm non", "Tiểu học", "THCS", "THPT"]);
      expect(ind("2.1").scale).toBeNull();
    });

    it("reports nothing but the directions to confirm", () => {
      expect(indicators.findings.filter((f) => f.code !== "recognize.directionInferred")).toEqual([]);
    });
  });

  describe("Phụ lục II", () => {
    it("has 7 sections, 6 sub-areas under VI, and 64 tasks", () => {
      expect(tasks.sections.filter((s) => s.parent === null).map((s) => s.code)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
      expect(tasks.sections.filter((s) => s.parent === "VI").map((s) => `${s.code} ${s.name}`)).toEqual([
        "1 Về giáo dục",
        "2 Về y tế",
        "3 Về văn hóa",
        "4 Về thông tin",
        "5 Về nhà ở",
        "6 Về nước sạch, vệ sinh môi trường",
      ]);
      expect(tasks.tasks).toHaveLength(64);
      const perSection: Record<string, number> = {};
      for (const t of tasks.tasks) perSection[t.section] = (perSection[t.section] ?? 0) + 1;
      expect(perSection).toEqual({ I: 2, II: 7, III: 5, IV: 11, V: 9, VI: 20, VII: 10 });
    });

    it("numbers tasks <section>.<code>, with the sub-area inside VI", () => {
      expect(tasks.tasks.slice(0, 3).map((t) => t.id)).toEqual(["I.1", "I.2", "II.1"]);
      const t = tasks.tasks.find((x) => x.id === "VI.1.2");
      expect(t).toMatchObject({ section: "VI", subArea: "1", code: "1.2" });
      expect(tasks.tasks.find((x) => x.id === "II.3")?.code).toBe("3.");
      expect(tasks.tasks[tasks.tasks.length - 1].id).toBe("VII.10");
    });

    it("skips the header repeated after II.1 (a page break)", () => {
      const repeated = tasks.rows.filter((r) => r.kind === "repeatedHeader");
      expect(repeated).toHaveLength(1);
      const ii1 = tasks.rows.find((r) => r.id === "II.1");
      expect(repeated[0].row).toBe((ii1?.row ?? -1) + 1);
    });

    it("carries merged and blank lead, partners and timeframe cells down", () => {
      const v2 = tasks.tasks.find((x) => x.id === "V.2");
      expect(v2?.lead.raw).toBe("Sở Lao động - Thương binh và Xã hội");
      expect(v2?.timeframe.timeframe).toEqual({ kind: "annualFrom", from: 2025 });
      const iii3 = tasks.tasks.find((x) => x.id === "III.3");
      expect(iii3?.timeframe.timeframe).toEqual({ kind: "period", from: 2024, to: 2030 });
      expect(tasks.rows.find((r) => r.id === "III.3")?.inherited).toEqual({
        lead: { fromRow: tasks.rows.find((r) => r.id === "III.1")?.row, via: "merge" },
        partners: { fromRow: tasks.rows.find((r) => r.id === "III.1")?.row, via: "merge" },
        timeframe: { fromRow: tasks.rows.find((r) => r.id === "III.2")?.row, via: "merge" },
      });
      // VI.4.2 was typed with blank cells (no merge): same as above.
      const vi42 = tasks.tasks.find((x) => x.id === "VI.4.2");
      expect(vi42?.lead.raw).toBe("Sở Thông tin và Truyền thông");
      expect(vi42?.timeframe.text).toBe("Hàng năm");
      expect(tasks.rows.find((r) => r.id === "VI.4.2")?.inherited?.timeframe?.via).toBe("blank");
      // VI.2.3 has its own partners but the lead and timeframe of VI.2.1.
      const vi23 = tasks.tasks.find((x) => x.id === "VI.2.3");
      expect(vi23?.partners.raw).toBe("Các sở, ngành liên quan; UBND các huyện, thành phố");
      expect(vi23?.lead.raw).toBe("Sở Y tế");
    });

    it("keeps the en dash of II.1's lead as printed and still matches it", () => {
      const ii1 = tasks.tasks.find((x) => x.id === "II.1");
      expect(ii1?.lead.raw).toBe("Sở Lao động – Thương binh và Xã hội");
      expect(ii1?.lead.ids).toEqual([agencyId("Sở Lao động - Thương binh và Xã hội")]);
    });

    it("reads every timeframe and reports nothing", () => {
      expect(tasks.tasks.filter((t) => t.timeframe.error !== null)).toEqual([]);
      expect(tasks.tasks.find((t) => t.id === "I.2")?.timeframe.timeframe.kind).toBe("milestoneEvent");
      expect(tasks.tasks.every((t) => t.approvalLevel === null && t.expectedOutput === null && !t.evidenceRequired)).toBe(true);
      expect(tasks.findings).toEqual([]);
    });
  });
});

describe("Hải Dương 1768/KH-UBND: Phụ lục", () => {
  const sheet = haiDuongSheet();
  const [table] = recognizeSheet(sheet.grid, sheet.merges).tables;

  it("reads the seven-column header", () => {
    expect(table.kind).toBe("tasks");
    expect(table.headerRows).toEqual([3]);
    expect(table.columns.map((c) => c.role)).toEqual(["code", "name", "lead", "partners", "timeframe", "approvalLevel", "expectedOutput"]);
  });

  it("has 5 sections and 35 tasks", () => {
    expect(table.sections.map((s) => s.code)).toEqual(["I", "II", "III", "IV", "V"]);
    expect(table.tasks).toHaveLength(35);
    expect(table.tasks.map((t) => t.id).slice(0, 5)).toEqual(["I.1", "I.2", "I.3", "II.1", "II.2"]);
  });

  it("reads approval level and expected output, and asks for evidence where an output is named", () => {
    const ii8 = table.tasks.find((t) => t.id === "II.8");
    expect(ii8).toMatchObject({ approvalLevel: "TTCP", expectedOutput: "Quy hoạch", evidenceRequired: true });
    expect(table.tasks.find((t) => t.id === "III.9")).toMatchObject({ approvalLevel: "HĐND tỉnh", expectedOutput: "Nghị quyết" });
    expect(table.tasks.find((t) => t.id === "I.1")).toMatchObject({ approvalLevel: null, expectedOutput: "Tin, bài tuyên truyền" });
    expect(table.tasks.find((t) => t.id === "V.1")).toMatchObject({ approvalLevel: null, expectedOutput: null, evidenceRequired: false });
  });

  it("reads conditional timeframes and keeps lead text exactly", () => {
    const ii7 = table.tasks.find((t) => t.id === "II.7");
    expect(ii7?.timeframe.timeframe.kind).toBe("conditional");
    expect(table.tasks.find((t) => t.id === "II.3")?.timeframe.timeframe).toEqual({ kind: "period", from: 2022, to: 2025 });
    expect(table.tasks.find((t) => t.id === "II.3")?.lead.raw).toBe("Sở Lao động, Thương binh và xã hội");
    expect(table.tasks.find((t) => t.id === "II.8")?.lead.raw).toBe("Sở Kế hoạch & Đầu tư");
  });

  it("does not inherit approval level or output (blank means none)", () => {
    expect(table.tasks.find((t) => t.id === "I.2")?.approvalLevel).toBeNull();
    expect(table.rows.filter((r) => r.inherited)).toEqual([]);
  });
});

describe("Đồng Tháp Phụ lục I pasted from Word with its group rows merged across the table", () => {
  /** The seed's rows with each group row as Word's paste gives it. */
  function mergedGroups(mode: "whole" | "afterCode"): { grid: Cell[][]; merges: MergedRange[] } {
    const b = new GridBuilder();
    b.title("PHỤ LỤC I", 7).title("CÁC CHỈ TIÊU CHỦ YẾU VÀ PHÂN CÔNG THỰC HIỆN", 7);
    const h = b.next;
    b.push(DT_HEADER_1).push(DT_HEADER_2).across(h, 3, 2).across(h, 5, 2);
    for (const r of DT_INDICATOR_ROWS) {
      if (r === BLANK || r === REPEAT_HEADER) continue;
      const isGroup = /^\d+\.$/.test(String(r[0])) && r[2] === "" && r[3] === "";
      if (!isGroup) {
        b.push(r);
        continue;
      }
      const hasAgency = r[5] !== "" || r[6] !== "";
      const row = b.next;
      if (mode === "whole" && !hasAgency) {
        b.push([`${r[0]} ${r[1]}`, "", "", "", "", "", ""]).across(row, 0, 7);
      } else {
        const last = hasAgency ? 4 : 6;
        b.push([r[0], r[1], "", "", "", r[5], r[6]].map((v, i) => (i > 1 && i <= last ? "" : v))).across(row, 1, last);
      }
    }
    return b.build();
  }

  it.each(["whole", "afterCode"] as const)("reads 10 areas and 105 indicator rows (%s)", (mode) => {
    const s = mergedGroups(mode);
    const [t] = recognizeSheet(s.grid, s.merges).tables;
    expect(t.areas.map((a) => a.printedCode ?? a.code)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10."]);
    expect(t.areas[1].name).toBe("Lao động, việc làm, phát triển thị trường lao động");
    expect(t.indicators).toHaveLength(105);
    expect(t.indicators.filter((i) => i.parent === null)).toHaveLength(89);
    expect(t.rows.filter((r) => r.kind === "unreadable")).toEqual([]);
    // Group 6 carries its lead on the group row, beside the merged title.
    expect(t.indicators.find((i) => i.id === "6.13")?.lead.raw).toBe("Sở Giáo dục và Đào tạo");
  });
});
