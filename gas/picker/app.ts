import type { Lang, MessageParams } from "../../core/i18n";
import type { RpcOutput } from "../rpc/contract";
import { clear, el } from "../sidebar/dom";
import { call, RpcError } from "../sidebar/run";
import { sidebarText, type SidebarCode } from "../sidebar/strings";
import { closeDialog, loadPicker, pickDocument } from "./picker-api";

/**
 * The Word import dialog: the Google Picker shows the person's Drive (drive.file: the add-on gets
 * access to the one file picked), the server reads that file with the core's reader and creates
 * the tracking sheets, and the dialog shows what was read. Text from the document (messages
 * quote it) reaches the page through textContent only.
 */
declare global {
  interface Window {
    CHITIEU_BOOT?: { lang?: Lang };
  }
}

type Config = RpcOutput<"rpcWordPickerConfig">;
type Answer = RpcOutput<"rpcImportWord">;
type Result = Extract<Answer, { kind: "created" }>;
type Ask = Extract<Answer, { kind: "needsIdentity" }>;
type Field = Ask["missing"][number];

const FIELDS: Field[] = ["number", "issuedOn", "issuer", "title"];

const ui = {
  lang: "vi" as Lang,
  config: null as Config | null,
  result: null as Result | null,
  /** The file picked, while its plan's details are asked for. */
  asking: null as { fileId: string; ask: Ask; values: Record<Field, string> } | null,
  replace: false,
  busy: false,
};

const t = (code: SidebarCode, params?: MessageParams): string => sidebarText(code, ui.lang, params);

function say(text: string, kind: "ok" | "error" = "ok"): void {
  const line = document.getElementById("message");
  if (!line) return;
  line.textContent = text;
  line.className = kind;
}

function fail(e: unknown): void {
  if (e instanceof RpcError) say(ui.lang === "vi" ? e.vi : e.en, "error");
  else say(t("gas.word.pickerFailed", { detail: e instanceof Error ? e.message : String(e) }), "error");
}

function resultView(r: Result): HTMLElement {
  const box = el("section", { id: "result" }, el("p", { id: "done" }, r.message[ui.lang]));
  if (r.notes.length > 0) box.append(el("h3", {}, t("gas.word.notes")), el("ul", { id: "notes" }, ...r.notes.map((n) => el("li", {}, n[ui.lang]))));
  if (r.reviewCount > 0) {
    const list = el("ul", { id: "review", class: "findings warning" });
    for (const item of r.review) {
      list.append(
        el("li", {}, item.where ? el("span", { class: "where" }, `${item.where[ui.lang]} `) : null, item.message[ui.lang], item.suggestion ? el("span", { class: "fix" }, item.suggestion[ui.lang]) : null),
      );
    }
    box.append(el("h3", { class: "warning" }, t("gas.word.review", { count: r.reviewCount })), list);
    if (r.reviewCount > r.review.length) box.append(el("p", { class: "muted" }, t("gas.ui.more", { count: r.reviewCount - r.review.length })));
  }
  return box;
}

/** The plan's number, date, issuer and title: filled from the document, the missing ones to type. */
function identityForm(a: NonNullable<typeof ui.asking>): HTMLElement {
  const box = el("section", { id: "identity" }, el("h2", {}, t("gas.word.identity")));
  for (const f of FIELDS) {
    const attrs: Record<string, string> = { id: `identity-${f}`, type: f === "issuedOn" ? "date" : "text", value: a.values[f] };
    if (a.ask.missing.includes(f)) attrs.required = "required";
    const input = el("input", attrs);
    input.value = a.values[f];
    input.addEventListener("input", () => {
      a.values[f] = input.value;
    });
    const label = t(`ui.identity.field.${f}`);
    box.append(el("label", { class: a.ask.missing.includes(f) ? "missing" : "" }, label.charAt(0).toUpperCase() + label.slice(1), input));
  }
  const go = el("button", { id: "btn-identity", type: "button", class: "primary" }, t("gas.word.create"));
  go.disabled = ui.busy;
  go.addEventListener("click", () => void importFile(a.fileId, a.ask.file));
  box.append(el("div", { class: "buttons" }, go));
  return box;
}

function render(): void {
  const app = document.getElementById("app") as HTMLElement;
  clear(app);
  document.documentElement.lang = ui.lang;
  app.append(el("h1", {}, t("gas.word.title")), el("p", { class: "muted" }, t("gas.word.hint")));
  const c = ui.config;
  if (c?.hasWorkbook) {
    const box = el("input", { id: "replace", type: "checkbox" });
    box.checked = ui.replace;
    box.addEventListener("change", () => {
      ui.replace = box.checked;
    });
    const label = c.planNumber ? t("gas.word.replace", { number: c.planNumber }) : t("gas.word.replaceUnnamed");
    app.append(el("label", { class: "inline" }, box, label));
  }
  const pick = el("button", { id: "btn-pick", type: "button", class: "primary" }, t("gas.word.pick"));
  const close = el("button", { id: "btn-close", type: "button" }, t("gas.word.close"));
  pick.disabled = ui.busy || c === null;
  close.disabled = ui.busy;
  pick.addEventListener("click", () => void choose());
  close.addEventListener("click", () => closeDialog());
  app.append(el("div", { class: "buttons" }, pick, close));
  if (ui.asking) app.append(identityForm(ui.asking));
  if (ui.result) app.append(resultView(ui.result));
  app.setAttribute("aria-busy", ui.busy ? "true" : "false");
}

/** Picker, then the import of the file picked; cancelling leaves the dialog as it was. */
async function choose(): Promise<void> {
  const c = ui.config;
  if (!c || ui.busy) return;
  ui.busy = true;
  render();
  say(t("gas.word.opening"));
  try {
    const picker = await loadPicker();
    const picked = await pickDocument(picker, { token: c.token, developerKey: c.developerKey, appId: c.appId, locale: ui.lang, title: t("gas.word.pick") });
    const doc = picked.docs[0];
    if (picked.action !== "picked" || !doc) {
      say("");
      return;
    }
    ui.asking = null;
    ui.result = null;
    await read(doc.id, doc.name);
  } catch (e) {
    fail(e);
  } finally {
    ui.busy = false;
    render();
  }
}

/** Reads the picked file on the server; it creates the sheets, or says which plan details to give. */
async function read(fileId: string, name: string): Promise<void> {
  const c = ui.config;
  if (!c) return;
  say(t("gas.word.reading", { file: name }));
  const identity: Partial<Record<Field, string>> = {};
  if (ui.asking) for (const f of FIELDS) if (ui.asking.values[f].trim() !== "") identity[f] = ui.asking.values[f].trim();
  const answer = await call("rpcImportWord", { fileId, replace: ui.replace, ...(ui.asking ? { identity } : {}) });
  if (answer.kind === "needsIdentity") {
    const values = Object.fromEntries(FIELDS.map((f) => [f, ui.asking?.values[f] || answer.identity[f] || ""])) as Record<Field, string>;
    ui.asking = { fileId, ask: answer, values };
    say(answer.message[ui.lang], "error");
    return;
  }
  ui.asking = null;
  ui.result = answer;
  ui.config = { ...c, hasWorkbook: true, planNumber: answer.number };
  ui.replace = false;
  say(answer.message[ui.lang]);
}

/** The details typed in: the same file read again with them. */
async function importFile(fileId: string, name: string): Promise<void> {
  if (ui.busy) return;
  ui.busy = true;
  render();
  try {
    await read(fileId, name);
  } catch (e) {
    fail(e);
  } finally {
    ui.busy = false;
    render();
  }
}

export async function start(): Promise<void> {
  ui.lang = window.CHITIEU_BOOT?.lang === "en" ? "en" : "vi";
  render();
  try {
    ui.config = await call("rpcWordPickerConfig", {});
    ui.lang = ui.config.lang;
  } catch (e) {
    fail(e);
  }
  render();
  document.body.setAttribute("data-ready", "true");
  // Nothing to confirm first: straight to the Picker.
  if (ui.config && !ui.config.hasWorkbook) void choose();
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void start());
  else void start();
}
