import type { AgencyIndex } from "../agency";
import type { AgencyRef, Plan } from "../model";
import { nfc, stripDiacritics } from "../text";

/**
 * An agency that receives a package: every body named as lead of some row. Groups such as
 * "UBND các huyện, thành phố" count too (someone answers for them), and so do names the registry
 * does not know, keyed by their slug, so no lead row is left without a package.
 */
export interface ShareAgency {
  /** Registry id, or the slug of the name for an agency the registry does not know. */
  id: string;
  name: string;
  /** The name as a file-name stem: "Sở Y tế" → "so-y-te". */
  slug: string;
  known: boolean;
  /** Plan row ids it leads. */
  indicators: string[];
  tasks: string[];
}

/** "Sở Lao động - Thương binh và Xã hội" → "so-lao-dong-thuong-binh-va-xa-hoi". */
export function slugOf(text: string): string {
  const slug = stripDiacritics(nfc(text))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "don-vi" : slug;
}

/** Agency keys of an agency cell: matched ids, then slugs of the names nobody matched. */
export function agencyKeys(ref: AgencyRef | null): string[] {
  if (ref === null) return [];
  const out = [...ref.ids];
  for (const u of ref.unknown) {
    const key = slugOf(u);
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

function unknownNames(ref: AgencyRef, into: Map<string, string>): void {
  for (const u of ref.unknown) if (!into.has(slugOf(u))) into.set(slugOf(u), nfc(u).trim());
}

/** The lead agencies of a plan, in order of first appearance, with the rows each leads. */
export function shareAgencies(plan: Plan, index: AgencyIndex): ShareAgency[] {
  const byId = new Map<string, ShareAgency>();
  const unknown = new Map<string, string>();
  const add = (ref: AgencyRef, kind: "indicators" | "tasks", rowId: string) => {
    unknownNames(ref, unknown);
    for (const id of agencyKeys(ref)) {
      let a = byId.get(id);
      if (!a) {
        const known = index.byId.get(id);
        const name = known?.name ?? unknown.get(id) ?? id;
        a = { id, name, slug: slugOf(name), known: known !== undefined, indicators: [], tasks: [] };
        byId.set(id, a);
      }
      a[kind].push(rowId);
    }
  };
  for (const i of plan.indicators) add(i.lead, "indicators", i.id);
  for (const t of plan.tasks) add(t.lead, "tasks", t.id);
  // Two agencies whose names give the same slug still get two files.
  const seen = new Map<string, number>();
  for (const a of byId.values()) {
    const n = (seen.get(a.slug) ?? 0) + 1;
    seen.set(a.slug, n);
    if (n > 1) a.slug = `${a.slug}-${n}`;
  }
  return [...byId.values()];
}
