import type { CatalogueEntry } from "./entry";

/** Messages of the hosts' user interface (CLI, sidebar, task pane). Keys are prefixed "ui." */
export const uiMessages = {
  "ui.file.missing": {
    vi: "Không tìm thấy tệp «{file}». Hãy kiểm tra lại đường dẫn và tên tệp.",
    en: 'File "{file}" was not found. Check the path and the file name.',
  },
  "ui.file.corrupt": {
    vi: "Tệp «{file}» bị hỏng hoặc không phải tệp Excel (.xlsx) hợp lệ. Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx. {detail}",
    en: 'File "{file}" is damaged or not a valid Excel workbook (.xlsx). Open it in Excel and save it again as .xlsx. {detail}',
  },
  "ui.file.password": {
    vi: "Tệp «{file}» được đặt mật khẩu nên không đọc được. Hãy mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi thử lại.",
    en: 'File "{file}" is password-protected and cannot be read. Open it, remove the password (File → Info → Protect Workbook) and try again.',
  },
  "ui.file.legacyXls": {
    vi: "Tệp «{file}» là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
    en: 'File "{file}" uses the old Excel format (.xls). Open it in Excel and save it as .xlsx.',
  },
  "ui.file.notReadable": {
    vi: "Không đọc được tệp «{file}»: {detail}",
    en: 'Cannot read file "{file}": {detail}',
  },
  "ui.file.csvEncoding": {
    vi: "Tệp «{file}» không phải văn bản UTF-8 hay UTF-16 nên tiếng Việt sẽ bị lỗi phông. Trong Excel hãy chọn Lưu thành → «CSV UTF-8 (phân tách bằng dấu phẩy)» hoặc «Văn bản Unicode».",
    en: 'File "{file}" is neither UTF-8 nor UTF-16 text, so Vietnamese letters would be garbled. In Excel use Save As → "CSV UTF-8 (Comma delimited)" or "Unicode Text".',
  },
  "ui.file.unsupported": {
    vi: "Không hỗ trợ loại tệp «{file}». Hãy dùng tệp .xlsx hoặc .csv.",
    en: 'Unsupported file type "{file}". Use an .xlsx or .csv file.',
  },
  "ui.file.noSheet": {
    vi: "Tệp «{file}» không có trang tính «{sheet}». Các trang tính có trong tệp: {sheets}.",
    en: 'File "{file}" has no sheet "{sheet}". Sheets in the file: {sheets}.',
  },
  "ui.file.noPlan": {
    vi: "Tệp «{file}» không chứa kế hoạch nào: không có trang «_chitieu» của Chỉ Tiêu và không nhận diện được bảng phụ lục chỉ tiêu hay nhiệm vụ. Hãy tạo tệp bằng lệnh «chitieu template» hoặc nhận diện bảng bằng «chitieu import».",
    en: 'File "{file}" holds no plan: no Chỉ Tiêu "_chitieu" sheet and no recognisable indicator or task appendix table. Create one with "chitieu template" or recognise a table with "chitieu import".',
  },
  "ui.file.written": {
    vi: "Đã ghi tệp {file}",
    en: "Wrote {file}",
  },
  "ui.file.writeFailed": {
    vi: "Không ghi được tệp «{file}»: {detail}. Tệp cũ (nếu có) vẫn giữ nguyên.",
    en: 'Could not write "{file}": {detail}. The previous file (if any) is unchanged.',
  },
  "ui.file.sameAsInput": {
    vi: "Tệp kết quả «{file}» trùng với tệp đầu vào. Chỉ Tiêu không ghi đè tệp đầu vào; hãy chọn tên khác với -o.",
    en: 'Output "{file}" is the input file. Chỉ Tiêu never overwrites an input; choose another name with -o.',
  },
  "ui.cli.missingArgument": {
    vi: "Thiếu {what}. Cách dùng: {usage}",
    en: "Missing {what}. Usage: {usage}",
  },
  "ui.cli.badOption": {
    vi: "Tùy chọn không hợp lệ: {option}. Cách dùng: {usage}",
    en: "Invalid option: {option}. Usage: {usage}",
  },
  "ui.cli.unknownTemplate": {
    vi: "Không có mẫu kế hoạch «{id}». Các mẫu có sẵn: {ids}.",
    en: 'No plan template "{id}". Available templates: {ids}.',
  },
  "ui.workbook.sheetMissing": {
    vi: "Không tìm thấy trang tính «{sheet}» mà Chỉ Tiêu đã ghi trong tệp. Có thể trang đã bị đổi tên hoặc xóa; hãy đặt lại đúng tên «{sheet}».",
    en: 'Sheet "{sheet}" recorded by Chỉ Tiêu is missing. It may have been renamed or deleted; name it "{sheet}" again.',
  },
  "ui.import.noTable": {
    vi: "Không tìm thấy bảng phụ lục nào trên trang «{sheet}». Bảng cần một dòng tiêu đề có các cột như «TT», «Chỉ tiêu» hoặc «Nhiệm vụ», «Chủ trì».",
    en: 'No appendix table found on sheet "{sheet}". A table needs a header row with columns such as "TT", "Chỉ tiêu" or "Nhiệm vụ", "Chủ trì".',
  },
  "ui.identity.missing": {
    vi: "Chưa biết {fields} của kế hoạch: các dòng tiêu đề của bảng không ghi. Hãy nhập vào (dòng lệnh: --number, --date, --issuer, --title; thanh bên và ngăn tác vụ: các ô «Thông tin kế hoạch»).",
    en: "The plan's {fields} is not known: the table's title lines do not say. Please give it (command line: --number, --date, --issuer, --title; sidebar and task pane: the “Plan details” fields).",
  },
  "ui.identity.badDate": {
    vi: "Ngày ban hành «{value}» không đọc được. Ghi theo dạng ngày/tháng/năm, ví dụ 07/10/2024.",
    en: "The date of issue “{value}” could not be read. Write it as day/month/year, e.g. 07/10/2024.",
  },
  "ui.identity.field.number": { vi: "số hiệu (vd. 328/KH-UBND)", en: "number (e.g. 328/KH-UBND)" },
  "ui.identity.field.issuedOn": { vi: "ngày ban hành", en: "date of issue" },
  "ui.identity.field.issuer": { vi: "cơ quan ban hành", en: "issuing body" },
  "ui.identity.field.title": { vi: "tên (trích yếu)", en: "title" },
  "ui.import.severalTables": {
    vi: "Trang «{sheet}» có nhiều hơn một bảng chỉ tiêu hoặc nhiều hơn một bảng nhiệm vụ. Hãy để mỗi bảng trên một trang riêng rồi nhận diện lại.",
    en: 'Sheet "{sheet}" holds more than one indicator table or more than one task table. Put each table on its own sheet and recognise again.',
  },
  "ui.cli.reading": { vi: "Đang đọc tệp {file}…", en: "Reading {file}…" },
  "ui.cli.checking": { vi: "Đang kiểm tra số liệu…", en: "Checking the data…" },
  "ui.cli.computing": { vi: "Đang tính trạng thái chỉ tiêu và nhiệm vụ…", en: "Computing indicator and task statuses…" },
  "ui.cli.summarizing": { vi: "Đang lập trang Tổng hợp…", en: "Building the summary sheet…" },
  "ui.cli.writing": { vi: "Đang ghi tệp {file}…", en: "Writing {file}…" },
  "ui.cli.findingCounts": {
    vi: "{errors} lỗi, {warnings} cảnh báo, {infos} lưu ý.",
    en: "{errors} errors, {warnings} warnings, {infos} notes.",
  },
  "ui.cli.noFindings": { vi: "Không phát hiện vấn đề nào.", en: "No problems found." },
  "ui.cli.moreFindings": {
    vi: "… và {count} dòng nữa (dùng --json để xem tất cả).",
    en: "… and {count} more (use --json to see them all).",
  },
  "ui.cli.infoHidden": {
    vi: "{count} lưu ý không hiện ở đây (dùng --all hoặc --json để xem).",
    en: "{count} notes not shown here (use --all or --json to see them).",
  },
  "ui.cli.statusAsOf": {
    vi: "Trạng thái tính đến năm {year} (kế hoạch {number}, {province}):",
    en: "Status as of {year} (plan {number}, {province}):",
  },
  "ui.cli.statusHeader": { vi: "TT|Chỉ tiêu|Mốc|Trạng thái|Giải thích", en: "Code|Indicator|Milestone|Status|Explanation" },
  "ui.cli.taskHeader": { vi: "TT|Nhiệm vụ|Trạng thái|Giải thích", en: "Code|Task|Status|Explanation" },
  "ui.cli.countHeader": { vi: "Trạng thái|Số chỉ tiêu", en: "Status|Indicators" },
  "ui.cli.taskCountHeader": { vi: "Trạng thái|Số nhiệm vụ", en: "Status|Tasks" },
  "ui.cli.imported": {
    vi: "Trang «{sheet}»: {what}.",
    en: 'Sheet "{sheet}": {what}.',
  },
  "ui.cli.importedIndicators": {
    vi: "bảng chỉ tiêu với {areas} lĩnh vực, {indicators} chỉ tiêu (trong đó {subrows} dòng con)",
    en: "indicator table with {areas} areas, {indicators} indicators ({subrows} of them sub-rows)",
  },
  "ui.cli.importedTasks": {
    vi: "bảng nhiệm vụ với {sections} mục, {tasks} nhiệm vụ",
    en: "task table with {sections} sections, {tasks} tasks",
  },
  "ui.cli.sampleDone": {
    vi: "Đã tạo sổ theo dõi mẫu: {file}\nKế hoạch {number} ({province}), số liệu MẪU 2024–2026, trạng thái tính đến năm {year}.",
    en: "Sample tracking workbook written: {file}\nPlan {number} ({province}), SAMPLE values 2024–2026, statuses as of {year}.",
  },
  "ui.cli.sampleNext": {
    vi: "Mở tệp bằng Excel hoặc LibreOffice: trang «Chỉ tiêu» có các ô tô màu kèm ghi chú cho số liệu sai, trang «Tổng hợp» có bảng và biểu đồ.",
    en: 'Open the file in Excel or LibreOffice: the "Chỉ tiêu" sheet marks wrong values with a colour and a note; "Tổng hợp" holds tables and charts.',
  },
} as const satisfies Record<string, CatalogueEntry>;
