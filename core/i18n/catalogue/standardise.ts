import type { CatalogueEntry } from "./entry";

/** "Chuẩn hóa số liệu": numbers typed as text made real numbers (core/workbook/standardise). Keys "standardise.". */
export const standardiseMessages = {
  "standardise.by": { vi: "Chỉ Tiêu (chuẩn hóa số liệu)", en: "Chỉ Tiêu (standardise numbers)" },
  "standardise.log.source": {
    vi: "Chuẩn hóa số liệu: số nhập dạng chữ «{raw}» chuyển thành số {value}",
    en: "Standardise numbers: the number typed as text “{raw}” became the number {value}",
  },
  "standardise.log.warned": {
    vi: "Chuẩn hóa số liệu: số nhập dạng chữ «{raw}» chuyển thành số {value} ({warning})",
    en: "Standardise numbers: the number typed as text “{raw}” became the number {value} ({warning})",
  },
  "standardise.kept.estimate": {
    vi: "«{raw}» ghi là số ước tính: giữ nguyên để không mất chữ «ước», «dự kiến».",
    en: "“{raw}” is written as an estimate: kept as typed so the estimate word is not lost.",
  },
  "standardise.kept.unit": {
    vi: "«{raw}» ghi kèm đơn vị «{unit}» khác đơn vị của dòng «{rowUnit}»: giữ nguyên, cần người xem lại.",
    en: "“{raw}” carries the unit “{unit}”, not the row's unit “{rowUnit}”: kept as typed for a person to check.",
  },
  "standardise.done": {
    vi: "Đã chuyển {changed} ô số nhập dạng chữ thành số (ghi vào «{log}»); giữ nguyên {kept} ô không đọc chắc chắn được.",
    en: "Turned {changed} numbers typed as text into numbers (logged in “{log}”); left {kept} cells that cannot be read for sure.",
  },
  "standardise.nothing": {
    vi: "Không có ô số nào nhập dạng chữ cần chuyển.",
    en: "No number typed as text to turn into a number.",
  },
  "standardise.cli.summary": {
    vi: "Chuyển số nhập dạng chữ thành số (định dạng số của sổ), ghi nhật ký; ô mơ hồ như «1,234» giữ nguyên",
    en: "Turn numbers typed as text into numbers (the workbook's number format), logged; ambiguous cells such as “1,234” are left",
  },
  "standardise.cli.kept": { vi: "{cell}: {message}", en: "{cell}: {message}" },
} satisfies Record<string, CatalogueEntry>;
