import type { Direction, TaskState } from "../model";
import { editDistance, foldKey } from "../text";
import { fold } from "./text-cache";

/**
 * The words accepted in the dropdown-like cells (direction, task state, assessment), as data:
 * Vietnamese first, English accepted too. Matching folds case, accents, dashes and spaces, so
 * "hoan thanh" typed without accents is read as "Hoàn thành".
 */

export interface Word<V> {
  value: V;
  /** The word shown in the dropdown and in suggestions. */
  vi: string;
  en: string;
  /** Other spellings people type. */
  also: readonly string[];
}

export const DIRECTION_WORDS: readonly Word<Direction>[] = [
  { value: "increase", vi: "Tăng", en: "Increase", also: ["Tăng lên", "Up", "Higher is better"] },
  { value: "decrease", vi: "Giảm", en: "Decrease", also: ["Giảm xuống", "Down", "Lower is better"] },
  { value: "none", vi: "Không", en: "None", also: ["Không xác định", "Không có", "N/A"] },
];

export const TASK_STATE_WORDS: readonly Word<TaskState>[] = [
  { value: "notStarted", vi: "Chưa triển khai", en: "Not started", also: ["Chưa thực hiện", "Chưa bắt đầu"] },
  { value: "inProgress", vi: "Đang triển khai", en: "In progress", also: ["Đang thực hiện"] },
  { value: "done", vi: "Hoàn thành", en: "Done", also: ["Đã hoàn thành", "Completed", "Complete"] },
];

/** Verdicts a person may write for a qualitative indicator (levels of its scale are accepted too). */
export type AssessmentVerdict = "achieved" | "notAchieved" | "exceeded";

export const ASSESSMENT_WORDS: readonly Word<AssessmentVerdict>[] = [
  { value: "achieved", vi: "Đạt", en: "Achieved", also: ["Met"] },
  { value: "notAchieved", vi: "Chưa đạt", en: "Not achieved", also: ["Không đạt", "Not met"] },
  { value: "exceeded", vi: "Vượt", en: "Exceeded", also: ["Vượt chỉ tiêu", "Vượt mức"] },
];

/** A folded-key lookup built once per vocabulary. */
export interface Vocabulary<V> {
  words: readonly Word<V>[];
  read(text: string): V | null;
  /** "Tăng, Giảm, Không" for messages. */
  list(lang: "vi" | "en"): string;
}

export function vocabulary<V>(words: readonly Word<V>[]): Vocabulary<V> {
  const byKey = new Map<string, V>();
  for (const w of words) for (const s of [w.vi, w.en, ...w.also]) byKey.set(foldKey(s), w.value);
  const vi = words.map((w) => w.vi).join(", ");
  const en = words.map((w) => w.en).join(", ");
  return {
    words,
    read: (text) => byKey.get(fold(text)) ?? null,
    list: (lang) => (lang === "vi" ? vi : en),
  };
}

export const directions = vocabulary(DIRECTION_WORDS);
export const taskStates = vocabulary(TASK_STATE_WORDS);
export const assessments = vocabulary(ASSESSMENT_WORDS);

/** Edit distance on short folded strings, to suggest the intended word ("Hoan thanh" → "Hoàn thành"). */
function distance(a: string, b: string): number {
  return Math.abs(a.length - b.length) > 3 ? 99 : editDistance(a, b);
}

/** The candidate closest to `text` (at most 2 edits, or a prefix), or null. */
export function closest(text: string, candidates: readonly string[]): string | null {
  const key = foldKey(text);
  if (key === "" || key.length > 40) return null;
  let best: string | null = null;
  let bestD = 3;
  for (const c of candidates) {
    const ck = foldKey(c);
    const d = ck.startsWith(key) && key.length >= 3 ? 0 : distance(key, ck);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}
