import { z } from "zod";
import type { WorkbookMeta } from "../core/layout";
import { ProjectionSchema } from "../core/model";
import type { PropertiesApi } from "./host/surface";

/**
 * Document settings, shared by every editor of the spreadsheet (document properties, never
 * per-user state): the reporting year statuses are computed for (null: automatic, the year being
 * prepared today by the plan's deadlines), the projection method for "on track", and the
 * language of menus, notes and the sidebar.
 */
export const SettingsSchema = z.object({
  year: z.number().int().min(2000).max(2100).nullable(),
  projection: ProjectionSchema,
  lang: z.enum(["vi", "en"]),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_KEY = "chitieu.settings";

/** Without a stored setting: the workbook's own (metadata sheet), else an automatic year, linear, Vietnamese. */
export function defaultSettings(meta: WorkbookMeta | null): Settings {
  if (meta) {
    const year = meta.settings.yearMode === "fixed" ? meta.settings.asOf : null;
    return { year, projection: meta.settings.projection, lang: meta.settings.lang };
  }
  return { year: null, projection: "linear", lang: "vi" };
}

/** The stored settings, or null when none are stored or they do not pass the schema. */
export function readStoredSettings(props: PropertiesApi | null): Settings | null {
  const raw = props?.getProperty(SETTINGS_KEY) ?? null;
  if (raw === null) return null;
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveSettings(props: PropertiesApi, settings: Settings): Settings {
  const checked = SettingsSchema.parse(settings);
  props.setProperty(SETTINGS_KEY, JSON.stringify(checked));
  return checked;
}
