import type { Lang } from "../../core/i18n";
import type { IdentityField, PlanIdentity } from "../../core/recognize";
import { t } from "./strings";
import { el } from "./view";

// The pane's first script carries only its own texts: the four fields are named here, not taken from the core.
const FIELDS: readonly IdentityField[] = ["number", "issuedOn", "issuer", "title"];

/**
 * The plan's details as fields — number, date, issuer, title — filled with what the document or
 * the table's title lines say, the missing ones marked and required. Used by the Word import and
 * by "recognise the pasted appendix": the plan is never named after a file or a sheet.
 */
export function identityForm(
  id: string,
  read: PlanIdentity,
  missing: readonly IdentityField[],
  labels: { title: string; submit: string; lang: Lang; submitId: string },
  onSubmit: (identity: Partial<PlanIdentity>) => void,
): HTMLElement {
  const form = el("div", "identity");
  form.id = id;
  form.append(el("h3", undefined, labels.title));
  const inputs = new Map<IdentityField, HTMLInputElement>();
  for (const f of FIELDS) {
    const label = el("label", missing.includes(f) ? "missing" : undefined, t(labels.lang, `excel.identity.${f}`));
    const input = el("input");
    input.id = `${id}-${f}`;
    input.type = f === "issuedOn" ? "date" : "text";
    input.value = read[f] ?? "";
    input.required = missing.includes(f);
    label.htmlFor = input.id;
    inputs.set(f, input);
    form.append(label, input);
  }
  const go = el("button", "primary", labels.submit);
  go.id = labels.submitId;
  go.addEventListener("click", () => {
    const given: Partial<PlanIdentity> = {};
    for (const [f, input] of inputs) if (input.value.trim() !== "") given[f] = input.value.trim();
    onSubmit(given);
  });
  form.append(go);
  return form;
}
