import type { CatalogueEntry } from "./entry";

/** Reading a plan from its Word document (.docx): what the file is, what was read, what was not. */
export const docxMessages = {
  "docx.legacyDoc": {
    vi: "Tệp «{file}» là tài liệu Word 97–2003 (.doc), định dạng cũ mà Chỉ Tiêu không đọc được. Hãy mở tệp bằng Word (hoặc LibreOffice Writer), chọn Tệp → Lưu thành → «Tài liệu Word (.docx)», rồi dùng tệp .docx đó.",
    en: 'File "{file}" is a Word 97–2003 document (.doc), an old format Chỉ Tiêu cannot read. Open it in Word (or LibreOffice Writer), choose File → Save As → "Word Document (.docx)", and use that .docx file.',
  },
  "docx.legacyOffice": {
    vi: "Tệp «{file}» là tệp Office định dạng cũ (trước 2007), không phải tài liệu Word .docx. Nếu đây là văn bản kế hoạch, hãy mở bằng Word hoặc LibreOffice Writer và lưu lại dưới dạng .docx.",
    en: 'File "{file}" is an old-format Office file (before 2007), not a Word .docx document. If it is the plan, open it in Word or LibreOffice Writer and save it as .docx.',
  },
  "docx.password": {
    vi: "Tài liệu «{file}» được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.",
    en: 'Document "{file}" is password-protected and cannot be read. Open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password, clear it), save, and try again.',
  },
  "docx.pdf": {
    vi: "Tệp «{file}» là tệp PDF: bảng trong PDF chỉ còn là hình vẽ chữ, không còn ô và ô gộp để đọc chính xác. Hãy dùng bản Word của văn bản: trên cổng văn bản pháp luật, bấm «Tải về» và chọn tệp .doc/.docx; nếu chỉ có PDF, hãy chuyển sang Word (mở PDF bằng Word: Tệp → Mở) rồi kiểm tra lại bảng trước khi lưu thành .docx.",
    en: 'File "{file}" is a PDF: its tables are only drawn text, with no cells or merged cells left to read exactly. Use the Word version of the document: on the legal-document portal click "Tải về" (Download) and pick the .doc/.docx file; if there is only a PDF, convert it to Word (open the PDF in Word: File → Open), check the tables, and save it as .docx.',
  },
  "docx.odt": {
    vi: "Tệp «{file}» là văn bản OpenDocument (.odt). Hãy mở tệp bằng LibreOffice Writer (hoặc Word), chọn Tệp → Lưu thành → «Word 2007–365 (.docx)», rồi dùng tệp .docx đó.",
    en: 'File "{file}" is an OpenDocument text (.odt). Open it in LibreOffice Writer (or Word), choose File → Save As → "Word 2007–365 (.docx)", and use that .docx file.',
  },
  "docx.otherText": {
    vi: "Tệp «{file}» là văn bản dạng {format}, không phải tài liệu Word .docx. Hãy mở tệp bằng Word hoặc LibreOffice Writer và lưu lại dưới dạng «Tài liệu Word (.docx)».",
    en: 'File "{file}" is a {format} document, not a Word .docx document. Open it in Word or LibreOffice Writer and save it as "Word Document (.docx)".',
  },
  "docx.spreadsheet": {
    vi: "Tệp «{file}» là bảng tính, không phải tài liệu Word. Hãy nhận diện bảng phụ lục trong bảng tính bằng «chitieu import {file}» (hoặc chức năng «Nhận diện bảng phụ lục trên trang này» trong Excel, Google Trang tính).",
    en: 'File "{file}" is a spreadsheet, not a Word document. Recognise the appendix table in it with "chitieu import {file}" (or "Recognise the appendix table on this sheet" in Excel or Google Sheets).',
  },
  "docx.notWord": {
    vi: "Tệp «{file}» không phải tài liệu Word (.docx) và cũng không phải định dạng văn bản nào Chỉ Tiêu nhận ra. Hãy chọn đúng tệp văn bản kế hoạch, mở bằng Word và lưu lại dưới dạng .docx.",
    en: 'File "{file}" is not a Word document (.docx) nor any document format Chỉ Tiêu recognises. Pick the plan document itself, open it in Word and save it as .docx.',
  },
  "docx.corrupt": {
    vi: "Tài liệu Word «{file}» bị hỏng nên không đọc được ({detail}). Hãy mở tệp bằng Word: nếu Word sửa được, lưu lại thành tệp .docx mới rồi thử lại; nếu không, tải lại tệp từ nơi gửi.",
    en: 'Word document "{file}" is damaged and cannot be read ({detail}). Open it in Word: if Word can repair it, save it as a new .docx and try again; otherwise download the file again from its source.',
  },
  "docx.xmlInvalid": {
    vi: "Tài liệu Word «{file}» bị hỏng: phần «{part}» không phải XML hợp lệ (dòng {line}, cột {column}: {detail}). Hãy mở tệp bằng Word và lưu lại thành tệp .docx mới rồi thử lại.",
    en: 'Word document "{file}" is damaged: part "{part}" is not valid XML (line {line}, column {column}: {detail}). Open it in Word, save it as a new .docx, and try again.',
  },
  "docx.noBody": {
    vi: "Tệp «{file}» là gói Office nhưng không có nội dung văn bản Word (không tìm thấy phần «{part}»). Hãy mở bằng Word và lưu lại dưới dạng .docx.",
    en: 'File "{file}" is an Office package without a Word document body (part "{part}" not found). Open it in Word and save it as .docx.',
  },
  "docx.tooLarge": {
    vi: "Tệp «{file}» quá lớn để đọc ({size}; giới hạn {limit}). Văn bản kế hoạch thường nhỏ hơn nhiều: nếu tệp chứa nhiều ảnh, hãy lưu một bản chỉ gồm phần phụ lục rồi thử lại.",
    en: 'File "{file}" is too large to read ({size}; the limit is {limit}). Plan documents are usually far smaller: if it holds many pictures, save a copy with only the appendices and try again.',
  },
  "docx.tooManyParts": {
    vi: "Tệp «{file}» chứa {count} phần nén (giới hạn {limit}): không giống một tài liệu Word bình thường nên Chỉ Tiêu không mở. Hãy mở bằng Word và lưu lại dưới dạng .docx.",
    en: 'File "{file}" holds {count} compressed parts (the limit is {limit}): not what a normal Word document looks like, so Chỉ Tiêu does not open it. Open it in Word and save it as .docx.',
  },
  "docx.bomb": {
    vi: "Phần «{part}» của tệp «{file}» khi giải nén sẽ lớn {size} (giới hạn {limit}, tỉ lệ nén {ratio}:1): tệp này không giống tài liệu Word bình thường nên Chỉ Tiêu không giải nén. Hãy mở bằng Word và lưu lại dưới dạng .docx.",
    en: 'Part "{part}" of "{file}" would expand to {size} (the limit is {limit}, compression ratio {ratio}:1): this is not what a normal Word document looks like, so Chỉ Tiêu does not expand it. Open it in Word and save it as .docx.',
  },
  "docx.encryptedEntry": {
    vi: "Phần «{part}» của tệp «{file}» được mã hóa (tệp nén có mật khẩu) nên không đọc được. Hãy mở tệp bằng Word và lưu lại thành .docx không có mật khẩu.",
    en: 'Part "{part}" of "{file}" is encrypted (a password-protected archive) and cannot be read. Open the file in Word and save it as a .docx without a password.',
  },
  "docx.noContent": {
    vi: "Tài liệu «{file}» không có đoạn văn hay bảng nào để đọc.",
    en: 'Document "{file}" has no paragraph or table to read.',
  },
  "docx.noAppendix": {
    vi: "Không tìm thấy bảng phụ lục chỉ tiêu hay nhiệm vụ nào trong tài liệu «{file}» ({tables} bảng). Bảng phụ lục cần một dòng tiêu đề có các cột như «TT», «Chỉ tiêu» hoặc «Nhiệm vụ», «Chủ trì». Nếu phụ lục nằm trong một tệp riêng, hãy chọn tệp đó.",
    en: 'No indicator or task appendix table found in document "{file}" ({tables} tables). An appendix table needs a header row with columns such as "TT", "Chỉ tiêu" or "Nhiệm vụ", "Chủ trì". If the appendices are in a separate file, pick that file.',
  },
  "docx.identity": {
    vi: "Văn bản: {type} số {number}, ngày {date}, của {issuer} — «{title}».",
    en: 'Document: {type} no. {number} of {date}, by {issuer} — "{title}".',
  },
  "docx.identityMissing": {
    vi: "Chưa biết {fields} của kế hoạch: phần đầu văn bản «{file}» không ghi. Hãy nhập vào (dòng lệnh: --number, --date, --issuer, --title; Excel và Google Trang tính: các ô hiện ra sau khi đọc tệp).",
    en: 'The plan\'s {fields} is not known: the head of document "{file}" does not say. Please give it (command line: --number, --date, --issuer, --title; Excel and Google Sheets: the fields shown after the file is read).',
  },
  "docx.tablePrefixed": {
    vi: "Bảng {index} của tài liệu («{title}») dùng lại mã của một bảng {kind} trước nó; để các dòng không lẫn nhau, mã nhóm và mã dòng của bảng này được thêm tiền tố «{prefix}» trong sổ theo dõi (nội dung giữ nguyên).",
    en: 'Table {index} of the document ("{title}") reuses codes of an earlier {kind} table; so that rows do not mix, its group and row codes get the prefix "{prefix}" in the tracking workbook (the text is unchanged).',
  },
  "docx.imported": {
    vi: "Tài liệu «{file}»: {what}.",
    en: 'Document "{file}": {what}.',
  },
  "docx.place.table": { vi: "Bảng {table}, dòng {row}:", en: "Table {table}, row {row}:" },
  "docx.place.head": { vi: "Phần đầu văn bản, dòng {row}:", en: "Document head, row {row}:" },
  "docx.place.paragraph": { vi: "Đoạn {index}:", en: "Paragraph {index}:" },
  "docx.option.sheet": {
    vi: "Tùy chọn --sheet chỉ dùng cho bảng tính; tài liệu Word «{file}» được đọc toàn bộ (mọi bảng phụ lục trong đó).",
    en: 'Option --sheet applies to workbooks only; Word document "{file}" is read whole (every appendix table in it).',
  },
  "docx.kind.indicators": { vi: "chỉ tiêu", en: "indicators" },
  "docx.kind.tasks": { vi: "nhiệm vụ", en: "tasks" },
  "docx.note.hiddenText": {
    vi: "Bỏ qua chữ định dạng ẩn ({count} chỗ), như khi Word in văn bản.",
    en: "Hidden text left out ({count} places), as Word prints the document.",
  },
  "docx.note.trackedDeletion": {
    vi: "Văn bản có theo dõi thay đổi: đọc như khi chấp nhận mọi thay đổi (giữ phần chèn, bỏ {count} phần xóa).",
    en: "The document has tracked changes: read as if all were accepted (insertions kept, {count} deletions left out).",
  },
  "docx.note.numberingLost": {
    vi: "{count} đoạn đánh số tự động không tính được số thứ tự (kiểu đánh số không hỗ trợ hoặc thiếu định nghĩa): các đoạn này được đọc không có số. Hãy kiểm tra cột mã (TT) của các dòng đó.",
    en: "{count} auto-numbered paragraphs whose number could not be computed (an unsupported format or a missing definition): they are read without their number. Check the code (TT) column of those rows.",
  },
  "docx.note.nestedTable": {
    vi: "{count} bảng lồng trong ô bảng: nội dung được ghi vào ô đó, mỗi dòng của bảng lồng một dòng, các ô cách nhau bằng dấu tab.",
    en: "{count} tables nested in a table cell: their content is written into that cell, one line per row, cells separated by tabs.",
  },
  "docx.note.frameTable": {
    vi: "{count} bảng một cột bao quanh nội dung (khung trang): đọc phần nội dung bên trong như văn bản thường.",
    en: "{count} one-column tables framing content: their content is read as ordinary text and tables.",
  },
  "docx.note.textBox": {
    vi: "{count} hộp văn bản: nội dung được đặt sau đoạn văn chứa hộp.",
    en: "{count} text boxes: their content is placed after the paragraph that holds them.",
  },
  "docx.note.unknownSymbol": {
    vi: "{count} ký hiệu chèn từ phông ký hiệu không xác định được (giữ nguyên ký tự gốc): hãy kiểm tra các ô có ký hiệu lạ.",
    en: "{count} symbols inserted from a symbol font could not be identified (kept as the original character): check cells showing odd symbols.",
  },
  "docx.note.placeholder": {
    vi: "{count} ô nhập liệu (content control) còn chữ mẫu, chưa có nội dung: bỏ qua chữ mẫu.",
    en: "{count} content controls still show their placeholder text and hold no content: the placeholder is left out.",
  },
  "docx.note.footnote": {
    vi: "{count} chú thích cuối trang: dấu chú thích được bỏ khỏi nội dung ô, lời chú thích không được đọc.",
    en: "{count} footnotes: the reference marks are left out of the cell text and the notes themselves are not read.",
  },
} satisfies Record<string, CatalogueEntry>;
