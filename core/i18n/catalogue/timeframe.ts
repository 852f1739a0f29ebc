import type { CatalogueEntry } from "./entry";

/** Messages of the timeframe module. Keys are prefixed "timeframe." */
export const timeframeMessages = {
  "timeframe.empty": {
    vi: "Chưa ghi thời gian thực hiện.",
    en: "No timeframe is given.",
  },
  "timeframe.unknown": {
    vi: "Không hiểu thời gian thực hiện “{text}”.",
    en: "The timeframe “{text}” is not understood.",
  },
  "timeframe.notText": {
    vi: "Ô thời gian chứa giá trị “{text}”, không phải một thời gian thực hiện.",
    en: "The timeframe cell holds “{text}”, which is not a timeframe.",
  },
  "timeframe.acceptedForms": {
    vi: "Hãy ghi theo một trong các dạng: Hằng năm; Thường xuyên (có thể kèm “định kỳ hằng quý báo cáo”); Năm 2027; 2021, 2022; Giai đoạn 2024-2030; Tháng 10/2024; Quý IV/2024; 6 tháng đầu năm 2026; Trước 30/6/2026; Năm 2025 và hằng năm; Định kỳ hằng quý (hằng tháng, 6 tháng một lần); Khi có phát sinh; Theo yêu cầu; Sơ kết, tổng kết Chương trình; Sau khi <sự kiện> (ví dụ: Sau khi Nghị định được ban hành).",
    en: "Write it in one of these forms: Hằng năm (every year); Thường xuyên (ongoing, optionally with “định kỳ hằng quý báo cáo”, reporting quarterly); Năm 2027; 2021, 2022; Giai đoạn 2024-2030 (period); Tháng 10/2024 (month); Quý IV/2024 (quarter); 6 tháng đầu năm 2026 (first half year); Trước 30/6/2026 (deadline); Năm 2025 và hằng năm (from a year on); Định kỳ hằng quý (recurring: hằng tháng, 6 tháng một lần); Khi có phát sinh (on occurrence); Theo yêu cầu (on request); Sơ kết, tổng kết Chương trình (programme reviews); Sau khi <event> (e.g. Sau khi Nghị định được ban hành).",
  },
  "timeframe.yearOutOfRange": {
    vi: "Năm {year} không hợp lệ: năm phải nằm trong khoảng {min}–{max}.",
    en: "The year {year} is not plausible: years must be between {min} and {max}.",
  },
  "timeframe.checkYear": {
    vi: "Kiểm tra lại năm (viết đủ 4 chữ số, ví dụ 2025).",
    en: "Check the year (write all 4 digits, e.g. 2025).",
  },
  "timeframe.periodReversed": {
    vi: "Giai đoạn {from}-{to} có năm bắt đầu sau năm kết thúc.",
    en: "The period {from}-{to} starts after it ends.",
  },
  "timeframe.periodSwap": {
    vi: "Có phải là “Giai đoạn {to}-{from}”?",
    en: "Did you mean “Giai đoạn {to}-{from}”?",
  },
  "timeframe.monthOutOfRange": {
    vi: "Tháng {month} không hợp lệ: tháng phải từ 1 đến 12.",
    en: "The month {month} is not valid: months run from 1 to 12.",
  },
  "timeframe.monthExample": {
    vi: "Ghi tháng theo dạng “Tháng 10/2024”.",
    en: "Write the month as “Tháng 10/2024”.",
  },
  "timeframe.emptyTrigger": {
    vi: "“{text}” chưa nêu sự kiện cần chờ.",
    en: "“{text}” does not say which event it waits for.",
  },
  "timeframe.triggerExample": {
    vi: "Ghi rõ sự kiện, ví dụ: “Sau khi có hướng dẫn của Bộ Y tế”.",
    en: "Name the event, e.g. “Sau khi có hướng dẫn của Bộ Y tế” (after guidance from the Ministry of Health).",
  },
  "timeframe.fromProse": {
    vi: "Thời gian thực hiện được hiểu là «{reading}» từ nội dung «{text}»; hãy kiểm tra lại.",
    en: "The timeframe is read as “{reading}” from the text “{text}”; please check it.",
  },
  "timeframe.badDate": {
    vi: "Ngày {day}/{month}/{year} không có trong lịch.",
    en: "The date {day}/{month}/{year} does not exist.",
  },
  "timeframe.dateExample": {
    vi: "Ghi hạn theo dạng “Trước 30/6/2026” (ngày/tháng/năm).",
    en: "Write a deadline as “Trước 30/6/2026” (day/month/year).",
  },
  "timeframe.dateAsMonth": {
    vi: "Ô thời gian chứa ngày {date}; được hiểu là tháng {month}/{year}. Nếu muốn ghi cả giai đoạn hoặc năm, hãy nhập dạng chữ.",
    en: "The timeframe cell holds the date {date}; it is read as month {month}/{year}. To give a year or a period, enter it as text.",
  },
  "timeframe.duplicateYears": {
    vi: "Năm {year} được ghi nhiều lần; chỉ tính một lần.",
    en: "The year {year} is written more than once; it counts once.",
  },
} as const satisfies Record<string, CatalogueEntry>;
