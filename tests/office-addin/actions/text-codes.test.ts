import { setup } from "../helpers";
import { dongThapMaster, placeOf } from "../share/master";

/**
 * Excel reads text written into a General cell as typed input: "7.10" would become the number
 * 7.1 (and collide with row 7.1), "6.100" the number 6100. The core writes number formats before
 * values, so codes and targets stay exactly as the plan prints them.
 */
describe("codes and targets keep their printed text in Excel", () => {
  const { fake, session } = setup(18);
  beforeAll(async () => {
    await dongThapMaster(fake, session);
  });
  const cell = (rowId: string, key: string) => {
    const at = placeOf(session, "indicators", rowId, key);
    return fake.workbook.sheet(at.sheet).get(at.row, at.col);
  };

  it("keeps code 7.10 apart from 7.1 and target 6.100 as printed", () => {
    expect(cell("7.10", "code")).toBe("7.10");
    expect(cell("7.1", "code")).toBe("7.1");
    expect(cell("9.1", "target:2030")).toBe("6.100");
    const ids = session.wb!.indicatorRecords.map((r) => r.rowId).filter((id) => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
