import * as path from "node:path";
import { msg, text } from "../../core/i18n";
import { displayValue, Labels, openConflicts, resolveConflict } from "../../core/share";
import { parse, requireArg } from "../args";
import type { Command } from "../command";
import { table } from "../format";
import { Progress } from "../progress";
import { writePatched } from "../tracking-file";
import { assertNotInput, HostError } from "../xlsx";
import { nowOf } from "../io";
import { openShareFile } from "./share-file";

const usage =
  "chitieu resolve TỔNG-HỢP.xlsx --conflict SỐ --take package|master -o KẾT-QUẢ.xlsx --by NGƯỜI-XỬ-LÝ --reason LÝ-DO [--json]\n      chitieu resolve TỔNG-HỢP.xlsx --list [--json]";

/**
 * Resolves one conflict of the "Xung đột" sheet (or lists the open ones): takes the agency's value
 * or keeps the master's, unmarks the cell, and records who decided and why in the sheet and in
 * "Nhật ký". The master is only read; the result goes to -o.
 */
export const resolveCommand: Command = {
  name: "resolve",
  summary: {
    vi: "Xử lý một xung đột sau khi gộp: lấy giá trị đơn vị hoặc giữ giá trị bản tổng hợp (ghi nhật ký)",
    en: "Resolve a conflict left by a merge: take the agency's value or keep the master's (logged)",
  },
  usage,
  async run(args, io, { lang }) {
    const { values, positionals } = parse(
      args,
      {
        conflict: { type: "string" },
        take: { type: "string" },
        output: { type: "string", short: "o" },
        by: { type: "string" },
        reason: { type: "string" },
        list: { type: "boolean" },
        json: { type: "boolean" },
      },
      usage,
    );
    const input = requireArg(positionals[0], { vi: "tệp sổ tổng hợp", en: "master workbook" }, usage);
    const master = path.resolve(io.cwd, input);
    const t = (m: Parameters<typeof text>[0]) => text(m, lang);
    if (values.list) {
      const file = await openShareFile(master, { now: nowOf(io) });
      const open = openConflicts(file.master);
      const labels = new Labels(file.master.workbook.plan);
      if (values.json) {
        io.stdout(`${JSON.stringify({ conflicts: open })}\n`);
        return 0;
      }
      if (open.length === 0) {
        io.stdout(`${t(msg("share.cli.noConflicts"))}\n`);
        return 0;
      }
      const shown = (v: (typeof open)[number]["value"]) => (v === null ? t(msg("share.change.empty")) : displayValue(v));
      const rows = open.map((c) => [`#${c.id}`, c.rowId, labels.column(c.sheetKind, c.column, lang), shown(c.base), shown(c.master), shown(c.value), c.agencyName]);
      io.stdout(`${table([t(msg("share.cli.conflictsHeader")).split("|"), ...rows], [6, 10, 30, 16, 16, 16, 40])}\n`);
      return 0;
    }
    const id = Number(requireArg(values.conflict, { vi: "số xung đột (--conflict)", en: "conflict number (--conflict)" }, usage).replace(/^#/, ""));
    if (!Number.isInteger(id) || id < 1) throw new HostError(msg("ui.cli.badOption", { option: `--conflict ${values.conflict}`, usage }));
    const take = requireArg(values.take, { vi: "giá trị giữ lại (--take package|master)", en: "which value (--take package|master)" }, usage);
    if (take !== "package" && take !== "master") throw new HostError(msg("ui.cli.badOption", { option: `--take ${take}`, usage }));
    const outputArg = requireArg(values.output, { vi: "tệp kết quả (-o)", en: "output file (-o)" }, usage);
    const by = requireArg(values.by, { vi: "người xử lý (--by)", en: "who decides (--by)" }, usage);
    const reason = requireArg(values.reason, { vi: "lý do (--reason)", en: "reason (--reason)" }, usage);
    const output = path.resolve(io.cwd, outputArg);
    assertNotInput(output, [master]);
    const progress = new Progress(io, lang, values.json === true);
    progress.step(msg("ui.cli.reading", { file: input }));
    const now = nowOf(io);
    const file = await openShareFile(master, { now });
    const result = resolveConflict(file.master, { id, take, by, reason, now, lang, notes: file.notes });
    if (!result.patch) {
      if (values.json) io.stdout(`${JSON.stringify({ resolved: false, error: result.error?.[lang] ?? "" })}\n`);
      else io.stderr(`${t(result.error ?? msg("share.resolve.noSheet"))}\n`);
      return 1;
    }
    progress.step(msg("ui.cli.writing", { file: outputArg }));
    await writePatched(file, result.patch, output);
    if (values.json) io.stdout(`${JSON.stringify({ resolved: true, conflict: result.conflict, superseded: result.superseded, message: result.message?.[lang] ?? "" })}\n`);
    else io.stdout(`${t(result.message ?? msg("share.resolve.noSheet"))}\n`);
    return 0;
  },
};
