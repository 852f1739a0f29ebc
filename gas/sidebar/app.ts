import type { Lang, MessageParams } from "../../core/i18n";
import type { RpcOutput } from "../rpc/contract";
import { call, RpcError, type ServerValue } from "./run";
import { clear, el } from "./dom";
import { sidebarMessage, sidebarText, type SidebarCode } from "./strings";

type View = "main" | "settings" | "create";
type State = ServerValue<"rpcGetState">;
type FindingView = RpcOutput<"rpcCheckAll">["findings"][number];

declare global {
  interface Window {
    CHITIEU_BOOT?: { view?: View; lang?: Lang };
  }
}

const ui = {
  lang: "vi" as Lang,
  view: "main" as View,
  state: null as State | null,
  check: null as RpcOutput<"rpcCheckAll"> | null,
  statuses: null as RpcOutput<"rpcComputeStatuses"> | null,
  share: null as ShareView | null,
  report: null as RpcOutput<"rpcAnnualReport"> | null,
  standardised: null as RpcOutput<"rpcStandardise"> | null,
  /** Open conflicts, once asked for (after a consolidation or with the button). */
  conflicts: null as RpcOutput<"rpcShareConflicts">["conflicts"] | null,
  resolver: { by: "", reason: "" },
  notify: false,
  busy: false,
  /** The plan's details asked for when a pasted table's title lines do not name it. */
  identity: null as Extract<RpcOutput<"rpcRecognize">, { kind: "needsIdentity" }> | null,
  /** A recognition waiting for the person to say the tracking sheets may be replaced. */
  replace: null as { given: Given; message: { vi: string; en: string } } | null,
};

/** The last sharing answer, whichever action gave it (lists shown as text only). */
type ShareView =
  | { kind: "protect"; value: RpcOutput<"rpcShareProtect"> }
  | { kind: "copies"; value: RpcOutput<"rpcShareCopies"> }
  | { kind: "consolidate"; value: RpcOutput<"rpcShareConsolidate"> };

const t = (code: SidebarCode, params?: MessageParams): string => sidebarText(code, ui.lang, params);
const root = (): HTMLElement => document.getElementById("app") as HTMLElement;

function say(text: string, kind: "ok" | "error" = "ok"): void {
  const line = document.getElementById("message");
  if (!line) return;
  line.textContent = text;
  line.className = kind;
}

function fail(e: unknown): void {
  if (e instanceof RpcError) say(ui.lang === "vi" ? e.vi : e.en, "error");
  else say(String(e), "error");
}

/** Progress of a multi-step action: a bar and "Step i of n: label". */
function progress(step: number, steps: number, label: string): void {
  const box = document.getElementById("progress");
  if (!box) return;
  clear(box);
  if (steps === 0) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const bar = el("progress", { max: String(steps), value: String(step - 1), "aria-label": label });
  box.append(el("div", { class: "step" }, t("gas.ui.step", { step, steps, label })), bar);
}

/** Runs steps one server call at a time, showing which one is running; buttons are off meanwhile. */
async function runSteps(steps: { label: string; run: () => Promise<{ message: { vi: string; en: string } }> }[]): Promise<void> {
  if (ui.busy) return;
  ui.busy = true;
  render();
  try {
    let last = "";
    for (let i = 0; i < steps.length; i++) {
      progress(i + 1, steps.length, steps[i].label);
      const out = await steps[i].run();
      last = out.message[ui.lang];
    }
    say(last || t("gas.ui.done"));
  } catch (e) {
    fail(e);
  } finally {
    ui.busy = false;
    progress(0, 0, "");
    render();
  }
}

const doCheck = (): Promise<RpcOutput<"rpcCheckAll">> =>
  call("rpcCheckAll", {}).then((r) => {
    ui.check = r;
    return r;
  });
const doStatuses = (): Promise<RpcOutput<"rpcComputeStatuses">> =>
  call("rpcComputeStatuses", {}).then((r) => {
    ui.statuses = r;
    return r;
  });

function button(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el("button", { type: "button", ...attrs }, label);
  if (ui.busy) b.disabled = true;
  b.addEventListener("click", onClick);
  return b;
}

function actions(): HTMLElement {
  const has = ui.state?.hasWorkbook ?? false;
  const box = el("section", { id: "actions" }, el("h2", {}, t("gas.ui.actions")));
  const row = el("div", { class: "buttons" });
  if (has) {
    row.append(
      button(t("gas.menu.check"), () => void runSteps([{ label: t("gas.menu.check"), run: doCheck }]), { id: "btn-check" }),
      button(t("gas.menu.statuses"), () => void runSteps([{ label: t("gas.menu.statuses"), run: doStatuses }]), { id: "btn-statuses" }),
      button(
        t("gas.menu.standardise"),
        () =>
          void runSteps([
            {
              label: t("gas.menu.standardise"),
              run: () =>
                call("rpcStandardise", {}).then((r) => {
                  ui.standardised = r;
                  ui.check = null;
                  return r;
                }),
            },
          ]),
        { id: "btn-standardise" },
      ),
      button(
        t("gas.menu.summary"),
        () =>
          void runSteps([
            { label: t("gas.menu.check"), run: doCheck },
            { label: t("gas.menu.statuses"), run: doStatuses },
            { label: t("gas.menu.summary"), run: () => call("rpcGenerateSummary", { full: false }) },
          ]),
        { id: "btn-summary", class: "primary" },
      ),
      button(
        t("gas.menu.report"),
        () =>
          void runSteps([
            {
              label: t("gas.menu.report"),
              run: () =>
                call("rpcAnnualReport", {}).then((r) => {
                  ui.report = r;
                  return r;
                }),
            },
          ]),
        { id: "btn-report" },
      ),
    );
  }
  row.append(
    button(t("gas.menu.recognize"), () => recognize({}), {
      id: "btn-recognize",
    }),
    button(t("gas.ui.create"), () => go("create"), { id: "btn-create-view" }),
    button(t("gas.ui.settings"), () => go("settings"), { id: "btn-settings-view" }),
  );
  box.append(row);
  if (ui.replace) box.append(replaceBox(ui.replace));
  if (ui.identity) box.append(identityForm(ui.identity));
  if (has && ui.standardised && ui.standardised.kept.length > 0) {
    box.append(el("ul", { id: "standardise-kept", class: "findings warning" }, ...ui.standardised.kept.map((m) => el("li", {}, m[ui.lang]))));
  }
  if (has && ui.report) box.append(reportResult(ui.report));
  return box;
}

type Given = { number?: string; issuedOn?: string; issuer?: string; title?: string };
const IDENTITY_FIELDS = ["number", "issuedOn", "issuer", "title"] as const;
const IDENTITY_LABEL = { number: "gas.identity.number", issuedOn: "gas.identity.issuedOn", issuer: "gas.identity.issuer", title: "gas.identity.title" } as const;

/** Recognise the pasted appendix; when its title lines do not name the plan, the form asks. */
function recognize(given: Given, replace = false): void {
  void runSteps([
    {
      label: t("gas.menu.recognize"),
      run: async () => {
        const out = await call("rpcRecognize", { identity: given, replace });
        ui.replace = null;
        if (out.kind === "confirm") {
          ui.replace = { given, message: out.message };
          return out;
        }
        if (out.kind === "needsIdentity") {
          ui.identity = out;
          return out;
        }
        ui.identity = null;
        return afterStructure(out);
      },
    },
  ]);
}

/** Asks before a recognition replaces the tracking sheets of the plan already tracked. */
function replaceBox(wait: NonNullable<typeof ui.replace>): HTMLElement {
  return el(
    "div",
    { id: "replace-confirm", class: "confirm" },
    el("p", {}, wait.message[ui.lang]),
    el(
      "div",
      { class: "buttons" },
      button(t("gas.ui.yes"), () => recognize(wait.given, true), { id: "btn-replace-yes", class: "primary" }),
      button(t("gas.ui.no"), () => {
        ui.replace = null;
        render();
      }, { id: "btn-replace-no" }),
    ),
  );
}

/** The plan's details: what the title lines say, the missing fields marked and required. */
function identityForm(need: NonNullable<typeof ui.identity>): HTMLElement {
  const box = el("div", { id: "identity", class: "identity" }, el("h3", {}, t("gas.identity.heading")));
  const inputs = new Map<(typeof IDENTITY_FIELDS)[number], HTMLInputElement>();
  for (const f of IDENTITY_FIELDS) {
    const missing = need.missing.includes(f);
    const input = el("input", { id: `identity-${f}`, type: f === "issuedOn" ? "date" : "text", ...(missing ? { required: "" } : {}) }) as HTMLInputElement;
    input.value = need.identity[f] ?? "";
    inputs.set(f, input);
    box.append(el("label", { for: input.id, ...(missing ? { class: "missing" } : {}) }, t(IDENTITY_LABEL[f])), input);
  }
  box.append(
    el(
      "div",
      { class: "buttons" },
      button(
        t("gas.menu.recognize"),
        () => {
          const given: Given = {};
          for (const [f, input] of inputs) if (input.value.trim() !== "") given[f] = input.value.trim();
          recognize(given);
        },
        { id: "btn-identity", class: "primary" },
      ),
    ),
  );
  return box;
}

/** Only a link to a Drive file by id (the contract checks the same on the way in). */
const DRIVE_URL = /^https:\/\/drive\.google\.com\/file\/d\/[A-Za-z0-9_-]+\/view$/;

/** The saved report: a link to it in Drive and what is left for the department to write. */
function reportResult(r: RpcOutput<"rpcAnnualReport">): HTMLElement {
  const link = el("a", { target: "_blank", rel: "noopener" }, `${t("gas.ui.reportOpen")}: ${r.fileName}`);
  if (DRIVE_URL.test(r.url)) link.setAttribute("href", r.url);
  return el("div", { id: "report-result" }, el("p", {}, link), ...r.notes.map((n) => el("p", { class: "muted" }, n[ui.lang])));
}

async function afterStructure<T extends { message: { vi: string; en: string } }>(out: T): Promise<T> {
  ui.state = await call("rpcGetState", {});
  ui.check = null;
  ui.statuses = null;
  return out;
}

/**
 * A sharing action runs as many server calls as it needs: each is one Apps Script run that stops
 * before the time limit and answers done: false; the page calls again until done, showing progress.
 */
async function untilDone<T extends { done: boolean; processed: number; total: number; message: { vi: string; en: string } }>(
  label: string,
  first: () => Promise<T>,
  next: () => Promise<T>,
): Promise<T> {
  progress(1, 1, label);
  let out = await first();
  for (let i = 0; !out.done && i < 100; i++) {
    progress(1, 1, `${label} — ${t("gas.ui.progress", { done: out.processed, total: out.total })}`);
    out = await next();
  }
  return out;
}

function shareAction(kind: ShareView["kind"]): void {
  const label = t(kind === "protect" ? "gas.menu.shareProtect" : kind === "copies" ? "gas.menu.shareCopies" : "gas.menu.shareConsolidate");
  const run = async (): Promise<{ message: { vi: string; en: string } }> => {
    if (kind === "protect") {
      const value = await untilDone(label, () => call("rpcShareProtect", {}), () => call("rpcShareProtect", {}));
      ui.share = { kind, value };
      return value;
    }
    if (kind === "copies") {
      const input = { notify: ui.notify, withCoordinated: false };
      const value = await untilDone(label, () => call("rpcShareCopies", input), () => call("rpcShareCopies", input));
      ui.share = { kind, value };
      return value;
    }
    const value = await untilDone(label, () => call("rpcShareConsolidate", { restart: true }), () => call("rpcShareConsolidate", { restart: false }));
    ui.share = { kind, value };
    ui.conflicts = (await call("rpcShareConflicts", {})).conflicts;
    return value;
  };
  void runSteps([{ label, run }]);
}

function textList(id: string, title: string, items: readonly string[]): HTMLElement | null {
  if (items.length === 0) return null;
  return el("div", { id }, el("h3", {}, `${title} (${items.length})`), el("ul", {}, ...items.map((i) => el("li", {}, i))));
}

/** Only links to a spreadsheet by id (the contract checks the same on the way in). */
const SHEET_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[A-Za-z0-9_-]+\/edit$/;

function shareResult(view: ShareView): HTMLElement {
  const box = el("div", { id: "share-result" }, el("p", {}, view.value.message[ui.lang]));
  const add = (node: HTMLElement | null) => {
    if (node) box.append(node);
  };
  const texts = (ms: readonly { vi: string; en: string }[]) => ms.map((m) => m[ui.lang]);
  if (view.kind === "protect") {
    add(textList("share-without", t("gas.ui.withoutEmail"), view.value.withoutEmail));
    add(textList("share-problems", t("gas.ui.problems"), texts(view.value.problems)));
  } else if (view.kind === "copies") {
    if (view.value.copies.length > 0) {
      const list = el("ul", {});
      for (const c of view.value.copies) {
        const link = el("a", { target: "_blank", rel: "noopener" }, c.agency);
        if (SHEET_URL.test(c.url)) link.setAttribute("href", c.url);
        list.append(el("li", {}, link, c.sharedWith.length > 0 ? ` — ${c.sharedWith.join(", ")}` : ""));
      }
      box.append(el("div", { id: "share-copies" }, el("h3", {}, `${t("gas.ui.copies")} (${view.value.copies.length})`), list));
    }
    add(textList("share-without", t("gas.ui.withoutEmail"), view.value.withoutEmail));
    add(textList("share-problems", t("gas.ui.problems"), texts(view.value.problems)));
  } else {
    const v = view.value;
    add(textList("share-conflicts", t("gas.ui.conflicts"), texts(v.conflicts)));
    if (v.conflictCount > v.conflicts.length) box.append(el("p", { class: "muted" }, t("gas.ui.more", { count: v.conflictCount - v.conflicts.length })));
    add(textList("share-held", t("gas.ui.held"), texts(v.held)));
    if (v.heldCount > v.held.length) box.append(el("p", { class: "muted" }, t("gas.ui.more", { count: v.heldCount - v.held.length })));
    add(textList("share-rejected", t("gas.ui.rejected"), v.rejected.map((r) => `${r.agency} (${r.source}): ${r.reason[ui.lang]}`)));
    add(textList("share-missing", t("gas.ui.missing"), v.missing));
    add(textList("share-problems", t("gas.ui.problems"), texts(v.problems)));
    box.append(
      el("p", { id: "share-errors-before" }, `${t("gas.ui.errorsBefore")}: ${v.errors.before[ui.lang]}`),
      el("p", { id: "share-errors-after" }, `${t("gas.ui.errorsAfter")}: ${v.errors.after[ui.lang]}`),
    );
  }
  return box;
}

/** One conflict resolved with a click: who and why are asked once, above the list. */
function resolveOne(id: number, take: "package" | "master"): void {
  const by = ui.resolver.by.trim();
  const reason = ui.resolver.reason.trim();
  if (by === "" || reason === "") {
    say(t("gas.ui.needWho"), "error");
    return;
  }
  const label = take === "package" ? t("gas.ui.takePackage") : t("gas.ui.keepMaster");
  void runSteps([
    {
      label,
      run: () =>
        call("rpcShareResolve", { id, take, by, reason }).then((r) => {
          ui.conflicts = r.conflicts;
          return r;
        }),
    },
  ]);
}

/** The open conflicts, each with its two resolutions (values shown as text only). */
function conflictsSection(): HTMLElement {
  const box = el("div", { id: "share-open-conflicts" }, el("h3", {}, t("gas.ui.openConflicts")));
  const list = ui.conflicts;
  if (list === null) {
    box.append(
      button(t("gas.ui.showConflicts"), () =>
        void runSteps([
          {
            label: t("gas.ui.showConflicts"),
            run: () =>
              call("rpcShareConflicts", {}).then((r) => {
                ui.conflicts = r.conflicts;
                return { message: { vi: "", en: "" } };
              }),
          },
        ]), { id: "btn-share-conflicts" }),
    );
    return box;
  }
  if (list.length === 0) {
    box.append(el("p", { class: "muted" }, t("gas.ui.noConflicts")));
    return box;
  }
  const by = el("input", { id: "resolve-by", type: "text", value: ui.resolver.by, maxlength: "200" });
  by.addEventListener("input", () => {
    ui.resolver.by = by.value;
  });
  const reason = el("input", { id: "resolve-reason", type: "text", value: ui.resolver.reason, maxlength: "1000" });
  reason.addEventListener("input", () => {
    ui.resolver.reason = reason.value;
  });
  box.append(el("label", {}, t("gas.ui.by"), by), el("label", {}, t("gas.ui.reason"), reason));
  const ul = el("ul", {});
  for (const c of list) {
    ul.append(
      el(
        "li",
        { "data-conflict": String(c.id) },
        el("span", { class: "text" }, t("gas.ui.conflictLine", { ...c })),
        el(
          "div",
          { class: "buttons" },
          button(t("gas.ui.takePackage"), () => resolveOne(c.id, "package"), { class: "take-package" }),
          button(t("gas.ui.keepMaster"), () => resolveOne(c.id, "master"), { class: "keep-master" }),
        ),
      ),
    );
  }
  box.append(ul);
  return box;
}

function sharingSection(): HTMLElement {
  const notify = el("input", { id: "share-notify", type: "checkbox" });
  notify.checked = ui.notify;
  notify.addEventListener("change", () => {
    ui.notify = notify.checked;
  });
  const box = el(
    "section",
    { id: "sharing" },
    el("h2", {}, t("gas.ui.sharing")),
    el(
      "div",
      { class: "buttons" },
      button(t("gas.menu.shareProtect"), () => shareAction("protect"), { id: "btn-share-protect" }),
      button(t("gas.menu.shareCopies"), () => shareAction("copies"), { id: "btn-share-copies" }),
      button(t("gas.menu.shareConsolidate"), () => shareAction("consolidate"), { id: "btn-share-consolidate" }),
    ),
    el("label", { class: "inline" }, notify, t("gas.ui.notify")),
  );
  if (ui.share) box.append(shareResult(ui.share));
  box.append(conflictsSection());
  return box;
}

function findingsSection(): HTMLElement {
  const box = el("section", { id: "findings" }, el("h2", {}, t("gas.ui.findings")));
  const check = ui.check;
  if (!check) {
    box.append(el("p", { class: "muted" }, t("gas.ui.notChecked")));
    return box;
  }
  box.append(el("p", {}, check.message[ui.lang]));
  box.append(el("p", { class: check.counts.error > 0 ? "errors" : "muted" }, check.errors[ui.lang]));
  if (check.total === 0) {
    box.append(el("p", { class: "muted" }, t("gas.ui.noFindings")));
    return box;
  }
  const groups: { severity: FindingView["severity"]; label: SidebarCode }[] = [
    { severity: "error", label: "gas.ui.error" },
    { severity: "warning", label: "gas.ui.warning" },
    { severity: "info", label: "gas.ui.info" },
  ];
  for (const g of groups) {
    const items = check.findings.filter((f) => f.severity === g.severity);
    if (items.length === 0) continue;
    const list = el("ul", { class: `findings ${g.severity}` });
    for (const f of items) {
      const text = f.message[ui.lang];
      const fix = f.suggestion ? f.suggestion[ui.lang] : null;
      const item = el(
        "li",
        {},
        button(`${f.sheet}!${f.a1}`, () => void call("rpcSelectCell", { sheet: f.sheet, row: f.row, col: f.col }).catch(fail), {
          class: "cell",
          title: t("gas.ui.cell", { cell: f.a1 }),
        }),
        el("span", { class: "text" }, text),
        fix ? el("span", { class: "fix" }, fix) : null,
      );
      list.append(item);
    }
    box.append(el("h3", { class: g.severity }, `${t(g.label)} (${check.counts[g.severity]})`), list);
  }
  if (check.total > check.findings.length) box.append(el("p", { class: "muted" }, t("gas.ui.more", { count: check.total - check.findings.length })));
  return box;
}

function overview(): HTMLElement {
  const box = el("section", { id: "overview" }, el("h2", {}, t("gas.ui.overview")));
  const s = ui.statuses;
  if (!s) {
    box.append(el("p", { class: "muted" }, t("gas.ui.noStatuses")));
    return box;
  }
  const table = (title: string, rows: [string, number][]): HTMLElement =>
    el(
      "table",
      {},
      el("caption", {}, title),
      el("tbody", {}, ...rows.map(([label, n]) => el("tr", {}, el("td", {}, label), el("td", { class: "num" }, String(n))))),
    );
  box.append(el("p", { class: "muted" }, s.yearLine[ui.lang]));
  const ind: [string, number][] = s.indicators.map((r) => [r.label[ui.lang], r.count]);
  const tasks: [string, number][] = s.tasks.map((r) => [r.label[ui.lang], r.count]);
  box.append(table(s.indicatorLine[ui.lang], ind), table(s.taskLine[ui.lang], tasks));
  return box;
}

function settingsView(): HTMLElement {
  const s = ui.state?.settings ?? { year: null, projection: "linear" as const, lang: ui.lang };
  // Empty: automatic, the year being prepared today (the server says which).
  const period = ui.state?.period;
  const year = el("input", {
    id: "year",
    type: "number",
    min: String(period?.from ?? 2000),
    max: String(period?.to ?? 2100),
    value: s.year === null ? "" : String(s.year),
    placeholder: ui.state?.year ? t("gas.ui.yearAuto", { year: ui.state.year }) : t("gas.ui.yearAutoShort"),
  });
  const projection = el(
    "select",
    { id: "projection" },
    el("option", { value: "linear" }, t("gas.ui.linear")),
    el("option", { value: "cagr" }, t("gas.ui.cagr")),
  );
  projection.value = s.projection;
  const lang = el("select", { id: "lang" }, el("option", { value: "vi" }, "Tiếng Việt"), el("option", { value: "en" }, "English"));
  lang.value = s.lang;
  const save = button(
    t("gas.ui.save"),
    () =>
      void runSteps([
        {
          label: t("gas.ui.save"),
          run: async () => {
            const saved = await call("rpcSaveSettings", {
              year: year.value.trim() === "" ? null : Number(year.value),
              projection: projection.value === "cagr" ? "cagr" : "linear",
              lang: lang.value === "en" ? "en" : "vi",
            });
            ui.lang = saved.lang;
            if (ui.state) ui.state = { ...ui.state, settings: saved };
            ui.view = "main";
            ui.state = await call("rpcGetState", {});
            ui.statuses = null;
            const shown = saved.year === null ? t("gas.ui.yearAutoShort") : saved.year;
            return { message: sidebarMessage("gas.settingsSaved", { year: shown, projection: saved.projection, lang: saved.lang }) };
          },
        },
      ]),
    { id: "btn-save", class: "primary" },
  );
  return el(
    "section",
    { id: "settings" },
    el("h2", {}, t("gas.ui.settings")),
    el("label", {}, t("gas.ui.year"), year),
    el("label", {}, t("gas.ui.projection"), projection),
    el("label", {}, t("gas.ui.lang"), lang),
    el("div", { class: "buttons" }, save, button("←", () => go("main"), { id: "btn-back" })),
  );
}

function createView(): HTMLElement {
  const replace = el("input", { id: "replace", type: "checkbox" });
  const box = el("section", { id: "create" }, el("h2", {}, t("gas.ui.create")));
  for (const tpl of ui.state?.templates ?? []) {
    box.append(
      button(
        tpl.label,
        () =>
          void runSteps([
            {
              label: t("gas.ui.create"),
              run: () =>
                call("rpcCreateFromTemplate", { templateId: tpl.id, replace: replace.checked }).then(afterStructure).then((out) => {
                  ui.view = "main";
                  return out;
                }),
            },
          ]),
        { class: "template", "data-template": tpl.id },
      ),
    );
  }
  // A plan that is not among the templates: from its Word document, picked in Drive.
  box.append(
    button(t("gas.menu.importWord"), () => void runSteps([{ label: t("gas.menu.importWord"), run: () => call("rpcOpenWordPicker", {}).then(() => ({ message: sidebarMessage("gas.word.opening") })) }]), {
      id: "btn-import-word",
      class: "template",
    }),
  );
  if (ui.state?.hasWorkbook) box.append(el("label", { class: "inline" }, replace, t("gas.ui.replace")));
  box.append(el("div", { class: "buttons" }, button("←", () => go("main"), { id: "btn-back" })));
  return box;
}

function go(view: View): void {
  ui.view = view;
  render();
}

export function render(): void {
  const app = root();
  clear(app);
  document.documentElement.lang = ui.lang;
  const header = el("header", {}, el("h1", {}, t("gas.title")));
  if (ui.state?.hasWorkbook && ui.state.planNumber !== null) {
    header.append(el("p", { id: "plan" }, t("gas.ui.plan", { number: ui.state.planNumber, year: ui.state.year ?? "" })));
    if (ui.state.yearLine) header.append(el("p", { id: "year-line", class: "muted" }, ui.state.yearLine[ui.lang]));
  } else if (ui.state && !ui.state.hasWorkbook) {
    header.append(el("p", { id: "plan", class: "muted" }, (ui.state.problem ?? sidebarMessage("gas.noWorkbook"))[ui.lang]));
  }
  app.append(header);
  if (ui.view === "settings") app.append(settingsView());
  else if (ui.view === "create") app.append(createView());
  else {
    app.append(actions(), findingsSection(), overview());
    if (ui.state?.hasWorkbook) app.append(sharingSection());
  }
  app.setAttribute("aria-busy", ui.busy ? "true" : "false");
}

export async function start(): Promise<void> {
  const boot = window.CHITIEU_BOOT ?? {};
  ui.lang = boot.lang === "en" ? "en" : "vi";
  ui.view = boot.view === "settings" || boot.view === "create" ? boot.view : "main";
  render();
  try {
    ui.state = await call("rpcGetState", {});
    ui.lang = ui.state.settings.lang;
  } catch (e) {
    fail(e);
  }
  render();
  document.body.setAttribute("data-ready", "true");
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void start());
  else void start();
}
