import type { CatalogueEntry } from "./entry";

/** Messages of the summary module. Keys are prefixed "summary." */
export const summaryMessages = {
} as const satisfies Record<string, CatalogueEntry>;
