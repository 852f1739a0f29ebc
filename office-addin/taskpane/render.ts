import type { Lang } from "../../core/i18n";
import type { Finding } from "../../core/model";
import { a1 } from "../../core/patch";
import type { Overview, OverviewLine } from "../../core/workbook";
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

/** The core's overview (the same counts as the Sheets sidebar and the CLI), labelled and coloured by the core. */
export function renderOverview(root: HTMLElement, overview: Overview | null, lang: Lang): void {
  root.replaceChildren();
  if (!overview) {
    root.append(el("p", "hint", t(lang, "excel.overview.empty")));
    return;
  }
  root.append(el("p", "hint", overview.yearLine[lang]));
  const table = (title: string, lines: readonly OverviewLine<string>[]) => {
    root.append(el("h3", "hint", title));
    const tbl = el("table", "counts");
    for (const line of lines) {
      const tr = el("tr");
      const name = el("td");
      const sw = el("span", "swatch");
      sw.style.background = line.fill;
      name.append(sw, document.createTextNode(line.label[lang]));
      tr.append(name, el("td", "n", String(line.count)));
      tbl.append(tr);
    }
    root.append(tbl);
  };
  if (overview.indicatorCount > 0) table(overview.indicatorLine[lang], overview.indicators);
  if (overview.taskCount > 0) table(overview.taskLine[lang], overview.tasks);
}
