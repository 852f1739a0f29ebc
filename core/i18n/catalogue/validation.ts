import type { CatalogueEntry } from "./entry";

/**
 * Messages of the validation module. Keys are prefixed "validation."; each rule has an entry
 * `validation.<rule code>` (its message), suggestions are `validation.suggest.*`.
 * Rows in messages are the row numbers the user sees (1-based).
 */
export const validationMessages = {
  // --- indicator rows: numbers -------------------------------------------------------------
  "validation.indicator.actual.notANumber": {
    vi: "Giá trị thực hiện năm {year} «{value}» không phải là số.",
    en: "The actual value for {year}, “{value}”, is not a number.",
  },
  "validation.indicator.actual.placeholder": {
    vi: "Ô thực hiện năm {year} ghi «{value}»: được hiểu là chưa có số liệu.",
    en: "The actual cell for {year} holds “{value}”: read as no data yet.",
  },
  "validation.indicator.baseline.notANumber": {
    vi: "Giá trị gốc «{value}» không phải là số.",
    en: "The baseline value “{value}” is not a number.",
  },
  "validation.indicator.value.ambiguous": {
    vi: "Không rõ «{value}» là số thập phân hay số hàng nghìn.",
    en: "It is unclear whether “{value}” is a decimal or a number in thousands.",
  },
  "validation.indicator.value.style": {
    vi: "«{value}» được đọc là {read}; hãy kiểm tra lại cách viết số.",
    en: "“{value}” was read as {read}; please check how the number is written.",
  },
  "validation.indicator.percent.outOfRange": {
    vi: "Giá trị {value} nằm ngoài khoảng 0–100 trong khi đơn vị tính là %.",
    en: "The value {value} is outside 0–100 while the unit is %.",
  },
  "validation.indicator.actual.yearOutsidePlan": {
    vi: "Có giá trị cho năm {year}, ngoài thời kỳ của kế hoạch ({from}–{to}).",
    en: "There is a value for {year}, outside the plan period ({from}–{to}).",
  },
  "validation.indicator.actual.futureYear": {
    vi: "Có giá trị cho năm {year}, sau năm báo cáo {asOf}.",
    en: "There is a value for {year}, after the reporting year {asOf}.",
  },
  "validation.indicator.actual.implausibleJump": {
    vi: "Giá trị năm {year} ({value}) chênh lệch hơn 10 lần so với năm {prevYear} ({prev}).",
    en: "The {year} value ({value}) differs more than tenfold from {prevYear} ({prev}).",
  },
  "validation.indicator.actual.useAssessment": {
    vi: "Chỉ tiêu này là định tính («{target}»): kết quả không ghi bằng số ở cột thực hiện năm {year}.",
    en: "This indicator is qualitative (“{target}”): its result is not a number in the {year} actual column.",
  },
  "validation.indicator.unit.mismatch": {
    vi: "«{value}» ghi đơn vị «{typed}», khác với đơn vị tính của dòng là «{unit}».",
    en: "“{value}” carries the unit “{typed}”, which differs from the row's unit “{unit}”.",
  },
  // --- indicator rows: baseline ------------------------------------------------------------
  "validation.indicator.baseline.yearInvalid": {
    vi: "Năm gốc «{value}» không hợp lệ: cần một năm từ 1990 đến {asOf}.",
    en: "The baseline year “{value}” is not valid: a year from 1990 to {asOf} is expected.",
  },
  "validation.indicator.baseline.afterReporting": {
    vi: "Năm gốc {year} muộn hơn năm báo cáo {asOf}.",
    en: "The baseline year {year} is after the reporting year {asOf}.",
  },
  "validation.indicator.baseline.incomplete": {
    vi: "Giá trị gốc và năm gốc phải được nhập cùng nhau.",
    en: "The baseline value and baseline year go together.",
  },
  "validation.indicator.baseline.noYear": {
    vi: "Có giá trị gốc {value} nhưng chưa có năm gốc.",
    en: "There is a baseline value {value} but no baseline year.",
  },
  "validation.indicator.baseline.noValue": {
    vi: "Có năm gốc {year} nhưng chưa có giá trị gốc.",
    en: "There is a baseline year {year} but no baseline value.",
  },
  // --- indicator rows: targets, direction, assessment, agencies -----------------------------
  "validation.indicator.target.unparseable": {
    vi: "Không đọc được chỉ tiêu năm {year} «{value}».",
    en: "The {year} target “{value}” cannot be read.",
  },
  "validation.indicator.target.differsFromPlan": {
    vi: "Chỉ tiêu năm {year} «{value}» khác với kế hoạch («{planned}»).",
    en: "The {year} target “{value}” differs from the plan (“{planned}”).",
  },
  "validation.indicator.target.cleared": {
    vi: "Chỉ tiêu năm {year} đã bị xóa; kế hoạch ghi «{planned}».",
    en: "The {year} target was cleared; the plan says “{planned}”.",
  },
  "validation.indicator.target.lessAmbitious": {
    vi: "Chỉ tiêu năm {later} ({laterText}) kém hơn chỉ tiêu năm {earlier} ({earlierText}) trong khi xu hướng là «{direction}».",
    en: "The {later} target ({laterText}) is less ambitious than the {earlier} target ({earlierText}) although the direction is “{direction}”.",
  },
  "validation.indicator.direction.unknown": {
    vi: "Xu hướng «{value}» không hợp lệ; cần một trong các giá trị: {accepted}.",
    en: "The direction “{value}” is not valid; expected one of: {accepted}.",
  },
  "validation.indicator.assessment.unknown": {
    vi: "Đánh giá «{value}» không thuộc danh sách được chấp nhận ({accepted}).",
    en: "The assessment “{value}” is not one of the accepted words ({accepted}).",
  },
  "validation.indicator.agency.unknown": {
    vi: "Không tìm thấy {parts} trong danh mục đơn vị.",
    en: "{parts} not found in the agency list.",
  },
  // --- indicator sheet ---------------------------------------------------------------------
  "validation.indicator.code.duplicate": {
    vi: "Mã «{code}» bị trùng với dòng {otherRow}.",
    en: "The code “{code}” duplicates row {otherRow}.",
  },
  "validation.indicator.row.orphan": {
    vi: "Dòng con không gắn với chỉ tiêu nào.",
    en: "A sub-row that belongs to no indicator.",
  },
  "validation.indicator.row.parentMissing": {
    vi: "Dòng này là dòng con của chỉ tiêu {parent}, nhưng chỉ tiêu {parent} không có trong trang tính.",
    en: "This row is a sub-row of indicator {parent}, but indicator {parent} is not in the sheet.",
  },
  "validation.indicator.row.noParent": {
    vi: "Dòng không có mã và không nằm dưới chỉ tiêu nào.",
    en: "The row has no code and does not sit under any indicator.",
  },
  "validation.indicator.row.missing": {
    vi: "Chỉ tiêu {code} «{name}» của kế hoạch không có trong trang tính (cần nằm sau dòng {after}).",
    en: "Plan indicator {code} “{name}” is missing from the sheet (expected after row {after}).",
  },
  "validation.indicator.rowId.duplicate": {
    vi: "Mã dòng «{rowId}» bị trùng với dòng {otherRow}: một chỉ tiêu xuất hiện hai lần.",
    en: "Row id “{rowId}” duplicates row {otherRow}: one indicator appears twice.",
  },
  "validation.indicator.rowId.unknown": {
    vi: "Mã dòng «{rowId}» không thuộc kế hoạch {plan}.",
    en: "Row id “{rowId}” is not part of plan {plan}.",
  },
  // --- task rows ---------------------------------------------------------------------------
  "validation.task.state.unknown": {
    vi: "Trạng thái «{value}» không hợp lệ; cần một trong các giá trị: {accepted}.",
    en: "The state “{value}” is not valid; expected one of: {accepted}.",
  },
  "validation.task.percent.notANumber": {
    vi: "Tỷ lệ hoàn thành «{value}» không phải là số.",
    en: "The percent complete “{value}” is not a number.",
  },
  "validation.task.percent.outOfRange": {
    vi: "Tỷ lệ hoàn thành {value} nằm ngoài khoảng 0–100.",
    en: "The percent complete {value} is outside 0–100.",
  },
  "validation.task.done.noDate": {
    vi: "Nhiệm vụ đã đánh dấu «Hoàn thành» nhưng chưa có ngày hoàn thành.",
    en: "The task is marked done but has no completion date.",
  },
  "validation.task.completedOn.invalid": {
    vi: "Ngày hoàn thành «{value}» không phải là ngày hợp lệ.",
    en: "The completion date “{value}” is not a valid date.",
  },
  "validation.task.completedOn.future": {
    vi: "Ngày hoàn thành {date} sau ngày hôm nay ({today}).",
    en: "The completion date {date} is after today ({today}).",
  },
  "validation.task.percent.fullNotDone": {
    vi: "Tỷ lệ hoàn thành là 100% nhưng trạng thái chưa là «Hoàn thành».",
    en: "The percent complete is 100% but the state is not “Done”.",
  },
  "validation.task.done.percentBelow100": {
    vi: "Nhiệm vụ đã «Hoàn thành» nhưng tỷ lệ hoàn thành chỉ là {percent}%.",
    en: "The task is done but its percent complete is only {percent}%.",
  },
  "validation.task.evidence.missing": {
    vi: "Kế hoạch yêu cầu sản phẩm đầu ra ({output}) nhưng chưa ghi minh chứng cho nhiệm vụ đã hoàn thành.",
    en: "The plan requires an output ({output}) but no evidence is given for this completed task.",
  },
  "validation.task.timeframe.unparseable": {
    vi: "Không đọc được thời gian thực hiện «{value}».",
    en: "The timeframe “{value}” cannot be read.",
  },
  "validation.task.timeframe.differsFromPlan": {
    vi: "Thời gian thực hiện «{value}» khác với kế hoạch («{planned}»).",
    en: "The timeframe “{value}” differs from the plan (“{planned}”).",
  },
  "validation.task.agency.unknown": {
    vi: "Không tìm thấy {parts} trong danh mục đơn vị.",
    en: "{parts} not found in the agency list.",
  },
  // --- task sheet --------------------------------------------------------------------------
  "validation.task.code.duplicate": {
    vi: "Mã nhiệm vụ «{code}» bị trùng với dòng {otherRow} trong cùng mục.",
    en: "The task code “{code}” duplicates row {otherRow} in the same section.",
  },
  "validation.task.row.missing": {
    vi: "Nhiệm vụ {code} «{name}» của kế hoạch không có trong trang tính (cần nằm sau dòng {after}).",
    en: "Plan task {code} “{name}” is missing from the sheet (expected after row {after}).",
  },
  "validation.task.rowId.duplicate": {
    vi: "Mã dòng «{rowId}» bị trùng với dòng {otherRow}: một nhiệm vụ xuất hiện hai lần.",
    en: "Row id “{rowId}” duplicates row {otherRow}: one task appears twice.",
  },
  "validation.task.rowId.unknown": {
    vi: "Mã dòng «{rowId}» không thuộc kế hoạch {plan}.",
    en: "Row id “{rowId}” is not part of plan {plan}.",
  },
  // --- suggestions -------------------------------------------------------------------------
  "validation.suggest.vietnameseNumber": {
    vi: "Hãy nhập số theo kiểu Việt Nam, ví dụ 19,04 hoặc 6.100.",
    en: "Type the number the Vietnamese way, e.g. 19,04 or 6.100.",
  },
  "validation.suggest.percentRange": {
    vi: "Tỷ lệ phần trăm phải từ 0 đến 100; kiểm tra lại số liệu hoặc đơn vị tính của dòng.",
    en: "A percentage lies between 0 and 100; check the value or the row's unit.",
  },
  "validation.suggest.yearOutsidePlan": {
    vi: "Chỉ nhập số liệu cho các năm từ {from} đến {to}; nếu cần giữ số liệu này, hãy ghi vào cột Ghi chú.",
    en: "Enter values only for {from} to {to}; to keep this value, put it in the Note column.",
  },
  "validation.suggest.futureYear": {
    vi: "Nếu đây là số ước thực hiện, hãy ghi chú rõ; nếu nhập nhầm cột, hãy chuyển sang cột năm {asOf}.",
    en: "If this is an estimate, say so in a note; if it is in the wrong column, move it to {asOf}.",
  },
  "validation.suggest.checkJump": {
    vi: "Kiểm tra lại dấu phẩy thập phân, dấu chấm hàng nghìn và đơn vị tính.",
    en: "Check the decimal comma, the thousands dot and the unit.",
  },
  "validation.suggest.useAssessment": {
    vi: "Ghi kết quả đánh giá ({accepted}) vào cột Đánh giá và để trống cột thực hiện.",
    en: "Write the assessment ({accepted}) in the Assessment column and leave the actual column empty.",
  },
  "validation.suggest.unitMismatch": {
    vi: "Chỉ nhập con số theo đơn vị «{unit}» (ví dụ {example}); nếu số liệu đang theo đơn vị khác, hãy quy đổi trước.",
    en: "Enter only the number in “{unit}” (e.g. {example}); convert it first if it is in another unit.",
  },
  "validation.suggest.baselineYear": {
    vi: "Nhập năm gốc bằng 4 chữ số, ví dụ 2020.",
    en: "Type the baseline year as four digits, e.g. 2020.",
  },
  "validation.suggest.baselineBeforeReporting": {
    vi: "Năm gốc là năm đã có số liệu, không muộn hơn {asOf}; kiểm tra lại năm gốc.",
    en: "The baseline year is a year with known data, no later than {asOf}; check it.",
  },
  "validation.suggest.baselineYearMissing": {
    vi: "Nhập năm của giá trị gốc vào cột Năm gốc.",
    en: "Enter the year of the baseline value in the baseline year column.",
  },
  "validation.suggest.baselineValueMissing": {
    vi: "Nhập giá trị gốc, hoặc xóa năm gốc nếu chưa có số liệu.",
    en: "Enter the baseline value, or clear the baseline year if there is no data.",
  },
  "validation.suggest.target": {
    vi: "Viết chỉ tiêu dạng 100, >80, <3, 28-30, 98% trở lên, hoặc «-» nếu không có chỉ tiêu.",
    en: "Write the target as 100, >80, <3, 28-30, 98% trở lên, or “-” for no target.",
  },
  "validation.suggest.restoreTarget": {
    vi: "Nếu không có quyết định điều chỉnh kế hoạch, hãy khôi phục «{planned}».",
    en: "Unless the plan was formally amended, restore “{planned}”.",
  },
  "validation.suggest.checkAmbition": {
    vi: "Kiểm tra lại chỉ tiêu năm {later} hoặc xu hướng (Tăng/Giảm) của chỉ tiêu.",
    en: "Check the {later} target or the indicator's direction (Increase/Decrease).",
  },
  "validation.suggest.didYouMean": {
    vi: "Có phải «{word}»?",
    en: "Did you mean “{word}”?",
  },
  "validation.suggest.chooseOne": {
    vi: "Chọn một trong: {accepted}.",
    en: "Choose one of: {accepted}.",
  },
  "validation.suggest.agency": {
    vi: "Có phải: {pairs}?",
    en: "Did you mean: {pairs}?",
  },
  "validation.suggest.agencyRegister": {
    vi: "Kiểm tra chính tả, hoặc thêm đơn vị này vào trang Đơn vị.",
    en: "Check the spelling, or add the agency to the Agencies sheet.",
  },
  "validation.suggest.uniqueCode": {
    vi: "Mỗi dòng cần một mã riêng: sửa mã hoặc xóa dòng thừa.",
    en: "Each row needs its own code: fix the code or delete the extra row.",
  },
  "validation.suggest.attachSubRow": {
    vi: "Chuyển dòng này xuống dưới chỉ tiêu mà nó thuộc về, hoặc ghi mã cho dòng.",
    en: "Move the row under the indicator it belongs to, or give it a code.",
  },
  "validation.suggest.restoreRow": {
    vi: "Khôi phục dòng này từ kế hoạch (chạy lại «Tạo trang theo dõi» hoặc hoàn tác thao tác xóa).",
    en: "Restore the row from the plan (re-run the tracking sheet setup or undo the deletion).",
  },
  "validation.suggest.duplicateRow": {
    vi: "Xóa dòng lặp lại, hoặc gộp số liệu vào một dòng.",
    en: "Delete the repeated row, or merge its values into one row.",
  },
  "validation.suggest.unknownRow": {
    vi: "Dòng này có thể được chép từ kế hoạch khác; xóa mã dòng nếu đây là dòng thêm mới.",
    en: "The row may come from another plan; clear the row id if it is a new row.",
  },
  "validation.suggest.percent": {
    vi: "Nhập tỷ lệ từ 0 đến 100, ví dụ 75.",
    en: "Enter a percentage from 0 to 100, e.g. 75.",
  },
  "validation.suggest.addCompletionDate": {
    vi: "Nhập ngày hoàn thành dạng ngày/tháng/năm, ví dụ 15/11/2025.",
    en: "Enter the completion date as day/month/year, e.g. 15/11/2025.",
  },
  "validation.suggest.checkDate": {
    vi: "Kiểm tra lại ngày hoàn thành; nếu nhiệm vụ chưa xong, chọn «Đang triển khai».",
    en: "Check the completion date; if the task is not finished, choose “In progress”.",
  },
  "validation.suggest.markDone": {
    vi: "Nếu nhiệm vụ đã xong, chọn «Hoàn thành» và nhập ngày hoàn thành.",
    en: "If the task is finished, choose “Done” and enter the completion date.",
  },
  "validation.suggest.checkPercent": {
    vi: "Sửa tỷ lệ thành 100, hoặc chọn «Đang triển khai» nếu nhiệm vụ chưa xong.",
    en: "Set the percent to 100, or choose “In progress” if the task is not finished.",
  },
  "validation.suggest.addEvidence": {
    vi: "Ghi số, ký hiệu văn bản hoặc đường dẫn minh chứng, ví dụ «Kế hoạch 123/KH-UBND».",
    en: "Give the document number or a link as evidence, e.g. “Kế hoạch 123/KH-UBND”.",
  },
  "validation.suggest.timeframe": {
    vi: "Viết thời gian dạng «Năm 2025», «2024-2030», «Hằng năm», «Thường xuyên» hoặc «Trong tháng 10 năm 2024».",
    en: "Write the timeframe as “Năm 2025”, “2024-2030”, “Hằng năm”, “Thường xuyên” or “Trong tháng 10 năm 2024”.",
  },
  "validation.suggest.restoreTimeframe": {
    vi: "Nếu thời gian chưa được điều chỉnh chính thức, hãy khôi phục «{planned}».",
    en: "Unless the timeframe was formally changed, restore “{planned}”.",
  },
} as const satisfies Record<string, CatalogueEntry>;
