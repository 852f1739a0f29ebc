/**
 * Ordered qualitative scales: some targets are words on a ladder ("Tiểu học" in 2025, "THCS" in
 * 2030), so a reported level can be compared with the target level by rank.
 */
import { z } from "zod";
import { foldKey } from "../text";

/** One ordered scale, levels listed low → high; aliases are other ways plans write a level. */
export interface QualitativeScale {
  id: string;
  levels: { name: string; aliases: string[] }[];
}

/** For scales that arrive from configuration or a sheet. */
export const QualitativeScaleSchema = z.object({
  id: z.string().min(1),
  levels: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string()) })).min(1),
});

/**
 * Scales read from the seeds: education level (Đồng Tháp 4.5: HI support for children up to
 * "Tiểu học" in 2025, "THCS" in 2030), elimination of epidemics (7.10: "Giảm tối đa tỷ lệ nhiễm
 * mới" then "Cơ bản loại trừ", the end state being elimination itself) and temporary housing
 * (9.2: "Giải quyết cơ bản" then "Xóa bỏ hoàn toàn").
 */
export const DEFAULT_SCALES: QualitativeScale[] = [
  {
    id: "education-level",
    levels: [
      { name: "Mầm non", aliases: ["Giáo dục mầm non", "Cấp mầm non", "Bậc mầm non"] },
      { name: "Tiểu học", aliases: ["Cấp tiểu học", "Bậc tiểu học", "Cấp 1", "Cấp I"] },
      { name: "THCS", aliases: ["Trung học cơ sở", "Cấp trung học cơ sở", "Bậc trung học cơ sở", "Cấp 2", "Cấp II"] },
      {
        name: "THPT",
        aliases: ["Trung học phổ thông", "Cấp trung học phổ thông", "Bậc trung học phổ thông", "Cấp 3", "Cấp III"],
      },
    ],
  },
  {
    id: "elimination",
    levels: [
      { name: "Giảm tối đa tỷ lệ nhiễm mới", aliases: ["Giảm tối đa tỉ lệ nhiễm mới", "Giảm tối đa", "Giảm tối đa số ca mắc mới"] },
      { name: "Cơ bản loại trừ", aliases: ["Loại trừ cơ bản", "Cơ bản chấm dứt", "Chấm dứt cơ bản"] },
      { name: "Loại trừ", aliases: ["Chấm dứt", "Loại trừ hoàn toàn", "Chấm dứt hoàn toàn", "Đã loại trừ"] },
    ],
  },
  {
    id: "housing",
    levels: [
      { name: "Giải quyết cơ bản", aliases: ["Cơ bản giải quyết", "Cơ bản xóa bỏ", "Xóa bỏ cơ bản", "Cơ bản hoàn thành"] },
      { name: "Xóa bỏ hoàn toàn", aliases: ["Giải quyết hoàn toàn", "Hoàn toàn xóa bỏ", "Xóa bỏ hoàn toàn nhà tạm, nhà dột nát"] },
    ],
  },
];

export interface ScaleLevelMatch {
  scale: string;
  rank: number;
  /** The level's canonical name. */
  level: string;
}

function levelKey(s: string): string {
  return foldKey(s).replace(/[.;:!]+$/, "").trim();
}

/**
 * The level of a known scale this text names (case-, accent-, space-insensitive; "Xoá" = "Xóa";
 * a final full stop ignored), or null. The first scale that knows the text wins.
 */
export function findScaleLevel(text: string, scales: QualitativeScale[] = DEFAULT_SCALES): ScaleLevelMatch | null {
  const key = levelKey(text);
  if (key === "") return null;
  return scaleIndex(scales).get(key) ?? null;
}

/** Folded key → level, built once per scales array (folding every alias per call was the hot spot). */
const indexes = new WeakMap<QualitativeScale[], Map<string, ScaleLevelMatch>>();

function scaleIndex(scales: QualitativeScale[]): Map<string, ScaleLevelMatch> {
  let index = indexes.get(scales);
  if (index) return index;
  index = new Map();
  for (const scale of scales) {
    scale.levels.forEach((level, rank) => {
      for (const name of [level.name, ...level.aliases]) {
        const k = levelKey(name);
        // The first scale that knows a text wins, as before.
        if (!index!.has(k)) index!.set(k, { scale: scale.id, rank, level: level.name });
      }
    });
  }
  indexes.set(scales, index);
  return index;
}
