export * from "./source-schema";
export { planFromSource } from "./plan-from-source";
export { needsEvidence } from "./tasks-from-source";
export { planJson } from "./plan-json";
export { TEMPLATE_IDS, isTemplateId, loadTemplate, type TemplateId } from "./catalog";
export { SAMPLE_PLAN_IDS, SampleSchema, SampleTaskStateSchema, loadSample, type Sample, type SampleTaskState } from "./sample";
