import { FakeExcel } from "./fake-excel";

describe("fake Excel over office-addin-mock", () => {
  it("applies writes at sync, counts syncs, and throws on reads before load", async () => {
    const fake = new FakeExcel({ api: 18 });
    fake.workbook.addSheet("Sheet1");
    await fake.excel.run(async (ctx: any) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const r = sheet.getRange("A1:B2");
      r.values = [[1, "x"], ["=1+1", "'=a"]];
      r.format.fill.color = "#ff0000";
      expect(() => r.values).not.toThrow(); // what was assigned reads back
      const read = sheet.getRange("A1:B2");
      expect(() => read.values).toThrow(/not available/);
      read.load("values, address");
      await ctx.sync();
      expect(read.values).toEqual([[1, "x"], ["", "=a"]]);
      expect(read.address).toBe("Sheet1!A1:B2");
    });
    expect(fake.syncs).toBe(1);
    expect(fake.workbook.sheet("Sheet1").formulas.get("1,0")).toBe("=1+1");
    expect(fake.workbook.sheet("Sheet1").fills.get("0,1")).toBe("#FF0000");
  });

  it("gives isNullObject after sync and gates newer APIs", async () => {
    const fake = new FakeExcel({ api: 7 });
    fake.workbook.addSheet("A");
    await fake.excel.run(async (ctx: any) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("B");
      const there = ctx.workbook.worksheets.getItemOrNullObject("A");
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(ctx.workbook.comments).toBeUndefined();
    });
  });
});
