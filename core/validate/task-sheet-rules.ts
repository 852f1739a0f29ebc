import type { TaskRecord } from "../layout";
import { msg } from "../i18n";
import { cellTextOf } from "./row-view";
import { shownRow } from "./finding";
import { codeKey } from "./plan-lookup";
import { sheetRule } from "./rule";
import { firstRowByScopeAndCode } from "./sheet-index";

/** Task sheet rules: task codes restart in every section, so duplicates are looked for per section. */

type R = TaskRecord;

export const taskCodeDuplicate = sheetRule<R>({
  code: "task.code.duplicate",
  scope: "task",
  severity: "error",
  columns: ["code"],
  check(sheet, _ctx, emit) {
    const lookup = sheet.lookup;
    const first = firstRowByScopeAndCode();
    let section = "";
    let scope = "";
    for (const r of sheet.ordered) {
      const code = codeKey(cellTextOf(r.cells.code));
      const task = r.rowId === null ? undefined : lookup.tasks.get(r.rowId);
      let key: string;
      if (task) {
        section = codeKey(task.section);
        scope = `${section}|${task.subArea === null ? "" : codeKey(task.subArea)}`;
        key = scope;
      } else if (r.rowId === null && lookup.sectionCodes.has(code)) {
        // Section row ("VI"): the tasks below it start a new numbering.
        section = code;
        scope = `${section}|`;
        key = "sections";
      } else if (r.rowId === null && code !== "" && lookup.subAreaCodes.has(`${section}|${code}`)) {
        scope = `${section}|${code}`;
        key = `subareas|${section}`;
      } else key = scope;
      if (code === "") continue;
      const seen = first(key, code, r.row);
      if (seen !== undefined) {
        emit(
          r.row,
          "code",
          msg("validation.task.code.duplicate", { code: cellTextOf(r.cells.code), otherRow: shownRow(seen) }),
          msg("validation.suggest.uniqueCode"),
        );
      }
    }
  },
});
