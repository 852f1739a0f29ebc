import { SHEETS } from "../../../core/layout";
import { loadTemplate } from "../../../core/template";
import { createFromTemplate } from "../../../office-addin/actions/create";
import { run, setup } from "../helpers";

describe("createFromTemplate", () => {
  it("asks before replacing tracking sheets, then replaces them even where the sheets it keeps are protected", async () => {
    const { fake, session } = setup(18);
    const first = await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("hai-duong-1768-2022")));
    expect(first.kind).toBe("created");
    const protectedNow = fake.workbook.sheets.filter((s) => s.protection.protected).map((s) => s.name);
    expect(protectedNow.length).toBeGreaterThan(0);
    const ask = await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("dong-thap-328-2024")));
    expect(ask).toEqual({ kind: "confirm", existing: [SHEETS.indicators, SHEETS.tasks, SHEETS.meta] });
    const again = await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("dong-thap-328-2024"), { overwrite: true }));
    expect(again).toMatchObject({ kind: "created", planNumber: "328/KH-UBND" });
    // What was protected before is protected again (a replaced sheet starts unprotected).
    for (const name of protectedNow) expect(fake.workbook.sheet(name).protection.protected).toBe(true);
    expect(fake.violations).toEqual([]);
  });
});
