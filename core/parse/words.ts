/**
 * The word table of the target and number grammar: every word plans and agencies write around a
 * value, with what it means. Data only, written in Vietnamese as printed; word-match.ts folds and
 * compiles it (case, accents, spaces and dashes do not matter), and the readers (target-prefix,
 * target-tail, unit-read, number, target-in-text) give each meaning its effect. Adding a notation
 * of an existing family is adding a word here. docs/domain.md ("Target notations") explains them.
 */

export type Comparator = "gt" | "ge" | "lt" | "le" | "eq";
export type Way = "increase" | "decrease";
export type Change = "increase" | "decrease" | "multiply";

/** What a word before the value means. */
export type PrefixMeaning =
  /** A bound: "trên", "tối thiểu", "≥", "bằng hoặc thấp hơn". "bằng"/"=" (eq) gives way to another. */
  | { role: "compare"; cmp: Comparator }
  /** "từ": the start of a range ("từ 28 đến 30"), or "at least" on its own ("từ 90"). */
  | { role: "from" }
  /** About this value: "khoảng", "xấp xỉ". */
  | { role: "approx" }
  /** A figure that is not final: "ước đạt", "dự kiến" (a value cell: an estimate; a target: approximate). */
  | { role: "estimate" }
  /** A level to hold, not to pass: "ổn định ở mức", "duy trì ở mức". */
  | { role: "steady" }
  /** A level reached by moving: "giảm xuống còn 2%" (at most 2%), "tăng lên 90%" (at least 90%). */
  | { role: "level"; way: Way }
  /** A change from the baseline: "giảm 30%", "tăng 20%", "tăng gấp 4 lần". */
  | { role: "change"; change: Change }
  /** A rate per year: "mỗi năm giảm 2%". */
  | { role: "perYear" }
  /** No effect on the bounds: "đạt", "là", "phấn đấu". */
  | { role: "filler" };

export interface WordEntry<M> {
  words: readonly string[];
  means: M;
}

const cmp = (c: Comparator, words: string[]): WordEntry<PrefixMeaning> => ({ words, means: { role: "compare", cmp: c } });

/** Words before the value, in any order ("mỗi năm giảm ít nhất 2%", "% ≥ 95" has its unit first). */
export const PREFIXES: readonly WordEntry<PrefixMeaning>[] = [
  cmp("ge", [
    ">=", "> =", "=>", "≥", "⩾", "≧", "tối thiểu", "ít nhất", "thấp nhất", "không dưới", "không thấp hơn", "không ít hơn",
    "không nhỏ hơn", "lớn hơn hoặc bằng", "cao hơn hoặc bằng", "nhiều hơn hoặc bằng", "bằng hoặc cao hơn",
    "bằng hoặc lớn hơn", "bằng hoặc nhiều hơn", "bằng hoặc hơn", "bằng hoặc vượt", "bằng hoặc trên",
  ]),
  cmp("le", [
    "<=", "< =", "=<", "≤", "⩽", "≦", "tối đa", "nhiều nhất", "không quá", "không vượt quá", "không vượt", "không trên",
    "không cao hơn", "không lớn hơn", "không nhiều hơn", "không hơn", "nhỏ hơn hoặc bằng", "thấp hơn hoặc bằng",
    "ít hơn hoặc bằng", "bằng hoặc thấp hơn", "bằng hoặc nhỏ hơn", "bằng hoặc ít hơn", "bằng hoặc dưới",
  ]),
  cmp("gt", [">", "trên", "hơn", "lớn hơn", "cao hơn", "nhiều hơn", "vượt", "vượt trên"]),
  cmp("lt", ["<", "dưới", "nhỏ hơn", "thấp hơn", "ít hơn"]),
  cmp("eq", ["=", "bằng"]),
  { words: ["từ"], means: { role: "from" } },
  // "trên dưới 30" is "about 30", not a bound: the longer phrase wins.
  { words: ["khoảng", "khoảng chừng", "chừng", "xấp xỉ", "gần", "trên dưới", "~", "≈", "∼"], means: { role: "approx" } },
  {
    words: ["ước", "ước đạt", "ước tính", "ước thực hiện", "ước khoảng", "ước chừng", "dự kiến", "dự ước", "tạm tính", "sơ bộ"],
    means: { role: "estimate" },
  },
  {
    words: ["ổn định", "ổn định ở mức", "duy trì ở mức", "duy trì mức", "giữ ở mức", "giữ mức", "giữ vững ở mức"],
    means: { role: "steady" },
  },
  {
    words: ["giảm xuống còn", "giảm xuống", "giảm còn", "hạ xuống", "hạ xuống còn", "xuống còn", "xuống", "còn"],
    means: { role: "level", way: "decrease" },
  },
  { words: ["tăng lên", "nâng lên", "lên"], means: { role: "level", way: "increase" } },
  { words: ["giảm", "giảm thêm"], means: { role: "change", change: "decrease" } },
  { words: ["tăng", "tăng thêm"], means: { role: "change", change: "increase" } },
  { words: ["tăng gấp", "gấp"], means: { role: "change", change: "multiply" } },
  { words: ["mỗi năm", "hằng năm", "hàng năm", "một năm"], means: { role: "perYear" } },
  {
    words: [
      "đạt", "đạt được", "đạt mức", "là", "ở mức", "mức", "chiếm", "phấn đấu", "bình quân", "trung bình", "duy trì", "giữ",
      "giữ vững",
    ],
    means: { role: "filler" },
  },
];

/** What a word after the value (and its unit) means; matched at the very end, repeatedly. */
export type SuffixMeaning = { role: "compare"; cmp: "ge" | "le" } | { role: "perYear" };

export const SUFFIXES: readonly WordEntry<SuffixMeaning>[] = [
  // "11%+", "90%+": the plus sign after the value is "or more".
  { words: ["trở lên", "+", "hoặc hơn", "hoặc cao hơn", "hoặc nhiều hơn", "hoặc lớn hơn"], means: { role: "compare", cmp: "ge" } },
  { words: ["trở xuống", "hoặc thấp hơn", "hoặc ít hơn", "hoặc nhỏ hơn"], means: { role: "compare", cmp: "le" } },
  { words: ["mỗi năm", "hằng năm", "hàng năm", "một năm"], means: { role: "perYear" } },
];

/** Between the two values of a range: "28-30" (any dash), "28 ~ 30", "từ 28 đến 30", "28 tới 30". */
export const RANGE_SEPARATORS: readonly string[] = ["-", "~", "đến", "tới"];

/**
 * Words a unit never contains: text after the value holding them says more than a unit ("5%
 * xuống", "20% so với năm trước"), so the whole is not read as a number and a unit.
 */
export const STOP_WORDS: readonly string[] = [
  "trên", "dưới", "trở", "lên", "xuống", "giảm", "tăng", "khoảng", "đến", "tới", "so với", "hơn", "và", "hoặc",
];

/** Units that may stand before the value ("% ≥ 95", "$7,900", "USD 5.000"). */
export const UNITS_BEFORE: readonly string[] = ["%", "‰", "$", "US$", "€", "USD", "VND", "VNĐ", "EUR"];

/**
 * Currency signs and codes. A unit whose first part names one ("đồng", "triệu đồng", "USD/người")
 * carries its ISO code. `english`: a sign written before the number ("$7,900") comes with English
 * digits (comma thousands), so such an amount is read in that convention when it reads cleanly.
 */
export interface CurrencyEntry {
  code: string;
  words: readonly string[];
  signsBefore: readonly string[];
  english: boolean;
}

export const CURRENCIES: readonly CurrencyEntry[] = [
  { code: "VND", words: ["đồng", "VNĐ", "VND", "đ", "₫"], signsBefore: [], english: false },
  { code: "USD", words: ["USD", "$", "US$", "đô la", "đô la Mỹ", "đô"], signsBefore: ["$", "US$"], english: true },
  { code: "EUR", words: ["EUR", "€", "euro"], signsBefore: ["€"], english: true },
];

/** Scale words: "59,61 triệu đồng", "1 vạn dân". The value is never multiplied (units stay as written). */
export const SCALES: readonly WordEntry<number>[] = [
  { words: ["trăm"], means: 100 },
  { words: ["nghìn", "ngàn"], means: 1_000 },
  { words: ["vạn"], means: 10_000 },
  { words: ["trăm nghìn", "trăm ngàn"], means: 100_000 },
  { words: ["triệu"], means: 1_000_000 },
  { words: ["tỷ", "tỉ"], means: 1_000_000_000 },
  { words: ["nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ"], means: 1_000_000_000_000 },
];

/**
 * Words that introduce a per-population denominator inside a unit: "giường bệnh/1 vạn dân",
 * "bác sĩ trên 10.000 dân", "bé trai/100 bé gái". The denominator needs a number or a scale word.
 */
export const PER_WORDS: readonly string[] = ["/", "trên", "mỗi"];

/**
 * Units that are known to be units when a target is read from a sentence (the target phrase
 * ends the sentence: "… đạt 30 giường bệnh"). Other units are accepted in a cell as written.
 */
export const KNOWN_UNITS: readonly string[] = [
  "%", "‰", "lần", "người", "lượt", "lượt người", "hộ", "hộ gia đình", "xã", "phường", "thị trấn", "huyện", "thôn",
  "ấp", "khóm", "trường", "cơ sở", "doanh nghiệp", "hợp tác xã", "giường", "giường bệnh", "bác sĩ", "dược sĩ",
  "dược sỹ", "điều dưỡng", "điều dưỡng viên", "căn", "căn hộ", "nhà", "công trình", "dự án", "km", "m", "m2", "m²",
  "m2 sàn/người", "ha", "tấn", "tạ", "kg", "lít", "lít/người/ngày", "năm", "tuổi", "ngày", "giờ", "tháng", "điểm",
  "mô hình", "sản phẩm", "lao động", "việc làm", "học sinh", "sinh viên", "trẻ", "nhóm", "câu lạc bộ", "tổ",
];

/**
 * In a sentence, numbers with these units usually describe the subject ("trẻ em dưới 5 tuổi",
 * "số bác sĩ trên 10.000 dân", "cân nặng dưới 2.500 gram"): read as a target only after a verb
 * ("Tuổi thọ trung bình đạt 75 tuổi").
 */
export const SUBJECT_UNITS: readonly string[] = [
  "tuổi", "tháng tuổi", "tuần tuổi", "ngày tuổi", "năm tuổi", "dân", "dân số", "người dân", "trẻ đẻ sống", "ca đẻ sống",
  "gram", "gam", "g",
];

/** An indicator named "Tỷ lệ …" is a share: a target read from its text is in %, ‰ or per population. */
export const RATE_SUBJECTS: readonly string[] = ["tỷ lệ", "tỉ lệ", "tỷ suất", "tỉ suất", "tỷ trọng", "tỉ trọng"];

/**
 * A number right after these words is a date or a reference, never a target ("đến năm 2025",
 * "Quyết định số 12", "tiêu chí 17").
 */
export const REFERENCE_WORDS: readonly string[] = [
  "năm", "giai đoạn", "thời kỳ", "quý", "tháng", "số", "quyết định", "nghị quyết", "nghị định", "thông tư",
  "kế hoạch", "chỉ thị", "tiêu chí", "điều", "khoản", "mục", "phụ lục", "chương", "bước", "cấp", "loại", "nhóm", "hạng",
];

/** Where a sentence's main clause ends: "đạt 70%, trong đó có bằng cấp đạt 30%" (the second is a sub-target). */
export const SUB_CLAUSE_WORDS: readonly string[] = ["trong đó", "riêng"];

/** A trailing time phrase, not part of the target: "… đạt 60% vào năm 2025", "… đến năm 2030". */
export const TIME_PHRASE_WORDS: readonly string[] = ["vào", "đến", "tới", "trong", "từ", "cho"];
