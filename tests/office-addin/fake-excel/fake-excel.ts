import { a1, columnIndex, parseA1, parseA1Sheet, quoteSheetName, type Range } from "../../../core/patch";
import { buildMock, mockState, type Spec, type Tracked } from "./mock-object";
import { DEFAULT_FONT, FakeWorkbook, type ChangeEvent, type ChartState, type FakeSheet } from "./store";

/**
 * A fake of the part of Excel's JavaScript API the add-in uses, built from office-addin-mock
 * objects over a `FakeWorkbook`. It counts `context.sync()` calls and request sizes, rejects a
 * request over Excel on the web's 5 MB limit, gates APIs by the ExcelApi version it pretends to
 * support (an ungated call to a newer API fails the test), and fires `onChanged` for user edits
 * and for the add-in's own writes (flagged "ThisLocalAddin" from ExcelApi 1.14 on).
 */
export interface FakeExcelOptions {
  /** Highest ExcelApi 1.x minor version supported (7 = ExcelApi 1.7). Default 18. */
  api?: number;
  /** Request size limit in bytes (Excel on the web: 5 MB). */
  requestLimit?: number;
  /** Excel on the web: the ExcelApiOnline 1.1 set (allow-edit ranges) is there. Default false. */
  online?: boolean;
}

const WHOLE: Range = { row: 0, col: 0, rows: 1048576, cols: 16384 };

interface Batch {
  ops: { apply: () => void; label: string }[];
  bytes: number;
  tracked: Tracked[];
  nullChecks: { synced: boolean }[];
}

export class FakeExcel {
  readonly workbook = new FakeWorkbook();
  readonly api: number;
  readonly requestLimit: number;
  readonly online: boolean;
  /** context.sync() calls since the last reset. */
  syncs = 0;
  /** Excel.run calls and their options. */
  runs: { delayForCellEdit: boolean }[] = [];
  /** Bytes of each request (the writes queued before each sync, as JSON). */
  requests: number[] = [];
  suspendCalcCalls = 0;
  /** Reads before load/sync and writes to read-only properties seen (tests expect none). */
  violations: string[] = [];
  /** Cell the add-in selected last (click-to-select). */
  selected: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  private pendingEvents: ChangeEvent[] = [];
  private handlerRuns: Promise<unknown>[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.api = options.api ?? 18;
    this.requestLimit = options.requestLimit ?? 5 * 1024 * 1024;
    this.online = options.online ?? false;
  }

  resetCounts(): void {
    this.syncs = 0;
    this.runs = [];
    this.requests = [];
    this.suspendCalcCalls = 0;
  }

  /** The `Excel` global. */
  get excel(): { run: (...args: unknown[]) => Promise<unknown> } {
    return {
      run: async (...args: unknown[]) => {
        const batch = args.find((a) => typeof a === "function") as (ctx: unknown) => Promise<unknown>;
        const options = (args.length > 1 ? args[0] : {}) as { delayForCellEdit?: boolean };
        this.runs.push({ delayForCellEdit: options.delayForCellEdit === true });
        return batch(this.context());
      },
    };
  }

  /** The `Office` global (requirements, onReady). */
  get office(): unknown {
    return {
      onReady: async (cb?: (info: unknown) => void) => {
        const info = { host: "Excel", platform: "OfficeOnline" };
        cb?.(info);
        return info;
      },
      HostType: { Excel: "Excel" },
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string | number) => {
            if (name === "ExcelApiOnline") return this.online && String(version ?? "1.1") === "1.1";
            if (name !== "ExcelApi") return false;
            const minor = Number(String(version ?? "1.1").split(".")[1] ?? 1);
            return minor <= this.api;
          },
        },
        diagnostics: { platform: "OfficeOnline", version: "16.0" },
        displayLanguage: "vi-VN",
      },
    };
  }

  /** Installs `Excel` and `Office` as globals (tests and the browser harness). */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): this {
    target.Excel = this.excel;
    target.Office = this.office;
    return this;
  }

  /** Waits until every onChanged handler triggered so far has finished. */
  async settle(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 0));
      const runs = this.handlerRuns;
      this.handlerRuns = [];
      if (runs.length === 0 && this.pendingEvents.length === 0) return;
      await Promise.all(runs);
    }
  }

  // ---- user actions ------------------------------------------------------------------------

  /** The user types or pastes values at an A1 address (top-left of `grid`). Fires onChanged. */
  async type(sheetName: string, address: string, value: unknown | unknown[][]): Promise<void> {
    const sheet = this.workbook.sheet(sheetName);
    const at = parseA1(address);
    if (!at) throw new Error(`bad address ${address}`);
    const grid = Array.isArray(value) ? (value as unknown[][]) : [[value]];
    const before = sheet.get(at.row, at.col);
    grid.forEach((row, i) => row.forEach((v, j) => sheet.enter(at.row + i, at.col + j, v)));
    const range = { row: at.row, col: at.col, rows: grid.length, cols: grid[0].length };
    const single = range.rows === 1 && range.cols === 1;
    this.fire({
      sheet: sheet.name,
      range,
      triggerSource: "Unknown",
      details: single ? { valueBefore: before, valueAfter: sheet.get(at.row, at.col) } : null,
    });
    await this.settle();
  }

  private fire(event: ChangeEvent): void {
    this.pendingEvents.push(event);
    setTimeout(() => this.dispatch(), 0);
  }

  private dispatch(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const e of events) {
      const sheet = this.workbook.find(e.sheet);
      if (!sheet) continue;
      const args: Record<string, unknown> = {
        address: a1(e.range),
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
        worksheetId: sheet.id,
      };
      if (this.api >= 9) args.details = e.details ?? undefined;
      if (this.api >= 14) args.triggerSource = e.triggerSource;
      for (const h of sheet.changedHandlers) this.handlerRuns.push(Promise.resolve(h(args)));
    }
  }

  // ---- request context ---------------------------------------------------------------------

  private context(): unknown {
    const fake = this;
    let batch: Batch = { ops: [], bytes: 0, tracked: [], nullChecks: [] };
    const queue = (apply: () => void, label: string, bytes: number) => {
      batch.ops.push({ apply, label });
      batch.bytes += 64 + bytes;
    };
    const violation = (m: string) => fake.violations.push(m);
    const allTracked: Tracked[] = [];
    let syncing = false;
    const track = (spec: Spec): Tracked => {
      const t = buildMock(spec, queue, violation);
      // Objects made while a sync resolves (collection items) belong to that sync.
      (syncing ? allTracked : batch.tracked).push(t);
      return t;
    };
    const written: ChangeEvent[] = [];

    const noteValueWrite = (sheetName: string, range: Range) =>
      written.push({ sheet: sheetName, range, triggerSource: fake.api >= 14 ? "ThisLocalAddin" : "Unknown", details: null });

    const nullable = <T extends object>(obj: T, exists: () => boolean): T => {
      const check = { synced: false, value: false };
      batch.nullChecks.push(check);
      const refresh = () => {
        check.value = !exists();
      };
      allTracked.push({ mock: null as never, refresh });
      Object.defineProperty(obj, "isNullObject", {
        get() {
          if (!check.synced) {
            violation("isNullObject read before sync");
            throw new Error("Office.js: isNullObject is only known after context.sync()");
          }
          return check.value;
        },
      });
      return obj;
    };

    const resolveRange = (sheetName: string, address?: string): Range => {
      if (address === undefined) return WHOLE;
      const r = parseA1(address);
      if (r) return r;
      const col = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(address.replace(/\$/g, ""));
      if (col) {
        const c1 = columnIndex(col[1]) ?? 0;
        const c2 = columnIndex(col[2]) ?? 0;
        return { row: 0, col: c1, rows: WHOLE.rows, cols: c2 - c1 + 1 };
      }
      const row = /^(\d+):(\d+)$/.exec(address);
      if (row) return { row: Number(row[1]) - 1, col: 0, rows: Number(row[2]) - Number(row[1]) + 1, cols: WHOLE.cols };
      throw new Error(`Excel: invalid address "${address}" on ${sheetName}`);
    };

    const sheetOf = (name: string): FakeSheet => fake.workbook.sheet(name);

    const rangeObj = (sheetName: string, range: Range): unknown => {
      const s = () => sheetOf(sheetName);
      const isWhole = range.rows === WHOLE.rows || range.cols === WHOLE.cols;
      const cells = () => s().cells(range);
      const grid = <T>(f: (r: number, c: number, k: string) => T): T[][] =>
        isWhole ? [] : Array.from({ length: range.rows }, (_, i) => Array.from({ length: range.cols }, (_, j) => f(range.row + i, range.col + j, `${range.row + i},${range.col + j}`)));
      const eachWrite = (value: unknown, set: (sheet: FakeSheet, r: number, c: number, k: string, v: unknown) => void) => {
        const sheet = s();
        if (Array.isArray(value)) {
          if (value.length !== range.rows || value.some((row) => !Array.isArray(row) || row.length !== range.cols)) {
            throw new Error(`Excel: InvalidArgument: the ${value.length}-row array does not match range ${a1(range)} (${range.rows}×${range.cols})`);
          }
          value.forEach((row: unknown[], i) => row.forEach((v, j) => set(sheet, range.row + i, range.col + j, `${range.row + i},${range.col + j}`, v)));
        } else {
          if (isWhole) throw new Error("fake: scalar writes over whole rows/columns are not modelled");
          for (const [r, c, k] of cells()) set(sheet, r, c, k, value);
        }
      };
      const font = () => s().fonts.get(`${range.row},${range.col}`) ?? DEFAULT_FONT;
      const spec: Spec = {
        address: { read: () => `${quoteSheetName(sheetName)}!${a1(range)}` },
        rowIndex: { read: () => range.row },
        columnIndex: { read: () => range.col },
        rowCount: { read: () => range.rows },
        columnCount: { read: () => range.cols },
        columnHidden: {
          read: () => s().hiddenColumns.has(range.col),
          write: (v: unknown) => {
            for (let j = 0; j < Math.min(range.cols, 500); j++) {
              if (v) s().hiddenColumns.add(range.col + j);
              else s().hiddenColumns.delete(range.col + j);
            }
          },
        },
        values: {
          read: () => grid((r, c) => s().get(r, c)),
          write: (v: unknown) => {
            eachWrite(v, (sheet, r, c, _k, x) => sheet.enter(r, c, x));
            noteValueWrite(sheetName, range);
          },
        },
        formulas: {
          read: () => grid((r, c, k) => s().formulas.get(k) ?? s().get(r, c)),
          write: (v: unknown) => {
            eachWrite(v, (sheet, r, c, _k, x) => sheet.enter(r, c, x));
            noteValueWrite(sheetName, range);
          },
        },
        numberFormat: {
          read: () => grid((_r, _c, k) => s().numberFormats.get(k) ?? "General"),
          write: (v: unknown) =>
            eachWrite(v, (sheet, _r, _c, k, x) => {
              if (x === "General" || x === null) sheet.numberFormats.delete(k);
              else sheet.numberFormats.set(k, String(x));
            }),
        },
        format: {
          fill: {
            color: {
              read: () => s().fills.get(`${range.row},${range.col}`) ?? "#FFFFFF",
              write: (v: unknown) => eachWrite(v, (sheet, _r, _c, k, x) => sheet.fills.set(k, String(x).toUpperCase())),
            },
            clear: () =>
              queue(() => {
                if (isWhole) s().fills.clear();
                else for (const [, , k] of cells()) s().fills.delete(k);
              }, "fill.clear", 32),
          },
          font: {
            bold: { read: () => font().bold, write: (v: unknown) => eachWrite(v, (sh, _r, _c, k, x) => sh.fonts.set(k, { ...(sh.fonts.get(k) ?? DEFAULT_FONT), bold: x === true })) },
            italic: { read: () => font().italic, write: (v: unknown) => eachWrite(v, (sh, _r, _c, k, x) => sh.fonts.set(k, { ...(sh.fonts.get(k) ?? DEFAULT_FONT), italic: x === true })) },
            color: { read: () => font().color, write: (v: unknown) => eachWrite(v, (sh, _r, _c, k, x) => sh.fonts.set(k, { ...(sh.fonts.get(k) ?? DEFAULT_FONT), color: String(x).toUpperCase() })) },
          },
          wrapText: { read: () => s().wraps.get(`${range.row},${range.col}`) ?? false, write: (v: unknown) => eachWrite(v, (sh, _r, _c, k, x) => (x ? sh.wraps.set(k, true) : sh.wraps.delete(k))) },
          horizontalAlignment: {
            read: () => s().alignments.get(`${range.row},${range.col}`) ?? "General",
            write: (v: unknown) => eachWrite(v, (sh, _r, _c, k, x) => sh.alignments.set(k, String(x))),
          },
          columnWidth: {
            read: () => s().columnWidths.get(range.col) ?? 48,
            write: (v: unknown) => {
              for (let j = 0; j < Math.min(range.cols, 500); j++) s().columnWidths.set(range.col + j, Number(v));
            },
          },
          rowHeight: {
            read: () => s().rowHeights.get(range.row) ?? 15,
            write: (v: unknown) => {
              for (let i = 0; i < Math.min(range.rows, 100000); i++) s().rowHeights.set(range.row + i, Number(v));
            },
          },
          protection: {
            locked: {
              read: () => s().isLocked(range.row, range.col),
              write: (v: unknown) => {
                const sheet = s();
                if (sheet.protection.protected) throw new Error("Excel: AccessDenied: the sheet is protected");
                if (isWhole) {
                  sheet.defaultLocked = v === true;
                  sheet.locked.clear();
                } else for (const [, , k] of cells()) sheet.locked.set(k, v === true);
              },
            },
          },
        },
        merge: (across?: boolean) =>
          queue(() => {
            const sheet = s();
            if (across) throw new Error("fake: merge(across) is not modelled");
            sheet.merges = sheet.merges.filter((m) => !(m.row < range.row + range.rows && range.row < m.row + m.rows && m.col < range.col + range.cols && range.col < m.col + m.cols));
            sheet.merges.push(range);
          }, "merge", 48),
        unmerge: () =>
          queue(() => {
            const sheet = s();
            sheet.merges = isWhole ? [] : sheet.merges.filter((m) => !(m.row >= range.row && m.col >= range.col && m.row + m.rows <= range.row + range.rows && m.col + m.cols <= range.col + range.cols));
          }, "unmerge", 32),
        clear: (applyTo?: string) =>
          queue(() => {
            const sheet = s();
            if (sheet.protection.protected) throw new Error("Excel: AccessDenied: the sheet is protected");
            if (applyTo === undefined || applyTo === "All") sheet.clear(isWhole ? null : range);
            else throw new Error(`fake: clear(${applyTo}) is not modelled`);
            noteValueWrite(sheetName, isWhole ? { row: 0, col: 0, rows: 1, cols: 1 } : range);
          }, "clear", 32),
        select: () =>
          queue(() => {
            fake.selected = { sheet: sheetName, address: a1(range) };
          }, "select", 32),
        conditionalFormats: {
          add: (type: string) => {
            if (type !== "CellValue") throw new Error(`fake: conditional format ${type} is not modelled`);
            const state = { range, formula: "", fill: "", fontColor: null as string | null };
            queue(() => s().conditionalFormats.push(state), "cf.add", 64);
            const cf = track({
              cellValue: {
                rule: { read: () => ({}), write: (v: unknown) => (state.formula = String((v as { formula1: string }).formula1)) },
                format: {
                  fill: { color: { read: () => state.fill, write: (v: unknown) => (state.fill = String(v).toUpperCase()) } },
                  font: { color: { read: () => state.fontColor ?? "", write: (v: unknown) => (state.fontColor = String(v).toUpperCase()) } },
                },
              },
            });
            return cf.mock;
          },
          clearAll: () =>
            queue(() => {
              const sheet = s();
              sheet.conditionalFormats = isWhole ? [] : sheet.conditionalFormats.filter((c) => !(c.range.row >= range.row && c.range.col >= range.col && c.range.row + c.range.rows <= range.row + range.rows && c.range.col + c.range.cols <= range.col + range.cols));
            }, "cf.clearAll", 32),
        },
        getCell: (r: number, c: number) => rangeObj(sheetName, { row: range.row + r, col: range.col + c, rows: 1, cols: 1 }),
      };
      if (fake.api >= 8) {
        spec.dataValidation = {
          rule: {
            read: () => ({}),
            write: (v: unknown) => {
              const sheet = s();
              sheet.validations = sheet.validations.filter((x) => a1(x.range) !== a1(range));
              sheet.validations.push({ range, rule: v });
            },
          },
          clear: () =>
            queue(() => {
              const sheet = s();
              sheet.validations = isWhole ? [] : sheet.validations.filter((x) => !(x.range.row >= range.row && x.range.row < range.row + range.rows));
            }, "dv.clear", 32),
        };
      }
      if (fake.api >= 13) {
        spec.getMergedAreasOrNullObject = () => {
          const areas = track({
            areas: {
              read: () => JSON.stringify(s().merges.map((m) => a1(m))),
            },
          });
          // The real object is a RangeAreas; adapters read `address` (comma-separated A1 list).
          const obj = track({ address: { read: () => s().merges.map((m) => `${quoteSheetName(sheetName)}!${a1(m)}`).join(",") } });
          void areas;
          return nullable(obj.mock as object, () => s().merges.length > 0);
        };
      }
      const mock = track(spec).mock;
      Object.defineProperty(mock, "__range", { value: range, enumerable: false });
      return mock;
    };

    const chartObj = (state: ChartState): unknown => {
      const c = track({
        name: { read: () => state.name, write: (v: unknown) => (state.name = String(v)) },
        title: { text: { read: () => state.title, write: (v: unknown) => (state.title = String(v)) } },
        top: { read: () => state.top, write: (v: unknown) => (state.top = Number(v)) },
        left: { read: () => state.left, write: (v: unknown) => (state.left = Number(v)) },
        width: { read: () => state.width, write: (v: unknown) => (state.width = Number(v)) },
        height: { read: () => state.height, write: (v: unknown) => (state.height = Number(v)) },
        setPosition: (start: unknown) =>
          queue(() => {
            const box = parseA1(typeof start === "string" ? start : a1((start as { __range: Range }).__range));
            if (!box) throw new Error("Excel: InvalidArgument (chart position)");
            state.anchor = { row: box.row, col: box.col };
          }, "chart.setPosition", 32),
        series: {
          getItemAt: (i: number) =>
            track({
              format: {
                fill: {
                  setSolidColor: (color: string) =>
                    queue(() => {
                      state.seriesColors[i] = color.toUpperCase();
                    }, "series.fill", 32),
                },
              },
            }).mock,
        },
      });
      return c.mock;
    };

    const sheetObj = (name: string, exists?: () => boolean): unknown => {
      const s = () => sheetOf(name);
      const spec: Spec = {
        name: { read: () => (fake.workbook.find(name)?.name ?? name) },
        id: { read: () => fake.workbook.find(name)?.id ?? "" },
        visibility: {
          read: () => fake.workbook.find(name)?.visibility ?? "Visible",
          write: (v: unknown) => {
            const sheet = s();
            if (v !== "Visible" && fake.workbook.sheets.filter((x) => x.visibility === "Visible" && x !== sheet).length === 0) {
              throw new Error("Excel: a workbook must keep at least one visible sheet");
            }
            sheet.visibility = v as FakeSheet["visibility"];
          },
        },
        position: {
          read: () => fake.workbook.sheets.findIndex((x) => x.name === name),
          write: (v: unknown) => {
            const sheet = s();
            const list = fake.workbook.sheets.filter((x) => x !== sheet);
            list.splice(Math.min(Number(v), list.length), 0, sheet);
            fake.workbook.sheets = list;
          },
        },
        protection: {
          protected: { read: () => fake.workbook.find(name)?.protection.protected ?? false },
          protect: (options?: Record<string, unknown>, password?: string) =>
            queue(() => {
              const sheet = s();
              if (sheet.protection.protected) throw new Error("Excel: the sheet is already protected");
              sheet.protection = { protected: true, options: options ?? {}, password: password ?? null };
            }, "protect", 64),
          unprotect: () =>
            queue(() => {
              s().protection = { protected: false, options: null };
            }, "unprotect", 32),
        },
        freezePanes: {
          freezeRows: (n: number) => queue(() => (s().frozen = { rows: n, cols: 0 }), "freezeRows", 32),
          freezeColumns: (n: number) => queue(() => (s().frozen = { rows: 0, cols: n }), "freezeColumns", 32),
          freezeAt: (r: unknown) =>
            queue(() => {
              const box = typeof r === "string" ? parseA1(r) : (r as { __range: Range }).__range;
              if (!box) throw new Error("fake: freezeAt takes an A1 address");
              s().frozen = { rows: box.rows, cols: box.cols };
            }, "freezeAt", 32),
          unfreeze: () => queue(() => (s().frozen = { rows: 0, cols: 0 }), "unfreeze", 32),
        },
        onChanged: {
          add: (handler: (args: unknown) => Promise<unknown>) => {
            queue(() => s().changedHandlers.push(handler), "onChanged.add", 32);
            return { remove: () => queue(() => (s().changedHandlers = s().changedHandlers.filter((h) => h !== handler)), "onChanged.remove", 32) };
          },
        },
        getRange: (address?: string) => rangeObj(name, resolveRange(name, address)),
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => rangeObj(name, { row, col, rows, cols }),
        getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
          let box: Range | null = null;
          const used = {
            get: () => {
              box = fake.workbook.find(name)?.usedBox(valuesOnly === true) ?? null;
              return box ?? { row: 0, col: 0, rows: 1, cols: 1 };
            },
          };
          const obj = lazyRange(name, used.get);
          return nullable(obj, () => (fake.workbook.find(name)?.usedBox(valuesOnly === true) ?? null) !== null);
        },
        delete: () => queue(() => fake.workbook.deleteSheet(name), "sheet.delete", 32),
        activate: () => queue(() => (fake.activeSheet = name), "activate", 32),
        charts: {
          add: (type: string, source: { address?: unknown }, seriesBy?: string) => {
            const src = (source as unknown as { __range?: Range }).__range;
            const state: ChartState = { name: `Chart ${Date.now() % 1000}`, type, source: src ?? { row: 0, col: 0, rows: 1, cols: 1 }, seriesBy: seriesBy ?? "Auto", title: "", top: 0, left: 0, width: 360, height: 216, seriesColors: [] };
            queue(() => s().charts.push(state), "charts.add", 96);
            return chartObj(state);
          },
        },
      };
      if (fake.api >= 18) spec.notes = notesObj(name);
      if (fake.api >= 9) {
        // Page layout (ExcelApi 1.9): what was set is kept on the sheet's `page` record.
        const prop = (key: string): { read: () => unknown; write: (v: unknown) => void } => ({
          read: () => fake.workbook.find(name)?.page[key] ?? null,
          write: (v: unknown) => (s().page[key] = v),
        });
        const props = (keys: string[]): Spec => Object.fromEntries(keys.map((k) => [k, prop(k)]));
        spec.pageLayout = {
          ...props(["paperSize", "orientation", "zoom", "topMargin", "bottomMargin", "leftMargin", "rightMargin", "headerMargin", "footerMargin", "centerHorizontally"]),
          setPrintTitleRows: (rows: string) => queue(() => (s().page.printTitleRows = rows), "setPrintTitleRows", 32),
          headersFooters: {
            defaultForAllPages: props(["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"]),
          },
        };
        spec.horizontalPageBreaks = {
          add: (address: string) => queue(() => s().pageBreaks.push(address), "pageBreaks.add", 32),
          removePageBreaks: () => queue(() => (s().pageBreaks = []), "pageBreaks.removePageBreaks", 32),
        };
      }
      const t = track(spec).mock as object;
      // Only Excel on the web has allow-edit ranges: an ungated use fails the test.
      if (fake.online) (t as unknown as { protection: Record<string, unknown> }).protection.allowEditRanges = allowEditRangesObj(name);
      return exists ? nullable(t, exists) : t;
    };

    /** `worksheet.protection.allowEditRanges` (ExcelApiOnline 1.1): changes need the sheet unprotected. */
    const allowEditRangesObj = (name: string): object => {
      const s = () => sheetOf(name);
      const check = { synced: false };
      let snapshot: { title: string; address: string; isPasswordProtected: boolean }[] = [];
      const unprotected = (what: string) => {
        if (s().protection.protected) throw new Error(`Excel: AccessDenied: ${what} needs the sheet unprotected or paused`);
      };
      return {
        load(props: string) {
          if (!/^items\/(title|address|isPasswordProtected)(,\s*items\/(title|address|isPasswordProtected))*$/.test(props)) {
            throw new Error(`fake: allowEditRanges.load("${props}") is not modelled`);
          }
          batch.nullChecks.push(check);
          allTracked.push({
            mock: null as never,
            refresh: () => {
              if (check.synced) return;
              snapshot = s().allowEditRanges.map((r) => ({ title: r.title, address: r.address, isPasswordProtected: r.password !== null }));
            },
          });
          return this;
        },
        get items() {
          if (!check.synced) {
            violation("allowEditRanges.items read before load/sync");
            throw new Error("Office.js: items are not loaded");
          }
          return snapshot;
        },
        add: (title: string, address: string, options?: { password?: string }) =>
          queue(() => {
            unprotected("allowEditRanges.add");
            const sheet = s();
            if (!title || sheet.allowEditRanges.some((r) => r.title === title)) throw new Error(`Excel: InvalidArgument: allow-edit range title "${title}"`);
            if (address.split(",").some((part) => parseA1(part.trim()) === null)) throw new Error(`Excel: InvalidArgument: address "${address}"`);
            sheet.allowEditRanges.push({ title, address, password: options?.password ?? null });
          }, "allowEditRanges.add", 64 + title.length + address.length),
        getItem: (title: string) => ({
          delete: () =>
            queue(() => {
              unprotected("allowEditRange.delete");
              const sheet = s();
              if (!sheet.allowEditRanges.some((r) => r.title === title)) throw new Error(`Excel: ItemNotFound: allow-edit range "${title}"`);
              sheet.allowEditRanges = sheet.allowEditRanges.filter((r) => r.title !== title);
            }, "allowEditRange.delete", 32),
        }),
      };
    };

    /** A range whose box is only known at sync (used range). */
    const lazyRange = (sheetName: string, box: () => Range): object => {
      const spec: Spec = {
        address: { read: () => `${quoteSheetName(sheetName)}!${a1(box())}` },
        rowIndex: { read: () => box().row },
        columnIndex: { read: () => box().col },
        rowCount: { read: () => box().rows },
        columnCount: { read: () => box().cols },
        // A used range of a missing sheet (getItemOrNullObject) is a null object: reads nothing.
        values: { read: () => fake.workbook.find(sheetName)?.read(box()) ?? [] },
        formulas: {
          read: () => {
            const b = box();
            const sheet = fake.workbook.find(sheetName);
            if (!sheet) return [];
            return sheet.read(b).map((row, i) => row.map((v, j) => sheet.formulas.get(`${b.row + i},${b.col + j}`) ?? v));
          },
        },
        numberFormat: {
          read: () => {
            const b = box();
            const sheet = fake.workbook.find(sheetName);
            if (!sheet) return [];
            return sheet.read(b).map((row, i) => row.map((_v, j) => sheet.numberFormats.get(`${b.row + i},${b.col + j}`) ?? "General"));
          },
        },
      };
      if (fake.api >= 13) {
        spec.getMergedAreasOrNullObject = () => {
          const obj = track({ address: { read: () => sheetOf(sheetName).merges.map((m) => `${quoteSheetName(sheetName)}!${a1(m)}`).join(",") } });
          return nullable(obj.mock as object, () => (fake.workbook.find(sheetName)?.merges.length ?? 0) > 0);
        };
      }
      return track(spec).mock as object;
    };

    const notesObj = (defaultSheet: string | null): Spec => {
      const locate = (address: string): { sheet: FakeSheet; key: string; a1: string } => {
        const sheetName = parseA1Sheet(address) ?? defaultSheet;
        const r = parseA1(address);
        if (!sheetName || !r || r.rows !== 1 || r.cols !== 1) throw new Error(`Excel: InvalidCellAddress "${address}"`);
        return { sheet: sheetOf(sheetName), key: `${r.row},${r.col}`, a1: a1(r) };
      };
      const note = (address: string, mustExist: boolean): object => {
        const spec: Spec = {
          content: {
            read: () => {
              const l = locate(address);
              return l.sheet.notes.get(l.key) ?? "";
            },
            write: (v: unknown) => {
              const l = locate(address);
              if (!l.sheet.notes.has(l.key)) throw new Error("Excel: ItemNotFound (note)");
              l.sheet.notes.set(l.key, String(v));
            },
          },
          delete: () =>
            queue(() => {
              const l = locate(address);
              if (!l.sheet.notes.has(l.key)) throw new Error(`Excel: ItemNotFound: no note at ${address}`);
              l.sheet.notes.delete(l.key);
            }, "note.delete", 32),
        };
        const t = track(spec).mock as object;
        if (mustExist) {
          queue(() => {
            const l = locate(address);
            if (!l.sheet.notes.has(l.key)) throw new Error(`Excel: ItemNotFound: no note at ${address}`);
          }, "note.get", 16);
          return t;
        }
        return nullable(t, () => {
          const l = locate(address);
          return l.sheet.notes.has(l.key);
        });
      };
      return {
        add: (cellAddress: string, content: string) => {
          const address = typeof cellAddress === "string" ? cellAddress : String((cellAddress as { address: string }).address);
          queue(() => {
            const l = locate(address);
            if (l.sheet.notes.has(l.key)) throw new Error(`Excel: InvalidArgument: ${address} already has a note`);
            if (l.sheet.protection.protected && !(l.sheet.protection.options?.allowEditObjects === true)) throw new Error("Excel: AccessDenied: the sheet is protected");
            l.sheet.notes.set(l.key, String(content));
          }, "notes.add", 64 + String(content).length);
          return note(address, false);
        },
        getItem: (key: string) => note(key, true),
        getItemOrNullObject: (key: string) => note(key, false),
      };
    };

    const commentsObj = (): Spec => {
      const find = (id: string): { sheet: FakeSheet; key: string } | null => {
        for (const sheet of fake.workbook.sheets) for (const [key, c] of sheet.comments) if (c.id === id) return { sheet, key };
        return null;
      };
      const comment = (id: () => string, mustExist: boolean): object => {
        const t = track({
          id: { read: () => id() },
          content: { read: () => (find(id()) ? find(id())!.sheet.comments.get(find(id())!.key)!.content : "") },
          delete: () =>
            queue(() => {
              const at = find(id());
              if (!at) throw new Error("Excel: ItemNotFound (comment)");
              at.sheet.comments.delete(at.key);
            }, "comment.delete", 32),
        }).mock as object;
        return mustExist ? t : nullable(t, () => find(id()) !== null);
      };
      return {
        add: (cellAddress: string, content: string) => {
          const newId = fake.workbook.nextCommentId();
          queue(() => {
            const sheetName = parseA1Sheet(cellAddress);
            const r = parseA1(cellAddress);
            if (!sheetName || !r) throw new Error(`Excel: InvalidCellAddress "${cellAddress}"`);
            const sheet = sheetOf(sheetName);
            const key = `${r.row},${r.col}`;
            if (sheet.comments.has(key)) throw new Error(`Excel: InvalidArgument: ${cellAddress} already has a comment`);
            sheet.comments.set(key, { id: newId, content: String(content) });
          }, "comments.add", 64 + String(content).length);
          return comment(() => newId, true);
        },
        getItemOrNullObject: (id: string) => comment(() => id, false),
        getItem: (id: string) => {
          queue(() => {
            if (!find(id)) throw new Error(`Excel: ItemNotFound: no comment ${id}`);
          }, "comment.get", 16);
          return comment(() => id, true);
        },
      };
    };

    /** `load("items/...")` and `items` for the notes and comments collections. */
    const withItems = (mock: object, list: () => { sheet: string; row: number; col: number; make: () => object }[]): object => {
      const check = { synced: false };
      let snapshot: object[] = [];
      Object.defineProperty(mock, "load", {
        value: (props: string) => {
          if (!/^items\/\w+(,\s*items\/\w+)*$/.test(props)) throw new Error(`fake: collection load("${props}") is not modelled`);
          batch.nullChecks.push(check);
          allTracked.push({
            mock: null as never,
            refresh: () => {
              if (check.synced) return;
              snapshot = list().map((x) => {
                const item = x.make() as Record<string, unknown>;
                const loc = { sheet: x.sheet, row: x.row, col: x.col };
                item.getLocation = () => rangeObj(loc.sheet, { row: loc.row, col: loc.col, rows: 1, cols: 1 });
                (item as { load: (p: string) => void }).load(props.replace(/items\//g, ""));
                return item;
              });
            },
          });
          return mock;
        },
      });
      Object.defineProperty(mock, "items", {
        get() {
          if (!check.synced) {
            violation("collection items read before load/sync");
            throw new Error("Office.js: items are not loaded");
          }
          return snapshot;
        },
      });
      return mock;
    };
    const allCells = <T>(pick: (s: FakeSheet) => Map<string, T>) => () =>
      fake.workbook.sheets.flatMap((sheet) =>
        [...pick(sheet).keys()].map((k) => {
          const [row, col] = k.split(",").map(Number);
          return { sheet: sheet.name, row, col };
        }),
      );

    const worksheets = {
      getItem: (name: string) => {
        queue(() => void sheetOf(name), "worksheets.getItem", 16);
        return sheetObj(name);
      },
      getItemOrNullObject: (name: string) => sheetObj(name, () => fake.workbook.find(name) !== undefined),
      add: (name: string) => {
        queue(() => void fake.workbook.addSheet(name), "worksheets.add", 32);
        return sheetObj(name);
      },
      getActiveWorksheet: () => sheetObj(fake.activeSheet ?? fake.workbook.sheets[0]?.name ?? "Sheet1"),
      /** Collections are kept small on purpose (STYLE.md): only `items/name` and `items/visibility`. */
      _loaded: false,
      _items: [] as unknown[],
      load(props: string) {
        const allowed = props.split(",").map((p) => p.trim()).every((p) => /^items\/(name|visibility)$/.test(p) || p === "items");
        if (!allowed) throw new Error(`fake: worksheets.load("${props}") is not modelled`);
        const check = { synced: false };
        batch.nullChecks.push(check);
        this._check = check;
        return this;
      },
      _check: null as { synced: boolean } | null,
      get items(): unknown[] {
        if (!this._check?.synced) {
          violation("worksheets.items read before load/sync");
          throw new Error("Office.js: worksheets.items is not loaded");
        }
        return fake.workbook.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
      },
    };

    const workbookSpec: Spec = {};
    const wb: Record<string, unknown> = {
      worksheets,
      getSelectedRange: () => rangeObj(fake.activeSheet ?? fake.workbook.sheets[0]?.name ?? "Sheet1", { row: 0, col: 0, rows: 1, cols: 1 }),
    };
    void workbookSpec;
    if (fake.api >= 10) {
      const cells = allCells((sh) => sh.comments);
      const c = trackPlain(commentsObj()) as { getItemOrNullObject: (id: string) => object };
      wb.comments = withItems(c, () =>
        cells().map((x) => ({ ...x, make: () => c.getItemOrNullObject(fake.workbook.sheet(x.sheet).comments.get(`${x.row},${x.col}`)!.id) })),
      );
    }
    if (fake.api >= 18) {
      const cells = allCells((sh) => sh.notes);
      const n = trackPlain(notesObj(null)) as { getItemOrNullObject: (a: string) => object };
      wb.notes = withItems(n, () => cells().map((x) => ({ ...x, make: () => n.getItemOrNullObject(`${quoteSheetName(x.sheet)}!${a1({ row: x.row, col: x.col, rows: 1, cols: 1 })}`) })));
    }

    function trackPlain(spec: Spec): unknown {
      return track(spec).mock;
    }

    const context = {
      workbook: wb,
      application: {
        suspendApiCalculationUntilNextSync: () => {
          fake.suspendCalcCalls++;
        },
      },
      trackedObjects: { add: () => undefined, remove: () => undefined },
      sync: async () => {
        fake.syncs++;
        const current = batch;
        batch = { ops: [], bytes: 0, tracked: [], nullChecks: [] };
        fake.requests.push(current.bytes);
        if (current.bytes > fake.requestLimit) {
          throw new Error(`Excel: RequestPayloadSizeLimitExceeded (${current.bytes} bytes > ${fake.requestLimit})`);
        }
        written.length = 0;
        try {
          for (const op of current.ops) op.apply();
        } finally {
          syncing = true;
          for (const t of current.tracked) allTracked.push(t);
          for (const t of allTracked) t.refresh();
          syncing = false;
          mockState.internal++;
          try {
            for (const t of allTracked) if (t.mock) await t.mock.sync();
            await new Promise((r) => setTimeout(r, 0));
          } finally {
            mockState.internal--;
          }
          for (const c of current.nullChecks) c.synced = true;
          for (const e of written) fake.fire({ ...e });
          written.length = 0;
        }
      },
    };
    // Charts need the source range's box: remember it on range objects.
    const plainRange = rangeObj;
    void plainRange;
    return context;
  }
}
