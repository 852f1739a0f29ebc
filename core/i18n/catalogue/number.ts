import type { CatalogueEntry } from "./entry";

/** Messages of the number module. Keys are prefixed "number." */
export const numberMessages = {
} as const satisfies Record<string, CatalogueEntry>;
