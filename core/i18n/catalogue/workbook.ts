import type { CatalogueEntry } from "./entry";

/** Messages of the jobs every host runs (core/workbook). Keys are prefixed "workbook." */
export const workbookMessages = {
  "workbook.errors.none": { vi: "Không còn lỗi nào cần sửa.", en: "No errors remain." },
  "workbook.errors.some": {
    vi: "Còn {n} lỗi cần sửa: {cells}. Các giá trị có lỗi không được dùng để đánh giá (trạng thái “Số liệu cần sửa”).",
    en: "{n} error(s) remain: {cells}. Values with errors are not used in any status (status “Data to correct”).",
  },
  "workbook.errors.someMore": {
    vi: "Còn {n} lỗi cần sửa: {cells} và {more} ô khác. Các giá trị có lỗi không được dùng để đánh giá (trạng thái “Số liệu cần sửa”).",
    en: "{n} error(s) remain: {cells} and {more} more cell(s). Values with errors are not used in any status (status “Data to correct”).",
  },
  "workbook.overview.indicators": {
    vi: "{count} chỉ tiêu (tính theo số thứ tự của kế hoạch; {rows} dòng được đánh giá, kể cả {subRows} dòng chi tiết)",
    en: "{count} indicators (as the plan numbers them; {rows} rows judged, {subRows} sub-rows included)",
  },
  "workbook.overview.indicatorsFlat": { vi: "{count} chỉ tiêu", en: "{count} indicators" },
  "workbook.overview.tasks": { vi: "{count} nhiệm vụ", en: "{count} tasks" },
  "workbook.overview.year": { vi: "Năm báo cáo {year}", en: "Reporting year {year}" },
  "workbook.overview.yearAuto": {
    vi: "Năm báo cáo {year} (tự động: hôm nay {today}, năm {year} chốt ngày {closesOn})",
    en: "Reporting year {year} (automatic: today is {today}; the {year} report closes on {closesOn})",
  },
} as const satisfies Record<string, CatalogueEntry>;
