import { recognizeMessages } from "../../../core/i18n/catalogue/recognize";

describe("recognize messages", () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(Object.entries(recognizeMessages))("%s has Vietnamese and English with the same placeholders", (_code, entry) => {
    expect(entry.vi.trim()).not.toBe("");
    expect(entry.en.trim()).not.toBe("");
    expect(placeholders(entry.vi)).toEqual(placeholders(entry.en));
  });
});
