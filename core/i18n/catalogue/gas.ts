import type { CatalogueEntry } from "./entry";

/** Messages of the Google Sheets add-on (menu, sidebar, dialogs). Keys are prefixed "gas." */
export const gasMessages = {
  // Menu.
  "gas.menu.create": { vi: "Tạo bảng theo dõi từ mẫu…", en: "Create tracking sheets from a template…" },
  "gas.menu.recognize": { vi: "Nhận diện bảng phụ lục trên trang này", en: "Recognise the appendix table on this sheet" },
  "gas.identity.heading": { vi: "Thông tin kế hoạch", en: "Plan details" },
  "gas.identity.number": { vi: "Số hiệu (vd. 328/KH-UBND)", en: "Number (e.g. 328/KH-UBND)" },
  "gas.identity.issuedOn": { vi: "Ngày ban hành", en: "Date of issue" },
  "gas.identity.issuer": { vi: "Cơ quan ban hành", en: "Issuing body" },
  "gas.identity.title": { vi: "Tên (trích yếu)", en: "Title" },
  "gas.menu.check": { vi: "Kiểm tra toàn bộ", en: "Check everything" },
  "gas.menu.statuses": { vi: "Tính trạng thái", en: "Compute statuses" },
  "gas.menu.summary": { vi: "Tạo trang Tổng hợp", en: "Generate the summary" },
  "gas.menu.standardise": { vi: "Chuẩn hóa số liệu (số nhập dạng chữ)", en: "Standardise numbers (typed as text)" },
  "gas.menu.report": { vi: "Lập báo cáo năm (.docx, lưu vào Google Drive)", en: "Write the annual report (.docx, saved to Google Drive)" },
  "gas.report.saved": {
    vi: "Đã lưu báo cáo năm {year} vào Google Drive của bạn: «{file}». Mở tệp bằng Google Tài liệu hoặc tải về để sửa trong Word.",
    en: "Saved the {year} annual report to your Google Drive: “{file}”. Open it with Google Docs or download it to edit in Word.",
  },
  "gas.ui.reportOpen": { vi: "Mở báo cáo trong Google Drive", en: "Open the report in Google Drive" },
  "gas.menu.settings": { vi: "Cài đặt (năm báo cáo, cách dự báo, ngôn ngữ)", en: "Settings (reporting year, projection, language)" },
  "gas.menu.sidebar": { vi: "Mở bảng điều khiển", en: "Open the sidebar" },
  "gas.menu.help": { vi: "Hướng dẫn", en: "Help" },

  // Outcomes (toasts and sidebar).
  "gas.title": { vi: "Chỉ Tiêu", en: "Chỉ Tiêu" },
  "gas.noWorkbook": {
    vi: "Bảng tính này chưa có bảng theo dõi của Chỉ Tiêu (thiếu trang ẩn «_chitieu»). Hãy chọn Chỉ Tiêu → Tạo bảng theo dõi từ mẫu, hoặc mở trang có bảng phụ lục và chọn Nhận diện bảng phụ lục.",
    en: 'This spreadsheet has no Chỉ Tiêu tracking sheets (the hidden "_chitieu" sheet is missing). Choose Chỉ Tiêu → Create tracking sheets from a template, or open the sheet holding the appendix table and choose Recognise the appendix table.',
  },
  "gas.sheetMissing": {
    vi: "Không tìm thấy trang «{sheet}» của bảng theo dõi. Có thể trang đã bị đổi tên hoặc xóa; hãy đổi lại tên «{sheet}» hoặc tạo lại bảng theo dõi.",
    en: 'The tracking sheet "{sheet}" was not found. It may have been renamed or deleted; rename it back to "{sheet}" or create the tracking sheets again.',
  },
  "gas.busyEdit": {
    vi: "Chỉ Tiêu đang bận (một người khác đang kiểm tra, tính trạng thái hoặc lập tổng hợp), nên ô vừa sửa chưa được kiểm tra. Sau ít phút, hãy bấm «Kiểm tra toàn bộ».",
    en: "Chỉ Tiêu is busy (someone else is checking, computing statuses or building the summary), so the cell just edited was not checked. In a few minutes, choose “Check everything”.",
  },
  "gas.busy": {
    vi: "Một người khác đang kiểm tra, tính trạng thái hoặc tạo trang Tổng hợp cho bảng tính này. Hãy đợi khoảng một phút rồi thử lại.",
    en: "Someone else is checking, computing statuses or generating the summary in this spreadsheet. Wait a minute and try again.",
  },
  "gas.checked": {
    vi: "Đã kiểm tra {rows} dòng: {errors} lỗi, {warnings} cảnh báo, {infos} ghi chú.",
    en: "Checked {rows} rows: {errors} errors, {warnings} warnings, {infos} notes.",
  },
  "gas.statusesDone": {
    vi: "Đã tính trạng thái năm {year} cho {indicators} chỉ tiêu và {tasks} nhiệm vụ.",
    en: "Computed {year} statuses for {indicators} indicators and {tasks} tasks.",
  },
  "gas.summaryDone": {
    vi: "Đã tạo trang «{sheet}» (năm {year}) với bảng số liệu và biểu đồ.",
    en: 'Generated the "{sheet}" sheet ({year}) with tables and charts.',
  },
  "gas.created": {
    vi: "Đã tạo bảng theo dõi cho kế hoạch {number}: {indicators} chỉ tiêu, {tasks} nhiệm vụ.",
    en: "Created the tracking sheets for plan {number}: {indicators} indicators, {tasks} tasks.",
  },
  "gas.ui.yes": { vi: "Đồng ý", en: "Yes" },
  "gas.ui.no": { vi: "Không", en: "No" },
  "gas.alreadyTrackingRecognize": {
    vi: "Bảng tính này đang theo dõi Kế hoạch {number}. Nhận diện bảng trên trang «{sheet}» sẽ thay các trang theo dõi hiện có (trang Đơn vị, Nhật ký, dữ liệu ẩn). Tiếp tục?",
    en: "This spreadsheet already tracks plan {number}. Recognising the table on sheet “{sheet}” replaces its tracking sheets (Đơn vị, Nhật ký, hidden data). Continue?",
  },
  "gas.alreadyTracking": {
    vi: "Bảng tính này đã có bảng theo dõi (kế hoạch {number}). Tạo lại sẽ thay các trang theo dõi và xóa số liệu đã nhập. Hãy tạo trong một bảng tính mới, hoặc xác nhận thay thế trong bảng điều khiển.",
    en: "This spreadsheet already tracks plan {number}. Creating again replaces the tracking sheets and the data typed in them. Use a new spreadsheet, or confirm the replacement in the sidebar.",
  },
  "gas.recognized": {
    vi: "Đã nhận diện bảng trên trang «{sheet}»: {indicators} chỉ tiêu, {tasks} nhiệm vụ; {skipped} dòng không đọc được. Các cột theo dõi đã được thêm bên phải bảng.",
    en: 'Recognised the table on "{sheet}": {indicators} indicators, {tasks} tasks; {skipped} rows could not be read. Tracking columns were added to the right of the table.',
  },
  "gas.recognizeNone": {
    vi: "Không tìm thấy bảng phụ lục trên trang «{sheet}». Bảng cần có dòng tiêu đề với cột «TT» và «Chỉ tiêu» hoặc «Nhiệm vụ». Hãy dán bảng từ văn bản kế hoạch (kể cả dòng tiêu đề) rồi thử lại.",
    en: 'No appendix table was found on "{sheet}". The table needs a header row with "TT" and "Chỉ tiêu" or "Nhiệm vụ" columns. Paste the table from the plan (with its header row) and try again.',
  },
  "gas.settingsSaved": {
    vi: "Đã lưu cài đặt: năm báo cáo {year}, dự báo {projection}, ngôn ngữ {lang}.",
    en: "Settings saved: reporting year {year}, projection {projection}, language {lang}.",
  },
  "gas.badRequest": {
    vi: "Yêu cầu từ bảng điều khiển không hợp lệ ({detail}). Hãy đóng và mở lại bảng điều khiển.",
    en: "The sidebar sent an invalid request ({detail}). Close and reopen the sidebar.",
  },
  "gas.failed": {
    vi: "Chỉ Tiêu gặp lỗi: {detail}. Dữ liệu của bạn không bị thay đổi thêm; hãy thử lại, nếu vẫn lỗi hãy báo cho người quản trị.",
    en: "Chỉ Tiêu failed: {detail}. Nothing more was changed; try again, and report it if it persists.",
  },
  "gas.help": {
    vi: "Chỉ Tiêu theo dõi các bảng phụ lục của kế hoạch.\n\n1. Tạo bảng theo dõi từ mẫu (Đồng Tháp 328/KH-UBND, Hải Dương 1768/KH-UBND), hoặc dán bảng phụ lục từ văn bản vào một trang rồi chọn «Nhận diện bảng phụ lục».\n2. Nhập số liệu vào các cột nền trắng: ô sai được tô màu và có ghi chú giải thích ngay khi nhập.\n3. «Kiểm tra toàn bộ» kiểm tra lại mọi dòng (kể cả dữ liệu dán vào).\n4. «Tính trạng thái» đánh giá từng chỉ tiêu, nhiệm vụ theo năm báo cáo trong Cài đặt.\n5. «Tạo trang Tổng hợp» lập bảng tổng hợp và biểu đồ.\n\nGhi chú của bạn trên ô được giữ nguyên; dòng ghi chú của Chỉ Tiêu bắt đầu bằng «⚠ Chỉ Tiêu:».",
    en: 'Chỉ Tiêu tracks the appendix tables of implementation plans.\n\n1. Create tracking sheets from a template (Đồng Tháp 328/KH-UBND, Hải Dương 1768/KH-UBND), or paste the appendix table from the plan into a sheet and choose "Recognise the appendix table".\n2. Type data into the white columns: wrong cells are coloured and explained in a note as you type.\n3. "Check everything" re-checks every row (pasted data included).\n4. "Compute statuses" judges each indicator and task for the reporting year in Settings.\n5. "Generate the summary" builds the summary tables and charts.\n\nYour own cell notes are kept; Chỉ Tiêu\'s note lines start with "⚠ Chỉ Tiêu:".',
  },

  // Sidebar.
  "gas.ui.actions": { vi: "Thao tác", en: "Actions" },
  "gas.ui.findings": { vi: "Kết quả kiểm tra", en: "Findings" },
  "gas.ui.overview": { vi: "Tổng quan trạng thái", en: "Status overview" },
  "gas.ui.settings": { vi: "Cài đặt", en: "Settings" },
  "gas.ui.create": { vi: "Tạo bảng theo dõi từ mẫu", en: "Create from a template" },
  "gas.ui.replace": { vi: "Thay bảng theo dõi hiện có", en: "Replace the existing tracking sheets" },
  "gas.ui.year": { vi: "Năm báo cáo", en: "Reporting year" },
  "gas.ui.yearAuto": { vi: "Tự động ({year})", en: "Automatic ({year})" },
  "gas.ui.yearAutoShort": { vi: "tự động", en: "automatic" },
  "gas.ui.projection": { vi: "Cách dự báo", en: "Projection" },
  "gas.ui.linear": { vi: "Tuyến tính", en: "Linear" },
  "gas.ui.cagr": { vi: "Tăng trưởng bình quân (CAGR)", en: "Compound annual growth (CAGR)" },
  "gas.ui.lang": { vi: "Ngôn ngữ", en: "Language" },
  "gas.ui.save": { vi: "Lưu", en: "Save" },
  "gas.ui.error": { vi: "Lỗi", en: "Errors" },
  "gas.ui.warning": { vi: "Cảnh báo", en: "Warnings" },
  "gas.ui.info": { vi: "Ghi chú", en: "Notes" },
  "gas.ui.noFindings": { vi: "Không có lỗi hay cảnh báo nào.", en: "No errors or warnings." },
  "gas.ui.notChecked": { vi: "Chưa kiểm tra. Bấm «Kiểm tra toàn bộ».", en: 'Not checked yet. Click "Check everything".' },
  "gas.ui.noStatuses": { vi: "Chưa tính trạng thái. Bấm «Tính trạng thái».", en: 'No statuses yet. Click "Compute statuses".' },
  "gas.ui.indicators": { vi: "Chỉ tiêu", en: "Indicators" },
  "gas.ui.tasks": { vi: "Nhiệm vụ", en: "Tasks" },
  "gas.ui.working": { vi: "Đang xử lý…", en: "Working…" },
  "gas.ui.step": { vi: "Bước {step}/{steps}: {label}", en: "Step {step} of {steps}: {label}" },
  "gas.ui.plan": { vi: "Kế hoạch {number} — năm báo cáo {year}", en: "Plan {number} — reporting year {year}" },
  "gas.ui.more": { vi: "… và {count} mục khác", en: "… and {count} more" },
  "gas.ui.callFailed": {
    vi: "Không gọi được máy chủ Apps Script ({detail}). Hãy kiểm tra kết nối mạng rồi thử lại.",
    en: "The call to the Apps Script server failed ({detail}). Check the connection and try again.",
  },
  "gas.ui.badAnswer": {
    vi: "Máy chủ trả về dữ liệu không đúng dạng. Hãy đóng và mở lại bảng điều khiển (có thể tiện ích vừa được cập nhật).",
    en: "The server sent an answer of the wrong shape. Close and reopen the sidebar (the add-on may just have been updated).",
  },
  "gas.ui.done": { vi: "Xong.", en: "Done." },
  "gas.ui.cell": { vi: "Ô {cell}", en: "Cell {cell}" },
  // Sharing (issue 7): menu, protections, copies, consolidation.
  "gas.menu.shareProtect": { vi: "Chia sẻ: bảo vệ dòng của từng đơn vị (bảng dùng chung)", en: "Sharing: protect each agency's rows (one shared sheet)" },
  "gas.menu.shareCopies": { vi: "Chia sẻ: tạo bản sao cho từng đơn vị", en: "Sharing: make a copy for each agency" },
  "gas.menu.shareConsolidate": { vi: "Tổng hợp từ các bản sao", en: "Consolidate from the copies" },
  "gas.share.protect.agency": { vi: "Chỉ Tiêu · {agencies}: dòng {rows}, cột {columns}", en: "Chỉ Tiêu · {agencies}: rows {rows}, columns {columns}" },
  "gas.share.protect.unassigned": {
    vi: "Chỉ Tiêu · dòng không có đơn vị chủ trì, chỉ chủ sở hữu sửa: dòng {rows}, cột {columns}",
    en: "Chỉ Tiêu · rows no agency leads, owner only: rows {rows}, columns {columns}",
  },
  "gas.share.protect.structure": {
    vi: "Chỉ Tiêu · cột kế hoạch (mã, tên, đơn vị tính, mục tiêu, đơn vị), chỉ chủ sở hữu sửa: cột {columns}",
    en: "Chỉ Tiêu · plan columns (codes, names, units, targets, agencies), owner only: columns {columns}",
  },
  "gas.share.protect.header": { vi: "Chỉ Tiêu · tiêu đề bảng, chỉ chủ sở hữu sửa", en: "Chỉ Tiêu · table headers, owner only" },
  "gas.share.protect.log": { vi: "Chỉ Tiêu · nhật ký tổng hợp, chỉ chủ sở hữu sửa", en: "Chỉ Tiêu · consolidation log, owner only" },
  "gas.share.protect.contacts": { vi: "Chỉ Tiêu · danh sách đơn vị và đầu mối, chỉ chủ sở hữu sửa", en: "Chỉ Tiêu · agencies and focal contacts, owner only" },
  "gas.share.protected": {
    vi: "Đã đặt {ranges} vùng bảo vệ: {agencies} đơn vị có e-mail đầu mối sửa được các dòng mình chủ trì; {without} đơn vị chưa có e-mail đầu mối nên chỉ chủ sở hữu sửa được các dòng đó (nhập e-mail vào trang «Đơn vị» rồi chạy lại). Các đầu mối còn cần quyền chỉnh sửa bảng tính: chia sẻ bảng tính với họ (có thể bỏ chọn «Thông báo»).",
    en: 'Set {ranges} protected ranges: {agencies} agencies with a focal e-mail can edit the rows they lead; {without} agencies have no focal e-mail, so only the owner can edit their rows (type the e-mails into the "Đơn vị" sheet and run this again). The focal contacts also need edit access to the spreadsheet: share it with them (you may untick "Notify people").',
  },
  "gas.share.partial": {
    vi: "Đã xử lý {done}/{total}. Một lần chạy Apps Script sắp hết thời gian nên dừng ở đây; tiến độ đã được lưu. Chọn lại thao tác này để làm tiếp (bảng điều khiển tự làm tiếp).",
    en: "Processed {done} of {total}. This Apps Script run was close to its time limit, so it stopped here; progress is saved. Choose the action again to continue (the sidebar continues by itself).",
  },
  "gas.share.folder": { vi: "Chỉ Tiêu — {number} — bản sao cho các đơn vị", en: "Chỉ Tiêu — {number} — agency copies" },
  "gas.share.fileName": { vi: "{number} — {agency}", en: "{number} — {agency}" },
  "gas.share.copiesDone": {
    vi: "Đã tạo {created} bản sao ({existing} bản đã có từ trước) trong thư mục «{folder}» và chia sẻ với {shared} e-mail đầu mối ({notify}). {without} đơn vị chưa có e-mail đầu mối: bản sao đã tạo nhưng chưa chia sẻ.",
    en: 'Made {created} copies ({existing} already existed) in the folder "{folder}" and shared them with {shared} focal e-mails ({notify}). {without} agencies have no focal e-mail: their copy exists but is not shared.',
  },
  "gas.share.notified": { vi: "có gửi e-mail thông báo", en: "notification e-mails sent" },
  "gas.share.silent": { vi: "không gửi e-mail thông báo", en: "no notification e-mails" },
  "gas.share.noCopies": {
    vi: "Chưa có bản sao nào cho các đơn vị. Hãy chọn «Chia sẻ: tạo bản sao cho từng đơn vị» trước, rồi tổng hợp khi các đơn vị đã nhập số liệu.",
    en: 'There are no agency copies yet. Choose "Sharing: make a copy for each agency" first, then consolidate once the agencies have typed their data.',
  },
  "gas.share.consolidated": {
    vi: "Đã tổng hợp {copies} bản sao: {merged} giá trị mới, {conflicts} xung đột (giữ giá trị cũ, ô được đánh dấu, xử lý ở trang «Xung đột» hoặc bên dưới), {held} giá trị chưa ghi (đánh dấu trong bản sao của đơn vị, trang «Cần sửa»), {rejected} bản sao bị từ chối, {untouched} bản sao chưa nhập gì; {missing} đơn vị chưa báo cáo. Trạng thái và trang Tổng hợp đã được tính lại.",
    en: 'Consolidated {copies} copies: {merged} new values, {conflicts} conflicts (old value kept, cell marked, resolve them on the "Xung đột" sheet or below), {held} values not written (marked in the agency\'s own copy, sheet "Cần sửa"), {rejected} copies rejected, {untouched} copies with nothing typed; {missing} agencies have not reported. Statuses and the summary were recomputed.',
  },
  "gas.share.returnFailed": {
    vi: "Không ghi được ghi chú trả lại vào bản sao của {agency}: {detail}. Các giá trị chưa ghi vẫn có trong trang Nhật ký.",
    en: "Could not write the return note into the copy of {agency}: {detail}. The values not written are still in the Nhật ký sheet.",
  },
  "gas.share.noRandom": {
    vi: "Apps Script không cung cấp nguồn số ngẫu nhiên (Utilities) nên không tạo được khóa ký cho bản tổng hợp. Hãy thử lại; nếu lỗi còn, báo cho người quản trị.",
    en: "Apps Script gave no random source (Utilities), so the master's signing key could not be made. Try again; if it persists, tell the administrator.",
  },
  "gas.share.noDrive": {
    vi: "Dịch vụ nâng cao Drive (v3) chưa được bật cho tiện ích, nên không tạo hay chia sẻ được bản sao. Người quản trị cần bật nó trong tệp appsscript.json (enabledAdvancedServices) rồi đẩy lại mã.",
    en: "The Drive advanced service (v3) is not enabled for the add-on, so copies cannot be made or shared. The administrator needs to enable it in appsscript.json (enabledAdvancedServices) and push the code again.",
  },
  "gas.share.copyFailed": {
    vi: "Không tạo được bản sao cho {agency}: {detail}. Các đơn vị khác vẫn được xử lý; chọn lại thao tác để thử lại đơn vị này.",
    en: "Could not make the copy for {agency}: {detail}. The other agencies were processed; choose the action again to retry this one.",
  },
  "gas.share.shareFailed": {
    vi: "Không chia sẻ được bản sao của {agency} với {email}: {detail}. Hãy kiểm tra địa chỉ trong trang «Đơn vị»; địa chỉ không thuộc Google có thể chỉ nhận lời mời qua e-mail (chọn «Gửi e-mail thông báo»).",
    en: 'Could not share the copy of {agency} with {email}: {detail}. Check the address in the "Đơn vị" sheet; an address outside Google may only be invited by e-mail (tick "Send notification e-mails").',
  },
  "gas.share.openFailed": {
    vi: "Không mở được bản sao của {agency} («{file}»): {detail}. Có thể bản sao đã bị xóa hoặc bạn không còn quyền; bản sao này được bỏ qua.",
    en: 'Could not open the copy of {agency} ("{file}"): {detail}. It may have been deleted or you may have lost access; this copy was skipped.',
  },
  "gas.share.invalidEmail": {
    vi: "Trang «Đơn vị», dòng {row}: «{text}» không phải địa chỉ e-mail. Hãy sửa lại; nhiều địa chỉ cách nhau bằng dấu «;».",
    en: 'Sheet "Đơn vị", row {row}: "{text}" is not an e-mail address. Correct it; separate several addresses with ";".',
  },
  "gas.menu.importWord": { vi: "Nhập kế hoạch từ tệp Word (.docx)…", en: "Import a plan from a Word file (.docx)…" },
  "gas.word.title": { vi: "Nhập kế hoạch từ tệp Word", en: "Import a plan from a Word file" },
  "gas.word.hint": {
    vi: "Chọn văn bản kế hoạch (.docx) trên Drive của bạn. Tiện ích chỉ đọc tệp bạn chọn, đọc các bảng phụ lục trong đó và tạo bảng theo dõi trong bảng tính này.",
    en: "Pick the plan document (.docx) in your Drive. The add-on reads only the file you pick, reads its appendix tables and creates the tracking sheets in this spreadsheet.",
  },
  "gas.word.pick": { vi: "Chọn tệp Word trên Drive", en: "Pick a Word file in Drive" },
  "gas.word.opening": { vi: "Đang mở hộp chọn tệp của Google…", en: "Opening Google's file picker…" },
  "gas.word.reading": { vi: "Đang đọc «{file}» và tạo bảng theo dõi…", en: 'Reading "{file}" and creating the tracking sheets…' },
  "gas.word.replace": {
    vi: "Thay thế bảng theo dõi hiện có (kế hoạch {number}); số liệu đã nhập trong đó sẽ mất",
    en: "Replace the current tracking sheets (plan {number}); the data typed in them will be lost",
  },
  "gas.word.replaceUnnamed": {
    vi: "Thay thế bảng theo dõi hiện có; số liệu đã nhập trong đó sẽ mất",
    en: "Replace the current tracking sheets; the data typed in them will be lost",
  },
  "gas.word.identity": { vi: "Thông tin kế hoạch", en: "Plan details" },
  "gas.word.create": { vi: "Tạo bảng theo dõi", en: "Create the tracking sheets" },
  "gas.word.imported": {
    vi: "Đã tạo bảng theo dõi từ «{file}»: {indicators} chỉ tiêu, {tasks} nhiệm vụ.",
    en: 'Created the tracking sheets from "{file}": {indicators} indicators, {tasks} tasks.',
  },
  "gas.word.notes": { vi: "Khi đọc tài liệu", en: "While reading the document" },
  "gas.word.review": { vi: "Cần xem lại trong tài liệu ({count})", en: "To review in the document ({count})" },
  "gas.word.close": { vi: "Đóng", en: "Close" },
  "gas.word.pickerFailed": {
    vi: "Không mở được hộp chọn tệp của Google ({detail}). Hãy kiểm tra kết nối mạng rồi thử lại.",
    en: "Could not open Google's file picker ({detail}). Check the network connection and try again.",
  },
  "gas.word.notConfigured": {
    vi: "Tiện ích chưa được cấu hình để chọn tệp trên Drive: người quản trị cần đặt {missing} trong Thuộc tính tập lệnh của dự án Apps Script (xem docs/gas.md). Trong lúc chờ, có thể mở tệp Word, chép bảng phụ lục vào một trang tính rồi dùng «Nhận diện bảng phụ lục trên trang này».",
    en: 'The add-on is not set up to pick files in Drive: the administrator needs to set {missing} in the Apps Script project\'s Script Properties (see docs/gas.md). Meanwhile, open the Word file, copy the appendix table into a sheet and use "Recognise the appendix table on this sheet".',
  },
  "gas.word.noAccess": {
    vi: "Không mở được tệp đã chọn trên Drive ({detail}). Hãy chọn lại tệp trong hộp chọn tệp: tiện ích chỉ đọc được tệp bạn chọn ở đó.",
    en: "Could not open the file picked in Drive ({detail}). Pick the file again in the file picker: the add-on can only read files picked there.",
  },
  "gas.word.googleDoc": {
    vi: "«{file}» là tài liệu Google Tài liệu, không phải tệp Word. Trong Google Tài liệu, chọn Tệp → Tải xuống → Microsoft Word (.docx), tải tệp đó lên Drive rồi chọn lại.",
    en: '"{file}" is a Google Docs document, not a Word file. In Google Docs choose File → Download → Microsoft Word (.docx), upload that file to Drive and pick it.',
  },
  "gas.ui.sharing": { vi: "Chia sẻ với các đơn vị", en: "Sharing with agencies" },
  "gas.ui.notify": { vi: "Gửi e-mail thông báo khi chia sẻ", en: "Send notification e-mails when sharing" },
  "gas.ui.withoutEmail": { vi: "Chưa có e-mail đầu mối", en: "No focal e-mail" },
  "gas.ui.copies": { vi: "Bản sao", en: "Copies" },
  "gas.ui.conflicts": { vi: "Xung đột (giữ giá trị cũ)", en: "Conflicts (old value kept)" },
  "gas.ui.rejected": { vi: "Bản sao bị từ chối", en: "Rejected copies" },
  "gas.ui.missing": { vi: "Đơn vị chưa báo cáo", en: "Agencies that have not reported" },
  "gas.ui.problems": { vi: "Cần xử lý", en: "To fix" },
  "gas.ui.progress": { vi: "Đã xử lý {done}/{total}", en: "Processed {done} of {total}" },
  "gas.ui.held": { vi: "Giá trị chưa ghi, trả lại đơn vị", en: "Values not written, returned to the agency" },
  "gas.ui.errorsBefore": { vi: "Lỗi số liệu trước khi tổng hợp", en: "Data errors before consolidating" },
  "gas.ui.errorsAfter": { vi: "Lỗi số liệu sau khi tổng hợp", en: "Data errors after consolidating" },
  "gas.ui.openConflicts": { vi: "Xung đột chưa xử lý", en: "Open conflicts" },
  "gas.ui.showConflicts": { vi: "Xem xung đột chưa xử lý", en: "Show open conflicts" },
  "gas.ui.noConflicts": { vi: "Không có xung đột nào chưa xử lý.", en: "There is no open conflict." },
  "gas.ui.conflictLine": {
    vi: "#{id} — {sheet}, dòng {row}, {column}: bản tổng hợp «{master}», {agency} gửi «{value}» (khi chia gói: «{base}»)",
    en: '#{id} — {sheet}, row {row}, {column}: master "{master}", {agency} sent "{value}" (when sent: "{base}")',
  },
  "gas.ui.takePackage": { vi: "Lấy giá trị đơn vị", en: "Take the agency's value" },
  "gas.ui.keepMaster": { vi: "Giữ giá trị hiện tại", en: "Keep the current value" },
  "gas.ui.by": { vi: "Người xử lý", en: "Resolved by" },
  "gas.ui.reason": { vi: "Lý do", en: "Reason" },
  "gas.ui.needWho": { vi: "Nhập người xử lý và lý do trước (cả hai được ghi vào Nhật ký).", en: "Enter who resolves it and why first (both go into the log)." },
} as const satisfies Record<string, CatalogueEntry>;
