/**
 * Splitting an agency cell into the bodies it names, known to the registry or not. Commas occur
 * inside one body's name ("Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "Sở Lao động,
 * Thương binh và Xã hội"), so a comma or "và" separates two bodies only when what follows starts a
 * body: a registry name, a capitalised head noun ("Sở", "Bộ", "Công an", "Trung tâm"...) followed
 * by its name, or a plural catch-all ("các đơn vị ..."). Role words ("chủ trì", "phối hợp, theo dõi")
 * after a name, in brackets or as a label ("Chủ trì: ...") give the body its role and are dropped.
 */
import type { TrieNode } from "./agency-index";
import { conjunctionAt, provinceAt, roleAt } from "./cell-words";
import { normalizeWord, type AgencyToken } from "./normalize";
import { findAt, isCapitalised, nextWord } from "./scan";

export interface BodySpan {
  /** Token range [start, end) of the body's name. */
  start: number;
  end: number;
  role: "lead" | "partner" | null;
  /** A head shared by a list ("Các Cục: Di sản, Bản quyền" → "Cục" before each name). */
  prefix?: string;
}

const phrases = (list: string[]): string[][] => list.map((p) => p.split(" ").map(normalizeWord));

/** Words that begin the name of a body; one-word heads need a name after them ("Ban" alone is "ban, ngành"). */
const HEADS = phrases([
  "ủy ban nhân dân", "hội đồng nhân dân", "ủy ban mặt trận", "ủy ban", "mặt trận", "thủ tướng", "chính phủ", "quốc hội",
  "văn phòng", "bộ chỉ huy", "bộ đội", "công an", "viện kiểm sát", "tòa án", "kho bạc", "ngân hàng", "bảo hiểm xã hội",
  "liên đoàn", "liên minh", "liên hiệp", "trung tâm", "tổng cục", "chi cục", "cục", "vụ", "viện", "học viện", "đại học",
  "sở", "bộ", "ban", "hội", "đoàn", "tỉnh đoàn", "thành đoàn", "tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy", "đài", "báo",
  "trường", "bệnh viện", "thanh tra", "thuế", "hải quan", "cảng vụ", "tập đoàn", "tổng công ty", "công ty", "quỹ",
  "kiểm toán", "phòng", "hợp tác xã", "cơ quan", "chi nhánh", "người đứng đầu", "chủ tịch", "giám đốc", "thủ trưởng",
  "bưu điện", "điện lực", "cơ sở", "hiệp hội", "câu lạc bộ", "đội", "trạm",
]);

/** Nouns after "các" that make a catch-all body ("các đơn vị liên quan", "các địa phương"). */
const PLURAL = phrases([
  "sở", "bộ", "ban", "ngành", "cơ quan", "đơn vị", "địa phương", "tổ chức", "hội", "đoàn thể", "doanh nghiệp", "huyện",
  "xã", "phường", "trường", "tỉnh", "thành phố", "cơ sở", "bệnh viện", "trung tâm", "chi nhánh", "ủy ban", "cấp", "bộ,",
  "hiệp hội", "tập đoàn", "ngân hàng", "thành viên", "lực lượng", "nhà", "chủ", "đài", "báo", "cơ quan,", "quận",
]);

const CAC = normalizeWord("các");

/** Actors named by kind, in lower case, each a body of its own ("Doanh nghiệp, nhà cung cấp dịch vụ, nhà đầu tư"). */
const ACTORS = phrases(["nhà", "người dân", "hộ gia đình", "cá nhân", "cộng đồng", "tổ chức chính trị", "một số"]);
/** Generic bodies that "và" joins to a name ("Sở Tài chính và cơ quan, địa phương liên quan"). */
const GENERIC = phrases(["cơ quan", "đơn vị", "địa phương", "tổ chức", "doanh nghiệp", "một số", "các", "những"]);

/** Role words that end a name whatever it is; the others ("xây dựng", "cung cấp") may belong to an unknown name. */
const STRICT_ROLES = phrases(["chủ trì", "phối hợp", "chịu trách nhiệm", "có trách nhiệm", "tham mưu", "theo chức năng", "là cơ quan", "tham gia"]);

/** Normalised words of the word tokens from `k` on (up to `limit`). */
function wordsAt(tokens: AgencyToken[], k: number, limit: number): string[] {
  const out: string[] = [];
  for (let i = k; i < tokens.length && tokens[i].kind === "word" && out.length < limit; i++) out.push(...tokens[i].words);
  return out;
}

function phraseLength(words: string[], list: string[][]): number {
  let best = 0;
  for (const p of list) if (p.length > best && p.every((w, i) => words[i] === w)) best = p.length;
  return best;
}

/** True when a body starts at word token `j`. */
export function startsBody(prepared: string, tokens: AgencyToken[], j: number, root: TrieNode): boolean {
  if (j < 0 || j >= tokens.length || tokens[j].kind !== "word") return false;
  if (findAt(tokens, j, root)) return true;
  // "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh": a place named after a comma is the same kind of body again.
  if (isCapitalised(prepared, tokens[j]) && provinceAt(tokens, j) > 0) return true;
  const words = wordsAt(tokens, j, 4);
  if (words[0] === CAC) return phraseLength(words.slice(1), PLURAL) > 0;
  if (phraseLength(words, ACTORS) > 0 && words.length > 1) return true;
  const n = phraseLength(words, HEADS);
  if (n === 0 || !isCapitalised(prepared, tokens[j])) return false;
  if (n > 1) return true;
  // A one-word head must be followed by its name.
  const after = tokens[j + 1];
  return after !== undefined && after.kind === "word";
}

/** "Các Cục", "Các Vụ", "Các Sở": a plural head that a colon shares out to the names after it. */
function sharedHead(prepared: string, tokens: AgencyToken[], start: number, end: number): string | null {
  const words = tokens.slice(start, end).filter((t) => t.kind === "word");
  if (words.length !== 2 || words[0].words[0] !== CAC) return null;
  const w = words[1];
  if (phraseLength(w.words, HEADS) === 0 || !isCapitalised(prepared, w)) return null;
  return prepared.slice(w.start, w.end);
}

/** True when a role phrase occurs between `from` and `to`. */
function hasRoleBefore(tokens: AgencyToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].kind === "word" && roleOf(tokens, k) !== null) return true;
  return false;
}

/** The role a role phrase names, if it is "chủ trì" or "phối hợp". */
function roleOf(tokens: AgencyToken[], k: number): "lead" | "partner" | null {
  const w = wordsAt(tokens, k, 2).join(" ");
  if (w === `${normalizeWord("chủ")} ${normalizeWord("trì")}`) return "lead";
  if (w === `${normalizeWord("phối")} ${normalizeWord("hợp")}` || w === `${normalizeWord("tham")} ${normalizeWord("gia")}`) return "partner";
  return null;
}

/** A label at the start of a line: "Chủ trì:", "Phối hợp -". Returns the role and where the names start. */
function labelAt(prepared: string, tokens: AgencyToken[], i: number): { role: "lead" | "partner"; next: number } | null {
  const role = roleOf(tokens, i);
  if (!role) return null;
  let k = i + roleAt(tokens, i);
  // "Chủ trì thực hiện:", "Phối hợp thực hiện -"
  while (k < tokens.length && tokens[k].kind === "word" && roleAt(tokens, k) > 0) k += roleAt(tokens, k);
  const t = tokens[k];
  if (!t) return null;
  const ch = prepared[t.start];
  if (t.kind === "open" && ch === ":") return { role, next: k + 1 };
  if (t.kind === "soft" && (ch === "-" || ch === ":")) return { role, next: k + 1 };
  return null;
}

/** Index after the ")" closing the "(" at `i` (or the end of the line). */
function closeBracket(prepared: string, tokens: AgencyToken[], i: number): number {
  let depth = 0;
  for (let k = i; k < tokens.length; k++) {
    const ch = prepared[tokens[k].start];
    if (tokens[k].kind === "hard") return k;
    if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return k + 1;
  }
  return tokens.length;
}

/** The bodies a cell names, as token spans, with their roles. */
export function segmentBodies(prepared: string, tokens: AgencyToken[], root: TrieNode): BodySpan[] {
  const spans: BodySpan[] = [];
  let label: "lead" | "partner" | null = null;
  let cur: BodySpan = { start: -1, end: -1, role: null };
  let skippingRole = false;
  let lineStart = true;
  /** "Các Cục: A, B": the head each listed name takes, until the end of the sentence. */
  let shared: string | null = null;
  /** What separates the names of such a list: ";" when the line uses it, else ",". */
  let sharedSep = ",";
  /** Where the registry name that began the current body ends (-1: it began with no known name). */
  let knownEnd = -1;
  const close = () => {
    if (cur.start >= 0 && cur.end > cur.start) spans.push(shared ? { ...cur, prefix: shared } : cur);
    cur = { start: -1, end: -1, role: null };
    knownEnd = -1;
  };
  const extend = (i: number) => {
    if (cur.start < 0) {
      cur.start = i;
      cur.role = label;
    }
    cur.end = i + 1;
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const ch = prepared[t.start];
    if (t.kind === "hard") {
      close();
      skippingRole = false;
      if (ch === "\n" || sharedSep !== ";") {
        lineStart = true;
        shared = null;
      }
      i++;
      continue;
    }
    if (lineStart) {
      if (t.kind === "soft" && /[-+•*·]/.test(ch)) {
        i++;
        continue;
      }
      lineStart = false;
      const l = t.kind === "word" ? labelAt(prepared, tokens, i) : null;
      if (l) {
        label = l.role;
        i = l.next;
        continue;
      }
    }
    if (skippingRole) {
      // Role text ends where another body starts after a comma or "và".
      const join = (t.kind === "soft" && ch === ",") || (t.kind === "word" && conjunctionAt(tokens, i) > 0);
      if (join) {
        const j = nextWord(tokens, i + (t.kind === "word" ? conjunctionAt(tokens, i) : 1));
        if (j >= 0 && (isCapitalised(prepared, tokens[j]) || startsBody(prepared, tokens, j, root))) {
          skippingRole = false;
          i = j;
          continue;
        }
      }
      i++;
      continue;
    }
    if (t.kind === "open") {
      const j = nextWord(tokens, i + 1);
      const role = j >= 0 ? roleOf(tokens, j) : null;
      if (ch === "(") {
        if (j >= 0 && roleAt(tokens, j) > 0) {
          if (role && cur.start >= 0) cur.role = role;
          close();
          i = closeBracket(prepared, tokens, i);
          continue;
        }
        // "(Viện Nghiên cứu lập pháp phối hợp chuẩn bị)": another body, with its role, inside the bracket.
        if (j >= 0 && cur.start >= 0 && startsBody(prepared, tokens, j, root) && hasRoleBefore(tokens, j, closeBracket(prepared, tokens, i))) {
          close();
          i = j;
          continue;
        }
        // A bracket that starts in lower case describes the body ("(mạng lưới quốc gia)", "(nay là
        // ...)") and is dropped; another ("(TP)", "(Sở KH&CN)") belongs to the name.
        const end = closeBracket(prepared, tokens, i);
        const long = tokens.slice(i, end).filter((x) => x.kind === "word").length > 4;
        if (j >= 0 && (!isCapitalised(prepared, tokens[j]) || long) && cur.start >= 0) {
          close();
          i = end;
          continue;
        }
        for (let k = i; k < end; k++) extend(k);
        i = end;
        continue;
      }
      // "Các Cục: Di sản văn hóa, Bản quyền tác giả": each name after the colon takes the head.
      const head = cur.start >= 0 ? sharedHead(prepared, tokens, cur.start, cur.end) : null;
      if (head && j >= 0 && roleAt(tokens, j) === 0) {
        cur = { start: -1, end: -1, role: null };
        shared = head;
        const lineEnd = tokens.findIndex((x, k) => k > i && x.kind === "hard" && prepared[x.start] === "\n");
        sharedSep = tokens.slice(i, lineEnd < 0 ? tokens.length : lineEnd).some((x) => prepared[x.start] === ";") ? ";" : ",";
        i = j;
        continue;
      }
      // "Sở Y tế: chủ trì"
      if (j >= 0 && roleAt(tokens, j) > 0) {
        if (role && cur.start >= 0) cur.role = role;
        close();
        skippingRole = true;
        i = j;
        continue;
      }
      if (cur.start >= 0) extend(i);
      i++;
      continue;
    }
    if (t.kind === "soft") {
      if (ch === "," && shared !== null && sharedSep === "," && cur.start >= 0) {
        close();
        i++;
        continue;
      }
      if (ch === "." && shared !== null) {
        close();
        shared = null;
        i++;
        continue;
      }
      if (ch === "," || ch === "/" || ch === ".") {
        const j = nextWord(tokens, i + 1);
        // After a whole registry name, a capitalised word starts another body even if we cannot name it.
        const afterKnown = cur.start >= 0 && cur.end === knownEnd && j >= 0 && isCapitalised(prepared, tokens[j]);
        if (cur.start >= 0 && (afterKnown || startsBody(prepared, tokens, j, root))) {
          close();
          i = j;
          continue;
        }
      }
      // Punctuation joins words of one name; it never ends a name by itself.
      i++;
      continue;
    }
    // A word. A body that starts with a registry name takes the whole name at once: its commas,
    // "và" and words such as "xây dựng" are part of it.
    if (cur.start < 0) {
      const known = findAt(tokens, i, root);
      if (known) {
        for (let k = i; k < known.end; k++) extend(k);
        i = known.end;
        knownEnd = cur.end;
        continue;
      }
    }
    const conj = conjunctionAt(tokens, i);
    // "Sở Y tế (trạm A) và Sở X": no body is open after a bracket; "và" only joins.
    if (conj > 0 && cur.start < 0) {
      i += conj;
      continue;
    }
    if (conj > 0 && cur.start >= 0) {
      const j = nextWord(tokens, i + conj);
      // "Các bộ, ngành và địa phương" is one catch-all; "Sở Tài chính và cơ quan liên quan" two bodies.
      const catchAll = tokens[cur.start].words[0] === CAC;
      if (startsBody(prepared, tokens, j, root) || (!catchAll && j >= 0 && phraseLength(wordsAt(tokens, j, 3), GENERIC) > 0)) {
        close();
        i = j;
        continue;
      }
    }
    const role = roleAt(tokens, i);
    // A catch-all keeps its description ("Các đơn vị được giao thực hiện TTHC"); only "chủ trì"/"phối hợp" end it.
    const plural = cur.start >= 0 && tokens[cur.start].words[0] === CAC;
    const strict = phraseLength(wordsAt(tokens, i, 3), STRICT_ROLES) > 0;
    const known = cur.start >= 0 && findAt(tokens.slice(0, i), cur.start, root) !== null;
    if (role > 0 && cur.start >= 0 && !isCapitalised(prepared, t) && (strict || (known && !plural))) {
      const r = roleOf(tokens, i);
      if (r) cur.role = r;
      close();
      skippingRole = true;
      i++;
      continue;
    }
    extend(i);
    i++;
  }
  close();
  return spans;
}
