/**
 * Words that may follow an agency name in a cell without being part of it: what the agency does
 * ("chủ trì tham mưu thực hiện"), conjunctions, the province's own name.
 */
import { normalizeWord, type AgencyToken } from "./normalize";

const phrases = (list: string[]): string[][] => list.map((p) => p.split(" ").map(normalizeWord));

/** A role phrase after a name starts text to ignore up to the next separator. */
const ROLE_PHRASES = phrases([
  "chủ trì", "phối hợp", "tham mưu", "thực hiện", "tổng hợp", "thu thập", "hướng dẫn", "theo dõi",
  "báo cáo", "xây dựng", "triển khai", "chịu trách nhiệm", "có trách nhiệm", "là", "để", "định kỳ",
  "thống kê", "tổ chức", "kiểm tra", "đôn đốc", "giám sát", "cung cấp", "trình", "tiếp tục",
  "quan tâm", "đề xuất", "làm đầu mối", "đầu mối", "được giao", "giúp",
]);

/** Joins two names: "Sở Y tế và Sở Xây dựng". */
const CONJUNCTIONS = phrases(["và", "cùng", "với"]);

/** The province written after a provincial body ("Công an tỉnh Đồng Tháp"). */
const PROVINCES = phrases(["đồng tháp", "hải dương", "tiền giang", "hải phòng"]);

/** Key words from token `k` on, across word tokens only (at most `limit`). */
function wordsFrom(tokens: AgencyToken[], k: number, limit: number): { words: string[]; tokenEnds: number[] } {
  const words: string[] = [];
  const tokenEnds: number[] = [];
  for (let i = k; i < tokens.length && tokens[i].kind === "word" && words.length < limit; i++) {
    words.push(...tokens[i].words);
    tokenEnds.push(words.length);
  }
  return { words, tokenEnds };
}

/** Number of tokens the phrase list matches at `k` (whole tokens only), or 0. */
function phraseAt(tokens: AgencyToken[], k: number, list: string[][]): number {
  const { words, tokenEnds } = wordsFrom(tokens, k, 4);
  for (const phrase of list) {
    if (phrase.every((w, i) => words[i] === w)) {
      const n = tokenEnds.indexOf(phrase.length);
      if (n >= 0) return n + 1;
    }
  }
  return 0;
}

export const roleAt = (tokens: AgencyToken[], k: number) => phraseAt(tokens, k, ROLE_PHRASES);
export const conjunctionAt = (tokens: AgencyToken[], k: number) => phraseAt(tokens, k, CONJUNCTIONS);
export const provinceAt = (tokens: AgencyToken[], k: number) => phraseAt(tokens, k, PROVINCES);

/** True when every word is a role word or conjunction: such a leftover is not an agency. */
export function isFiller(tokens: AgencyToken[]): boolean {
  let k = 0;
  while (k < tokens.length) {
    if (tokens[k].kind !== "word") {
      k++;
      continue;
    }
    const n = roleAt(tokens, k) || conjunctionAt(tokens, k);
    if (n === 0) return false;
    k += n;
  }
  return true;
}
