import type { CatalogueEntry } from "./entry";

/**
 * The annual report (core/report): the Word document the coordinating department sends to the
 * People's Committee, in the layout of Nghị định 30/2020/NĐ-CP. Keys are prefixed "report."
 */
export const reportMessages = {
  // Head: issuing body, national motto, number, place and date.
  "report.head.parentOf": { vi: "UBND {place}", en: "{place} PEOPLE'S COMMITTEE" },
  "report.head.peoplesCommittee": { vi: "Ủy ban nhân dân {place}", en: "{place} People's Committee" },
  "report.head.province": { vi: "tỉnh {province}", en: "{province} province" },
  "report.head.nation": { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM" },
  "report.head.motto": { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  "report.head.number": { vi: "Số:        /BC-……", en: "No.:        /BC-……" },
  "report.head.placeDate": { vi: "{place}, ngày      tháng      năm {year}", en: "{place}, ……… {year}" },
  "report.head.reporterToChoose": {
    vi: "[CHỌN CƠ QUAN BÁO CÁO: {names}]",
    en: "[CHOOSE THE REPORTING BODY: {names}]",
  },
  "report.head.reporterUnknown": { vi: "[TÊN CƠ QUAN BÁO CÁO]", en: "[NAME OF THE REPORTING BODY]" },
  "report.head.issuerUnknown": { vi: "[cơ quan ban hành Kế hoạch]", en: "[body that issued the plan]" },

  // Title and addressee.
  "report.title": { vi: "BÁO CÁO", en: "REPORT" },
  "report.subject": {
    vi: "Kết quả thực hiện Kế hoạch số {number} ngày {date} của {issuer} năm {year}",
    en: "Results of implementing Plan No. {number} of {date} of the {issuer} in {year}",
  },
  "report.recipient": { vi: "Kính gửi: {recipient}.", en: "To: the {recipient}." },
  "report.opening": {
    vi: "Thực hiện Kế hoạch số {number} ngày {date} của {issuer}, {reporter} báo cáo kết quả thực hiện năm {year} như sau:",
    en: "Pursuant to Plan No. {number} of {date} of the {issuer}, the {reporter} reports the results of {year} as follows:",
  },

  // Body sections.
  "report.section.results": { vi: "I. KẾT QUẢ THỰC HIỆN", en: "I. RESULTS" },
  "report.section.overall": { vi: "1. Kết quả chung", en: "1. Overall results" },
  "report.section.indicators": { vi: "2. Kết quả thực hiện các chỉ tiêu", en: "2. Indicators" },
  "report.section.tasks": { vi: "3. Kết quả thực hiện các nhiệm vụ", en: "3. Tasks" },
  "report.section.reporting": {
    vi: "4. Tình hình báo cáo của các cơ quan, đơn vị",
    en: "4. Reports from the agencies",
  },
  "report.section.difficulties": { vi: "II. KHÓ KHĂN, VƯỚNG MẮC", en: "II. DIFFICULTIES AND OBSTACLES" },
  "report.section.proposals": { vi: "III. ĐỀ XUẤT, KIẾN NGHỊ", en: "III. PROPOSALS AND RECOMMENDATIONS" },
  "report.toWrite.difficulties": {
    vi: "[Phần này do cơ quan tổng hợp viết: nêu những khó khăn, vướng mắc trong quá trình thực hiện Kế hoạch năm {year} và nguyên nhân; công cụ không tự soạn nội dung này.]",
    en: "[To be written by the consolidating department: the difficulties and obstacles met in implementing the plan in {year}, and their causes; the tool does not write this part.]",
  },
  "report.toWrite.proposals": {
    vi: "[Phần này do cơ quan tổng hợp viết: nêu đề xuất, kiến nghị với {issuer} và các cơ quan liên quan; công cụ không tự soạn nội dung này.]",
    en: "[To be written by the consolidating department: proposals and recommendations to the {issuer} and the agencies concerned; the tool does not write this part.]",
  },
  "report.closing": {
    vi: "Trên đây là báo cáo kết quả thực hiện Kế hoạch số {number} năm {year} của {reporter}./.",
    en: "The above is the {reporter}'s report on the results of Plan No. {number} in {year}./.",
  },

  // Indicators.
  "report.indicators.lead": {
    vi: "Tính đến năm {year}, Kế hoạch có {total} chỉ tiêu; đánh giá theo mốc gần nhất của từng chỉ tiêu như sau (số liệu chi tiết tại Phụ lục I):",
    en: "As of {year} the plan has {total} indicators, judged against each one's nearest milestone as follows (details in Appendix I):",
  },
  "report.indicators.none": {
    vi: "Kế hoạch chưa có chỉ tiêu nào được theo dõi.",
    en: "The plan has no indicators being tracked.",
  },
  "report.indicators.group": { vi: "{letter}) {label}: {n} chỉ tiêu", en: "{letter}) {label}: {n}" },
  "report.indicators.line": { vi: "- {label}: {explanation}", en: "- {label}: {explanation}" },
  "report.indicators.subLine": { vi: "+ {label}: {explanation}", en: "+ {label}: {explanation}" },
  "report.indicators.items": { vi: "{letter}) {label}: {n} chỉ tiêu, gồm: {items}.", en: "{letter}) {label}: {n}: {items}." },
  "report.indicators.itemMet": { vi: "{code} ({value} năm {year}; mục tiêu {milestone}: {target})", en: "{code} ({value} in {year}; {milestone} target: {target})" },
  "report.indicators.itemProjected": {
    vi: "{code} (dự báo {milestone}: {projected}; mục tiêu: {target})",
    en: "{code} ({milestone} forecast: {projected}; target: {target})",
  },
  "report.indicators.itemSubRows": { vi: "{code} (theo các dòng con)", en: "{code} (through its sub-rows)" },
  "report.indicators.subRows": {
    vi: "Các dòng con được đánh giá riêng; chỉ tiêu tính theo dòng con kém nhất.",
    en: "Sub-rows are judged one by one; the indicator counts with its weakest sub-row.",
  },

  // Tasks.
  "report.tasks.lead": {
    vi: "Trong tổng số {total} nhiệm vụ được giao tại Kế hoạch (chi tiết tại Phụ lục II):",
    en: "Of the {total} tasks the plan assigns (details in Appendix II):",
  },
  "report.tasks.none": { vi: "Kế hoạch không giao nhiệm vụ cụ thể.", en: "The plan assigns no specific tasks." },
  "report.tasks.count": { vi: "- {label}: {n} nhiệm vụ", en: "- {label}: {n}" },
  "report.tasks.line": { vi: "+ {code} {text} ({lead})", en: "+ {code} {text} ({lead})" },
  "report.tasks.lineNoLead": { vi: "+ {code} {text}", en: "+ {code} {text}" },

  // Reporting.
  "report.reporting.total": {
    vi: "Năm {year}, các cơ quan, đơn vị đã gửi {reported}/{expected} nội dung phải báo cáo ({percent}%).",
    en: "For {year}, agencies sent {reported} of the {expected} items they had to report ({percent}%).",
  },
  "report.reporting.nothingExpected": {
    vi: "Năm {year} không có nội dung nào phải báo cáo.",
    en: "Nothing had to be reported for {year}.",
  },
  "report.reporting.silent": {
    vi: "Các cơ quan, đơn vị chưa gửi báo cáo: {names}.",
    en: "Agencies that have not reported: {names}.",
  },
  "report.reporting.noneSilent": {
    vi: "Tất cả các cơ quan, đơn vị có nội dung phải báo cáo đều đã gửi báo cáo.",
    en: "Every agency with something to report has sent its report.",
  },
  "report.reporting.partial": {
    vi: "Các cơ quan, đơn vị báo cáo chưa đầy đủ: {items}.",
    en: "Agencies whose reports are incomplete: {items}.",
  },
  "report.reporting.partialItem": { vi: "{name} ({reported}/{expected})", en: "{name} ({reported}/{expected})" },

  // Receiving list and signature.
  "report.recipients.title": { vi: "Nơi nhận:", en: "Recipients:" },
  "report.recipients.above": { vi: "- Như trên;", en: "- As above;" },
  "report.recipients.more": { vi: "- ……………;", en: "- ……………;" },
  "report.recipients.archive": { vi: "- Lưu: VT, ……….", en: "- Archived: VT, ……." },
  "report.signature.position": { vi: "[QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ]", en: "[AUTHORITY AND POSITION OF THE SIGNATORY]" },
  "report.signature.sign": { vi: "(Chữ ký, dấu)", en: "(Signature, seal)" },
  "report.signature.name": { vi: "[Họ và tên]", en: "[Full name]" },

  // Appendices.
  "report.appendix.one": { vi: "Phụ lục I", en: "Appendix I" },
  "report.appendix.two": { vi: "Phụ lục II", en: "Appendix II" },
  "report.appendix.indicatorsTitle": {
    vi: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM {year}",
    en: "INDICATOR RESULTS FOR {year}",
  },
  "report.appendix.tasksTitle": {
    vi: "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ NĂM {year}",
    en: "TASK RESULTS FOR {year}",
  },
  "report.appendix.attached": {
    vi: "(Kèm theo Báo cáo số        /BC-…… ngày      tháng      năm {year} của {reporter})",
    en: "(Attached to Report No.        /BC-…… of ……… {year} of the {reporter})",
  },
  "report.col.code": { vi: "TT", en: "No." },
  "report.col.indicator": { vi: "Chỉ tiêu", en: "Indicator" },
  "report.col.unit": { vi: "Đơn vị tính", en: "Unit" },
  "report.col.target": { vi: "Mục tiêu đến năm {year}", en: "Target by {year}" },
  "report.col.result": { vi: "Kết quả năm {year}", en: "Result {year}" },
  "report.col.status": { vi: "Đánh giá", en: "Status" },
  "report.col.basis": { vi: "Căn cứ đánh giá", en: "Basis of the status" },
  "report.col.task": { vi: "Nhiệm vụ", en: "Task" },
  "report.col.lead": { vi: "Cơ quan chủ trì", en: "Lead agency" },
  "report.col.timeframe": { vi: "Thời gian thực hiện", en: "Timeframe" },
  "report.col.taskResult": { vi: "Kết quả thực hiện năm {year}", en: "Result in {year}" },
  "report.col.taskStatus": { vi: "Tình hình thực hiện", en: "Status" },
  "report.appendix.noRows": { vi: "(không có)", en: "(none)" },
  "report.result.estimate": { vi: "{value} (ước)", en: "{value} (estimate)" },
  "report.result.toCorrect": { vi: "{raw} (cần sửa)", en: "{raw} (to correct)" },
  "report.taskState.notStarted": { vi: "Chưa triển khai", en: "Not started" },
  "report.taskState.inProgress": { vi: "Đang triển khai", en: "In progress" },
  "report.taskState.done": { vi: "Hoàn thành", en: "Done" },
  "report.taskResult.percent": { vi: "{percent}%", en: "{percent}%" },
  "report.taskResult.completedOn": { vi: "hoàn thành ngày {date}", en: "completed on {date}" },
  "report.taskResult.triggeredOn": { vi: "điều kiện phát sinh ngày {date}", en: "trigger on {date}" },

  // The command line and the add-ins.
  "report.cli.summary": {
    vi: "Lập báo cáo năm (.docx) theo thể thức Nghị định 30/2020/NĐ-CP, kèm Phụ lục I, II",
    en: "Write the annual report (.docx) in the Nghị định 30/2020 layout, with Appendices I and II",
  },
  "report.cli.building": { vi: "Đang lập báo cáo năm {year}…", en: "Writing the {year} report…" },
  "report.done": {
    vi: "Đã lập báo cáo năm {year}: {file} ({indicators} chỉ tiêu, {tasks} nhiệm vụ).",
    en: "Wrote the {year} report: {file} ({indicators} indicators, {tasks} tasks).",
  },
  "report.toFill": {
    vi: "Phần cần cơ quan viết hoặc điền (tô vàng trong văn bản): khó khăn, vướng mắc; đề xuất, kiến nghị; số văn bản, ngày ký; nơi nhận; chức vụ và họ tên người ký.",
    en: "For the department to write or fill in (highlighted in the document): difficulties; proposals; the number and date; recipients; the signatory's position and name.",
  },
  "report.toChoose": {
    vi: "Cơ quan tổng hợp của Kế hoạch ({coordinator}) nay do nhiều cơ quan đảm nhận ({names}): chọn cơ quan báo cáo ở phần đầu văn bản.",
    en: "The plan's coordinating body ({coordinator}) is now several bodies ({names}): choose the reporting body in the document's head.",
  },
  "report.withErrors": {
    vi: "{count} ô số liệu có lỗi chưa được dùng để đánh giá; báo cáo liệt kê chúng ở mục «Số liệu cần sửa».",
    en: "{count} value cells have errors and were not used in any status; the report lists them under “Data to correct”.",
  },

  // Printed sheets: the footer of every page.
  "report.print.plan": { vi: "Kế hoạch số {number} ngày {date} — {province}", en: "Plan No. {number} of {date} — {province}" },
  "report.print.page": { vi: "{sheet} — Trang {page}/{pages}", en: "{sheet} — Page {page} of {pages}" },

  // File and document properties.
  "report.fileName": { vi: "bao-cao-{plan}-nam-{year}.docx", en: "report-{plan}-{year}.docx" },
  "report.docTitle": {
    vi: "Báo cáo kết quả thực hiện Kế hoạch số {number} năm {year}",
    en: "Report on Plan No. {number} for {year}",
  },
} satisfies Record<string, CatalogueEntry>;
