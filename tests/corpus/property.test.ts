/**
 * Any table of the corpus reads the same with its columns reordered, an extra empty column, its
 * header in capitals or retyped over two lines, or a longer title block.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { readCorpusTable, readingOfTable } from "./compare";
import { CorpusPlanSchema, type CorpusTable } from "./schema";
import { insertEmptyColumn, longerTitle, reorderColumns, splitHeader, upperCaseHeader } from "./variants";

const DIR = path.join(__dirname, "plans");
const tables: [string, CorpusTable][] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) => {
    const plan = CorpusPlanSchema.parse(JSON.parse(fs.readFileSync(path.join(DIR, f), "utf8")));
    return plan.tables.map((t) => [`${plan.id} / ${t.name}`, t] as [string, CorpusTable]);
  });

const reading = (id: string, t: CorpusTable) => readingOfTable(readCorpusTable(id, t));

describe.each(tables)("%s", (id, table) => {
  const original = reading(id, table);

  it("reads the same with its columns in another order", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 12 }), (order) => {
        expect(reading(id, reorderColumns(table, [...new Set(order)]))).toEqual(original);
      }),
      { numRuns: 8 },
    );
  });

  it("reads the same with an extra empty column", () => {
    fc.assert(
      fc.property(fc.nat({ max: 12 }), (at) => {
        expect(reading(id, insertEmptyColumn(table, at))).toEqual(original);
      }),
      { numRuns: 5 },
    );
  });

  it("reads the same with its header in capitals", () => {
    expect(reading(id, upperCaseHeader(table))).toEqual(original);
  });

  it("reads the same with its header retyped over two lines", () => {
    const split = splitHeader(table);
    if (!split) return; // a header of two rows already
    // The rows move down by one: compare what was read, row by row.
    const shifted = original.map((l) => l.replace(/^(-?\d+)\|/, (_, at: string) => `${Number(at) + 1}|`));
    expect(reading(id, split)).toEqual(shifted);
  });

  it("reads the same under a longer title block", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("ỦY BAN NHÂN DÂN TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Ghi chú: số liệu tạm tính", "Đơn vị thực hiện các nhiệm vụ theo kế hoạch"), { minLength: 1, maxLength: 4 }), (extra) => {
        expect(reading(id, longerTitle(table, extra))).toEqual(original);
      }),
      { numRuns: 5 },
    );
  });
});
