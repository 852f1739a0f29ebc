/**
 * Abbreviations the plans use inside agency names, expanded before matching so that
 * "Sở LĐ-TBXH", "Sở Lao động - TBXH" and "Sở Lao động - Thương binh và Xã hội" share one key.
 * Keys are lower case; a variant with "d" for "đ" is added because people type both.
 * Compounds joined by "&" ("KH&ĐT") are whole entries: "KH" alone is ambiguous
 * (Kế hoạch / Khoa học), the pair is not.
 */
const TABLE: Record<string, string> = {
  "kh&đt": "kế hoạch và đầu tư",
  khđt: "kế hoạch và đầu tư",
  "gd&đt": "giáo dục và đào tạo",
  gdđt: "giáo dục và đào tạo",
  "tt&tt": "thông tin và truyền thông",
  tttt: "thông tin và truyền thông",
  "nn&ptnt": "nông nghiệp và phát triển nông thôn",
  nnptnt: "nông nghiệp và phát triển nông thôn",
  "kh&cn": "khoa học và công nghệ",
  khcn: "khoa học và công nghệ",
  "tn&mt": "tài nguyên và môi trường",
  tnmt: "tài nguyên và môi trường",
  "nn&mt": "nông nghiệp và môi trường",
  nnmt: "nông nghiệp và môi trường",
  vhttdl: "văn hóa thể thao và du lịch",
  "vhtt&dl": "văn hóa thể thao và du lịch",
  "tt&dl": "thể thao và du lịch",
  vh: "văn hóa",
  lđtbxh: "lao động thương binh và xã hội",
  tbxh: "thương binh và xã hội",
  lđ: "lao động",
  lđlđ: "liên đoàn lao động",
  gtvt: "giao thông vận tải",
  ubnd: "ủy ban nhân dân",
  hđnd: "hội đồng nhân dân",
  bhxh: "bảo hiểm xã hội",
  bhyt: "bảo hiểm y tế",
  bhtn: "bảo hiểm thất nghiệp",
  mttqvn: "mặt trận tổ quốc việt nam",
  mttq: "mặt trận tổ quốc",
  tqvn: "tổ quốc việt nam",
  vn: "việt nam",
  tp: "thành phố",
  tx: "thị xã",
  ptth: "phát thanh và truyền hình",
  đt: "đào tạo",
  ttcp: "thủ tướng chính phủ",
  nhcsxh: "ngân hàng chính sách xã hội",
  lhpn: "liên hiệp phụ nữ",
  chqs: "chỉ huy quân sự",
  bql: "ban quản lý",
  bqlda: "ban quản lý dự án",
  kkt: "khu kinh tế",
  đtxd: "đầu tư xây dựng",
  ccb: "cựu chiến binh",
  tncs: "thanh niên cộng sản",
};

const ABBREVIATIONS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [k, v] of Object.entries(TABLE)) {
    map.set(k.normalize("NFC"), v.normalize("NFC"));
    const plain = k.replace(/đ/g, "d");
    if (!map.has(plain)) map.set(plain, v.normalize("NFC"));
  }
  return map;
})();

/** The expansion of a lower-case NFC token, or null when it is not a known abbreviation. */
export function expandAbbreviation(token: string): string | null {
  return ABBREVIATIONS.get(token) ?? null;
}
