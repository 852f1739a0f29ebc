import type { CatalogueEntry } from "./entry";

/** Messages of the target module. Keys are prefixed "target." */
export const targetMessages = {
} as const satisfies Record<string, CatalogueEntry>;
