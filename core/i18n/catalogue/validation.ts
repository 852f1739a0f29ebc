import type { CatalogueEntry } from "./entry";

/** Messages of the validation module. Keys are prefixed "validation." */
export const validationMessages = {
} as const satisfies Record<string, CatalogueEntry>;
