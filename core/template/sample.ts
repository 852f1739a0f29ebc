/**
 * The bundled sample data, imported as JSON (bundlers inline it). Generated and self-checked by
 * scripts/build-sample.ts; see sample-schema.ts for the shape.
 */
import { msg, type Message } from "../i18n";
import dongThap from "../../templates/samples/dong-thap-328-2024.sample.json";
import haiDuong from "../../templates/samples/hai-duong-1768-2022.sample.json";
import { SampleSchema, type Sample } from "./sample-schema";

export { SampleSchema, SampleTaskStateSchema, type Sample, type SampleTaskState } from "./sample-schema";

const BUNDLED: Record<string, unknown> = {
  "dong-thap-328-2024": dongThap,
  "hai-duong-1768-2022": haiDuong,
};

/** Plans that ship with sample data, the Đồng Tháp workbook first (it has indicators and tasks). */
export const SAMPLE_PLAN_IDS: readonly string[] = Object.keys(BUNDLED);

/** The sample for a plan, checked with SampleSchema; a fresh object on every call. */
export function loadSample(planId: string): { sample: Sample | null; error: Message | null } {
  if (!Object.prototype.hasOwnProperty.call(BUNDLED, planId)) {
    return { sample: null, error: msg("template.noSample", { id: planId, known: SAMPLE_PLAN_IDS.join(", ") }) };
  }
  const parsed = SampleSchema.safeParse(BUNDLED[planId]);
  if (parsed.success) return { sample: parsed.data, error: null };
  const detail = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join(".") || "(gốc)"}: ${i.message}`)
    .join("; ");
  return { sample: null, error: msg("template.sampleInvalid", { id: planId, detail }) };
}
