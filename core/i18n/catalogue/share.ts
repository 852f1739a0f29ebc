import type { CatalogueEntry } from "./entry";

/** Splitting a tracking workbook into per-agency packages and merging them back. Keys are prefixed "share." */
export const shareMessages = {
  // Inside a package.
  "share.stamp.title": {
    vi: "Dấu của gói số liệu (kế hoạch, đơn vị, năm, dấu vân tay từng dòng). Không sửa trang này: bản tổng hợp dùng nó để nhận lại gói.",
    en: "Package stamp (plan, agency, year, per-row fingerprints). Do not edit this sheet: the master uses it to take the package back.",
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

  // Reading a package.
  "share.stamp.missing": {
    vi: "Tệp không có trang «_chitieu_goi»: đây không phải gói số liệu tạo bằng «chitieu split».",
    en: 'The file has no "_chitieu_goi" sheet: it is not a data package made with "chitieu split".',
  },
  "share.stamp.invalid": {
    vi: "Dấu gói số liệu bị hỏng ({detail}).",
    en: "The package stamp is damaged ({detail}).",
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
  "share.reject.otherPlan": {
    vi: "Gói {source} thuộc kế hoạch «{planId}», không phải kế hoạch «{masterPlanId}» của bản tổng hợp. Không gộp; hãy kiểm tra lại tệp.",
    en: 'Package {source} belongs to plan "{planId}", not to the master\'s plan "{masterPlanId}". Not merged; check the file.',
  },
  "share.reject.olderTemplate": {
    vi: "Gói {source} được tạo từ mẫu phiên bản {version}, cũ hơn mẫu {masterVersion} của bản tổng hợp. Không gộp; hãy tạo gói mới bằng «chitieu split» và đề nghị đơn vị nhập lại.",
    en: 'Package {source} was made from template version {version}, older than the master\'s {masterVersion}. Not merged; make a new package with "chitieu split" and ask the agency to fill it in again.',
  },
  "share.reject.newerTemplate": {
    vi: "Gói {source} được tạo từ mẫu phiên bản {version}, mới hơn mẫu {masterVersion} của bản tổng hợp. Không gộp; hãy cập nhật bản tổng hợp lên mẫu mới trước.",
    en: "Package {source} was made from template version {version}, newer than the master's {masterVersion}. Not merged; update the master to the new template first.",
  },
  "share.reject.unknownAgency": {
    vi: "Gói {source} là của đơn vị «{agency}», nhưng đơn vị này không chủ trì dòng nào trong bản tổng hợp. Không gộp; hãy kiểm tra lại phân công.",
    en: 'Package {source} belongs to "{agency}", which leads no row of the master. Not merged; check the assignments.',
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
  "share.change.missing": { vi: "Dòng {row} ({sheet}) đã bị xóa khỏi gói", en: "Row {row} ({sheet}) was deleted from the package" },
  "share.change.gone": { vi: "Dòng {row} ({sheet}) không còn trong bản tổng hợp", en: "Row {row} ({sheet}) is no longer in the master" },
  "share.change.added": {
    vi: "Dòng {row} ({sheet}) không có trong gói gốc",
    en: "Row {row} ({sheet}) was not in the original package",
  },
  "share.change.noId": {
    vi: "Dòng {line} của trang {sheet} có dữ liệu nhưng không thuộc dòng nào của kế hoạch (dòng thêm vào?)",
    en: "Line {line} of sheet {sheet} holds data but belongs to no plan row (an added row?)",
  },
  "share.change.more": { vi: "và {count} thay đổi khác", en: "and {count} more changes" },
  "share.change.empty": { vi: "(trống)", en: "(empty)" },

  // Conflicts: the master value is kept.
  "share.conflict.master": {
    vi: "Dòng {row}, cột {column}: bản tổng hợp đã có «{master}», {agency} gửi «{value}» ({source}). Giữ «{master}»; hãy hỏi lại đơn vị rồi sửa tay nếu cần.",
    en: 'Row {row}, column {column}: the master already holds "{master}", {agency} sent "{value}" ({source}). "{master}" is kept; check with the agency and correct by hand if needed.',
  },
  "share.conflict.packages": {
    vi: "Dòng {row}, cột {column}: {otherAgency} gửi «{master}» ({otherSource}), {agency} gửi «{value}» ({source}). Giữ «{master}» (gộp trước); hãy thống nhất với hai đơn vị rồi sửa tay nếu cần.",
    en: 'Row {row}, column {column}: {otherAgency} sent "{master}" ({otherSource}), {agency} sent "{value}" ({source}). "{master}" (merged first) is kept; agree with both agencies and correct by hand if needed.',
  },
  "share.conflict.cleared": {
    vi: "Dòng {row}, cột {column}: {agency} đã xóa «{master}» trong gói ({source}). Bản tổng hợp giữ «{master}»; nếu giá trị sai, hãy xóa tay.",
    en: 'Row {row}, column {column}: {agency} cleared "{master}" in its package ({source}). The master keeps "{master}"; clear it by hand if it is wrong.',
  },
  "share.conflict.readOnly": {
    vi: "Dòng {row}, cột {column}: {agency} ghi «{value}» vào dòng chỉ để xem ({source}); đơn vị không chủ trì dòng này nên không gộp, giữ «{master}».",
    en: 'Row {row}, column {column}: {agency} wrote "{value}" on a read-only row ({source}); the agency does not lead this row, so it was not merged and "{master}" is kept.',
  },
  "share.conflict.noColumn": {
    vi: "Dòng {row}, cột {column}: bản tổng hợp không có cột này; giá trị «{value}» của {agency} ({source}) không được gộp. Hãy thêm cột hoặc chép tay.",
    en: 'Row {row}, column {column}: the master has no such column; "{value}" from {agency} ({source}) was not merged. Add the column or copy it by hand.',
  },

  // The log ("Nhật ký").
  "share.log.conflict": { vi: "⚠ Xung đột, giữ giá trị cũ", en: "⚠ Conflict, old value kept" },
  "share.log.received": {
    vi: "Đã nhận gói: {written} giá trị mới, {conflicts} xung đột",
    en: "Package received: {written} new values, {conflicts} conflicts",
  },

  // Command line.
  "share.cli.splitting": { vi: "Đang tách gói cho từng đơn vị…", en: "Making one package per agency…" },
  "share.cli.splitDone": {
    vi: "Đã tạo {count} gói trong thư mục {dir}. Gửi mỗi đơn vị tệp của mình; khi nhận lại, gộp bằng «chitieu merge».",
    en: 'Made {count} packages in {dir}. Send each agency its file; merge what comes back with "chitieu merge".',
  },
  "share.cli.splitHeader": { vi: "Đơn vị|Tệp|Dòng chủ trì|Dòng chỉ xem", en: "Agency|File|Rows led|Read-only rows" },
  "share.cli.reading": { vi: "Đang đọc các gói", en: "Reading packages" },
  "share.cli.merging": { vi: "Đang kiểm tra và gộp {count} gói…", en: "Checking and merging {count} packages…" },
  "share.cli.mergeDone": {
    vi: "Đã gộp {written} giá trị từ {accepted} gói vào {file}; {conflicts} xung đột, {rejected} gói bị từ chối.",
    en: "Merged {written} values from {accepted} packages into {file}; {conflicts} conflicts, {rejected} packages rejected.",
  },
  "share.cli.packagesHeader": {
    vi: "Gói|Đơn vị|Giá trị mới|Xung đột|Lỗi/cảnh báo|Ghi chú",
    en: "Package|Agency|New values|Conflicts|Errors/warnings|Note",
  },
  "share.cli.alreadyMerged": { vi: "đã gộp trước đây, không có gì mới", en: "merged before, nothing new" },
  "share.cli.duplicate": { vi: "trùng gói {other}, bỏ qua", en: "same package as {other}, skipped" },
  "share.cli.conflictsTitle": { vi: "Xung đột (giữ giá trị của bản tổng hợp):", en: "Conflicts (the master's value is kept):" },
  "share.cli.rejectedTitle": { vi: "Gói bị từ chối:", en: "Rejected packages:" },
  "share.cli.missingTitle": { vi: "Đơn vị chưa gửi gói ({count}): {agencies}", en: "Agencies that have not returned ({count}): {agencies}" },
  "share.cli.noneMissing": { vi: "Tất cả đơn vị chủ trì đã gửi gói.", en: "Every lead agency has returned its package." },
} satisfies Record<string, CatalogueEntry>;
