/// <reference types="office-js" />
import type { Lang, Message } from "../../core/i18n";
import { columnOf } from "../../core/layout";
import { TEMPLATE_IDS, fetchTemplate, templateLabel } from "./templates";
import type { IndicatorStatus, TaskStatus } from "../../core/model";
import { checkEverything } from "../actions/check-all";
import { openWorkbook } from "../actions/context";
import { createFromTemplate } from "../actions/create";
import { watchEdits } from "../actions/live-validation";
import { recognizeInPlace } from "../actions/recognize";
import { runStatuses } from "../actions/statuses";
import { saveSettings, selectCell, setStructureLock } from "../actions/tools";
import { annotationMode, detectCapabilities } from "../excel/capabilities";
import { createSession, type Session } from "../excel/session";
import { el, renderFindings, renderOverview, t, translate, type FindingView } from "./view";

/**
 * The task pane: buttons call the actions (which take a RequestContext), never Excel directly,
 * one `Excel.run` each; a progress bar shows while one runs and the buttons wait for it.
 */
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

interface Pane {
  session: Session;
  overview: { indicators: IndicatorStatus[]; tasks: TaskStatus[] } | null;
  watching: boolean;
}

function say(pane: Pane, text: string, isError = false): void {
  const m = $("message");
  m.textContent = text;
  m.classList.toggle("error", isError);
  void pane;
}

function errorText(pane: Pane, e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return t(pane.session.lang, "excel.error.unexpected", { detail });
}

async function busy<T>(pane: Pane, work: () => Promise<T>): Promise<T | null> {
  const buttons = [...document.querySelectorAll("button")];
  buttons.forEach((b) => (b.disabled = true));
  $("progress").hidden = false;
  say(pane, t(pane.session.lang, "excel.progress.working"));
  try {
    return await work();
  } catch (e) {
    say(pane, errorText(pane, e), true);
    return null;
  } finally {
    $("progress").hidden = true;
    buttons.forEach((b) => (b.disabled = false));
  }
}

function findingViews(pane: Pane): FindingView[] {
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
  $("live").textContent = wb ? t(lang, `excel.live.${annotationMode(pane.session.caps)}`) : t(lang, "excel.live.off");
  if (wb) {
    ($("asof") as HTMLInputElement).value = String(wb.meta.settings.asOf);
    ($("projection") as HTMLSelectElement).value = wb.meta.settings.projection;
  }
  renderFindings($("findings"), $("findings-count"), findingViews(pane), lang, (item) => {
    if (item.col === null) return;
    void Excel.run((ctx) => selectCell(ctx, item.finding.sheet, item.finding.row, item.col as number)).catch((e) => say(pane, errorText(pane, e), true));
  });
  renderOverview($("overview"), pane.overview?.indicators ?? null, pane.overview?.tasks ?? null, lang);
}

async function startWatching(pane: Pane): Promise<void> {
  if (pane.watching || !pane.session.wb) return;
  pane.watching = true;
  await Excel.run((ctx) =>
    watchEdits(
      ctx,
      pane.session,
      (outcome) => {
        if (outcome.kind === "checked") refresh(pane);
      },
      (e) => say(pane, errorText(pane, e), true),
    ),
  );
}

function confirm(pane: Pane, text: string): Promise<boolean> {
  const box = $("confirm");
  $("confirm-text").textContent = text;
  box.hidden = false;
  return new Promise((resolve) => {
    const done = (answer: boolean) => {
      box.hidden = true;
      resolve(answer);
    };
    $("confirm-yes").onclick = () => done(true);
    $("confirm-no").onclick = () => done(false);
  });
}

const fail = (pane: Pane, error: Message | null) => say(pane, error ? error[pane.session.lang] : "", true);

function wire(pane: Pane): void {
  const s = pane.session;
  const select = $("template") as HTMLSelectElement;
  for (const id of TEMPLATE_IDS) {
    select.append(el("option", undefined, templateLabel(id)));
    (select.lastElementChild as HTMLOptionElement).value = id;
  }
  $("lang").addEventListener("change", () => {
    s.lang = ($("lang") as HTMLSelectElement).value as Lang;
    refresh(pane);
  });
  $("create").addEventListener("click", () =>
    void busy(pane, async () => {
      const template = await fetchTemplate(select.value);
      let out = await Excel.run((ctx) => createFromTemplate(ctx, s, template));
      if (out.kind === "confirm") {
        const yes = await confirm(pane, t(s.lang, "excel.confirm.overwrite", { sheets: out.existing.join(", ") }));
        if (!yes) return say(pane, "");
        out = await Excel.run((ctx) => createFromTemplate(ctx, s, template, { overwrite: true }));
      }
      if (out.kind === "error") return fail(pane, out.error);
      if (out.kind === "created") {
        pane.overview = null;
        await startWatching(pane);
        refresh(pane);
        say(pane, t(s.lang, "excel.done.created", { number: out.planNumber }));
      }
    }),
  );
  $("recognize").addEventListener("click", () =>
    void busy(pane, async () => {
      const out = await Excel.run((ctx) => recognizeInPlace(ctx, s));
      if (out.kind === "error") return fail(pane, out.error);
      s.findings = out.findings;
      await startWatching(pane);
      refresh(pane);
      say(pane, t(s.lang, "excel.done.recognized", { sheet: out.sheet, indicators: out.indicators, tasks: out.tasks }));
    }),
  );
  $("check").addEventListener("click", () =>
    void busy(pane, async () => {
      const out = await Excel.run((ctx) => checkEverything(ctx, s));
      if (out.error) return fail(pane, out.error);
      refresh(pane);
      say(pane, t(s.lang, "excel.done.checked", { count: out.findings.length }));
    }),
  );
  for (const [id, summary] of [["statuses", false], ["summary", true]] as const) {
    $(id).addEventListener("click", () =>
      void busy(pane, async () => {
        const out = await Excel.run((ctx) => runStatuses(ctx, s, { summary }));
        if (!out.result) return fail(pane, out.error);
        pane.overview = { indicators: out.result.current, tasks: out.result.taskStatuses };
        refresh(pane);
        say(
          pane,
          summary ? t(s.lang, "excel.done.summary") : t(s.lang, "excel.done.statuses", { indicators: out.result.current.length, tasks: out.result.taskStatuses.length }),
        );
      }),
    );
  }
  $("save").addEventListener("click", () =>
    void busy(pane, async () => {
      const asOf = Number(($("asof") as HTMLInputElement).value);
      const projection = ($("projection") as HTMLSelectElement).value === "cagr" ? "cagr" : "linear";
      const out = await Excel.run((ctx) => saveSettings(ctx, s, { asOf, lang: s.lang, projection }));
      if (out.error) return fail(pane, out.error);
      refresh(pane);
      say(pane, t(s.lang, "excel.done.settings"));
    }),
  );
  for (const [id, on] of [["lock", true], ["unlock", false]] as const) {
    $(id).addEventListener("click", () =>
      void busy(pane, async () => {
        const out = await Excel.run((ctx) => setStructureLock(ctx, s, on));
        if (out.error) return fail(pane, out.error);
        say(pane, t(s.lang, on ? "excel.done.protected" : "excel.done.unprotected"));
      }),
    );
  }
}

async function start(): Promise<void> {
  const lang: Lang = /^en/i.test(Office.context.displayLanguage ?? "") ? "en" : "vi";
  const pane: Pane = { session: createSession(detectCapabilities(), { lang }), overview: null, watching: false };
  wire(pane);
  refresh(pane);
  await busy(pane, async () => {
    const opened = await Excel.run((ctx) => openWorkbook(ctx, pane.session));
    if (opened.wb) {
      pane.session.lang = opened.wb.meta.settings.lang;
      await startWatching(pane);
    }
    refresh(pane);
    say(pane, "");
  });
}

void Office.onReady(() => start());
