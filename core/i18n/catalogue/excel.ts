import type { CatalogueEntry } from "./entry";

/** Texts of the Excel task pane. Keys are prefixed "excel." */
export const excelMessages = {
  "excel.appTitle": { vi: "Chỉ Tiêu", en: "Chỉ Tiêu" },
  "excel.subtitle": { vi: "Theo dõi chỉ tiêu và nhiệm vụ của kế hoạch", en: "Track a plan's indicators and tasks" },
  "excel.section.start": { vi: "Bắt đầu", en: "Get started" },
  "excel.template.label": { vi: "Mẫu kế hoạch", en: "Plan template" },
  "excel.action.create": { vi: "Tạo bảng theo dõi từ mẫu", en: "Create tracking sheets from the template" },
  "excel.action.importWord": { vi: "Nhập kế hoạch từ tệp Word (.docx)", en: "Import a plan from a Word file (.docx)" },
  "excel.word.hint": {
    vi: "Hoặc chọn văn bản kế hoạch (.docx): Chỉ Tiêu đọc các bảng phụ lục trong đó và tạo bảng theo dõi trong sổ này.",
    en: "Or pick the plan document (.docx): Chỉ Tiêu reads its appendix tables and creates the tracking sheets in this workbook.",
  },
  "excel.done.importedWord": {
    vi: "Đã tạo bảng theo dõi từ «{file}»: {indicators} chỉ tiêu, {tasks} nhiệm vụ.",
    en: 'Created the tracking sheets from "{file}": {indicators} indicators, {tasks} tasks.',
  },
  "excel.word.identity": { vi: "Thông tin kế hoạch", en: "Plan details" },
  "excel.word.create": { vi: "Tạo bảng theo dõi", en: "Create the tracking sheets" },
  "excel.word.notes": { vi: "Khi đọc tài liệu", en: "While reading the document" },
  "excel.word.review": { vi: "Cần xem lại trong tài liệu ({count})", en: "To review in the document ({count})" },
  "excel.word.more": { vi: "… và {count} điểm khác.", en: "… and {count} more." },
  "excel.action.recognize": { vi: "Nhận diện bảng phụ lục trên trang này", en: "Recognise the appendix table on this sheet" },
  "excel.section.check": { vi: "Kiểm tra và trạng thái", en: "Check and statuses" },
  "excel.action.checkAll": { vi: "Kiểm tra toàn bộ", en: "Check everything" },
  "excel.action.statuses": { vi: "Tính trạng thái", en: "Compute statuses" },
  "excel.action.summary": { vi: "Lập trang Tổng hợp", en: "Build the summary sheet" },
  "excel.section.overview": { vi: "Tình hình thực hiện", en: "Status overview" },
  "excel.overview.empty": {
    vi: "Chưa tính trạng thái. Bấm «Tính trạng thái» sau khi các đơn vị nhập số liệu.",
    en: 'No statuses yet. Click "Compute statuses" once agencies have entered their values.',
  },
  "excel.section.findings": { vi: "Các điểm cần xem lại", en: "Things to review" },
  "excel.findings.none": { vi: "Không có lỗi hay cảnh báo nào.", en: "No errors or warnings." },
  "excel.findings.count": { vi: "{errors} lỗi, {warnings} cảnh báo, {infos} lưu ý", en: "{errors} errors, {warnings} warnings, {infos} notes" },
  "excel.findings.cell": { vi: "{sheet}, ô {cell}", en: "{sheet}, cell {cell}" },
  "excel.findings.suggestion": { vi: "Gợi ý: {text}", en: "Suggestion: {text}" },
  "excel.severity.error": { vi: "Lỗi", en: "Error" },
  "excel.severity.warning": { vi: "Cảnh báo", en: "Warning" },
  "excel.severity.info": { vi: "Lưu ý", en: "Note" },
  "excel.section.settings": { vi: "Cài đặt", en: "Settings" },
  "excel.settings.asOf": { vi: "Năm báo cáo", en: "Reporting year" },
  "excel.settings.asOfAuto": { vi: "Tự động ({year})", en: "Automatic ({year})" },
  "excel.settings.lang": { vi: "Ngôn ngữ", en: "Language" },
  "excel.settings.projection": { vi: "Cách dự báo", en: "Projection" },
  "excel.settings.linear": { vi: "Tuyến tính", en: "Linear" },
  "excel.settings.cagr": { vi: "Tăng trưởng bình quân năm (CAGR)", en: "Compound annual growth (CAGR)" },
  "excel.settings.save": { vi: "Lưu cài đặt", en: "Save settings" },
  "excel.action.protect": { vi: "Khóa các cột cấu trúc", en: "Lock the structural columns" },
  "excel.action.unprotect": { vi: "Mở khóa để sửa cấu trúc", en: "Unlock to edit the structure" },
  "excel.live.notes": {
    vi: "Kiểm tra khi nhập đang bật: ô sai được tô màu và có ghi chú giải thích.",
    en: "Live validation is on: wrong cells are coloured and get an explanatory note.",
  },
  "excel.live.comments": {
    vi: "Kiểm tra khi nhập đang bật: ô sai được tô màu và có bình luận giải thích (phiên bản Excel này chưa hỗ trợ ghi chú).",
    en: "Live validation is on: wrong cells are coloured and get an explanatory comment (this Excel version has no notes API).",
  },
  "excel.live.fill": {
    vi: "Kiểm tra khi nhập đang bật: ô sai được tô màu; lời giải thích nằm trong danh sách bên dưới (phiên bản Excel này chưa hỗ trợ ghi chú hay bình luận).",
    en: "Live validation is on: wrong cells are coloured; explanations are in the list below (this Excel version supports neither notes nor comments).",
  },
  "excel.live.off": {
    vi: "Chưa có bảng theo dõi trong sổ này: hãy tạo từ mẫu hoặc nhận diện bảng phụ lục.",
    en: "This workbook has no tracking sheets yet: create them from a template or recognise an appendix table.",
  },
  "excel.confirm.overwrite": {
    vi: "Sổ này đã có các trang {sheets}. Tạo lại sẽ thay thế chúng và mọi số liệu đã nhập. Tiếp tục?",
    en: "This workbook already has the sheets {sheets}. Creating again replaces them and every value entered. Continue?",
  },
  "excel.confirm.yes": { vi: "Thay thế", en: "Replace" },
  "excel.confirm.no": { vi: "Hủy", en: "Cancel" },
  "excel.progress.working": { vi: "Đang xử lý…", en: "Working…" },
  "excel.done.created": { vi: "Đã tạo bảng theo dõi kế hoạch {number}.", en: "Created the tracking sheets of plan {number}." },
  "excel.done.recognized": {
    vi: "Đã nhận diện trang «{sheet}»: {indicators} chỉ tiêu, {tasks} nhiệm vụ. Đã thêm các cột theo dõi bên phải bảng.",
    en: 'Recognised sheet "{sheet}": {indicators} indicators, {tasks} tasks. Tracking columns were added right of the table.',
  },
  "excel.done.checked": { vi: "Đã kiểm tra toàn bộ: {count} điểm cần xem lại.", en: "Checked everything: {count} things to review." },
  "excel.done.statuses": { vi: "Đã tính trạng thái của {indicators} chỉ tiêu và {tasks} nhiệm vụ.", en: "Computed the statuses of {indicators} indicators and {tasks} tasks." },
  "excel.done.summary": { vi: "Đã lập trang «Tổng hợp» có biểu đồ.", en: 'Built the "Tổng hợp" summary sheet with charts.' },
  "excel.done.settings": { vi: "Đã lưu cài đặt.", en: "Settings saved." },
  "excel.done.protected": { vi: "Đã khóa các cột cấu trúc.", en: "The structural columns are locked." },
  "excel.done.unprotected": {
    vi: "Đã mở khóa. Nhớ khóa lại sau khi sửa xong cấu trúc.",
    en: "Unlocked. Remember to lock again when you have finished editing the structure.",
  },
  "excel.error.noWorkbook": {
    vi: "Sổ này chưa có bảng theo dõi của Chỉ Tiêu. Hãy tạo từ mẫu hoặc nhận diện bảng phụ lục trước.",
    en: "This workbook has no Chỉ Tiêu tracking sheets. Create them from a template or recognise an appendix table first.",
  },
  "excel.error.noTable": {
    vi: "Không tìm thấy bảng phụ lục trên trang này. Hãy dán bảng (có dòng tiêu đề «TT», «Chỉ tiêu» hoặc «Nhiệm vụ») rồi thử lại.",
    en: 'No appendix table found on this sheet. Paste the table (with a header row such as "TT", "Chỉ tiêu" or "Nhiệm vụ") and try again.',
  },
  "excel.error.unexpected": {
    vi: "Excel báo lỗi: {detail}. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ, đóng và mở lại ngăn Chỉ Tiêu.",
    en: "Excel reported an error: {detail}. Try again; if it persists, save the workbook, close and reopen the Chỉ Tiêu pane.",
  },

  // Sharing with agencies (issue 7.4): packages to download, consolidation, per-agency locks.
  "excel.section.share": { vi: "Chia sẻ cho các đơn vị", en: "Share with agencies" },
  "excel.share.hint": {
    vi: "Mỗi cơ quan chủ trì nhận một tệp .xlsx chỉ có các dòng của mình; khi nhận lại, gộp vào sổ này (không ghi đè, có nhật ký).",
    en: "Each lead agency gets an .xlsx file holding only its rows; when they come back, merge them into this workbook (nothing overwritten, logged).",
  },
  "excel.share.withCoordinated": { vi: "Kèm các dòng đơn vị phối hợp (chỉ xem)", en: "Include the rows an agency coordinates (read only)" },
  "excel.action.shareSplit": { vi: "Tạo gói cho từng cơ quan", en: "Make a package for each agency" },
  "excel.action.shareMerge": { vi: "Tổng hợp từ các gói", en: "Consolidate from the packages" },
  "excel.action.shareProtect": { vi: "Khóa dòng theo đơn vị (mỗi đơn vị một mật khẩu)", en: "Lock rows by agency (one password each)" },
  "excel.share.filesLabel": { vi: "Các gói đơn vị gửi lại (.xlsx)", en: "Packages sent back by agencies (.xlsx)" },
  "excel.share.downloadAll": { vi: "Tải tất cả ({count} tệp, .zip)", en: "Download all ({count} files, .zip)" },
  "excel.share.packageRows": { vi: "{editable} dòng chủ trì, {readOnly} dòng chỉ xem", en: "{editable} rows led, {readOnly} read-only rows" },
  "excel.share.noAgencies": {
    vi: "Bảng theo dõi chưa ghi cơ quan chủ trì cho dòng nào, nên không có gói nào để tạo. Hãy điền cột «Chủ trì» rồi thử lại.",
    en: 'No row of the tracking sheets names a lead agency, so there is no package to make. Fill in the "Chủ trì" column and try again.',
  },
  "excel.share.noFiles": {
    vi: "Chưa chọn tệp nào. Hãy chọn các tệp .xlsx mà đơn vị gửi lại (giữ Ctrl để chọn nhiều tệp).",
    en: "No file chosen. Choose the .xlsx files the agencies sent back (hold Ctrl to pick several).",
  },
  "excel.share.packagesTitle": { vi: "Các gói đã nhận", en: "Packages received" },
  "excel.share.packageLine": {
    vi: "{file} — {agency}: {written} giá trị mới, {conflicts} xung đột",
    en: "{file} — {agency}: {written} new values, {conflicts} conflicts",
  },
  "excel.share.passwordsTitle": {
    vi: "Mật khẩu của từng đơn vị: chỉ hiện lần này, hãy ghi lại và gửi riêng cho từng đơn vị.",
    en: "Each agency's password: shown only now. Write them down and send each agency its own.",
  },
  "excel.share.rangeTitle": { vi: "Chỉ Tiêu – {agency} – {sheet}", en: "Chỉ Tiêu – {agency} – {sheet}" },
  "excel.done.split": {
    vi: "Đã tạo {count} gói số liệu, mỗi cơ quan chủ trì một tệp. Tải về bên dưới và gửi cho từng đơn vị.",
    en: "Made {count} data packages, one file per lead agency. Download them below and send one to each agency.",
  },
  "excel.done.merged": {
    vi: "Đã gộp {written} giá trị mới từ {accepted} gói; {conflicts} xung đột (giữ giá trị cũ), {rejected} gói bị từ chối. Mọi thay đổi đã ghi vào trang «Nhật ký».",
    en: 'Merged {written} new values from {accepted} packages; {conflicts} conflicts (old values kept), {rejected} packages rejected. Every change is in the "Nhật ký" sheet.',
  },
  "excel.done.protectedByAgency": {
    vi: "Đã khóa các cột báo cáo theo đơn vị: {count} đơn vị, mỗi đơn vị sửa được các dòng mình chủ trì bằng mật khẩu riêng (Excel hỏi mật khẩu khi sửa ô). Cột cấu trúc vẫn khóa với mọi người. Đây là biện pháp chống sửa nhầm: trang không đặt mật khẩu để Chỉ Tiêu còn ghi được trạng thái.",
    en: "Reporting columns are locked by agency: {count} agencies, each can edit the rows it leads with its own password (Excel asks for it when a cell is edited). Structural columns stay locked for everyone. This guards against mistakes: the sheet itself has no password so that Chỉ Tiêu can still write statuses.",
  },
  "excel.share.protectFallback": {
    vi: "Excel này chưa cho add-in đặt «vùng được phép sửa» có mật khẩu (hiện chỉ Excel trên web hỗ trợ, bộ API ExcelApiOnline). Đã khóa các cột cấu trúc; các cột báo cáo vẫn mở cho mọi người. Để mỗi đơn vị chỉ sửa dòng của mình: dùng «Tạo gói cho từng cơ quan», mở sổ này trong Excel trên web rồi bấm lại nút này, hoặc trong Excel cho Windows đặt tay ở Xem lại → Cho phép sửa vùng (Review → Allow Edit Ranges).",
    en: 'This Excel does not let add-ins set password-protected "allow edit ranges" (only Excel on the web does, API set ExcelApiOnline). The structural columns are locked; the reporting columns stay open to everyone. To let each agency edit only its rows: use "Make a package for each agency", open this workbook in Excel on the web and click this button again, or in Excel for Windows set them by hand under Review → Allow Edit Ranges.',
  },
} as const satisfies Record<string, CatalogueEntry>;
