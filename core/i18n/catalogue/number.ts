import type { CatalogueEntry } from "./entry";

/**
 * Messages of the number module. Keys are prefixed "number."
 * Parameters: {text} is the cell text (cleaned), {decimal}/{group} the separators of the sheet's
 * convention ("," and "." for vi-VN), {suggested} a correctly written number.
 */
export const numberMessages = {
  // ---- warnings
  "number.groupSeparatorAsDecimal": {
    vi: "Đã hiểu “{text}” là {suggested}: dấu “{sep}” ở đây không thể là dấu ngăn cách hàng nghìn (nhóm đầu có một đến ba chữ số, mỗi nhóm sau đúng ba chữ số) nên chỉ có thể là dấu thập phân. Theo quy ước của bảng, dấu thập phân là “{decimal}”.",
    en: "“{text}” was read as {suggested}: the “{sep}” here cannot separate thousands (a first group of one to three digits, then groups of exactly three), so it can only be a decimal point. In this sheet's convention the decimal separator is “{decimal}”.",
  },
  "number.englishAfterSign": {
    vi: "Đã hiểu “{text}” theo cách viết số tiếng Anh đi kèm ký hiệu tiền tệ đứng trước (dấu phẩy ngăn cách hàng nghìn): {suggested}. Theo quy ước của bảng, hãy viết {suggested}.",
    en: "“{text}” was read in the English notation that comes with a currency sign before the number (comma between thousands): {suggested}. In this sheet's convention, write {suggested}.",
  },
  // ---- errors
  "number.ambiguous": {
    vi: "“{text}” có hai cách hiểu: {thousands} (nếu “{sep}” ngăn cách hàng nghìn) hoặc {intPart} phẩy {fracPart} (nếu “{sep}” là dấu thập phân). Không thể tự đoán.",
    en: "“{text}” can be read two ways: {thousands} (if “{sep}” separates thousands) or {intPart} point {fracPart} (if “{sep}” is a decimal separator). It cannot be guessed.",
  },
  "number.malformedGrouping": {
    vi: "“{text}” không phải là một số viết đúng: mỗi nhóm hàng nghìn sau dấu “{group}” phải có đúng ba chữ số (ví dụ {example}).",
    en: "“{text}” is not a well-formed number: every thousands group after a “{group}” must have exactly three digits (e.g. {example}).",
  },
  "number.otherConvention": {
    vi: "“{text}” có vẻ được viết theo quy ước khác (dấu “{decimal}” đang dùng để ngăn cách hàng nghìn). Trong bảng này dấu thập phân là “{decimal}”, dấu ngăn cách hàng nghìn là “{group}”.",
    en: "“{text}” seems to follow another convention (“{decimal}” used to separate thousands). In this sheet the decimal separator is “{decimal}” and the thousands separator is “{group}”.",
  },
  "number.malformed": {
    vi: "“{text}” không phải là một số viết đúng.",
    en: "“{text}” is not a well-formed number.",
  },
  "number.scientific": {
    vi: "“{text}” được viết theo dạng lũy thừa (e), không dùng trong bảng này.",
    en: "“{text}” is written in exponent (e) notation, which this sheet does not use.",
  },
  "number.range": {
    vi: "“{text}” là một khoảng giá trị, không phải một số.",
    en: "“{text}” is a range of values, not one number.",
  },
  "number.bound": {
    vi: "“{text}” là một ngưỡng (lớn hơn, nhỏ hơn, tối thiểu, tối đa...), không phải một số.",
    en: "“{text}” is a bound (greater than, less than, at least, at most...), not one number.",
  },
  "number.approx": {
    vi: "“{text}” là một giá trị ước lượng (khoảng, xấp xỉ...), không phải một số chính xác.",
    en: "“{text}” is an approximate value (about, roughly...), not an exact number.",
  },
  "number.fraction": {
    vi: "“{text}” là một phân số hoặc tỉ lệ, không phải một số.",
    en: "“{text}” is a fraction or a ratio, not one number.",
  },
  "number.rank": {
    vi: "“{text}” là một thứ hạng, không phải một số đo.",
    en: "“{text}” is a rank, not a measured number.",
  },
  "number.date": {
    vi: "“{text}” là một ngày tháng, không phải một số.",
    en: "“{text}” is a date, not a number.",
  },
  "number.placeholder": {
    vi: "“{text}” là ký hiệu bỏ trống (chưa có số liệu), không phải một số.",
    en: "“{text}” is a placeholder (no data), not a number.",
  },
  "number.words": {
    vi: "“{text}” không chứa số.",
    en: "“{text}” contains no number.",
  },
  "number.textBefore": {
    vi: "“{text}” có chữ hoặc ký hiệu đứng trước số.",
    en: "“{text}” has words or symbols before the number.",
  },
  "number.several": {
    vi: "“{text}” chứa nhiều số; mỗi ô chỉ ghi một số.",
    en: "“{text}” holds several numbers; a cell takes one number.",
  },
  "number.boolean": {
    vi: "Ô chứa giá trị đúng/sai ({text}), không phải một số.",
    en: "The cell holds a true/false value ({text}), not a number.",
  },
  "number.notFinite": {
    vi: "Giá trị “{text}” không phải là một số hữu hạn.",
    en: "“{text}” is not a finite number.",
  },
  // ---- suggestions
  "number.write": {
    vi: "Hãy viết {suggested}.",
    en: "Write {suggested}.",
  },
  "number.ambiguousFix": {
    vi: "Nếu là {thousands}, hãy viết {thousandsText}. Nếu là số thập phân {intPart} phẩy {fracPart}, hãy nhập ô ở dạng số hoặc thêm một chữ số 0 ở cuối: {decimalText}.",
    en: "If you mean {thousands}, write {thousandsText}. If you mean the decimal {intPart} point {fracPart}, enter the cell as a number or add a trailing zero: {decimalText}.",
  },
  "number.groupingFix": {
    vi: "Kiểm tra lại các chữ số. Cách viết đúng: {example} (hoặc không ngăn cách: {plain}); số thập phân dùng dấu “{decimal}”, ví dụ {decimalExample}.",
    en: "Check the digits. Correct forms: {example} (or without separators: {plain}); decimals use “{decimal}”, e.g. {decimalExample}.",
  },
  "number.oneValue": {
    vi: "Hãy nhập một giá trị duy nhất bằng chữ số, ví dụ {example}. Chỉ tiêu (khoảng, ngưỡng) ghi ở cột mục tiêu.",
    en: "Enter one value in digits, e.g. {example}. Targets (ranges, bounds) belong in the target column.",
  },
  "number.fractionFix": {
    vi: "Hãy nhập kết quả dưới dạng một số, ví dụ {example}.",
    en: "Enter the result as one number, e.g. {example}.",
  },
  "number.dateFix": {
    vi: "Nếu bảng tính đã tự đổi số thành ngày, hãy định dạng ô là Số hoặc Văn bản rồi nhập lại.",
    en: "If the spreadsheet turned the number into a date, format the cell as Number or Plain text and type it again.",
  },
  "number.placeholderFix": {
    vi: "Để trống ô nếu chưa có số liệu; nếu có, hãy nhập số, ví dụ 95 hoặc 19,04.",
    en: "Leave the cell empty when there is no data; otherwise enter a number, e.g. 95 or 19,04.",
  },
  "number.digitsFix": {
    vi: "Hãy ghi giá trị bằng chữ số (đơn vị, nếu có, viết sau số), ví dụ 95, 19,04 hoặc 30 người.",
    en: "Write the value in digits (any unit after the number), e.g. 95, 19,04 or 30 người.",
  },
  "number.retype": {
    vi: "Hãy nhập lại ô bằng một số, ví dụ 95 hoặc 19,04.",
    en: "Type the cell again as a number, e.g. 95 or 19,04.",
  },
} as const satisfies Record<string, CatalogueEntry>;
