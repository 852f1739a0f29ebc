export { loadAgencyRegistry, defaultRegistry } from "./registry";
export { createAgencyIndex } from "./agency-index";
export type { AgencyIndex } from "./agency-index";
export { matchAgencies, toAgencyRef } from "./match";
export type { AgencyMatch, AgencyBody } from "./match";
export { successorsOf } from "./successors";
export type { SuccessorOnDate } from "./successors";
export { normalizeAgencyName } from "./normalize";
export { describeUnknownAgencies, defaultAgencyIndex } from "./describe";
