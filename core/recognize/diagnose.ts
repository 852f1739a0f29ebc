/**
 * When no table is recognised, say what was seen: the rows that look most like a header, which
 * column roles were found in each and which are missing, and for cells we could not place the
 * nearest header wording we know. Never "no plan" alone.
 */
import { msg, msgLang, type Message } from "../i18n";
import type { Finding } from "../model";
import { editDistance } from "../text";
import { headerKey, matchHeaderWord, type HeaderWord } from "./header-words";
import type { SheetView } from "./sheet-view";

/** Header wordings people write, shown as suggestions. */
const KNOWN = [
  "TT", "STT", "Chỉ tiêu", "Nhiệm vụ", "Nội dung", "Nội dung công việc", "Đơn vị tính", "Mục tiêu", "Đến năm 2025",
  "Chủ trì", "Cơ quan chủ trì", "Đơn vị chủ trì", "Phối hợp", "Cơ quan phối hợp", "Đơn vị thực hiện", "Thời gian thực hiện",
  "Thời hạn hoàn thành", "Kết quả", "Sản phẩm đầu ra", "Cấp trình", "Ghi chú",
];

type Role = "code" | "name" | "unit" | "target" | "agency" | "timeframe" | "output";

function roleOf(w: HeaderWord): Role | null {
  switch (w.kind) {
    case "code":
    case "name":
    case "unit":
    case "timeframe":
      return w.kind;
    case "target":
    case "targetGroup":
    case "reference":
      return "target";
    case "lead":
    case "partners":
    case "assignmentGroup":
      return "agency";
    case "expectedOutput":
    case "approvalLevel":
      return "output";
    default:
      return null;
  }
}

const ROLE_LABEL = {
  code: "recognize.role.code",
  name: "recognize.role.name",
  unit: "recognize.role.unit",
  target: "recognize.role.target",
  agency: "recognize.role.lead",
  timeframe: "recognize.role.timeframe",
  output: "recognize.role.output",
} as const satisfies Record<Role, string>;

/** The closest known wording to a cell, when reasonably close. */
export function nearestWording(text: string): string | null {
  const k = headerKey(text);
  if (k.length < 3 || k.length > 40 || /^\d+$/.test(k)) return null;
  let best: { w: string; d: number } | null = null;
  for (const w of KNOWN) {
    const d = editDistance(k, headerKey(w));
    if (best === null || d < best.d) best = { w, d };
  }
  return best && best.d > 0 && best.d <= Math.max(2, Math.floor(k.length / 4)) ? best.w : null;
}

/** A finding that explains an empty result, or null when the sheet holds no text at all. */
export function diagnoseSheet(view: SheetView, sheet: string): Finding | null {
  const rows: { row: number; found: Map<Role, string>; near: string[]; score: number }[] = [];
  let anyText = false;
  for (let r = 0; r < view.rowCount; r++) {
    const found = new Map<Role, string>();
    const near: string[] = [];
    let cells = 0;
    for (let c = 0; c < view.colCount; c++) {
      const t = view.text(r, c);
      if (t === "") continue;
      anyText = true;
      cells++;
      const w = matchHeaderWord(t);
      const role = w ? roleOf(w) : null;
      if (role && !found.has(role)) found.set(role, t);
      else if (!w) {
        const n = nearestWording(t);
        if (n) near.push(`“${t}” → “${n}”`);
      }
    }
    const score = found.size * 2 + near.length;
    if (cells >= 2 && score > 0) rows.push({ row: r, found, near, score });
  }
  if (!anyText) return null;
  const sorted = rows.sort((a, b) => b.score - a.score || a.row - b.row);
  const best = sorted.filter((r) => r.score * 2 >= (sorted[0]?.score ?? 0)).slice(0, 3);
  if (best.length === 0) {
    return { sheet, row: 0, column: "name", severity: "error", code: "recognize.nothing", message: msg("recognize.nothing.noHeader"), suggestion: msg("recognize.nothing.fix") };
  }
  const describe = (lang: "vi" | "en"): string =>
    best
      .map((b) => {
        const found = [...b.found.entries()].map(([role, t]) => `“${t}” (${msg(ROLE_LABEL[role])[lang]})`).join(", ");
        const missing = (["name", "agency"] as Role[]).filter((r) => !b.found.has(r)).map((r) => msg(ROLE_LABEL[r])[lang]);
        const parts = [
          msg(b === best[0] ? "recognize.nothing.row" : "recognize.nothing.otherRow", { row: b.row + 1, found: found || "—" })[lang],
          missing.length > 0 ? msg("recognize.nothing.missing", { roles: missing.join(", ") })[lang] : "",
          b.near.length > 0 ? msg("recognize.nothing.near", { pairs: b.near.slice(0, 3).join("; ") })[lang] : "",
        ];
        return parts.filter((p) => p !== "").join(" ");
      })
      .join(" ");
  const message: Message = msgLang("recognize.nothing", { rows: describe("vi") }, { rows: describe("en") });
  return { sheet, row: best[0].row, column: "name", severity: "error", code: "recognize.nothing", message, suggestion: msg("recognize.nothing.fix") };
}
