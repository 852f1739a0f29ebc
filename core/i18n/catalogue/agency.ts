import type { CatalogueEntry } from "./entry";

/** Messages of the agency module. Keys are prefixed "agency." */
export const agencyMessages = {
  "agency.registryInvalid": {
    vi: "Danh mục cơ quan không hợp lệ: {detail}. Hãy sửa tệp danh mục (agencies.json) theo mẫu.",
    en: "The agency registry is invalid: {detail}. Fix the registry file (agencies.json) to follow the template.",
  },
  "agency.registryDuplicateId": {
    vi: "Danh mục cơ quan có mã “{id}” bị trùng; mỗi cơ quan cần một mã riêng.",
    en: "The agency registry uses the id “{id}” more than once; every agency needs its own id.",
  },
  "agency.registryUnknownSuccessor": {
    vi: "Cơ quan “{id}” ghi cơ quan kế thừa “{successor}”, nhưng mã này không có trong danh mục.",
    en: "Agency “{id}” names the successor “{successor}”, which is not in the registry.",
  },
  "agency.unknown": {
    vi: "Không nhận ra cơ quan “{part}”.",
    en: "“{part}” is not a known agency.",
  },
  "agency.didYouMean": {
    vi: "Có phải là: {names}?",
    en: "Did you mean: {names}?",
  },
  "agency.addToRegistry": {
    vi: "Kiểm tra lại chính tả, hoặc thêm tên này vào danh mục cơ quan.",
    en: "Check the spelling, or add this name to the agency registry.",
  },
} as const satisfies Record<string, CatalogueEntry>;
