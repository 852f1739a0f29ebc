import type { CatalogueEntry } from "./entry";

/** Messages of the agency module. Keys are prefixed "agency." */
export const agencyMessages = {
} as const satisfies Record<string, CatalogueEntry>;
