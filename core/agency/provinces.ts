/**
 * Provinces and centrally-run cities, before and after the 2025 merger (63 → 34), as written
 * after a body's name ("Công an tỉnh Đồng Tháp", "Sở Y tế Hà Nội", "Thuế Đồng Nai"): a
 * provincial body is the same body whichever province's plan names it.
 */
export const PROVINCE_NAMES: readonly string[] = [
  "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
  "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk",
  "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
  "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
  "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
  "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
  "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang",
  "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
];

/** The province as written after a body's name: bare, or after "tỉnh", "thành phố", "TP". */
export function provincePhrases(): string[] {
  const out: string[] = [];
  for (const p of PROVINCE_NAMES) out.push(p, `tỉnh ${p}`, `thành phố ${p}`, `TP ${p}`, `TP. ${p}`);
  return out;
}
