import type { CatalogueEntry } from "./entry";

/** Messages of the target module. Keys are prefixed "target." ({text}: the cell text, cleaned). */
export const targetMessages = {
  "target.notUnderstood": {
    vi: "Không hiểu chỉ tiêu “{text}”: có chữ số nhưng không đọc được thành một giá trị, ngưỡng hay khoảng.",
    en: "The target “{text}” is not understood: it has digits but does not read as a value, a bound or a range.",
  },
  "target.conflict": {
    vi: "Chỉ tiêu “{text}” có các điều kiện mâu thuẫn hoặc chồng nhau (ví dụ vừa “dưới” vừa “trở lên”, hoặc ngưỡng đặt trước một khoảng).",
    en: "The target “{text}” has conflicting or doubled conditions (e.g. both “dưới” and “trở lên”, or a bound on a range).",
  },
  "target.unitMismatch": {
    vi: "Hai đầu của khoảng trong “{text}” có đơn vị khác nhau (“{a}” và “{b}”).",
    en: "The two ends of the range in “{text}” have different units (“{a}” and “{b}”).",
  },
  "target.reversedRange": {
    vi: "Khoảng “{text}” được viết số lớn trước; đã hiểu là từ {lo} đến {hi}.",
    en: "The range “{text}” is written high to low; read as from {lo} to {hi}.",
  },
  "target.openRangeMin": {
    vi: "“{text}”: khoảng {lo}–{hi} kèm “trở lên” được hiểu là tối thiểu {lo} (đầu dưới của khoảng; “trở lên” bỏ giới hạn trên).",
    en: "“{text}”: the range {lo}–{hi} followed by “trở lên” (or more) was read as at least {lo} (its low end; “or more” removes the upper limit).",
  },
  "target.openRangeMax": {
    vi: "“{text}”: khoảng {lo}–{hi} kèm “trở xuống” được hiểu là tối đa {hi} (đầu trên của khoảng; “trở xuống” bỏ giới hạn dưới).",
    en: "“{text}”: the range {lo}–{hi} followed by “trở xuống” (or less) was read as at most {hi} (its high end; “or less” removes the lower limit).",
  },
  "target.fromSentence": {
    vi: "Ô chỉ tiêu là một câu; đã đọc mục tiêu ở cuối câu: “{phrase}”.",
    en: "The target cell is a sentence; the target at its end was read: “{phrase}”.",
  },
  "target.remark": {
    vi: "Đã đọc mục tiêu “{target}”; phần sau “{remark}” được giữ nguyên trong ô nhưng không dùng để đánh giá.",
    en: "The target “{target}” was read; the words after it, “{remark}”, stay in the cell but are not used to judge.",
  },
  "target.placeholder": {
    vi: "“{text}” được hiểu là không có chỉ tiêu cho năm này.",
    en: "“{text}” was read as no target for this year.",
  },
  "target.boolean": {
    vi: "Ô chỉ tiêu chứa giá trị đúng/sai ({text}), không phải một chỉ tiêu.",
    en: "The target cell holds a true/false value ({text}), not a target.",
  },
  "target.date": {
    vi: "Ô chỉ tiêu chứa ngày tháng ({text}), không phải một chỉ tiêu.",
    en: "The target cell holds a date ({text}), not a target.",
  },
  "target.notFinite": {
    vi: "Ô chỉ tiêu chứa “{text}”, không phải một số hữu hạn.",
    en: "The target cell holds “{text}”, which is not a finite number.",
  },
  // ---- suggestions
  "target.howToWrite": {
    vi: "Hãy viết theo một trong các dạng: 95 hoặc 19,04 (một giá trị); >80, <3, >=95, trên 90%, 98% trở lên, tối thiểu 60, không quá 5 (ngưỡng); 28-30 hoặc từ 28 đến 30 (khoảng); khoảng 30 (gần đúng); giảm 30%, tăng gấp 4 lần (mức thay đổi); nhiều chỉ tiêu cách nhau bằng dấu chấm phẩy (Nhà trẻ 25%; Mẫu giáo 94%); “-” nếu năm đó không có chỉ tiêu; chỉ tiêu định tính thì ghi bằng lời, không kèm số.",
    en: "Write one of: 95 or 19,04 (a value); >80, <3, >=95, trên 90%, 98% trở lên, tối thiểu 60, không quá 5 (bounds); 28-30 or từ 28 đến 30 (a range); khoảng 30 (approximate); giảm 30%, tăng gấp 4 lần (a change); several targets separated by semicolons (Nhà trẻ 25%; Mẫu giáo 94%); “-” when there is no target that year; a qualitative target in words, without numbers.",
  },
  "target.write": {
    vi: "Hãy viết {suggested}.",
    en: "Write {suggested}.",
  },
  "target.openRangeMinFix": {
    vi: "Nếu mục tiêu là tối thiểu {lo}, hãy viết “từ {lo} trở lên”; nếu là một khoảng, hãy viết “{lo}-{hi}”.",
    en: "If the target is at least {lo}, write “từ {lo} trở lên”; if it is a range, write “{lo}-{hi}”.",
  },
  "target.openRangeMaxFix": {
    vi: "Nếu mục tiêu là tối đa {hi}, hãy viết “{hi} trở xuống”; nếu là một khoảng, hãy viết “{lo}-{hi}”.",
    en: "If the target is at most {hi}, write “{hi} trở xuống”; if it is a range, write “{lo}-{hi}”.",
  },
  "target.fromSentenceFix": {
    vi: "Chỉ ghi mục tiêu trong ô, ví dụ “{phrase}”; phần mô tả thuộc cột tên chỉ tiêu.",
    en: "Write only the target in the cell, e.g. “{phrase}”; the description belongs in the indicator name column.",
  },
  "target.remarkFix": {
    vi: "Nếu phần sau là ghi chú, hãy ghi ở cột ghi chú và chỉ để “{target}” trong ô mục tiêu.",
    en: "If the words after it are a note, put them in the note column and keep only “{target}” in the target cell.",
  },
  "target.useDash": {
    vi: "Dùng dấu “-” để ghi năm không có chỉ tiêu.",
    en: "Use “-” for a year without a target.",
  },
  "target.retype": {
    vi: "Định dạng ô là Văn bản rồi nhập lại chỉ tiêu, ví dụ 95, >80 hoặc 28-30.",
    en: "Format the cell as Plain text and type the target again, e.g. 95, >80 or 28-30.",
  },
} as const satisfies Record<string, CatalogueEntry>;
