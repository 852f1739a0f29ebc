import type { CatalogueEntry } from "./entry";

/** Messages of the bundled plan templates and sample data. Keys are prefixed "template." */
export const templateMessages = {
  "template.unknownId": {
    vi: "Không có mẫu kế hoạch “{id}”. Các mẫu có sẵn: {known}.",
    en: "There is no plan template “{id}”. Available templates: {known}.",
  },
  "template.chooseKnown": {
    vi: "Chọn một trong các mẫu có sẵn ({known}) hoặc nhập bảng phụ lục của kế hoạch vào trang tính.",
    en: "Choose one of the available templates ({known}) or paste the plan's appendix table into a sheet.",
  },
  "template.invalid": {
    vi: "Mẫu kế hoạch “{id}” bị hỏng và không dùng được: {detail}",
    en: "The plan template “{id}” is damaged and cannot be used: {detail}",
  },
  "template.reinstall": {
    vi: "Cài lại tiện ích (hoặc tạo lại mẫu bằng scripts/build-templates.ts) rồi thử lại.",
    en: "Reinstall the add-on (or regenerate the template with scripts/build-templates.ts) and try again.",
  },
  "template.noSample": {
    vi: "Kế hoạch “{id}” chưa có dữ liệu mẫu. Kế hoạch có dữ liệu mẫu: {known}.",
    en: "The plan “{id}” has no sample data. Plans with sample data: {known}.",
  },
  "template.sampleInvalid": {
    vi: "Dữ liệu mẫu của kế hoạch “{id}” bị hỏng: {detail}",
    en: "The sample data of the plan “{id}” is damaged: {detail}",
  },
} satisfies Record<string, CatalogueEntry>;
