import type { CatalogueEntry } from "./entry";

/** Messages of the status module. Keys are prefixed "status." */
export const statusMessages = {
  // Indicator verdicts from a value.
  "status.achieved": {
    vi: "Năm {year}: {value} (mục tiêu {milestone}: {target}) — đạt.",
    en: "{year}: {value} (target for {milestone}: {target}) — achieved.",
  },
  "status.exceeded": {
    vi: "Năm {year}: {value} (mục tiêu {milestone}: {target}) — vượt mục tiêu.",
    en: "{year}: {value} (target for {milestone}: {target}) — exceeded.",
  },
  "status.notAchieved": {
    vi: "Năm {year}: {value} (mục tiêu {milestone}: {target}) — không đạt; mốc {milestone} đã qua.",
    en: "{year}: {value} (target for {milestone}: {target}) — not achieved; the {milestone} milestone has passed.",
  },
  // Trend towards a milestone ahead.
  "status.onTrack": {
    vi: "Gốc {baselineYear}: {baseline}; năm {year}: {value}; dự báo {milestone} ({method}): {projected} so với mục tiêu {target}; tỷ lệ tiến độ {ratio} — đúng tiến độ.",
    en: "Baseline {baselineYear}: {baseline}; {year}: {value}; projected {milestone} ({method}): {projected} against the target {target}; progress ratio {ratio} — on track.",
  },
  "status.atRisk": {
    vi: "Gốc {baselineYear}: {baseline}; năm {year}: {value}; dự báo {milestone} ({method}): {projected} so với mục tiêu {target}; tỷ lệ tiến độ {ratio} — cần đẩy nhanh.",
    en: "Baseline {baselineYear}: {baseline}; {year}: {value}; projected {milestone} ({method}): {projected} against the target {target}; progress ratio {ratio} — at risk, progress must speed up.",
  },
  "status.offTrack": {
    vi: "Gốc {baselineYear}: {baseline}; năm {year}: {value}; dự báo {milestone} ({method}): {projected} so với mục tiêu {target}; tỷ lệ tiến độ {ratio} — chậm hoặc không tiến triển.",
    en: "Baseline {baselineYear}: {baseline}; {year}: {value}; projected {milestone} ({method}): {projected} against the target {target}; progress ratio {ratio} — off track (slow or no progress).",
  },
  "status.baselineAtTarget": {
    vi: "Gốc {baselineYear}: {baseline} đã đạt mục tiêu {milestone} ({target}) nhưng năm {year}: {value} không còn đạt — chậm tiến độ, cần lấy lại mức đã đạt.",
    en: "The baseline {baselineYear}: {baseline} already met the {milestone} target ({target}) but {year}: {value} no longer does — off track; the level reached must be regained.",
  },
  "status.projectionFailed": {
    vi: "Năm {year}: {value}; không tính được giá trị dự báo cho năm {milestone} từ gốc {baselineYear}: {baseline} (số quá lớn) — kiểm tra lại số liệu.",
    en: "{year}: {value}; no projection for {milestone} could be computed from the baseline {baselineYear}: {baseline} (numbers too large) — check the figures.",
  },
  "status.noTrend": {
    vi: "Năm {year}: {value}, chưa đạt mục tiêu {milestone} ({target}); chỉ có một số liệu nên chưa đủ dữ liệu xu hướng — cần giá trị gốc hoặc số liệu của năm trước.",
    en: "{year}: {value}, not yet at the {milestone} target ({target}); a single value shows no trend — a baseline or an earlier year's value is needed.",
  },
  "status.needsBaseline": {
    vi: "Mục tiêu {milestone} “{text}” là mức thay đổi so với giá trị gốc nhưng chưa có giá trị gốc — cần nhập năm gốc và giá trị gốc để tính mức mục tiêu.",
    en: "The {milestone} target “{text}” is a change from the baseline, but there is no baseline — enter the baseline year and value so the target level can be computed.",
  },
  "status.noData": {
    vi: "Chưa có số liệu đến năm {cutoff} để đánh giá mục tiêu {milestone} ({target}) — đề nghị đơn vị báo cáo số liệu.",
    en: "No value reported up to {cutoff} to judge the {milestone} target ({target}) — ask the agency to report its figures.",
  },
  // Targets that cannot be judged from a number.
  "status.noTarget": {
    vi: "Không có chỉ tiêu cho năm {milestone} (ô mục tiêu ghi “-”).",
    en: "No target for {milestone} (the target cell reads “-”).",
  },
  "status.noTargetCell": {
    vi: "Chỉ tiêu không có mục tiêu cho năm {milestone}.",
    en: "The indicator has no target for {milestone}.",
  },
  "status.targetUnreadable": {
    vi: "Không đọc được mục tiêu năm {milestone} (“{text}”): {reason} Cần sửa ô mục tiêu hoặc đánh giá thủ công.",
    en: "The {milestone} target (“{text}”) could not be read: {reason} Fix the target cell or assess it by hand.",
  },
  "status.reason.noNumber": {
    vi: "không có giá trị số để so sánh.",
    en: "there is no number to compare with.",
  },
  "status.listTarget": {
    vi: "Mục tiêu năm {milestone} gồm nhiều chỉ tiêu thành phần (“{text}”) nên không so được với một số liệu — cần đánh giá từng thành phần (hoặc tách thành các dòng con).",
    en: "The {milestone} target lists several component targets (“{text}”), so a single value cannot be compared with it — assess each component (or split them into sub-rows).",
  },
  "status.qualitativePending": {
    vi: "Mục tiêu năm {milestone} là định tính (“{text}”) — cần người đánh giá: ghi “Đạt” hoặc “Chưa đạt” vào ô đánh giá.",
    en: "The {milestone} target is qualitative (“{text}”) — a person must assess it: enter “Đạt” (achieved) or “Chưa đạt” (not achieved) in the assessment cell.",
  },
  "status.qualitativePendingScale": {
    vi: "Mục tiêu năm {milestone} là định tính (“{text}”) — cần người đánh giá: ghi “Đạt”, “Chưa đạt” hoặc mức đã đạt ({levels}) vào ô đánh giá.",
    en: "The {milestone} target is qualitative (“{text}”) — a person must assess it: enter “Đạt”, “Chưa đạt” or the level reached ({levels}) in the assessment cell.",
  },
  "status.qualitativeAchieved": {
    vi: "Năm {year}: đánh giá “{assessment}” (mục tiêu {milestone}: {text}) — đạt.",
    en: "{year}: assessed “{assessment}” (target for {milestone}: {text}) — achieved.",
  },
  "status.qualitativeExceeded": {
    vi: "Năm {year}: đánh giá “{assessment}” (mục tiêu {milestone}: {text}) — vượt mục tiêu.",
    en: "{year}: assessed “{assessment}” (target for {milestone}: {text}) — exceeded.",
  },
  "status.qualitativeNotAchieved": {
    vi: "Năm {year}: đánh giá “{assessment}” (mục tiêu {milestone}: {text}) — không đạt; mốc {milestone} đã qua.",
    en: "{year}: assessed “{assessment}” (target for {milestone}: {text}) — not achieved; the {milestone} milestone has passed.",
  },
  "status.qualitativeAtRisk": {
    vi: "Năm {year}: đánh giá “{assessment}” (mục tiêu {milestone}: {text}) — chưa đạt, cần đẩy nhanh.",
    en: "{year}: assessed “{assessment}” (target for {milestone}: {text}) — not yet achieved, at risk.",
  },
  "status.qualitativeUnclear": {
    vi: "Năm {year}: đánh giá “{assessment}” không cho biết đạt hay chưa đạt mục tiêu {milestone} (“{text}”) — ghi “Đạt” hoặc “Chưa đạt”.",
    en: "{year}: the assessment “{assessment}” does not say whether the {milestone} target (“{text}”) is met — enter “Đạt” (achieved) or “Chưa đạt” (not achieved).",
  },
  "status.qualitativeUnclearScale": {
    vi: "Năm {year}: đánh giá “{assessment}” không cho biết đạt hay chưa đạt mục tiêu {milestone} (“{text}”) — ghi “Đạt”, “Chưa đạt” hoặc một mức của thang ({levels}).",
    en: "{year}: the assessment “{assessment}” does not say whether the {milestone} target (“{text}”) is met — enter “Đạt”, “Chưa đạt” or a level of the scale ({levels}).",
  },
  // Pieces of explanations.
  "status.method.linear": { vi: "tuyến tính", en: "linear" },
  "status.method.cagr": { vi: "tăng trưởng kép", en: "compound growth" },
  "status.target.change": {
    vi: "“{text}” so với gốc {baseline} ({baselineYear}) = {level}",
    en: "“{text}” from the baseline {baseline} ({baselineYear}) = {level}",
  },
  "status.notes": { vi: "Lưu ý: {notes}.", en: "Note: {notes}." },
  "status.note.ambiguousPercentChange": {
    vi: "“{text}” được hiểu là thay đổi tương đối {p}% của giá trị gốc {baseline}, không phải {p} điểm phần trăm",
    en: "“{text}” is read as a relative change of {p}% of the baseline {baseline}, not {p} percentage points",
  },
  "status.note.estimate": {
    vi: "số liệu năm {year} là số ước tính (“{text}”), cần đánh giá lại khi có số chính thức",
    en: "the {year} figure is an estimate (“{text}”); judge again when the final figure is in",
  },
  "status.note.perYear": {
    vi: "mục tiêu là tốc độ mỗi năm nên số liệu của năm được so trực tiếp với mục tiêu",
    en: "the target is a rate per year, so the year's value is compared with it directly",
  },
  "status.note.directionConflict": {
    vi: "hướng của chỉ tiêu ngược với dấu so sánh của mục tiêu; đã đánh giá theo mục tiêu — cần kiểm tra lại hướng",
    en: "the indicator's direction contradicts the target's comparator; judged by the target — check the direction",
  },
  "status.note.cagrFallback": {
    vi: "không tính được tăng trưởng kép vì có giá trị không dương nên đã dự báo tuyến tính",
    en: "compound growth needs positive values, so a linear projection was used",
  },
  "status.note.baselineFromObservation": {
    vi: "chưa có giá trị gốc dùng được, lấy số liệu năm {year} làm gốc",
    en: "no usable baseline, the {year} value serves as one",
  },
  // Tasks.
  "status.dataToCorrect": {
    vi: "Chưa đánh giá vì số liệu cần sửa — {cells}. Sửa số liệu rồi tính lại trạng thái.",
    en: "Not judged because the data must be corrected — {cells}. Correct the data, then compute the statuses again.",
  },
  "status.task.dataToCorrect": {
    vi: "Chưa đánh giá vì số liệu cần sửa — {cells}. Sửa số liệu rồi tính lại trạng thái.",
    en: "Not judged because the data must be corrected — {cells}. Correct the data, then compute the statuses again.",
  },
  "status.withWarnings": {
    vi: "(Có cảnh báo ở {cells}; số liệu vẫn được dùng, đề nghị kiểm tra lại.)",
    en: "(Warnings on {cells}; the data are still used, please check them.)",
  },
  "status.issue.cell": { vi: "ô {cell}: {problem}", en: "cell {cell}: {problem}" },
  "status.task.doneNoDate": {
    vi: "Đã hoàn thành (báo cáo năm {year}, chưa ghi ngày hoàn thành), trong hạn {due}.",
    en: "Completed (reported for {year}, no completion date given), within the deadline {due}.",
  },
  "status.task.doneNoDateLate": {
    vi: "Báo cáo hoàn thành trong năm {year}, sau hạn {due} — hoàn thành quá hạn (chưa ghi ngày hoàn thành).",
    en: "Completion reported for {year}, after the deadline {due} — completed late (no completion date given).",
  },
  "status.task.doneOn": {
    vi: "Đã hoàn thành ngày {date}, trong hạn {due}.",
    en: "Completed on {date}, within the deadline {due}.",
  },
  "status.task.doneLate": {
    vi: "Hoàn thành ngày {date}, sau hạn {due} — hoàn thành quá hạn.",
    en: "Completed on {date}, after the deadline {due} — completed late.",
  },
  "status.task.overdue": {
    vi: "Đã quá hạn {due} mà chưa báo cáo hoàn thành — đề nghị đơn vị cập nhật tiến độ và nêu lý do chậm.",
    en: "The deadline {due} has passed and completion has not been reported — ask the agency to update its progress and explain the delay.",
  },
  "status.task.notDue": {
    vi: "Chưa đến hạn (hạn {due}).",
    en: "Not due yet (due {due}).",
  },
  "status.task.dueSoon": {
    vi: "Sắp đến hạn: còn {days} ngày (hạn {due}), chưa báo cáo hoàn thành.",
    en: "Due soon: {days} days left (due {due}); completion not reported yet.",
  },
  "status.task.inProgress": {
    vi: "Đang thực hiện, hạn {due}.",
    en: "In progress, due {due}.",
  },
  "status.task.inProgressSoon": {
    vi: "Đang thực hiện, còn {days} ngày đến hạn {due}.",
    en: "In progress, {days} days left until the deadline {due}.",
  },
  "status.task.periodNotStarted": {
    vi: "Giai đoạn {from}–{to} chưa bắt đầu.",
    en: "The period {from}–{to} has not started yet.",
  },
  "status.task.periodOnTrack": {
    vi: "Đã qua {elapsed}% thời gian giai đoạn {from}–{to}, hoàn thành {percent}% (bằng {ratio} mức kỳ vọng) — đúng tiến độ.",
    en: "{elapsed}% of the period {from}–{to} has elapsed and {percent}% is complete ({ratio} of the expected share) — on track.",
  },
  "status.task.periodBehind": {
    vi: "Đã qua {elapsed}% thời gian giai đoạn {from}–{to}, hoàn thành {percent}% (bằng {ratio} mức kỳ vọng) — còn trong hạn nhưng cần đẩy nhanh.",
    en: "{elapsed}% of the period {from}–{to} has elapsed and {percent}% is complete ({ratio} of the expected share) — within the deadline but needs to speed up.",
  },
  "status.task.periodLate": {
    vi: "Đã qua {elapsed}% thời gian giai đoạn {from}–{to}, hoàn thành {percent}% (bằng {ratio} mức kỳ vọng, từ 0,7 trở xuống) — chậm tiến độ, cần đẩy nhanh.",
    en: "{elapsed}% of the period {from}–{to} has elapsed and {percent}% is complete ({ratio} of the expected share, 0.7 or less) — behind schedule, must speed up.",
  },
  "status.task.periodNoReport": {
    vi: "Chưa báo cáo tỷ lệ hoàn thành (%) của nhiệm vụ giai đoạn {from}–{to} — đề nghị nhập % hoàn thành để đánh giá tiến độ.",
    en: "No percentage complete reported for this {from}–{to} task — enter the % complete so progress can be judged.",
  },
  "status.task.annualReported": {
    vi: "Đã báo cáo năm {year}.",
    en: "Reported for {year}.",
  },
  "status.task.annualDone": {
    vi: "Đã hoàn thành nhiệm vụ năm {year}.",
    en: "The task is done for {year}.",
  },
  "status.task.annualNoReport": {
    vi: "Chưa có báo cáo năm {year}, đã quá hạn báo cáo {due} — đề nghị đơn vị báo cáo.",
    en: "No report for {year} and the reporting deadline {due} has passed — ask the agency to report.",
  },
  "status.task.annualNotDue": {
    vi: "Chưa đến hạn báo cáo năm {year} (hạn {due}).",
    en: "The {year} report is not due yet (due {due}).",
  },
  "status.task.annualNotStarted": {
    vi: "Nhiệm vụ thực hiện hằng năm từ năm {from}; năm {year} chưa thuộc thời gian thực hiện.",
    en: "The task runs every year from {from}; {year} is before it starts.",
  },
  "status.task.waiting": {
    vi: "Chờ điều kiện: “{trigger}” — chưa ghi nhận sự kiện này; khi sự kiện xảy ra, ghi ngày phát sinh để tính hạn.",
    en: "Waiting for: “{trigger}” — the event has not been recorded; when it happens, record its date so the deadline can be set.",
  },
  "status.task.triggered": {
    vi: "Điều kiện phát sinh ngày {date}; hạn là cuối năm sau ({due}).",
    en: "The condition occurred on {date}; the deadline is the end of the following year ({due}).",
  },
  "status.task.eventReported": {
    vi: "Đã báo cáo {event} năm {year}.",
    en: "The {event} for {year} has been reported.",
  },
  "status.task.eventDone": {
    vi: "Đã hoàn thành {event} năm {year}.",
    en: "The {event} for {year} is done.",
  },
  "status.task.eventOverdue": {
    vi: "Chưa có báo cáo {event} năm {year} (hạn {due}) — đề nghị đơn vị báo cáo.",
    en: "No {event} reported for {year} (due {due}) — ask the agency to report.",
  },
  "status.task.eventNotDue": {
    vi: "Chưa đến kỳ {event} năm {year} (hạn {due}).",
    en: "The {event} for {year} is not due yet (due {due}).",
  },
  "status.task.recurringReported": {
    vi: "Đã báo cáo năm {year} (báo cáo {every}).",
    en: "Reported for {year} (reports {every}).",
  },
  "status.task.recurringNoReport": {
    vi: "Đã qua {n} kỳ báo cáo {every} của năm {year} (kỳ gần nhất kết thúc {due}) mà chưa có báo cáo — đề nghị đơn vị báo cáo.",
    en: "{n} {every} reporting periods of {year} have ended (the latest on {due}) with no report — ask the agency to report.",
  },
  "status.task.recurringNotDue": {
    vi: "Kỳ báo cáo {every} đầu tiên của năm {year} chưa kết thúc (kết thúc {due}).",
    en: "The first {every} reporting period of {year} has not ended yet (it ends {due}).",
  },
  "status.task.every.month": { vi: "hằng tháng", en: "monthly" },
  "status.task.every.quarter": { vi: "hằng quý", en: "quarterly" },
  "status.task.every.half": { vi: "6 tháng một lần", en: "half-yearly" },
  "status.task.every.year": { vi: "hằng năm", en: "yearly" },
  "status.task.occurrenceWaiting": {
    vi: "Thực hiện khi có phát sinh hoặc theo yêu cầu — chưa ghi nhận lần phát sinh nào đến năm {year}, nên không bị coi là quá hạn; khi phát sinh, ghi ngày phát sinh.",
    en: "Done when something occurs or is requested — no occurrence recorded up to {year}, so it is not overdue; when one occurs, record its date.",
  },
  "status.task.occurrenceNoReport": {
    vi: "Đã phát sinh ngày {date} nhưng chưa có báo cáo, đã qua hạn báo cáo {due} — đề nghị đơn vị báo cáo.",
    en: "It occurred on {date} but nothing has been reported, and the reporting deadline {due} has passed — ask the agency to report.",
  },
  "status.task.occurrenceNotDue": {
    vi: "Đã phát sinh ngày {date}; hạn báo cáo năm là {due}.",
    en: "It occurred on {date}; the year's report is due {due}.",
  },
  "status.task.occurrenceReported": {
    vi: "Đã báo cáo việc thực hiện năm {year} (nhiệm vụ thực hiện khi có phát sinh).",
    en: "Reported for {year} (a task done when something occurs).",
  },
  "status.task.event.mid": { vi: "sơ kết", en: "mid-term review" },
  "status.task.event.final": { vi: "tổng kết", en: "final review" },
  "status.task.unknownTimeframe": {
    vi: "Không đọc được thời gian thực hiện “{text}” nên không xác định được hạn — sửa ô Thời gian (ví dụ: “Năm 2025”, “Hằng năm”, “Giai đoạn 2024 - 2030”).",
    en: "The timeframe “{text}” could not be read, so there is no deadline — fix the timeframe cell (e.g. “Năm 2025”, “Hằng năm”, “Giai đoạn 2024 - 2030”).",
  },
  "status.task.badDate": {
    vi: "Ngày đánh giá “{date}” không hợp lệ — cần dạng năm-tháng-ngày (yyyy-mm-dd).",
    en: "The assessment date “{date}” is not valid — use year-month-day (yyyy-mm-dd).",
  },
} as const satisfies Record<string, CatalogueEntry>;
