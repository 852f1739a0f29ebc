import type { CatalogueEntry } from "./entry";

/** Splitting a tracking workbook into per-agency packages and merging them back. Keys are prefixed "share." */
export const shareMessages = {
  // Inside a package.
  "share.stamp.title": {
    vi: "Dấu của gói số liệu (kế hoạch, đơn vị, năm, các dòng), có chữ ký của bản tổng hợp. Không sửa trang này: nếu bị sửa, gói sẽ bị từ chối khi gửi lại.",
    en: "Package stamp (plan, agency, year, rows), signed by the master. Do not edit this sheet: a package whose stamp was changed is refused when it comes back.",
  },
  "share.protect.stamp": { vi: "Dấu gói số liệu: không sửa", en: "Package stamp: do not edit" },
  "share.protect.readOnly": {
    vi: "Chỉ để xem (đơn vị không chủ trì các dòng này): dòng {rows}, cột {columns}",
    en: "Read only (rows the agency does not lead): rows {rows}, columns {columns}",
  },
  "share.package.note": {
    vi: "Gói số liệu của {agency}: Kế hoạch số {number} ({province}), năm báo cáo {year}. Chỉ nhập vào các ô nền trắng của các dòng đơn vị chủ trì; dòng tô xám chỉ để xem. Không sửa mục tiêu, tên, đơn vị tính, cơ quan thực hiện. Gửi lại nguyên tệp này cho {coordinator}.",
    en: "Data package of {agency}: Plan No. {number} ({province}), reporting year {year}. Enter values only in the white cells of the rows the agency leads; grey rows are read only. Do not change targets, names, units or agencies. Send this file back to {coordinator} as it is.",
  },

  "share.record.title": {
    vi: "Hồ sơ các gói số liệu đã chia (đơn vị, năm, dòng, giá trị gốc của từng ô, khóa ký). Không sửa, không xóa trang này: thiếu nó, các gói đơn vị gửi lại sẽ bị từ chối.",
    en: "Record of the data packages sent (agency, year, rows, the original value of each cell, signing key). Do not edit or delete this sheet: without it, returned packages are refused.",
  },
  "share.protect.record": { vi: "Hồ sơ chia gói: không sửa", en: "Package record: do not edit" },
  "share.protect.conflicts": {
    vi: "Chỉ Tiêu: danh sách xung đột (xử lý bằng nút trong tiện ích hoặc lệnh «chitieu resolve»)",
    en: 'Chỉ Tiêu: conflicts (resolve them with the add-in\'s buttons or "chitieu resolve")',
  },
  "share.split.none": {
    vi: "Bản tổng hợp không có dòng nào giao cho một đơn vị chủ trì: không có gói nào để tạo. Hãy điền cột Chủ trì rồi thử lại.",
    en: "No row of the master is assigned to a lead agency: there is no package to make. Fill the Lead column and try again.",
  },

  // The master itself.
  "share.master.refused": {
    vi: "Không dùng bản tổng hợp này để chia hoặc gộp: trang ẩn «_chitieu» mâu thuẫn với các trang tính ({detail}). Có thể trang này đã bị sửa tay. Hãy lấy lại bản sao lưu gần nhất của tệp, hoặc nhận diện lại bảng; không có gì được ghi.",
    en: 'This master cannot be used to split or merge: its hidden "_chitieu" sheet contradicts its sheets ({detail}). It may have been edited by hand. Restore the latest backup of the file, or recognise the table again; nothing was written.',
  },
  "share.master.rowOutside": {
    vi: "theo trang «_chitieu», dữ liệu trang {sheet} bắt đầu ở dòng {first}, nhưng dòng {row} của kế hoạch nằm ở dòng {line}",
    en: 'by "_chitieu", the data of sheet {sheet} starts at line {first}, but plan row {row} is at line {line}',
  },
  "share.master.noRows": {
    vi: "trang «_chitieu» ghi {count} dòng kế hoạch trên trang {sheet} từ dòng {first}, nhưng không tìm thấy dòng nào ở đó",
    en: '"_chitieu" lists {count} plan rows on sheet {sheet} from line {first}, but none of them is there',
  },
  "share.record.damaged": {
    vi: "Trang ẩn «_chitieu_chia» (hồ sơ các gói đã chia) bị hỏng ({detail}), nên không kiểm tra được gói nào. Hãy lấy lại bản sao lưu gần nhất của bản tổng hợp; nếu không có, tạo gói mới bằng «chitieu split» và đề nghị các đơn vị nhập lại.",
    en: 'The hidden "_chitieu_chia" sheet (the record of packages sent) is damaged ({detail}), so no package can be checked. Restore the latest backup of the master; failing that, make new packages with "chitieu split" and ask the agencies to fill them in again.',
  },
  "share.record.otherPlan": {
    vi: "Hồ sơ các gói đã chia trong bản tổng hợp thuộc kế hoạch «{planId}», không phải «{masterPlanId}». Có thể trang «_chitieu_chia» được chép từ tệp khác; hãy lấy lại bản sao lưu đúng.",
    en: 'The master\'s record of packages sent belongs to plan "{planId}", not "{masterPlanId}". The "_chitieu_chia" sheet may have been copied from another file; restore the right backup.',
  },

  // Reading a package.
  "share.stamp.missing": {
    vi: "Tệp không có trang «_chitieu_goi»: đây không phải gói số liệu tạo bằng «chitieu split».",
    en: 'The file has no "_chitieu_goi" sheet: it is not a data package made with "chitieu split".',
  },
  "share.stamp.invalid": {
    vi: "Dấu gói số liệu bị hỏng ({detail}).",
    en: "The package stamp is damaged ({detail}).",
  },
  "share.stamp.unsigned": {
    vi: "Gói được tạo bằng phiên bản cũ (dấu chưa ký).",
    en: "The package was made by an earlier version (unsigned stamp).",
  },

  // Why a package is rejected (nothing of it is merged).
  "share.reject.unreadable": {
    vi: "Không đọc được gói {source}: {detail} Gói này không được gộp, bản tổng hợp không thay đổi. Hãy đề nghị đơn vị gửi lại tệp.",
    en: "Package {source} could not be read: {detail} Nothing of it was merged and the master is unchanged. Ask the agency to send the file again.",
  },
  "share.reject.notPackage": {
    vi: "Tệp {source} không phải gói số liệu của một đơn vị ({detail}) Không gộp gì từ tệp này. Hãy dùng tệp do «chitieu split» tạo ra và đơn vị gửi lại.",
    en: 'File {source} is not an agency data package ({detail}) Nothing was merged from it. Use the file made by "chitieu split" that the agency sent back.',
  },
  "share.reject.stampDamaged": {
    vi: "Gói {source} đã bị sửa: trang ẩn «_chitieu_goi» không còn đọc được ({detail}). Không gộp gì từ gói này; hãy đề nghị đơn vị nhập số liệu vào gói gốc, không sửa các trang ẩn, rồi gửi lại.",
    en: 'Package {source} was altered: its hidden "_chitieu_goi" sheet can no longer be read ({detail}). Nothing was merged from it; ask the agency to enter its values in the original package, without touching the hidden sheets, and send it again.',
  },
  "share.reject.unsigned": {
    vi: "Gói {source} được tạo bằng phiên bản cũ của Chỉ Tiêu, dấu của nó không được ký nên không kiểm tra được. Không gộp; hãy tạo gói mới bằng «chitieu split» và đề nghị đơn vị chép số liệu sang.",
    en: 'Package {source} was made by an earlier version of Chỉ Tiêu; its stamp is unsigned and cannot be checked. Not merged; make a new package with "chitieu split" and ask the agency to copy its values over.',
  },
  "share.reject.noRecord": {
    vi: "Bản tổng hợp này chưa từng chia gói (không có trang ẩn «_chitieu_chia»), nên không nhận gói {source}. Hãy gộp vào đúng bản tổng hợp đã dùng để chia gói.",
    en: 'This master has never sent packages (it has no hidden "_chitieu_chia" sheet), so package {source} is not accepted. Merge into the master the packages were split from.',
  },
  "share.reject.otherPlan": {
    vi: "Gói {source} thuộc kế hoạch «{planId}», không phải kế hoạch «{masterPlanId}» của bản tổng hợp. Không gộp; hãy kiểm tra lại tệp.",
    en: 'Package {source} belongs to plan "{planId}", not to the master\'s plan "{masterPlanId}". Not merged; check the file.',
  },
  "share.reject.unknownPackage": {
    vi: "Bản tổng hợp không có hồ sơ gói mã {packageId} nên không nhận gói {source}: gói này không được chia từ bản tổng hợp này, hoặc dấu của nó đã bị sửa. Hãy gộp vào đúng bản tổng hợp, hoặc gửi đơn vị gói mới.",
    en: "The master has no record of package {packageId}, so {source} is not accepted: it was not split from this master, or its stamp was altered. Merge into the right master, or send the agency a new package.",
  },
  "share.reject.recordAltered": {
    vi: "Hồ sơ của gói {source} ({agency}) trong bản tổng hợp đã bị sửa tay (khóa ký không khớp), nên không dùng được để kiểm tra gói. Không gộp; hãy lấy lại bản sao lưu của bản tổng hợp hoặc gửi đơn vị gói mới.",
    en: "The master's record of package {source} ({agency}) was edited by hand (its seal does not match), so it cannot be used to check the package. Not merged; restore a backup of the master or send the agency a new package.",
  },
  "share.reject.altered": {
    vi: "Gói {source} ({agency}) đã bị sửa sau khi gửi: dấu của gói (trang ẩn «_chitieu_goi») khác với dấu bản tổng hợp đã ký (phần bị đổi: {fields}). Không gộp gì từ gói này và đã ghi vào Nhật ký. Hãy đề nghị đơn vị nhập số liệu vào gói gốc, không sửa các trang ẩn, rồi gửi lại.",
    en: 'Package {source} ({agency}) was altered after it was sent: its stamp (hidden sheet "_chitieu_goi") differs from the one the master signed (changed: {fields}). Nothing of it was merged, and this is logged. Ask the agency to enter its values in the original package, without touching the hidden sheets, and send it again.',
  },
  "share.reject.metaDamaged": {
    vi: "Gói {source} ({agency}) đã bị sửa: trang ẩn «_chitieu» của gói không đọc được ({detail}). Không gộp; hãy đề nghị đơn vị gửi lại gói gốc.",
    en: 'Package {source} ({agency}) was altered: its hidden "_chitieu" sheet cannot be read ({detail}). Not merged; ask the agency to send the original package again.',
  },
  "share.reject.layoutAltered": {
    vi: "Gói {source} ({agency}) đã bị sửa: bố cục trong trang ẩn «_chitieu» của gói khác với bố cục bản tổng hợp đã gửi ({changes}). Không gộp gì từ gói này; cột nào được nhập do bản tổng hợp quyết định. Hãy đề nghị đơn vị nhập số liệu vào gói gốc rồi gửi lại.",
    en: 'Package {source} ({agency}) was altered: the layout in its hidden "_chitieu" sheet differs from the one the master sent ({changes}). Nothing of it was merged; which columns may be filled is the master\'s decision. Ask the agency to enter its values in the original package and send it again.',
  },
  "share.layout.field": { vi: "{sheet}: {field} «{old}» thành «{new}»", en: '{sheet}: {field} "{old}" became "{new}"' },
  "share.layout.unlocked": {
    vi: "trang {sheet}: cột «{column}» (cột kế hoạch, khóa) bị đánh dấu là cột được nhập",
    en: 'sheet {sheet}: column "{column}" (a locked plan column) was marked as one to fill in',
  },
  "share.layout.locked": {
    vi: "trang {sheet}: cột «{column}» bị đánh dấu là cột khóa",
    en: 'sheet {sheet}: column "{column}" was marked as locked',
  },
  "share.layout.moved": {
    vi: "trang {sheet}: cột «{column}» chuyển từ cột thứ {old} sang cột thứ {new}",
    en: 'sheet {sheet}: column "{column}" moved from column {old} to column {new}',
  },
  "share.layout.missing": { vi: "trang {sheet}: thiếu cột «{column}»", en: 'sheet {sheet}: column "{column}" is missing' },
  "share.layout.added": { vi: "trang {sheet}: thêm cột «{column}»", en: 'sheet {sheet}: column "{column}" was added' },
  "share.reject.olderTemplate": {
    vi: "Gói {source} được tạo từ mẫu phiên bản {version}, cũ hơn mẫu {masterVersion} của bản tổng hợp. Không gộp; hãy tạo gói mới bằng «chitieu split» và đề nghị đơn vị nhập lại.",
    en: 'Package {source} was made from template version {version}, older than the master\'s {masterVersion}. Not merged; make a new package with "chitieu split" and ask the agency to fill it in again.',
  },
  "share.reject.newerTemplate": {
    vi: "Gói {source} được tạo từ mẫu phiên bản {version}, mới hơn mẫu {masterVersion} của bản tổng hợp. Không gộp; hãy cập nhật bản tổng hợp lên mẫu mới trước.",
    en: "Package {source} was made from template version {version}, newer than the master's {masterVersion}. Not merged; update the master to the new template first.",
  },
  "share.reject.agencyGone": {
    vi: "Gói {source} là của {agency}, nhưng theo bản tổng hợp hiện nay đơn vị này không còn chủ trì dòng nào. Không gộp; hãy kiểm tra lại phân công trong bản tổng hợp.",
    en: "Package {source} belongs to {agency}, which by the master as it is now leads no row any more. Not merged; check the assignments in the master.",
  },
  "share.reject.rows": {
    vi: "Gói {source} ({agency}) bị từ chối vì các dòng trong gói không còn như khi gửi: {changes}. Không gộp giá trị nào từ gói này. Hãy đề nghị đơn vị nhập số liệu vào gói gốc (không thêm, xóa hay sắp xếp lại dòng) rồi gửi lại.",
    en: "Package {source} ({agency}) was rejected because its rows are not the ones sent: {changes}. No value of it was merged. Ask the agency to enter its values in the original package (without adding, deleting or re-ordering rows) and send it again.",
  },
  "share.reject.structure": {
    vi: "Gói {source} ({agency}) bị từ chối vì phần kế hoạch trong gói đã bị sửa: {changes}. Mã, tên, đơn vị tính, mục tiêu và cơ quan thực hiện do đơn vị tổng hợp quản lý; không gộp giá trị nào từ gói này. Hãy đề nghị đơn vị nhập số liệu vào gói gốc (không sửa các cột khóa) rồi gửi lại.",
    en: "Package {source} ({agency}) was rejected because its plan columns were changed: {changes}. Codes, names, units, targets and agencies are managed by the coordinating department; no value of this package was merged. Ask the agency to enter its values in the original package (without changing the locked columns) and send it again.",
  },
  "share.reject.masterChanged": {
    vi: "Gói {source} ({agency}) được tạo trước khi bản tổng hợp đổi phần kế hoạch: {changes}. Không gộp để tránh ghi số liệu vào dòng đã đổi; hãy tạo gói mới bằng «chitieu split» và chép số liệu sang.",
    en: 'Package {source} ({agency}) was made before the master\'s plan columns changed: {changes}. Not merged, so no value lands on a changed row; make a new package with "chitieu split" and copy the values over.',
  },
  "share.change.cell": {
    vi: "Dòng {row}, cột {column}: «{old}» đổi thành «{new}»",
    en: 'Row {row}, column {column}: "{old}" changed to "{new}"',
  },
  "share.change.row": { vi: "Dòng {row} ({sheet}): phần kế hoạch đã khác khi chia gói", en: "Row {row} ({sheet}): its plan columns are not those of the split" },
  "share.change.missing": { vi: "Dòng {row} ({sheet}) đã bị xóa khỏi gói", en: "Row {row} ({sheet}) was deleted from the package" },
  "share.change.gone": { vi: "Dòng {row} ({sheet}) không còn trong bản tổng hợp", en: "Row {row} ({sheet}) is no longer in the master" },
  "share.change.added": {
    vi: "Dòng {row} ({sheet}) không có trong gói gốc",
    en: "Row {row} ({sheet}) was not in the original package",
  },
  "share.change.otherAgency": {
    vi: "Dòng {row} ({sheet}) do {agency} chủ trì, không có trong gói gốc",
    en: "Row {row} ({sheet}) is led by {agency} and was not in the original package",
  },
  "share.change.twice": { vi: "Dòng {row} ({sheet}) xuất hiện hai lần", en: "Row {row} ({sheet}) appears twice" },
  "share.change.moved": {
    vi: "Các dòng của trang {sheet} đã bị sắp xếp lại (dòng {row} đứng ở chỗ của dòng {before})",
    en: "The rows of sheet {sheet} were re-ordered (row {row} stands where row {before} was)",
  },
  "share.change.noId": {
    vi: "Dòng {line} của trang {sheet} có dữ liệu nhưng không thuộc dòng nào của kế hoạch (dòng thêm vào?)",
    en: "Line {line} of sheet {sheet} holds data but belongs to no plan row (an added row?)",
  },
  "share.change.more": { vi: "và {count} chỗ khác", en: "and {count} more" },
  "share.change.empty": { vi: "(trống)", en: "(empty)" },

  // Conflicts: the master value is kept until someone resolves them.
  "share.conflict.master": {
    vi: "Xung đột #{id} — dòng {row}, cột {column}: khi chia gói ô này là «{base}»; sau đó bản tổng hợp đổi thành «{master}», {agency} gửi «{value}» ({source}). Giữ «{master}» và đánh dấu ô; hãy xử lý ở trang «Xung đột».",
    en: 'Conflict #{id} — row {row}, column {column}: when the package was made the cell held "{base}"; since then the master changed it to "{master}" and {agency} sent "{value}" ({source}). "{master}" is kept and the cell marked; resolve it on the "Xung đột" sheet.',
  },
  "share.conflict.packages": {
    vi: "Xung đột #{id} — dòng {row}, cột {column}: {agency} gửi «{value}» ({source}), khác với {others}. Bản tổng hợp giữ «{master}» và đánh dấu ô; hãy thống nhất với các đơn vị rồi xử lý ở trang «Xung đột».",
    en: 'Conflict #{id} — row {row}, column {column}: {agency} sent "{value}" ({source}), unlike {others}. The master keeps "{master}" and the cell is marked; agree with the agencies, then resolve it on the "Xung đột" sheet.',
  },
  "share.mark.line": {
    vi: "⚠ Xung đột #{id}: {agency} gửi «{value}» (khi chia gói: «{base}»; gói lập {createdAt}). Bản tổng hợp giữ «{master}» đến khi xử lý ở trang «Xung đột».",
    en: '⚠ Conflict #{id}: {agency} sent "{value}" (when the package was made: "{base}"; package of {createdAt}). The master keeps "{master}" until it is resolved on the "Xung đột" sheet.',
  },
  "share.conflictSheet.id": { vi: "Số", en: "No." },
  "share.conflictSheet.time": { vi: "Thời gian", en: "Time" },
  "share.conflictSheet.agency": { vi: "Đơn vị gửi", en: "Agency" },
  "share.conflictSheet.sheet": { vi: "Trang tính", en: "Sheet" },
  "share.conflictSheet.row": { vi: "Dòng", en: "Row" },
  "share.conflictSheet.column": { vi: "Cột", en: "Column" },
  "share.conflictSheet.cell": { vi: "Ô", en: "Cell" },
  "share.conflictSheet.base": { vi: "Giá trị khi chia gói", en: "Value when sent" },
  "share.conflictSheet.master": { vi: "Giá trị bản tổng hợp", en: "Master's value" },
  "share.conflictSheet.package": { vi: "Giá trị đơn vị gửi", en: "Agency's value" },
  "share.conflictSheet.source": { vi: "Tệp gói", en: "Package file" },
  "share.conflictSheet.status": { vi: "Trạng thái", en: "Status" },
  "share.conflictSheet.by": { vi: "Người xử lý", en: "Resolved by" },
  "share.conflictSheet.reason": { vi: "Lý do", en: "Reason" },
  "share.conflictSheet.resolvedAt": { vi: "Thời gian xử lý", en: "Resolved at" },
  "share.conflictSheet.data": { vi: "Dữ liệu (không sửa)", en: "Data (do not edit)" },
  "share.conflictStatus.open": { vi: "Chưa xử lý", en: "Open" },
  "share.conflictStatus.package": { vi: "Đã lấy giá trị đơn vị", en: "Agency's value taken" },
  "share.conflictStatus.master": { vi: "Đã giữ giá trị bản tổng hợp", en: "Master's value kept" },
  "share.conflictStatus.superseded": { vi: "Đã đóng (đã lấy giá trị khác)", en: "Closed (another value taken)" },

  // Values held back and returned to the agency.
  "share.held.invalid": {
    vi: "Dòng {row}, cột {column}: giá trị «{value}» không hợp lệ nên chưa được ghi vào bản tổng hợp. {reason} Hãy sửa ô này trong gói rồi gửi lại.",
    en: 'Row {row}, column {column}: "{value}" is not valid, so it was not written into the master. {reason} Correct this cell in the package and send it again.',
  },
  "share.held.readOnly": {
    vi: "Dòng {row}, cột {column}: «{value}» được nhập vào dòng {agency} không chủ trì (theo phân công của bản tổng hợp) nên không được ghi. Nếu số liệu đúng, hãy gửi cho đơn vị chủ trì dòng này.",
    en: 'Row {row}, column {column}: "{value}" was entered on a row {agency} does not lead (by the master\'s assignment), so it was not written. If the value is right, send it to the row\'s lead agency.',
  },
  "share.held.noColumn": {
    vi: "Dòng {row}, cột {column}: bản tổng hợp không nhận cột này từ gói nên «{value}» không được ghi. Đơn vị tổng hợp sẽ chép tay nếu cần.",
    en: 'Row {row}, column {column}: the master does not take this column from packages, so "{value}" was not written. The coordinating department will copy it by hand if needed.',
  },
  "share.held.uncomputed": {
    vi: "Dòng {row}, cột {column}: ô chứa công thức «{value}» nhưng không có kết quả đã tính (tệp được lưu bằng chương trình không tính công thức). Không ghi gì; hãy nhập số liệu trực tiếp (không dùng công thức) rồi gửi lại.",
    en: 'Row {row}, column {column}: the cell holds the formula "{value}" with no computed result (the file was saved by a program that does not calculate). Nothing was written; type the value itself (no formula) and send it again.',
  },
  "share.held.errorValue": {
    vi: "Dòng {row}, cột {column}: ô chứa lỗi bảng tính «{value}» nên không được ghi. Hãy sửa công thức hoặc nhập số liệu trực tiếp rồi gửi lại.",
    en: 'Row {row}, column {column}: the cell holds the spreadsheet error "{value}", so it was not written. Fix the formula or type the value and send it again.',
  },
  "share.return.mark": { vi: "⚠ Cần sửa:", en: "⚠ To correct:" },
  "share.return.title": {
    vi: "Trả lại {agency}: {count} ô chưa được ghi vào bản tổng hợp. Các ô này được tô đỏ trong gói; hãy sửa đúng các ô đó (không sửa trang ẩn) rồi gửi lại chính tệp này.",
    en: "Returned to {agency}: {count} cells were not written into the master. They are filled red in the package; correct those cells (not the hidden sheets) and send this same file back.",
  },
  "share.return.col.sheet": { vi: "Trang tính", en: "Sheet" },
  "share.return.col.row": { vi: "Dòng", en: "Row" },
  "share.return.col.column": { vi: "Cột", en: "Column" },
  "share.return.col.cell": { vi: "Ô", en: "Cell" },
  "share.return.col.value": { vi: "Giá trị đã gửi", en: "Value sent" },
  "share.return.col.reason": { vi: "Lý do và việc cần làm", en: "Why, and what to do" },

  // Errors still in the master, before and after a job.
  "share.errors.none": { vi: "không còn lỗi", en: "no errors" },
  "share.errors.count": { vi: "{count} lỗi: {places}", en: "{count} errors: {places}" },

  // The log ("Nhật ký").
  "share.log.conflict": { vi: "⚠ Xung đột #{id}, giữ giá trị cũ", en: "⚠ Conflict #{id}, old value kept" },
  "share.log.held": { vi: "⛔ Giữ lại, trả đơn vị: {reason}", en: "⛔ Held back, returned to the agency: {reason}" },
  "share.log.rejected": { vi: "⛔ Gói bị từ chối", en: "⛔ Package refused" },
  "share.log.received": {
    vi: "Đã nhận gói: {written} giá trị mới, {conflicts} xung đột, {held} giá trị trả lại",
    en: "Package received: {written} new values, {conflicts} conflicts, {held} values returned",
  },
  "share.log.unchanged": { vi: "Đã nhận gói, không có thay đổi (gửi lại nguyên trạng)", en: "Package received without changes (returned as sent)" },
  "share.log.resolvedPackage": {
    vi: "✔ Xử lý xung đột #{id}: lấy giá trị của {agency}; đóng {closed}; lý do: {reason}",
    en: "✔ Conflict #{id} resolved: {agency}'s value taken; closed {closed}; reason: {reason}",
  },
  "share.log.resolvedMaster": {
    vi: "✔ Xử lý xung đột #{id}: giữ giá trị bản tổng hợp, không lấy giá trị của {agency}; lý do: {reason}",
    en: "✔ Conflict #{id} resolved: the master's value kept, {agency}'s not taken; reason: {reason}",
  },

  // Resolving a conflict.
  "share.resolve.noSheet": { vi: "Bản tổng hợp không có trang «Xung đột»: chưa có xung đột nào để xử lý.", en: 'The master has no "Xung đột" sheet: there is no conflict to resolve.' },
  "share.resolve.unknown": {
    vi: "Không có xung đột số {id}. Các xung đột chưa xử lý: {open}.",
    en: "There is no conflict number {id}. Open conflicts: {open}.",
  },
  "share.resolve.closed": { vi: "Xung đột #{id} đã được xử lý ({by}); không làm gì thêm.", en: "Conflict #{id} was already resolved ({by}); nothing done." },
  "share.resolve.needWho": {
    vi: "Cần ghi người xử lý và lý do: cả hai được lưu vào Nhật ký.",
    en: "Say who resolves it and why: both go into the log.",
  },
  "share.resolve.gone": {
    vi: "Không xử lý được xung đột #{id}: dòng {row} hoặc cột của nó không còn trong bản tổng hợp. Hãy sửa tay và ghi chú.",
    en: "Conflict #{id} cannot be resolved: row {row} or its column is no longer in the master. Correct it by hand and note why.",
  },
  "share.resolve.changed": {
    vi: "Không xử lý xung đột #{id}: ô giờ chứa «{now}», không còn là «{then}» như khi ghi nhận xung đột. Hãy xem lại ô rồi sửa tay nếu cần.",
    en: 'Conflict #{id} not resolved: the cell now holds "{now}", no longer "{then}" as when the conflict was listed. Look at the cell and correct it by hand if needed.',
  },
  "share.resolve.invalid": {
    vi: "Không lấy giá trị «{value}» của xung đột #{id}: giá trị không hợp lệ. {reason} Hãy đề nghị đơn vị sửa, hoặc giữ giá trị bản tổng hợp.",
    en: 'The value "{value}" of conflict #{id} was not taken: it is not valid. {reason} Ask the agency to correct it, or keep the master\'s value.',
  },
  "share.resolve.tookPackage": {
    vi: "Xung đột #{id}: đã ghi «{value}» của {agency} vào {cell} (dòng {row}, cột {column}); {closed} xung đột khác của ô này được đóng. Đã ghi Nhật ký.",
    en: 'Conflict #{id}: {agency}\'s "{value}" written into {cell} (row {row}, column {column}); {closed} other conflicts of that cell closed. Logged.',
  },
  "share.resolve.keptMaster": {
    vi: "Xung đột #{id}: giữ «{value}» của bản tổng hợp ở {cell} (dòng {row}, cột {column}), không lấy giá trị của {agency}. Đã ghi Nhật ký.",
    en: 'Conflict #{id}: the master\'s "{value}" kept in {cell} (row {row}, column {column}), {agency}\'s not taken. Logged.',
  },

  // Command line.
  "share.cli.splitting": { vi: "Đang tách gói cho từng đơn vị…", en: "Making one package per agency…" },
  "share.cli.recording": { vi: "Đang ghi hồ sơ gói vào {file}…", en: "Recording the packages in {file}…" },
  "share.cli.recorded": {
    vi: "Đã ghi hồ sơ {count} gói vào {file} (trang ẩn «_chitieu_chia»). Hãy gộp các gói gửi lại vào chính tệp này: tệp khác không có hồ sơ sẽ từ chối chúng.",
    en: 'Recorded {count} packages in {file} (hidden sheet "_chitieu_chia"). Merge the returned packages into this file: another file has no record of them and refuses them.',
  },
  "share.cli.newSecret": {
    vi: "Lần chia gói đầu tiên: bản tổng hợp vừa có khóa ký riêng. Không gửi bản tổng hợp cho các đơn vị; chỉ gửi gói của từng đơn vị.",
    en: "First split: the master now has its own signing key. Never send the master to the agencies; send each its own package only.",
  },
  "share.cli.splitDone": {
    vi: "Đã tạo {count} gói trong thư mục {dir}. Gửi mỗi đơn vị tệp của mình; khi nhận lại, gộp bằng «chitieu merge».",
    en: 'Made {count} packages in {dir}. Send each agency its file; merge what comes back with "chitieu merge".',
  },
  "share.cli.splitHeader": { vi: "Đơn vị|Tệp|Dòng chủ trì|Dòng chỉ xem", en: "Agency|File|Rows led|Read-only rows" },
  "share.cli.errors": {
    vi: "Lỗi số liệu trong bản tổng hợp — trước: {before}. Sau: {after}.",
    en: "Data errors in the master — before: {before}. After: {after}.",
  },
  "share.cli.errorsSame": {
    vi: "Lỗi số liệu trong bản tổng hợp (trước và sau, không đổi): {errors}.",
    en: "Data errors in the master (before and after, unchanged): {errors}.",
  },
  "share.cli.reading": { vi: "Đang đọc các gói", en: "Reading packages" },
  "share.cli.merging": { vi: "Đang kiểm tra và gộp {count} gói…", en: "Checking and merging {count} packages…" },
  "share.cli.mergeDone": {
    vi: "Đã gộp {written} giá trị từ {accepted} gói vào {file}; {conflicts} xung đột, {held} giá trị trả lại, {rejected} gói bị từ chối.",
    en: "Merged {written} values from {accepted} packages into {file}; {conflicts} conflicts, {held} values returned, {rejected} packages rejected.",
  },
  "share.cli.noOutput": {
    vi: "Không ghi tệp kết quả: không nhận được gói nào, bản tổng hợp giữ nguyên. Lý do từ chối từng gói ở trên.",
    en: "No output written: no package was accepted and the master stays as it was. Why each package was refused is above.",
  },
  "share.cli.packagesHeader": {
    vi: "Gói|Đơn vị|Giá trị mới|Xung đột|Trả lại|Lỗi/cảnh báo|Ghi chú",
    en: "Package|Agency|New values|Conflicts|Returned|Errors/warnings|Note",
  },
  "share.cli.alreadyMerged": { vi: "đã gộp trước đây, không có gì mới", en: "merged before, nothing new" },
  "share.cli.unchanged": { vi: "gửi lại không thay đổi", en: "returned without changes" },
  "share.cli.duplicate": { vi: "trùng gói {other}, bỏ qua", en: "same package as {other}, skipped" },
  "share.cli.conflictsTitle": {
    vi: "Xung đột (giữ giá trị của bản tổng hợp, ô được đánh dấu; xử lý bằng «chitieu resolve»):",
    en: 'Conflicts (the master\'s value is kept and the cell marked; resolve them with "chitieu resolve"):',
  },
  "share.cli.heldTitle": { vi: "Giá trị chưa ghi, trả lại đơn vị ({count}):", en: "Values not written, returned to the agency ({count}):" },
  "share.cli.returnsWritten": {
    vi: "Đã tạo {count} tệp trả lại trong {dir}: gửi mỗi đơn vị tệp của mình để sửa các ô tô đỏ rồi gửi lại.",
    en: "Made {count} return files in {dir}: send each agency its file to correct the red cells and send it back.",
  },
  "share.cli.rejectedTitle": { vi: "Gói bị từ chối:", en: "Rejected packages:" },
  "share.cli.unchangedTitle": { vi: "Gửi lại không thay đổi ({count}): {agencies}", en: "Returned without changes ({count}): {agencies}" },
  "share.cli.missingTitle": { vi: "Đơn vị chưa gửi gói ({count}): {agencies}", en: "Agencies that have not returned ({count}): {agencies}" },
  "share.cli.noneMissing": { vi: "Tất cả đơn vị chủ trì đã gửi gói.", en: "Every lead agency has returned its package." },
  "share.cli.noConflicts": { vi: "Không có xung đột nào chưa xử lý.", en: "There is no open conflict." },
  "share.cli.conflictsHeader": {
    vi: "Số|Dòng|Cột|Khi chia gói|Bản tổng hợp|Đơn vị gửi|Đơn vị",
    en: "No.|Row|Column|When sent|Master|Agency's value|Agency",
  },
} satisfies Record<string, CatalogueEntry>;
