import type { CatalogueEntry } from "./entry";

/** Messages of the table recogniser (a plan appendix pasted into a sheet). Keys are prefixed "recognize." */
export const recognizeMessages = {
  "recognize.unreadableRow": {
    vi: "Không đọc được dòng {row}. Các ô có dữ liệu: {found}. {reason}",
    en: "Row {row} could not be read. Cells found: {found}. {reason}",
  },
  "recognize.unreadableRowFix": {
    vi: "Ghi số thứ tự (1., 2.1, I, II) và tên vào đúng cột của bảng, hoặc xóa dòng nếu nó không thuộc bảng.",
    en: "Put the number (1., 2.1, I, II) and the name in the table's columns, or delete the row if it is not part of the table.",
  },
  "recognize.reason.codeNotUnderstood": {
    vi: "Số thứ tự “{code}” không có dạng quen thuộc (1., 2.1, I, II, a, -).",
    en: "The number “{code}” has none of the usual forms (1., 2.1, I, II, a, -).",
  },
  "recognize.reason.missingName": {
    vi: "Dòng có số thứ tự “{code}” nhưng không có tên.",
    en: "The row has the number “{code}” but no name.",
  },
  "recognize.reason.noCodeNoName": {
    vi: "Dòng có số liệu nhưng không có số thứ tự và không có tên.",
    en: "The row has values but neither a number nor a name.",
  },
  "recognize.reason.onlyAgencies": {
    vi: "Dòng chỉ có tên cơ quan, không có số thứ tự, tên hay số liệu.",
    en: "The row holds only agency names, with no number, name or values.",
  },
  "recognize.reason.nameOnly": {
    vi: "Dòng chỉ có tên, không có số thứ tự, số liệu hay cơ quan thực hiện, và không đứng sau một chỉ tiêu có số thứ tự.",
    en: "The row has only a name, with no number, values or agencies, and does not follow a numbered indicator.",
  },
  "recognize.reason.textOnly": {
    vi: "Dòng chỉ có nội dung, không có số thứ tự, cơ quan thực hiện hay thời gian.",
    en: "The row has only a text, with no number, agencies or timeframe.",
  },
  "recognize.reason.noHeading": {
    vi: "Dòng không có số thứ tự và chưa có dòng nhóm hay chỉ tiêu nào phía trên để gắn vào.",
    en: "The row has no number and there is no group or indicator above it to attach it to.",
  },
  "recognize.directionInferred": {
    vi: "Chỉ tiêu {id}: chiều đánh giá được suy ra là “{direction}” ({basis}). Hãy xác nhận.",
    en: "Indicator {id}: its direction was inferred as “{direction}” ({basis}). Please confirm it.",
  },
  "recognize.directionConfirm": {
    vi: "Nếu suy luận sai, hãy sửa cột Chiều đánh giá (tăng / giảm / không so sánh).",
    en: "If this is wrong, correct the Direction column (increase / decrease / none).",
  },
  "recognize.direction.increase": { vi: "càng cao càng tốt", en: "higher is better" },
  "recognize.direction.decrease": { vi: "càng thấp càng tốt", en: "lower is better" },
  "recognize.direction.none": { vi: "không so sánh, do người đánh giá", en: "no comparison, judged by a person" },
  "recognize.basis.comparator": {
    vi: "theo dấu so sánh trong mục tiêu “{text}”",
    en: "from the comparator in the target “{text}”",
  },
  "recognize.basis.wording": { vi: "theo từ “{word}” trong tên chỉ tiêu", en: "from the word “{word}” in the name" },
  "recognize.basis.qualitative": { vi: "mục tiêu định tính", en: "the targets are qualitative" },
  "recognize.basis.default": {
    vi: "mặc định, không có dấu so sánh hay từ ngữ nào cho biết",
    en: "by default, no comparator or wording says otherwise",
  },
  "recognize.duplicateCode": {
    vi: "Số thứ tự “{code}” ở dòng {row} trùng với dòng {first}; dòng này được gán mã nội bộ “{id}”.",
    en: "The number “{code}” on row {row} repeats row {first}; this row was given the internal id “{id}”.",
  },
  "recognize.duplicateCodeFix": {
    vi: "Sửa lại số thứ tự cho khỏi trùng.",
    en: "Correct the numbering so that no number repeats.",
  },
  "recognize.missingColumn": {
    vi: "Bảng có tiêu đề ở dòng {row} không có cột “{column}”.",
    en: "The table whose header is on row {row} has no “{column}” column.",
  },
  "recognize.missingColumnFix": {
    vi: "Nếu bảng có thông tin này, hãy đặt tiêu đề cột là một trong: {examples}.",
    en: "If the table holds this information, give the column one of these headers: {examples}.",
  },
  "recognize.targetFromText": {
    vi: "Bảng không có cột mục tiêu: mục tiêu của chỉ tiêu {id} được đọc từ chính tên chỉ tiêu («{phrase}») và tính cho năm {year}.",
    en: "The table has no target column: the target of indicator {id} was read from its own text (“{phrase}”) for {year}.",
  },
  "recognize.targetFromTextFix": {
    vi: "Kiểm tra lại mục tiêu và năm; nếu sai, sửa ở cột Mục tiêu của trang theo dõi.",
    en: "Check the target and its year; if wrong, correct it in the tracking sheet's target column.",
  },
  "recognize.nothing": {
    vi: "Không nhận ra bảng phụ lục nào. {rows}",
    en: "No appendix table was recognised. {rows}",
  },
  "recognize.nothing.row": {
    vi: "Dòng {row} giống dòng tiêu đề nhất: đã nhận ra {found}.",
    en: "Row {row} looks most like a header: found {found}.",
  },
  "recognize.nothing.otherRow": {
    vi: "Dòng {row} cũng có thể là dòng tiêu đề: đã nhận ra {found}.",
    en: "Row {row} may also be the header: found {found}.",
  },
  "recognize.nothing.missing": { vi: "Còn thiếu cột: {roles}.", en: "Missing columns: {roles}." },
  "recognize.nothing.near": { vi: "Ô gần với cách ghi quen thuộc: {pairs}.", en: "Cells close to a wording we know: {pairs}." },
  "recognize.nothing.noHeader": {
    vi: "Không nhận ra bảng phụ lục nào: không dòng nào có từ tiêu đề quen thuộc (TT, Chỉ tiêu, Nhiệm vụ, Nội dung, Chủ trì, Phối hợp, Thời gian...).",
    en: "No appendix table was recognised: no row holds a header word we know (TT, Chỉ tiêu, Nhiệm vụ, Nội dung, Chủ trì, Phối hợp, Thời gian...).",
  },
  "recognize.nothing.fix": {
    vi: "Bảng cần một dòng tiêu đề có cột số thứ tự (TT), cột tên (Chỉ tiêu, Nhiệm vụ hoặc Nội dung) và cột cơ quan (Chủ trì) hoặc mục tiêu; hãy sửa tiêu đề cho giống một trong các cách ghi đó.",
    en: "A table needs a header row with a number column (TT), a name column (Chỉ tiêu, Nhiệm vụ or Nội dung) and an agency (Chủ trì) or target column; edit the header to one of these wordings.",
  },
  "recognize.noNameColumn": {
    vi: "Dòng {row} trông như dòng tiêu đề bảng nhưng không có cột tên (Chỉ tiêu, Nhiệm vụ hoặc Nội dung), nên không đọc được bảng.",
    en: "Row {row} looks like a table header but has no name column (Chỉ tiêu, Nhiệm vụ or Nội dung), so the table cannot be read.",
  },
  "recognize.noNameColumnFix": {
    vi: "Đặt tiêu đề “Chỉ tiêu” (bảng chỉ tiêu) hoặc “Nhiệm vụ” (bảng nhiệm vụ) cho cột tên.",
    en: "Head the name column “Chỉ tiêu” (indicator table) or “Nhiệm vụ” (task table).",
  },
  "recognize.targetYearUnknown": {
    vi: "Cột mục tiêu “{header}” không ghi năm nên mục tiêu trong cột này chưa được đọc.",
    en: "The target column “{header}” names no year, so its targets were not read.",
  },
  "recognize.targetYearUnknownFix": {
    vi: "Ghi năm vào tiêu đề cột, ví dụ “Đến năm 2025”.",
    en: "Put the year in the column header, e.g. “Đến năm 2025”.",
  },
  "recognize.missingTimeframe": {
    vi: "Nhiệm vụ {id} chưa có thời gian thực hiện (ô trống và không có ô nào phía trên để kế thừa).",
    en: "Task {id} has no timeframe (the cell is blank and there is none above to carry down).",
  },
  "recognize.missingTimeframeFix": {
    vi: "Ghi thời gian, ví dụ: Hằng năm; Thường xuyên; Năm 2027; Giai đoạn 2024-2030.",
    en: "Write a timeframe, e.g. Hằng năm (every year); Thường xuyên (ongoing); Năm 2027; Giai đoạn 2024-2030.",
  },
  "recognize.codeReadAsNumber": {
    vi: "Ô số thứ tự ở dòng {row} là số {value} (bảng tính đã đổi chữ thành số); được đọc là “{code}” theo thứ tự các dòng trên.",
    en: "The number cell on row {row} holds the number {value} (the spreadsheet turned the text into a number); it was read as “{code}” from the rows above.",
  },
  "recognize.codeReadAsNumberFix": {
    vi: "Định dạng cột số thứ tự là văn bản trước khi dán để giữ nguyên “{code}”.",
    en: "Format the number column as plain text before pasting, to keep “{code}”.",
  },
  "recognize.emptyTable": {
    vi: "Bảng có tiêu đề ở dòng {row} không có dòng dữ liệu nào.",
    en: "The table whose header is on row {row} has no data rows.",
  },
  "recognize.role.code": { vi: "Số thứ tự", en: "Number" },
  "recognize.role.name": { vi: "Tên (Chỉ tiêu, Nhiệm vụ, Nội dung)", en: "Name (Chỉ tiêu, Nhiệm vụ, Nội dung)" },
  "recognize.role.unit": { vi: "Đơn vị tính", en: "Unit" },
  "recognize.role.output": { vi: "Kết quả, sản phẩm", en: "Output" },
  "recognize.role.lead": { vi: "Chủ trì", en: "Lead agency" },
  "recognize.role.target": { vi: "Mục tiêu", en: "Target" },
  "recognize.role.timeframe": { vi: "Thời gian", en: "Timeframe" },
} as const satisfies Record<string, CatalogueEntry>;
