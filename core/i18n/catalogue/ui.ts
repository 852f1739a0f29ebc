import type { CatalogueEntry } from "./entry";

/** Messages of the ui module. Keys are prefixed "ui." */
export const uiMessages = {
} as const satisfies Record<string, CatalogueEntry>;
