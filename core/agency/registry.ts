/** The agency registry: loading and validating one, and the one bundled with the product. */
import { msg, type Message } from "../i18n";
import { AgencyRegistrySchema, type AgencyRegistry } from "../model/agency";
import data from "../../templates/agencies.json";

function issuesText(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join(".") || "(gốc)"}: ${i.message}`)
    .join("; ");
}

/** Checks the shape with the schema, then ids: unique, and every successor known. */
export function loadAgencyRegistry(json: unknown): { registry: AgencyRegistry | null; error: Message | null } {
  const parsed = AgencyRegistrySchema.safeParse(json);
  if (!parsed.success) {
    return { registry: null, error: msg("agency.registryInvalid", { detail: issuesText(parsed.error.issues) }) };
  }
  const registry = parsed.data;
  const ids = new Set<string>();
  for (const agency of registry.agencies) {
    if (ids.has(agency.id)) return { registry: null, error: msg("agency.registryDuplicateId", { id: agency.id }) };
    ids.add(agency.id);
  }
  for (const agency of registry.agencies) {
    const missing = agency.successors.find((s) => !ids.has(s.id));
    if (missing) {
      return { registry: null, error: msg("agency.registryUnknownSuccessor", { id: agency.id, successor: missing.id }) };
    }
  }
  return { registry, error: null };
}

const bundled = loadAgencyRegistry(data);

/**
 * The registry shipped in templates/agencies.json (bundlers inline it). Tests guarantee it is
 * valid; the empty fallback only keeps an add-on alive if a broken file were ever shipped.
 */
export const defaultRegistry: AgencyRegistry = bundled.registry ?? { version: "invalid", agencies: [] };
