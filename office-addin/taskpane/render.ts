import type { Lang } from "../../core/i18n";
import type { Finding, IndicatorStatus, TaskStatus } from "../../core/model";
import { a1 } from "../../core/patch";
import { INDICATOR_STATUS_LOOK as STATUS_COLOURS, INDICATOR_STATUS_ORDER, TASK_STATUS_LOOK as TASK_STATUS_COLOURS, TASK_STATUS_ORDER, statusLabel, taskStatusLabel } from "../../core/workbook";
import { el, t } from "./view";

/** Rendering of findings and the status overview: part of the core chunk (status labels, cell addresses). */
export interface FindingView {
  finding: Finding;
  col: number | null;
}

export function renderFindings(
  list: HTMLElement,
  count: HTMLElement,
  items: readonly FindingView[],
  lang: Lang,
  onSelect: (item: FindingView) => void,
): void {
  list.replaceChildren();
  const by = { error: 0, warning: 0, info: 0 };
  for (const { finding } of items) by[finding.severity]++;
  count.textContent = items.length === 0 ? t(lang, "excel.findings.none") : t(lang, "excel.findings.count", { errors: by.error, warnings: by.warning, infos: by.info });
  for (const item of items.slice(0, 500)) {
    const f = item.finding;
    const li = el("li", f.severity);
    li.tabIndex = 0;
    li.setAttribute("role", "button");
    const where = item.col === null ? `${f.row + 1}` : a1({ row: f.row, col: item.col, rows: 1, cols: 1 });
    li.append(
      el("div", "where", `${t(lang, `excel.severity.${f.severity}`)} · ${t(lang, "excel.findings.cell", { sheet: f.sheet, cell: where })}`),
      el("div", "what", f.message[lang]),
    );
    if (f.suggestion) li.append(el("div", "fix", t(lang, "excel.findings.suggestion", { text: f.suggestion[lang] })));
    li.addEventListener("click", () => onSelect(item));
    li.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") onSelect(item);
    });
    list.append(li);
  }
}

export function renderOverview(root: HTMLElement, indicators: readonly IndicatorStatus[] | null, tasks: readonly TaskStatus[] | null, lang: Lang): void {
  root.replaceChildren();
  if (!indicators || !tasks) {
    root.append(el("p", "hint", t(lang, "excel.overview.empty")));
    return;
  }
  const table = <C extends string>(title: string, codes: readonly C[], counts: Map<C, number>, label: (c: C) => string, colour: (c: C) => string) => {
    root.append(el("h3", "hint", title));
    const tbl = el("table", "counts");
    for (const code of codes) {
      const n = counts.get(code) ?? 0;
      if (n === 0) continue;
      const tr = el("tr");
      const name = el("td");
      const sw = el("span", "swatch");
      sw.style.background = colour(code);
      name.append(sw, document.createTextNode(label(code)));
      tr.append(name, el("td", "n", String(n)));
      tbl.append(tr);
    }
    root.append(tbl);
  };
  const ic = new Map<IndicatorStatus["status"], number>();
  for (const s of indicators) ic.set(s.status, (ic.get(s.status) ?? 0) + 1);
  const tc = new Map<TaskStatus["status"], number>();
  for (const s of tasks) tc.set(s.status, (tc.get(s.status) ?? 0) + 1);
  if (indicators.length > 0) {
    table(t(lang, "excel.overview.indicators", { count: indicators.length }), INDICATOR_STATUS_ORDER, ic, (c) => statusLabel(c, lang), (c) => STATUS_COLOURS[c].fill);
  }
  if (tasks.length > 0) {
    table(t(lang, "excel.overview.tasks", { count: tasks.length }), TASK_STATUS_ORDER, tc, (c) => taskStatusLabel(c, lang), (c) => TASK_STATUS_COLOURS[c].fill);
  }
}
