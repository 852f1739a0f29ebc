import type { CatalogueEntry } from "./entry";

/** Messages of the tracking workbook layout (sheet titles, headers, guides, meta). Keys are prefixed "layout." */
export const layoutMessages = {
  // Titles (row 1 of each sheet).
  "layout.title.indicators": {
    vi: "Kế hoạch số {number} ngày {date} ({province}) — {appendix}: Các chỉ tiêu chủ yếu và phân công thực hiện",
    en: "Plan No. {number} of {date} ({province}) — {appendix}: Key indicators and assignments",
  },
  "layout.title.tasks": {
    vi: "Kế hoạch số {number} ngày {date} ({province}) — {appendix}: Nhiệm vụ cụ thể và phân công thực hiện",
    en: "Plan No. {number} of {date} ({province}) — {appendix}: Specific tasks and assignments",
  },
  "layout.appendix": { vi: "Phụ lục", en: "Appendix" },
  "layout.appendixNumbered": { vi: "Phụ lục {n}", en: "Appendix {n}" },
  "layout.titleGuide": {
    vi: "Nhập số liệu vào các cột nền trắng (chiều, giá trị gốc, thực hiện, đánh giá, ghi chú). Các cột theo kế hoạch và các cột tính toán được khóa. Di chuột lên tiêu đề cột để xem hướng dẫn.",
    en: "Enter data in the white columns (direction, baseline, actuals, assessment, note). Plan columns and computed columns are locked. Hover over a column header for guidance.",
  },
  "layout.titleGuideTasks": {
    vi: "Nhập tình trạng, % hoàn thành, ngày hoàn thành, văn bản minh chứng và ghi chú vào các cột nền trắng. Các cột theo kế hoạch và cột đánh giá được khóa.",
    en: "Enter the state, % complete, completion date, evidence and note in the white columns. Plan columns and the assessment column are locked.",
  },

  // Group headers (upper header row).
  "layout.group.targets": { vi: "Mục tiêu", en: "Targets" },
  "layout.group.assignment": { vi: "Phân công thực hiện", en: "Assignment" },
  "layout.group.baseline": { vi: "Giá trị gốc", en: "Baseline" },
  "layout.group.actuals": { vi: "Thực hiện", en: "Actual" },
  "layout.group.status": { vi: "Trạng thái", en: "Status" },
  "layout.group.progress": { vi: "Tiến độ thực hiện", en: "Progress" },

  // Column headers: two-row layout (under a group) and single-row layout (in-place tables).
  "layout.col.code": { vi: "TT", en: "No." },
  "layout.col.name": { vi: "Chỉ tiêu", en: "Indicator" },
  "layout.col.unit": { vi: "Đơn vị", en: "Unit" },
  "layout.col.target": { vi: "Đến năm {year}", en: "By {year}" },
  "layout.col.targetSingle": { vi: "Mục tiêu đến năm {year}", en: "Target by {year}" },
  "layout.col.lead": { vi: "Chủ trì", en: "Lead" },
  "layout.col.partners": { vi: "Phối hợp", en: "Partners" },
  "layout.col.direction": { vi: "Chiều", en: "Direction" },
  "layout.col.baselineYear": { vi: "Năm", en: "Year" },
  "layout.col.baselineYearSingle": { vi: "Năm gốc", en: "Baseline year" },
  "layout.col.baselineValue": { vi: "Giá trị", en: "Value" },
  "layout.col.baselineValueSingle": { vi: "Giá trị gốc", en: "Baseline value" },
  "layout.col.actual": { vi: "{year}", en: "{year}" },
  "layout.col.actualSingle": { vi: "Thực hiện năm {year}", en: "Actual {year}" },
  "layout.col.assessment": { vi: "Đánh giá (chỉ tiêu định tính)", en: "Assessment (qualitative)" },
  "layout.col.status": { vi: "Mốc {year}", en: "Milestone {year}" },
  "layout.col.statusSingle": { vi: "Trạng thái mốc {year}", en: "Status, milestone {year}" },
  "layout.col.progress": { vi: "Tiến độ", en: "Progress" },
  "layout.col.note": { vi: "Nguồn số liệu, ghi chú", en: "Source, note" },
  "layout.col.rowId": { vi: "Mã dòng", en: "Row id" },
  "layout.col.text": { vi: "Nhiệm vụ", en: "Task" },
  "layout.col.timeframe": { vi: "Thời gian", en: "Timeframe" },
  "layout.col.approvalLevel": { vi: "Cấp trình", en: "Submitted to" },
  "layout.col.expectedOutput": { vi: "Kết quả, sản phẩm đầu ra", en: "Expected output" },
  "layout.col.state": { vi: "Tình trạng", en: "State" },
  "layout.col.percent": { vi: "% hoàn thành", en: "% complete" },
  "layout.col.completedOn": { vi: "Ngày hoàn thành", en: "Completed on" },
  "layout.col.evidence": { vi: "Văn bản minh chứng (số, ký hiệu)", en: "Evidence (document number)" },
  "layout.col.triggeredOn": { vi: "Ngày phát sinh điều kiện", en: "Condition met on" },
  "layout.col.taskNote": { vi: "Ghi chú", en: "Note" },
  "layout.col.taskAssessment": { vi: "Đánh giá tiến độ", en: "Progress assessment" },

  // Guides: notes on the header cells, for people without the add-in.
  "layout.guide.direction": {
    vi: "Chiều tốt lên của chỉ tiêu: Tăng (càng cao càng tốt), Giảm (càng thấp càng tốt) hoặc Không (chỉ tiêu định tính). Sở điều phối có thể xác nhận lại.",
    en: "Which way is better: Increase, Decrease, or None (qualitative). The coordinating department may confirm it.",
  },
  "layout.guide.baseline": {
    vi: "Giá trị gốc dùng để tính tiến độ: năm (ví dụ 2023) và giá trị của năm đó (dấu phẩy thập phân: 19,04).",
    en: "Baseline used to compute progress: the year (e.g. 2023) and its value.",
  },
  "layout.guide.actual": {
    vi: "Số liệu thực hiện của từng năm: một số, dấu phẩy thập phân (19,04), dấu chấm ngăn nghìn (6.100). Để trống nếu chưa có số liệu.",
    en: "Actual value for each year: one number. Leave blank when there is no data yet.",
  },
  "layout.guide.assessment": {
    vi: "Chỉ dùng cho chỉ tiêu định tính (mục tiêu bằng chữ): Đạt, Chưa đạt, Vượt, hoặc mức đã đạt (ví dụ THCS).",
    en: "Qualitative indicators only (targets in words): Achieved, Not achieved, Exceeded, or the level reached (e.g. THCS).",
  },
  "layout.guide.status": {
    vi: "Tính tự động khi chọn Chỉ Tiêu → Tính trạng thái; không nhập tay.",
    en: "Computed by Chỉ Tiêu → Compute statuses; do not type here.",
  },
  "layout.guide.rowId": {
    vi: "Mã nhận diện dòng của kế hoạch; không sửa, không xóa.",
    en: "Identifies the plan row; do not edit or delete.",
  },
  "layout.guide.state": {
    vi: "Chọn: Chưa triển khai, Đang triển khai hoặc Hoàn thành.",
    en: "Choose: Not started, In progress or Done.",
  },
  "layout.guide.percent": {
    vi: "Phần trăm khối lượng đã hoàn thành, từ 0 đến 100.",
    en: "Share of the work done, from 0 to 100.",
  },
  "layout.guide.completedOn": {
    vi: "Ngày hoàn thành, dạng ngày/tháng/năm (15/11/2025).",
    en: "Completion date, day/month/year (15/11/2025).",
  },
  "layout.guide.evidence": {
    vi: "Số, ký hiệu văn bản chứng minh kết quả (ví dụ Kế hoạch 123/KH-UBND).",
    en: "Number of the document proving the output (e.g. Kế hoạch 123/KH-UBND).",
  },
  "layout.guide.triggeredOn": {
    vi: "Với nhiệm vụ “Sau khi ...”: ngày điều kiện xảy ra (văn bản hướng dẫn được ban hành), dạng ngày/tháng/năm.",
    en: "For “after ...” tasks: the day the condition was met (the guidance was issued).",
  },

  // Validation help texts (shown when a cell is selected).
  "layout.help.direction": { vi: "Chọn Tăng, Giảm hoặc Không.", en: "Choose Increase, Decrease or None." },
  "layout.help.baselineYear": {
    vi: "Năm gốc: một năm từ 1990 đến 2100.",
    en: "Baseline year: a year from 1990 to 2100.",
  },
  "layout.help.number": {
    vi: "Nhập một số (dấu phẩy thập phân: 19,04). Để trống nếu chưa có.",
    en: "Enter a number. Leave blank when there is none.",
  },
  "layout.help.assessment": {
    vi: "Đạt, Chưa đạt, Vượt, hoặc mức đã đạt theo mục tiêu.",
    en: "Achieved, Not achieved, Exceeded, or the level reached.",
  },
  "layout.help.state": {
    vi: "Chọn Chưa triển khai, Đang triển khai hoặc Hoàn thành.",
    en: "Choose Not started, In progress or Done.",
  },
  "layout.help.percent": { vi: "Một số từ 0 đến 100.", en: "A number from 0 to 100." },
  "layout.help.date": { vi: "Một ngày, dạng 15/11/2025.", en: "A date, e.g. 15/11/2025." },

  // Protection descriptions (seen in the host's protected-ranges panel).
  "layout.protect.header": { vi: "Chỉ Tiêu: tiêu đề bảng", en: "Chỉ Tiêu: table header" },
  "layout.protect.structure": {
    vi: "Chỉ Tiêu: cột theo kế hoạch {columns}",
    en: "Chỉ Tiêu: plan columns {columns}",
  },
  "layout.protect.computed": {
    vi: "Chỉ Tiêu: cột tính toán {columns}",
    en: "Chỉ Tiêu: computed columns {columns}",
  },
  "layout.protect.meta": { vi: "Chỉ Tiêu: dữ liệu kỹ thuật", en: "Chỉ Tiêu: technical data" },
  "layout.protect.log": { vi: "Chỉ Tiêu: nhật ký thay đổi", en: "Chỉ Tiêu: change log" },
  "layout.protect.agencies": { vi: "Chỉ Tiêu: danh mục đơn vị", en: "Chỉ Tiêu: agency list" },

  // "Đơn vị" sheet.
  "layout.agency.id": { vi: "Mã", en: "Id" },
  "layout.agency.name": { vi: "Tên đơn vị", en: "Agency" },
  "layout.agency.shortForms": { vi: "Tên viết tắt", en: "Short forms" },
  "layout.agency.successors": {
    vi: "Đơn vị kế nhiệm (sắp xếp bộ máy 2025)",
    en: "Successors (2025 reorganisation)",
  },
  "layout.agency.contactName": { vi: "Đầu mối liên hệ", en: "Focal contact" },
  "layout.agency.email": { vi: "Email", en: "Email" },
  "layout.agency.phone": { vi: "Điện thoại", en: "Phone" },
  "layout.agency.note": { vi: "Ghi chú", en: "Note" },
  "layout.agency.successor": { vi: "{name} (từ {date})", en: "{name} (from {date})" },
  "layout.agency.successorScoped": { vi: "{name}: {scope} (từ {date})", en: "{name}: {scope} (from {date})" },
  "layout.agency.dissolved": { vi: "Chấm dứt hoạt động từ {date}.", en: "Ceased to exist on {date}." },
  "layout.agency.unknown": {
    vi: "Chưa xác nhận: tên này chưa có trong danh mục đơn vị. Giữ nguyên như kế hoạch ghi; kiểm tra cách viết hoặc bổ sung vào danh mục.",
    en: "Not yet confirmed: this name is not in the agency list. Kept as the plan writes it; check its spelling or add it to the list.",
  },
  "layout.agency.unknownNear": {
    vi: "Chưa xác nhận: tên này chưa có trong danh mục đơn vị, gần nhất là {names}. Giữ nguyên như kế hoạch ghi; nếu là cùng một cơ quan, hãy sửa cách viết trong kế hoạch.",
    en: "Not yet confirmed: this name is not in the agency list; the closest is {names}. Kept as the plan writes it; if it is the same body, correct its spelling in the plan.",
  },
  "layout.agency.contactGuide": {
    vi: "Điền đầu mối, email, điện thoại của từng đơn vị: dùng khi chia sẻ trang tính cho các đơn vị.",
    en: "Fill in each agency's focal contact, email and phone: used when sharing the sheet with agencies.",
  },

  // "Nhật ký" sheet.
  "layout.log.time": { vi: "Thời gian", en: "Time" },
  "layout.log.agency": { vi: "Đơn vị", en: "Agency" },
  "layout.log.sheet": { vi: "Trang tính", en: "Sheet" },
  "layout.log.row": { vi: "Dòng", en: "Row" },
  "layout.log.column": { vi: "Cột", en: "Column" },
  "layout.log.old": { vi: "Giá trị cũ", en: "Old value" },
  "layout.log.new": { vi: "Giá trị mới", en: "New value" },
  "layout.log.source": { vi: "Nguồn", en: "Source" },

  "layout.summaryPlaceholder": {
    vi: "Trang này được tạo tự động khi chọn Chỉ Tiêu → Tạo tổng hợp (cần tính trạng thái trước).",
    en: "This sheet is generated by Chỉ Tiêu → Build summary (compute statuses first).",
  },
  "layout.metaTitle": {
    vi: "Dữ liệu kỹ thuật của Chỉ Tiêu: không sửa, không xóa trang này.",
    en: "Chỉ Tiêu technical data: do not edit or delete this sheet.",
  },

  // The progress cell.
  "layout.progress.projected": {
    vi: "Dự báo {milestone}: {projected} / {target} ({ratio})",
    en: "Projected {milestone}: {projected} / {target} ({ratio})",
  },
  "layout.progress.value": {
    vi: "Năm {year}: {value} / mục tiêu {milestone}: {target}",
    en: "{year}: {value} / target {milestone}: {target}",
  },
  "layout.progress.valueOnly": { vi: "Năm {year}: {value}", en: "{year}: {value}" },
  "layout.progress.assessment": { vi: "Đánh giá: {assessment}", en: "Assessment: {assessment}" },

  // Marks written into cell notes by live validation.
  "layout.finding.suggestion": { vi: "Gợi ý: {text}", en: "Suggestion: {text}" },

  // Reading the workbook back.
  "layout.meta.missing": {
    vi: "Không tìm thấy dữ liệu kỹ thuật của Chỉ Tiêu (trang ẩn “_chitieu”) hoặc trang này trống. Tạo bảng theo dõi từ mẫu kế hoạch, hoặc nhận diện lại bảng đang có.",
    en: "The Chỉ Tiêu technical data (hidden sheet “_chitieu”) is missing or empty. Create the tracking workbook from a plan template, or recognise the existing table again.",
  },
  "layout.meta.unreadable": {
    vi: "Dữ liệu kỹ thuật của Chỉ Tiêu bị hỏng ở mục “{key}”: không đọc được nội dung. Không sửa trang “_chitieu”; khôi phục phiên bản trước của tệp hoặc nhận diện lại bảng.",
    en: "The Chỉ Tiêu technical data is damaged at “{key}”: it cannot be read. Do not edit the “_chitieu” sheet; restore an earlier version of the file or recognise the table again.",
  },
  "layout.meta.invalid": {
    vi: "Dữ liệu kỹ thuật của Chỉ Tiêu không hợp lệ ở mục “{field}” ({problem}). Không sửa trang “_chitieu”; khôi phục phiên bản trước của tệp hoặc nhận diện lại bảng.",
    en: "The Chỉ Tiêu technical data is invalid at “{field}” ({problem}). Do not edit the “_chitieu” sheet; restore an earlier version of the file or recognise the table again.",
  },
  "layout.meta.newer": {
    vi: "Tệp này được tạo bởi phiên bản Chỉ Tiêu mới hơn (bố cục phiên bản {version}). Cập nhật tiện ích Chỉ Tiêu rồi mở lại.",
    en: "This file was made by a newer Chỉ Tiêu (layout version {version}). Update the Chỉ Tiêu add-on and open it again.",
  },
  "layout.row.noId": {
    vi: "Dòng {row} có dữ liệu nhưng không có mã dòng nên không thuộc kế hoạch và không được tính.",
    en: "Row {row} holds data but has no row id, so it is not part of the plan and is not counted.",
  },
  "layout.row.noIdFix": {
    vi: "Nếu đây là chỉ tiêu/nhiệm vụ của kế hoạch, sao chép lại dòng gốc (kể cả cột “Mã dòng”); nếu không, xóa dòng.",
    en: "If this is a plan row, copy the original row back (including the “Row id” column); otherwise delete the row.",
  },
  "layout.row.duplicateId": {
    vi: "Mã dòng “{rowId}” ở dòng {row} trùng với dòng {otherRow}; chỉ dòng {otherRow} được dùng.",
    en: "Row id “{rowId}” on row {row} repeats row {otherRow}; only row {otherRow} is used.",
  },
  "layout.row.duplicateIdFix": {
    vi: "Xóa dòng sao chép thừa, giữ lại một dòng cho mỗi chỉ tiêu/nhiệm vụ.",
    en: "Delete the extra copy, keeping one row per indicator/task.",
  },
  "layout.structure.changed": {
    vi: "Các cột theo kế hoạch (mã, tên, đơn vị, mục tiêu, cơ quan, thời gian) đã bị thay đổi so với lúc tạo bảng.",
    en: "The plan columns (codes, names, units, targets, agencies, timeframes) changed since the workbook was created.",
  },
  "layout.structure.changedFix": {
    vi: "Nếu không chủ ý sửa, khôi phục nội dung gốc từ mẫu kế hoạch; nếu kế hoạch đã được điều chỉnh, tạo lại bảng theo mẫu mới.",
    en: "If the change was not intended, restore the original text from the plan template; if the plan was amended, recreate the workbook from the new template.",
  },
} as const satisfies Record<string, CatalogueEntry>;
