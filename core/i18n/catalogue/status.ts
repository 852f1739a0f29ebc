import type { CatalogueEntry } from "./entry";

/** Messages of the status module. Keys are prefixed "status." */
export const statusMessages = {
} as const satisfies Record<string, CatalogueEntry>;
