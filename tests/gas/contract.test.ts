import type { z as zc } from "zod";
import type * as zm from "zod/mini";
import { catalogue, msg } from "../../core/i18n";
import * as model from "../../core/model";
import { IDENTITY_FIELDS, type IdentityField } from "../../core/recognize";
import { FindingViewSchema as ServerFindingView } from "../../gas/document/findings-view";
import * as contract from "../../gas/rpc/contract";
import { SettingsSchema as ServerSettings } from "../../gas/settings";
import { SIDEBAR_CODES, sidebarMessage, sidebarText } from "../../gas/sidebar/strings";
import { STRINGS } from "../../gas/sidebar/strings-table";

// Compile-time: the contract's types are the core's (checked by `tsc -p tsconfig.json`).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<zm.infer<typeof contract.SeveritySchema>, model.Severity>,
  Same<zm.infer<typeof contract.SettingsSchema>, zc.infer<typeof ServerSettings>>,
  Same<zm.infer<typeof contract.FindingViewSchema>, zc.infer<typeof ServerFindingView>>,
  Same<zm.infer<typeof contract.MessageSchema>, zc.infer<typeof model.MessageSchema>>,
  Same<zm.infer<typeof contract.IdentityFieldSchema>, IdentityField>,
] = [true, true, true, true, true];

describe("the RPC contract (zod/mini) restates the core's schemas exactly", () => {
  test("types match", () => expect(sameTypes.every(Boolean)).toBe(true));

  test("enums equal the core's, in order", () => {
    expect(contract.SeveritySchema.options).toEqual(model.SeveritySchema.options);
    expect(contract.ProjectionSchema.options).toEqual(model.ProjectionSchema.options);
    expect(contract.LangSchema.options).toEqual(ServerSettings.shape.lang.options);
    expect(contract.IdentityFieldSchema.options).toEqual([...IDENTITY_FIELDS]);
  });

  test("object schemas have the same fields", () => {
    expect(Object.keys(contract.MessageSchema.shape).sort()).toEqual(Object.keys(model.MessageSchema.shape).sort());
    expect(Object.keys(contract.FindingViewSchema.shape).sort()).toEqual(Object.keys(ServerFindingView.shape).sort());
    expect(Object.keys(contract.SettingsSchema.shape).sort()).toEqual(Object.keys(ServerSettings.shape).sort());
  });

  test("settings: the same values pass and fail on both sides", () => {
    const samples: unknown[] = [
      { year: 2025, projection: "linear", lang: "vi" },
      { year: 2000, projection: "cagr", lang: "en" },
      { year: 2100, projection: "linear", lang: "en" },
      { year: 1999, projection: "linear", lang: "vi" },
      { year: 2101, projection: "linear", lang: "vi" },
      { year: 2025.5, projection: "linear", lang: "vi" },
      { year: "2025", projection: "linear", lang: "vi" },
      { year: 2025, projection: "exponential", lang: "vi" },
      { year: 2025, projection: "linear", lang: "fr" },
      { year: 2025, projection: "linear" },
      null,
    ];
    for (const s of samples) expect([s, contract.SettingsSchema.safeParse(s).success]).toEqual([s, ServerSettings.safeParse(s).success]);
    // Saving refuses unknown fields.
    expect(contract.contract.rpcSaveSettings.input.safeParse({ year: 2025, projection: "linear", lang: "vi", extra: 1 }).success).toBe(false);
  });

  test("a finding view passes both schemas; a row 0 fails both", () => {
    const view = {
      sheet: "Chỉ tiêu",
      row: 7,
      col: 5,
      a1: "E7",
      severity: "warning",
      code: "validation.indicator.value.ambiguous",
      message: msg("validation.indicator.value.ambiguous", { value: "1,234" }),
      suggestion: null,
    };
    expect(contract.FindingViewSchema.safeParse(view).success).toBe(true);
    expect(ServerFindingView.safeParse(view).success).toBe(true);
    expect(contract.FindingViewSchema.safeParse({ ...view, row: 0 }).success).toBe(false);
    expect(ServerFindingView.safeParse({ ...view, row: 0 }).success).toBe(false);
  });

  test("answers are wrapped as ok/value or a message", () => {
    const wrapped = contract.resultSchema(contract.contract.rpcSelectCell.output);
    expect(wrapped.safeParse({ ok: true, value: { a1: "B2" } }).success).toBe(true);
    expect(wrapped.safeParse({ ok: false, error: msg("gas.busy") }).success).toBe(true);
    expect(wrapped.safeParse({ ok: true, value: { a1: 2 } }).success).toBe(false);
    expect(wrapped.safeParse({ ok: "yes" }).success).toBe(false);
  });
});

describe("the sidebar's own strings come from the one catalogue", () => {
  test("the table holds exactly the sidebar's codes, as the catalogue writes them", () => {
    expect(Object.keys(STRINGS).sort()).toEqual([...SIDEBAR_CODES].sort());
    for (const code of SIDEBAR_CODES) expect(STRINGS[code]).toEqual({ vi: catalogue[code].vi, en: catalogue[code].en });
  });

  test("texts are filled as msg fills them", () => {
    const params = { step: 2, steps: 3, label: "Tính trạng thái" };
    expect(sidebarText("gas.ui.step", "vi", params)).toBe(msg("gas.ui.step", params).vi);
    expect(sidebarText("gas.ui.step", "en", params)).toBe(msg("gas.ui.step", params).en);
    expect(sidebarMessage("gas.ui.callFailed", { detail: "timeout" })).toEqual({ ...msg("gas.ui.callFailed", { detail: "timeout" }) });
  });
});
