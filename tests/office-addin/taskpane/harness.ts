import { FakeExcel } from "../fake-excel";

/** Loaded after office.js in the UI test page: the fake replaces Excel and Office. */
const fake = new FakeExcel({ api: 18 });
fake.workbook.addSheet("Sheet1");
fake.install(window as unknown as Record<string, unknown>);
(window as unknown as { __fake: FakeExcel }).__fake = fake;
