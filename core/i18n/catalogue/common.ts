import type { CatalogueEntry } from "./entry";

/** Messages shared by several modules. Keys are prefixed "common." */
export const commonMessages = {
  "common.empty": { vi: "Ô trống.", en: "The cell is empty." },
  "common.invalidData": {
    vi: "Dữ liệu không hợp lệ: {detail}",
    en: "Invalid data: {detail}",
  },
} as const satisfies Record<string, CatalogueEntry>;
