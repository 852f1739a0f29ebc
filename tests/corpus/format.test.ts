import * as fs from "fs";
import * as path from "path";
import { nfc } from "../../core/text";
import { tableGrid } from "./grid";
import { CorpusPlanSchema } from "./schema";

const DIR = path.join(__dirname, "plans");
const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith(".json")).sort() : [];

describe("corpus files are well formed", () => {
  it("has plan files", () => expect(files.length).toBeGreaterThan(0));
  it.each(files)("%s", (file) => {
    const text = fs.readFileSync(path.join(DIR, file), "utf8");
    expect(nfc(text)).toBe(text); // Vietnamese in NFC
    const plan = CorpusPlanSchema.parse(JSON.parse(text));
    expect(`${plan.id}.json`).toBe(file);
    for (const t of plan.tables) {
      const { cells } = tableGrid(t.rows);
      for (const row of t.rows) expect(row.length).toBe(cells[0].length);
      const seen = new Set<number>();
      let last = -1;
      for (const e of t.expected.rows) {
        expect(e.at).toBeLessThan(t.rows.length);
        expect(e.at).toBeGreaterThan(last); // in table order, one entry per row
        last = e.at;
        seen.add(e.at);
        // The code is what the code cell of that row says (first non-merged column).
        expect(typeof e.code).toBe("string");
      }
    }
  });
});
