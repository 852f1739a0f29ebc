/// <reference types="office-js" />
import type { Lang, Message } from "../../core/i18n";
import type { Overview } from "../../core/workbook";
import type { PlanIdentity } from "../../core/recognize";
import { detectCapabilities, type Capabilities } from "../excel/capabilities";
import type { Session } from "../excel/session";
import type { FindingView } from "./render";
import { TEMPLATE_IDS, templateLabel } from "./templates";
import { identityForm } from "./identity-form";
import { el, t, translate } from "./view";

/**
 * The task pane shell: this first script labels the page and fills the template list at once;
 * the core (validation, statuses, summary, layout, the catalogue, the Excel actions) is the chunk
 * ./core, fetched with a dynamic import as soon as this script runs (and preloaded by the page),
 * and the buttons are wired to it when it arrives.
 * Buttons call the actions (which take a RequestContext), never Excel directly, one `Excel.run`
 * each; a progress bar shows while one runs and the buttons wait for it.
 */
type Core = typeof import("./core");

let corePromise: Promise<Core> | null = null;

/** The core chunk; a failed download is tried again by the next action. */
function loadCore(): Promise<Core> {
  corePromise ??= import("./core").catch((e: unknown) => {
    corePromise = null;
    throw e;
  });
  return corePromise;
}

// In the background while Office.js starts: by the first click the core is usually there.
loadCore().catch(() => undefined);

type Sharing = typeof import("./sharing");
let sharingPromise: Promise<Sharing> | null = null;

/** The sharing chunk (ExcelJS, JSZip): fetched only when a sharing button is first used. */
function loadSharing(): Promise<Sharing> {
  sharingPromise ??= import("./sharing").catch((e: unknown) => {
    sharingPromise = null;
    throw e;
  });
  return sharingPromise;
}

type ReportChunk = typeof import("./report");
let reportPromise: Promise<ReportChunk> | null = null;

/** The report chunk (the docx library): fetched only when the report button is first used. */
function loadReport(): Promise<ReportChunk> {
  reportPromise ??= import("./report").catch((e: unknown) => {
    reportPromise = null;
    throw e;
  });
  return reportPromise;
}

type Word = typeof import("./word");
let wordPromise: Promise<Word> | null = null;

/** The Word chunk (JSZip and the document reader): fetched only when a .docx is picked. */
function loadWord(): Promise<Word> {
  wordPromise ??= import("./word").catch((e: unknown) => {
    wordPromise = null;
    throw e;
  });
  return wordPromise;
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

interface Pane {
  core: Core;
  session: Session;
  overview: Overview | null;
  watching: boolean;
}

function say(text: string, isError = false): void {
  const m = $("message");
  m.textContent = text;
  m.classList.toggle("error", isError);
}

function errorText(lang: Lang, e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return t(lang, "excel.error.unexpected", { detail });
}

/** Runs one action with the buttons off and the progress bar on; `lang` is read when needed. */
async function busy<T>(lang: () => Lang, work: () => Promise<T>): Promise<T | null> {
  const buttons = [...document.querySelectorAll("button")];
  buttons.forEach((b) => (b.disabled = true));
  $("progress").hidden = false;
  say(t(lang(), "excel.progress.working"));
  try {
    return await work();
  } catch (e) {
    say(errorText(lang(), e), true);
    return null;
  } finally {
    $("progress").hidden = true;
    buttons.forEach((b) => (b.disabled = false));
  }
}

function findingViews(pane: Pane): FindingView[] {
  const { columnOf } = pane.core;
  const wb = pane.session.wb;
  return pane.session.findings.map((finding) => {
    const layout = wb && (finding.sheet === wb.meta.indicatorLayout.sheet ? wb.meta.indicatorLayout : finding.sheet === wb.meta.taskLayout.sheet ? wb.meta.taskLayout : null);
    return { finding, col: layout ? columnOf(layout as never, finding.column as never) : null };
  });
}

function refresh(pane: Pane): void {
  const lang = pane.session.lang;
  translate(document, lang);
  ($("lang") as HTMLSelectElement).value = lang;
  const wb = pane.session.wb;
  $("live").textContent = wb ? t(lang, `excel.live.${pane.core.annotationMode(pane.session.caps)}`) : t(lang, "excel.live.off");
  if (wb) {
    // Empty: automatic (the year being prepared today, shown as the placeholder).
    const asof = $("asof") as HTMLInputElement;
    asof.value = wb.meta.settings.yearMode === "fixed" ? String(wb.meta.settings.asOf) : "";
    asof.placeholder = t(lang, "excel.settings.asOfAuto", { year: wb.meta.settings.asOf });
    asof.min = String(wb.meta.period.from);
    asof.max = String(wb.meta.period.to);
    ($("projection") as HTMLSelectElement).value = wb.meta.settings.projection;
  }
  pane.core.renderFindings($("findings"), $("findings-count"), findingViews(pane), lang, (item) => {
    if (item.col === null) return;
    void Excel.run((ctx) => pane.core.selectCell(ctx, item.finding.sheet, item.finding.row, item.col as number)).catch((e) => say(errorText(pane.session.lang, e), true));
  });
  pane.core.renderOverview($("overview"), pane.overview, lang);
}

async function startWatching(pane: Pane): Promise<void> {
  if (pane.watching || !pane.session.wb) return;
  pane.watching = true;
  await Excel.run((ctx) =>
    pane.core.watchEdits(
      ctx,
      pane.session,
      (outcome) => {
        if (outcome.kind === "checked") refresh(pane);
      },
      (e) => say(errorText(pane.session.lang, e), true),
    ),
  );
}

function confirm(pane: Pane, text: string): Promise<boolean> {
  const box = $("confirm");
  $("confirm-text").textContent = text;
  box.hidden = false;
  // The question comes while an action runs (its buttons are off): its own two answer it.
  for (const id of ["confirm-yes", "confirm-no"]) ($(id) as HTMLButtonElement).disabled = false;
  return new Promise((resolve) => {
    const done = (answer: boolean) => {
      box.hidden = true;
      resolve(answer);
    };
    $("confirm-yes").onclick = () => done(true);
    $("confirm-no").onclick = () => done(false);
  });
}

const fail = (pane: Pane, error: Message | null) => say(error ? error[pane.session.lang] : "", true);

/** What the shell shows before the core arrives: labels in the pane's language and the template list. */
function shell(lang: Lang): void {
  translate(document, lang);
  ($("lang") as HTMLSelectElement).value = lang;
  const select = $("template") as HTMLSelectElement;
  for (const id of TEMPLATE_IDS) {
    select.append(el("option", undefined, templateLabel(id)));
    (select.lastElementChild as HTMLOptionElement).value = id;
  }
}

function wire(pane: Pane): void {
  const s = pane.session;
  const c = pane.core;
  const select = $("template") as HTMLSelectElement;
  const busyHere = <T>(work: () => Promise<T>) => busy(() => s.lang, work);
  $("lang").addEventListener("change", () => {
    s.lang = ($("lang") as HTMLSelectElement).value as Lang;
    refresh(pane);
  });
  /**
   * Creates the tracking sheets of a plan (a template, or a plan read from a Word document), asking
   * first when tracking sheets already exist. True when they were created.
   */
  const createPlan = async (template: Parameters<Core["createFromTemplate"]>[2]): Promise<string | null> => {
    let out = await Excel.run((ctx) => c.createFromTemplate(ctx, s, template));
    if (out.kind === "confirm") {
      const yes = await confirm(pane, t(s.lang, "excel.confirm.overwrite", { sheets: out.existing.join(", ") }));
      if (!yes) {
        say("");
        return null;
      }
      out = await Excel.run((ctx) => c.createFromTemplate(ctx, s, template, { overwrite: true }));
    }
    if (out.kind === "error") {
      fail(pane, out.error);
      return null;
    }
    if (out.kind !== "created") return null;
    pane.overview = null;
    await startWatching(pane);
    refresh(pane);
    return out.planNumber;
  };
  $("create").addEventListener("click", () =>
    void busyHere(async () => {
      const number = await createPlan(await c.fetchTemplate(select.value));
      if (number !== null) say(t(s.lang, "excel.done.created", { number }));
    }),
  );
  const wordFile = $("word-file") as HTMLInputElement;
  $("import-word").addEventListener("click", () => wordFile.click());
  /** A plan from a document read once: the details the person typed are added, nothing read again. */
  const fromWord = async (word: Word, read: Awaited<ReturnType<Word["readWordFile"]>>, identity: Parameters<Word["wordPlan"]>[1]): Promise<void> => {
    const report = word.wordPlan(read, identity);
    word.renderWordReport($("word-results"), report, s.lang, (given) => void busyHere(() => fromWord(word, read, given)));
    if (!report.plan) {
      say(report.error ? report.error[s.lang] : "", true);
      return;
    }
    const number = await createPlan({ plan: report.plan, error: null });
    if (number !== null) say(t(s.lang, "excel.done.importedWord", { file: read.file, indicators: report.plan.indicators.length, tasks: report.plan.tasks.length }));
  };
  wordFile.addEventListener("change", () => {
    const file = wordFile.files?.[0];
    wordFile.value = "";
    if (!file) return;
    void busyHere(async () => {
      const word = await loadWord();
      const read = await word.readWordFile(file);
      if (!read.document) {
        $("word-results").replaceChildren();
        return fail(pane, read.error);
      }
      await fromWord(word, read, {});
    });
  });
  /** Recognise the pasted appendix; when its title lines do not name the plan, ask for the details. */
  const recognize = async (given: Partial<PlanIdentity>): Promise<void> => {
      let out = await Excel.run((ctx) => c.recognizeInPlace(ctx, s, given));
      if (out.kind === "confirm") {
        const yes = await confirm(pane, t(s.lang, "excel.confirm.overwrite", { sheets: out.existing.join(", ") }));
        if (!yes) return say("");
        out = await Excel.run((ctx) => c.recognizeInPlace(ctx, s, given, { overwrite: true }));
      }
      if (out.kind === "confirm") return say("");
      const box = $("recognize-results");
      box.replaceChildren();
      if (out.kind === "needsIdentity") {
        box.append(
          identityForm("recognize-identity", out.identity, out.missing, { title: t(s.lang, "excel.word.identity"), submit: t(s.lang, "excel.action.recognize"), lang: s.lang, submitId: "recognize-again" }, (more) =>
            void busyHere(() => recognize({ ...given, ...more })),
          ),
        );
        return say(out.error[s.lang], true);
      }
      if (out.kind === "error") return fail(pane, out.error);
      s.findings = out.findings;
      await startWatching(pane);
      refresh(pane);
      say(t(s.lang, "excel.done.recognized", { sheet: out.sheet, indicators: out.indicators, tasks: out.tasks }));
  };
  $("recognize").addEventListener("click", () => void busyHere(() => recognize({})));
  $("check").addEventListener("click", () =>
    void busyHere(async () => {
      const out = await Excel.run((ctx) => c.checkEverything(ctx, s));
      if (out.error) return fail(pane, out.error);
      refresh(pane);
      say([t(s.lang, "excel.done.checked", { count: out.findings.length }), out.outcome?.errors.message[s.lang] ?? ""].join(" "));
    }),
  );
  for (const [id, summary] of [["statuses", false], ["summary", true]] as const) {
    $(id).addEventListener("click", () =>
      void busyHere(async () => {
        const out = await Excel.run((ctx) => c.runStatuses(ctx, s, { summary }));
        if (!out.overview) return fail(pane, out.error);
        const o = out.overview;
        pane.overview = o;
        refresh(pane);
        say(
          summary
            ? [t(s.lang, "excel.done.summary"), out.errors?.message[s.lang] ?? ""].join(" ")
            : t(s.lang, "excel.done.statuses", { indicators: o.indicatorCount, tasks: o.taskCount }),
        );
      }),
    );
  }
  $("standardise").addEventListener("click", () =>
    void busyHere(async () => {
      const out = await Excel.run((ctx) => c.standardiseInExcel(ctx, s));
      if (out.kind === "error") return fail(pane, out.error);
      const list = $("standardise-result");
      list.replaceChildren(...out.lines.slice(1).map((m) => el("li", undefined, m[s.lang])));
      refresh(pane);
      say(out.lines[0][s.lang]);
    }),
  );
  $("report").addEventListener("click", () =>
    void busyHere(async () => {
      const m = await loadReport();
      const out = await m.annualReportFile(s, $("report-result"));
      say(out.text, !out.ok);
    }),
  );
  $("save").addEventListener("click", () =>
    void busyHere(async () => {
      const typed = ($("asof") as HTMLInputElement).value.trim();
      const asOf = typed === "" ? null : Number(typed);
      const projection = ($("projection") as HTMLSelectElement).value === "cagr" ? "cagr" : "linear";
      const out = await Excel.run((ctx) => c.saveSettings(ctx, s, { asOf, lang: s.lang, projection }));
      if (out.error) return fail(pane, out.error);
      refresh(pane);
      say(t(s.lang, "excel.done.settings"));
    }),
  );
  for (const [id, on] of [["lock", true], ["unlock", false]] as const) {
    $(id).addEventListener("click", () =>
      void busyHere(async () => {
        const out = await Excel.run((ctx) => c.setStructureLock(ctx, s, on));
        if (out.error) return fail(pane, out.error);
        say(t(s.lang, on ? "excel.done.protected" : "excel.done.unprotected"));
      }),
    );
  }
}

/** The sharing section: packages to download, consolidation from picked files, per-agency locks. */
function wireSharing(pane: Pane): void {
  const s = pane.session;
  const out = $("share-results");
  const files = $("share-files") as HTMLInputElement;
  const run = (work: (m: Sharing) => Promise<{ ok: boolean; text: string }>) =>
    void busy(
      () => s.lang,
      async () => {
        const report = await work(await loadSharing());
        refresh(pane);
        say(report.text, !report.ok);
      },
    );
  // A conflict's buttons run the resolution through the same busy wrapper as every action.
  const actions = {
    resolve: (id: number, take: "package" | "master", by: string, reason: string) => run((m) => m.shareResolve(s, out, { id, take, by, reason }, actions)),
    missing: () => say(t(s.lang, "excel.share.needWho"), true),
  };
  $("share-split").addEventListener("click", () => run((m) => m.shareSplit(s, out, ($("share-coordinated") as HTMLInputElement).checked)));
  $("share-merge").addEventListener("click", () => files.click());
  files.addEventListener("change", () => {
    const picked = [...(files.files ?? [])];
    files.value = "";
    run((m) => m.shareMerge(s, picked, out, actions));
  });
  $("share-conflicts").addEventListener("click", () => run((m) => m.shareConflicts(s, out, actions)));
  $("share-protect").addEventListener("click", () => run((m) => m.shareProtect(s, out)));
}

/** Loads the core, wires the buttons and opens the workbook; true when the core is there. */
async function boot(lang: Lang, caps: Capabilities): Promise<boolean> {
  let pane: Pane | null = null;
  await busy(
    () => pane?.session.lang ?? lang,
    async () => {
      const core = await loadCore();
      const p: Pane = { core, session: core.createSession(caps, { lang }), overview: null, watching: false };
      pane = p;
      wire(p);
      wireSharing(p);
      const opened = await Excel.run((ctx) => core.openWorkbook(ctx, p.session));
      if (opened.wb) {
        p.session.lang = opened.wb.meta.settings.lang;
        await startWatching(p);
      }
      refresh(p);
      say("");
    },
  );
  return pane !== null;
}

async function start(): Promise<void> {
  // Office.context is read here, when Office.onReady has just called: not after the core's download.
  let lang: Lang = /^en/i.test(Office.context.displayLanguage ?? "") ? "en" : "vi";
  const caps = detectCapabilities();
  shell(lang);
  if (await boot(lang, caps)) return;
  // The core chunk did not arrive (the message says why): the language picker still works, and
  // any button tries to load it again.
  const offline = new AbortController();
  $("lang").addEventListener(
    "change",
    () => {
      lang = ($("lang") as HTMLSelectElement).value as Lang;
      translate(document, lang);
    },
    { signal: offline.signal },
  );
  for (const b of document.querySelectorAll("button")) {
    b.addEventListener(
      "click",
      () => {
        void boot(lang, caps).then((ok) => {
          if (ok) offline.abort();
        });
      },
      { signal: offline.signal },
    );
  }
}

void Office.onReady(() => start());
