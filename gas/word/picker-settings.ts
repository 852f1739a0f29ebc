import { z } from "zod";
import { msg } from "../../core/i18n";
import { UserError } from "../errors";
import type { PropertiesApi } from "../host/surface";

/**
 * The Google Picker needs the project's API key (restricted to the Picker API) and app id (the
 * Cloud project number, so that files picked become readable under drive.file). They belong to
 * the deployment, not to a spreadsheet: Script Properties of the Apps Script project, set once
 * by whoever deploys the add-on (docs/gas.md).
 */
export const PICKER_KEYS = { apiKey: "CHITIEU_PICKER_API_KEY", appId: "CHITIEU_PICKER_APP_ID" } as const;

const PickerSettingsSchema = z.object({
  apiKey: z.string().trim().regex(/^[A-Za-z0-9_-]{20,100}$/),
  appId: z.string().trim().regex(/^\d{6,20}$/),
});

export type PickerSettings = z.infer<typeof PickerSettingsSchema>;

/** The Picker settings, or a message naming what is missing or malformed. */
export function pickerSettings(props: PropertiesApi | null): PickerSettings {
  const raw = { apiKey: props?.getProperty(PICKER_KEYS.apiKey) ?? "", appId: props?.getProperty(PICKER_KEYS.appId) ?? "" };
  const parsed = PickerSettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const bad = [...new Set(parsed.error.issues.map((i) => PICKER_KEYS[i.path[0] as keyof typeof PICKER_KEYS]))];
  throw new UserError(msg("gas.word.notConfigured", { missing: bad.join(", ") }));
}
