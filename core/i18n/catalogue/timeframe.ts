import type { CatalogueEntry } from "./entry";

/** Messages of the timeframe module. Keys are prefixed "timeframe." */
export const timeframeMessages = {
} as const satisfies Record<string, CatalogueEntry>;
