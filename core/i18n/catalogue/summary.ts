import type { CatalogueEntry } from "./entry";

/** Messages of the summary module. Keys are prefixed "summary." */
export const summaryMessages = {
  // Indicator status labels (BRIEF §3); also the texts the status column's conditional formats match.
  "summary.status.achieved": { vi: "Đạt", en: "Achieved" },
  "summary.status.exceeded": { vi: "Vượt", en: "Exceeded" },
  "summary.status.notAchieved": { vi: "Không đạt", en: "Not achieved" },
  "summary.status.onTrack": { vi: "Đúng tiến độ", en: "On track" },
  "summary.status.atRisk": { vi: "Cần đẩy nhanh", en: "At risk" },
  "summary.status.offTrack": { vi: "Chậm/không tiến triển", en: "Off track" },
  "summary.status.noTrend": { vi: "Chưa đủ dữ liệu xu hướng", en: "Not enough data for a trend" },
  "summary.status.noData": { vi: "Chưa có số liệu", en: "No data" },
  "summary.status.noTarget": { vi: "Không có chỉ tiêu", en: "No target" },
  "summary.status.needsAssessment": { vi: "Cần đánh giá", en: "Needs assessment" },
  "summary.status.dataToCorrect": { vi: "Số liệu cần sửa", en: "Data to correct" },
  // Task status labels: the Government Office's words for assigned tasks, plus ours.
  "summary.taskStatus.doneOnTime": { vi: "Đã hoàn thành đúng hạn", en: "Completed on time" },
  "summary.taskStatus.doneLate": { vi: "Đã hoàn thành quá hạn", en: "Completed late" },
  "summary.taskStatus.inProgress": { vi: "Đang thực hiện trong hạn", en: "In progress, within the deadline" },
  "summary.taskStatus.behindSchedule": { vi: "Đang thực hiện chậm tiến độ", en: "In progress, behind schedule" },
  "summary.taskStatus.overdue": { vi: "Đang thực hiện quá hạn", en: "In progress, past the deadline" },
  "summary.taskStatus.notDue": { vi: "Chưa đến hạn", en: "Not yet due" },
  "summary.taskStatus.waiting": { vi: "Chờ điều kiện", en: "Waiting for a condition" },
  "summary.taskStatus.noReport": { vi: "Chưa báo cáo", en: "Not reported" },
  "summary.taskStatus.dataToCorrect": { vi: "Số liệu cần sửa", en: "Data to correct" },

  "summary.noAgency": { vi: "(chưa xác định)", en: "(not assigned)" },
  "summary.none": { vi: "(không có)", en: "(none)" },
  "summary.total": { vi: "Tổng cộng", en: "Total" },

  // The "Tổng hợp" sheet.
  "summary.sheet.title": {
    vi: "TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH SỐ {number}",
    en: "IMPLEMENTATION SUMMARY OF PLAN NO. {number}",
  },
  "summary.sheet.asOf": {
    vi: "Số liệu tính đến năm {year}; ngày lập: {date}.",
    en: "Figures as of {year}; prepared on {date}.",
  },
  "summary.section.overview": { vi: "I. NHẬN ĐỊNH CHUNG", en: "I. OVERVIEW" },
  "summary.section.byArea": {
    vi: "II. TÌNH TRẠNG CHỈ TIÊU THEO LĨNH VỰC",
    en: "II. INDICATOR STATUS BY AREA",
  },
  "summary.section.byAgency": {
    vi: "III. TÌNH TRẠNG CHỈ TIÊU THEO CƠ QUAN CHỦ TRÌ",
    en: "III. INDICATOR STATUS BY LEAD AGENCY",
  },
  "summary.section.completeness": {
    vi: "IV. MỨC ĐỘ ĐẦY ĐỦ CỦA BÁO CÁO NĂM {year}",
    en: "IV. COMPLETENESS OF THE {year} REPORTS",
  },
  "summary.section.silent": { vi: "V. CƠ QUAN CHƯA BÁO CÁO", en: "V. AGENCIES THAT HAVE NOT REPORTED" },
  "summary.section.concerns": {
    vi: "VI. CHỈ TIÊU KHÔNG ĐẠT, CHẬM HOẶC CẦN ĐẨY NHANH TIẾN ĐỘ",
    en: "VI. INDICATORS NOT ACHIEVED, OFF TRACK OR AT RISK",
  },
  "summary.section.overdue": { vi: "VII. NHIỆM VỤ QUÁ HẠN", en: "VII. TASKS PAST THEIR DEADLINE" },
  "summary.section.dueSoon": {
    vi: "VIII. NHIỆM VỤ ĐẾN HẠN TRONG {days} NGÀY TỚI",
    en: "VIII. TASKS DUE IN THE NEXT {days} DAYS",
  },
  "summary.section.toCorrect": {
    vi: "IX. SỐ LIỆU CẦN SỬA (CHƯA DÙNG ĐỂ ĐÁNH GIÁ)",
    en: "IX. DATA TO CORRECT (NOT USED IN ANY STATUS)",
  },
  "summary.notice.toCorrect": {
    vi: "Còn {n} ô số liệu có lỗi, chưa được dùng để đánh giá (xem mục IX).",
    en: "Data with errors in {n} cell(s), not used in any status (see section IX).",
  },
  "summary.col.cell": { vi: "Ô", en: "Cell" },
  "summary.col.sheet": { vi: "Trang", en: "Sheet" },
  "summary.col.problem": { vi: "Lỗi", en: "Problem" },
  "summary.col.code": { vi: "Mã", en: "Code" },
  "summary.col.index": { vi: "STT", en: "No." },
  "summary.col.area": { vi: "Lĩnh vực", en: "Area" },
  "summary.col.agency": { vi: "Cơ quan", en: "Agency" },
  "summary.col.lead": { vi: "Cơ quan chủ trì", en: "Lead agency" },
  "summary.col.total": { vi: "Tổng số", en: "Total" },
  "summary.col.percent": { vi: "Tỷ lệ báo cáo (%)", en: "Reported (%)" },
  "summary.col.reported": { vi: "Đã báo cáo", en: "Reported" },
  "summary.col.expected": { vi: "Phải báo cáo", en: "Expected" },
  "summary.col.indicatorsReported": { vi: "Chỉ tiêu đã báo cáo", en: "Indicators reported" },
  "summary.col.indicatorsExpected": { vi: "Chỉ tiêu phải báo cáo", en: "Indicators expected" },
  "summary.col.tasksReported": { vi: "Nhiệm vụ đã báo cáo", en: "Tasks reported" },
  "summary.col.tasksExpected": { vi: "Nhiệm vụ phải báo cáo", en: "Tasks expected" },
  "summary.col.indicator": { vi: "Chỉ tiêu", en: "Indicator" },
  "summary.col.status": { vi: "Tình trạng", en: "Status" },
  "summary.col.milestone": { vi: "Mốc", en: "Milestone" },
  "summary.col.value": { vi: "Giá trị", en: "Value" },
  "summary.col.valueYear": { vi: "Năm số liệu", en: "Value year" },
  "summary.col.target": { vi: "Mục tiêu", en: "Target" },
  "summary.col.gap": { vi: "Chênh lệch", en: "Gap" },
  "summary.col.ratio": { vi: "Tỷ lệ tiến độ", en: "Progress ratio" },
  "summary.col.task": { vi: "Nhiệm vụ", en: "Task" },
  "summary.col.dueOn": { vi: "Thời hạn", en: "Due" },
  "summary.col.daysLeft": { vi: "Số ngày còn lại", en: "Days left" },
  "summary.chart.byArea": { vi: "Tình trạng chỉ tiêu theo lĩnh vực", en: "Indicator status by area" },
  "summary.chart.completeness": {
    vi: "Tỷ lệ báo cáo năm {year} theo cơ quan (%)",
    en: "Share reported for {year} by agency (%)",
  },

  // Draft paragraph for the annual report, sentence by sentence; `{parts}` are joined lists.
  "summary.paragraph.indicators": {
    vi: "Tính đến năm {year}, trong {total} chỉ tiêu có {parts}.",
    en: "As of {year}, of the {total} indicators, {parts}.",
  },
  "summary.paragraph.noIndicators": {
    vi: "Kế hoạch chưa có chỉ tiêu nào được theo dõi.",
    en: "The plan has no indicators being tracked.",
  },
  "summary.paragraph.part.achievedExceeded": { vi: "{n} chỉ tiêu đạt và vượt", en: "{n} achieved or exceeded" },
  "summary.paragraph.part.achieved": { vi: "{n} chỉ tiêu đạt", en: "{n} achieved" },
  "summary.paragraph.part.exceeded": { vi: "{n} chỉ tiêu vượt mục tiêu", en: "{n} exceeded the target" },
  "summary.paragraph.part.onTrack": { vi: "{n} chỉ tiêu đúng tiến độ", en: "{n} on track" },
  "summary.paragraph.part.atRisk": {
    vi: "{n} chỉ tiêu cần đẩy nhanh tiến độ",
    en: "{n} at risk and needing faster progress",
  },
  "summary.paragraph.part.offTrack": {
    vi: "{n} chỉ tiêu chậm hoặc không tiến triển",
    en: "{n} off track or not progressing",
  },
  "summary.paragraph.part.notAchieved": { vi: "{n} chỉ tiêu không đạt", en: "{n} not achieved" },
  "summary.paragraph.part.noTrend": {
    vi: "{n} chỉ tiêu chưa đủ dữ liệu để đánh giá xu hướng",
    en: "{n} without enough data to judge a trend",
  },
  "summary.paragraph.part.needsAssessment": {
    vi: "{n} chỉ tiêu định tính cần đánh giá",
    en: "{n} qualitative awaiting assessment",
  },
  "summary.paragraph.part.noData": { vi: "{n} chỉ tiêu chưa có số liệu", en: "{n} without data" },
  "summary.paragraph.part.dataToCorrect": {
    vi: "{n} chỉ tiêu có số liệu cần sửa nên chưa đánh giá",
    en: "{n} not judged because their data must be corrected",
  },
  "summary.paragraph.part.noTarget": {
    vi: "{n} chỉ tiêu không đặt mục tiêu cho mốc đánh giá",
    en: "{n} with no target for the milestone",
  },
  "summary.paragraph.worstArea": {
    vi: "Các chỉ tiêu không đạt, chậm hoặc cần đẩy nhanh tiến độ tập trung nhiều nhất ở lĩnh vực {areas}.",
    en: "Indicators not achieved, off track or at risk are concentrated in the area {areas}.",
  },
  "summary.paragraph.worstAreas": {
    vi: "Các chỉ tiêu không đạt, chậm hoặc cần đẩy nhanh tiến độ tập trung nhiều nhất ở các lĩnh vực {areas}.",
    en: "Indicators not achieved, off track or at risk are concentrated in the areas {areas}.",
  },
  "summary.paragraph.areaItem": { vi: "“{name}” ({n} chỉ tiêu)", en: "“{name}” ({n})" },
  "summary.paragraph.tasks": {
    vi: "Về nhiệm vụ, trong {total} nhiệm vụ có {parts}.",
    en: "Of the {total} tasks, {parts}.",
  },
  "summary.paragraph.task.doneOnTime": { vi: "{n} nhiệm vụ đã hoàn thành đúng hạn", en: "{n} completed on time" },
  "summary.paragraph.task.doneLate": { vi: "{n} nhiệm vụ đã hoàn thành quá hạn", en: "{n} completed late" },
  "summary.paragraph.task.inProgress": {
    vi: "{n} nhiệm vụ đang thực hiện trong hạn",
    en: "{n} in progress within the deadline",
  },
  "summary.paragraph.task.behindSchedule": {
    vi: "{n} nhiệm vụ đang thực hiện chậm tiến độ",
    en: "{n} in progress behind schedule",
  },
  "summary.paragraph.task.overdue": { vi: "{n} nhiệm vụ đang thực hiện quá hạn", en: "{n} in progress past the deadline" },
  "summary.paragraph.task.notDue": { vi: "{n} nhiệm vụ chưa đến hạn", en: "{n} not yet due" },
  "summary.paragraph.task.waiting": {
    vi: "{n} nhiệm vụ đang chờ điều kiện để triển khai",
    en: "{n} waiting for a condition",
  },
  "summary.paragraph.task.noReport": { vi: "{n} nhiệm vụ chưa báo cáo", en: "{n} not reported" },
  "summary.paragraph.task.dataToCorrect": {
    vi: "{n} nhiệm vụ có số liệu cần sửa nên chưa đánh giá",
    en: "{n} not judged because their data must be corrected",
  },
  "summary.paragraph.dueSoon": {
    vi: "Có {n} nhiệm vụ sẽ đến hạn trong {days} ngày tới.",
    en: "{n} tasks fall due in the next {days} days.",
  },
  "summary.paragraph.completeness": {
    vi: "Tỷ lệ báo cáo năm {year} đạt {percent}% ({reported}/{expected} nội dung được giao).",
    en: "Reporting for {year} stands at {percent}% ({reported} of {expected} assigned rows).",
  },
  "summary.paragraph.dueSoonOne": {
    vi: "Có 1 nhiệm vụ sẽ đến hạn trong {days} ngày tới.",
    en: "1 task falls due in the next {days} days.",
  },
  "summary.paragraph.silentOne": {
    vi: "Còn 1 cơ quan chưa gửi báo cáo: {names}.",
    en: "1 agency has not reported: {names}.",
  },
  "summary.paragraph.silent": {
    vi: "Còn {n} cơ quan chưa gửi báo cáo: {names}.",
    en: "{n} agencies have not reported: {names}.",
  },
  "summary.paragraph.and": { vi: "và", en: "and" },
} as const satisfies Record<string, CatalogueEntry>;
