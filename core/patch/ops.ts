import { z } from "zod";
import { PositionSchema, RangeSchema } from "./range";
import { PatchValueSchema } from "./values";

/** "#RRGGBB": the one colour form Sheets, Excel and ExcelJS (as "FFRRGGBB") all accept. */
export const HexColourSchema = z.string().regex(/^#[0-9A-Fa-f]{6}$/);

const sheet = z.string().min(1).max(100);
const anchor = { sheet, row: z.number().int().min(0), col: z.number().int().min(0) };

/** Per-cell font style. All fields explicit so hosts map each to one grid call. */
export const FontStyleSchema = z.object({
  bold: z.boolean(),
  italic: z.boolean(),
  /** Null: the host's default text colour. */
  color: HexColourSchema.nullable(),
});

/** Bilingual help text attached to a validation rule; hosts show the UI language. */
export const HelpTextSchema = z.object({ vi: z.string(), en: z.string() });

export const ValidationRuleSchema = z.discriminatedUnion("kind", [
  /** Drop-down; strict rejects other input, otherwise warns. */
  z.object({ kind: z.literal("list"), values: z.array(z.string()).min(1), strict: z.boolean() }),
  z.object({
    kind: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    allowBlank: z.boolean(),
  }),
  z.object({ kind: z.literal("date") }),
  /** Removes any validation from the range. */
  z.object({ kind: z.literal("none") }),
]);

export const ConditionalRuleSchema = z.object({
  kind: z.literal("textEquals"),
  text: z.string(),
  fill: HexColourSchema,
  fontColor: HexColourSchema.optional(),
});

export const ChartKindSchema = z.enum(["bar", "column", "stackedBar", "pie"]);

/**
 * A chart over a rectangle of its own sheet. With `seriesInColumns` the first row holds series
 * names and the first column the categories (the layout of every summary table).
 */
export const ChartSpecSchema = z.object({
  id: z.string().min(1),
  kind: ChartKindSchema,
  title: z.string(),
  dataRange: RangeSchema,
  anchor: PositionSchema,
  /** Pixels. */
  width: z.number().int().min(50),
  height: z.number().int().min(50),
  seriesInColumns: z.boolean(),
  /** One colour per series in order (null: host default), so charts match the status colours. */
  seriesColors: z.array(HexColourSchema.nullable()).optional(),
});

const editors = z.array(z.email()).optional();

/**
 * One piece of a printed header or footer: literal text (data: never read as a code) or a field
 * the host fills in on each page. Hosts encode their own syntax (Excel's "&P", "&&").
 */
export const PrintTextPartSchema = z.union([
  z.object({ text: z.string() }),
  z.object({ field: z.enum(["page", "pages", "sheet"]) }),
]);
/** A header or footer line: left, centre and right parts. */
export const PrintLineSchema = z.object({
  left: z.array(PrintTextPartSchema).optional(),
  center: z.array(PrintTextPartSchema).optional(),
  right: z.array(PrintTextPartSchema).optional(),
});

/** Millimetres from the paper's edge; `header`/`footer`: to the header and footer lines. */
export const PrintMarginsSchema = z.object({
  top: z.number().min(0),
  bottom: z.number().min(0),
  left: z.number().min(0),
  right: z.number().min(0),
  header: z.number().min(0),
  footer: z.number().min(0),
});

/** Every operation a host knows. Rows and columns are 0-based; sheets are named. */
export const PatchOpSchema = z
  .discriminatedUnion("op", [
    /** Data, never formulas: hosts write them through `safeValues`. null clears the cell. */
    z.object({ op: z.literal("setValues"), ...anchor, values: z.array(z.array(PatchValueSchema)) }),
    /** Only the core's own formulas (en-US syntax, leading "="). null clears the cell. */
    z.object({
      op: z.literal("setFormulas"),
      ...anchor,
      formulas: z.array(z.array(z.string().startsWith("=").nullable())),
    }),
    /** Background colours; null clears. */
    z.object({ op: z.literal("setFills"), ...anchor, fills: z.array(z.array(HexColourSchema.nullable())) }),
    /** Cell notes; null removes. */
    z.object({ op: z.literal("setNotes"), ...anchor, notes: z.array(z.array(z.string().nullable())) }),
    /** Number formats ("0.0", "#,##0", "@", "dd/mm/yyyy"); null resets to the default. */
    z.object({
      op: z.literal("setNumberFormats"),
      ...anchor,
      formats: z.array(z.array(z.string().nullable())),
    }),
    /** Font styles; null resets to regular, default colour. */
    z.object({ op: z.literal("setFontStyles"), ...anchor, styles: z.array(z.array(FontStyleSchema.nullable())) }),
    /** Text wrapping over a range (long paragraphs in merged cells). */
    z.object({ op: z.literal("setWrap"), sheet, range: RangeSchema, wrap: z.boolean() }),
    /** Horizontal alignment over a range (a year beside a target reads as one number unless centred). */
    z.object({ op: z.literal("setAlignment"), sheet, range: RangeSchema, horizontal: z.enum(["left", "center", "right"]) }),
    /** Row heights in pixels from `row` on. */
    z.object({
      op: z.literal("setRowHeights"),
      sheet,
      row: z.number().int().min(0),
      heights: z.array(z.number().int().min(1)).min(1),
    }),
    /** Merges each range (existing merges it overlaps are undone first). */
    z.object({ op: z.literal("mergeCells"), sheet, ranges: z.array(RangeSchema).min(1) }),
    /**
     * Creates the sheet. If it exists: `replace` deletes it first (cells, charts, protections, all
     * of it), otherwise it is kept as it is and only `hidden` is applied.
     */
    z.object({
      op: z.literal("addSheet"),
      sheet,
      replace: z.boolean(),
      hidden: z.boolean(),
      index: z.number().int().min(0).optional(),
    }),
    /**
     * Clears cell contents and formatting (values, formulas, fills, notes, formats, fonts, wrap,
     * merges, validation, conditional formats). Keeps charts, protections, freeze and widths.
     */
    z.object({ op: z.literal("clearSheet"), sheet }),
    /** Deletes the sheet; nothing happens when it does not exist (re-runs stay safe). */
    z.object({ op: z.literal("deleteSheet"), sheet }),
    z.object({
      op: z.literal("freeze"),
      sheet,
      rows: z.number().int().min(0),
      cols: z.number().int().min(0),
    }),
    /** Hides (or shows) `count` columns from `col` on: the values stay, readable by the add-in. */
    z.object({ op: z.literal("setColumnsHidden"), sheet, col: z.number().int().min(0), count: z.number().int().min(1), hidden: z.boolean() }),
    /** Column widths in pixels from `col` on. */
    z.object({
      op: z.literal("setColumnWidths"),
      sheet,
      col: z.number().int().min(0),
      widths: z.array(z.number().int().min(1)).min(1),
    }),
    /** Replaces the validation of every cell in the range (kind "none" removes it). */
    z.object({
      op: z.literal("setValidation"),
      sheet,
      range: RangeSchema,
      rule: ValidationRuleSchema,
      help: HelpTextSchema.optional(),
    }),
    /**
     * Replaces the conditional formats on that range (rules set earlier on the same range or on a
     * range inside it are removed); an empty list just removes them.
     */
    z.object({
      op: z.literal("setConditionalFormats"),
      sheet,
      range: RangeSchema,
      rules: z.array(ConditionalRuleSchema),
    }),
    /**
     * Protects a range, keyed by (sheet, description): protecting again with the same description
     * replaces the earlier protection. No editors: only the owner (and the script) may edit.
     */
    z.object({
      op: z.literal("protectRange"),
      sheet,
      range: RangeSchema,
      description: z.string().min(1),
      editors,
      warningOnly: z.boolean(),
    }),
    /** Protects the whole sheet except `unprotected` ranges; same keying as protectRange. */
    z.object({
      op: z.literal("protectSheet"),
      sheet,
      description: z.string().min(1),
      editors,
      warningOnly: z.boolean(),
      unprotected: z.array(RangeSchema).optional(),
    }),
    /** Removes the protections of a sheet (all, or those with this description). */
    z.object({ op: z.literal("removeProtections"), sheet, description: z.string().optional() }),
    /** Adds a chart (a chart with the same id on that sheet is replaced). */
    z.object({ op: z.literal("addChart"), sheet, chart: ChartSpecSchema }),
    z.object({ op: z.literal("removeCharts"), sheet }),
    /**
     * How the sheet prints: paper, orientation, fit (`fitToHeight` 0: as many pages tall as
     * needed), margins, rows repeated at the top of every page (0-based, inclusive), header and
     * footer. Hosts without a print API skip it (see each host's apply-patch).
     */
    z.object({
      op: z.literal("setPageSetup"),
      sheet,
      paper: z.literal("A4"),
      orientation: z.enum(["portrait", "landscape"]),
      fitToWidth: z.number().int().min(0),
      fitToHeight: z.number().int().min(0),
      margins: PrintMarginsSchema,
      titleRows: z.object({ from: z.number().int().min(0), to: z.number().int().min(0) }).nullable(),
      header: PrintLineSchema.optional(),
      footer: PrintLineSchema.optional(),
      centerHorizontally: z.boolean().optional(),
    }),
    /** Manual page breaks: a printed page starts at each of these rows (0-based, ≥ 1); replaces earlier ones. */
    z.object({ op: z.literal("setPageBreaks"), sheet, rows: z.array(z.number().int().min(1)) }),
  ])
  .superRefine((op, ctx) => {
    const grid = gridOf(op);
    if (grid === null) return;
    const width = grid[0]?.length ?? 0;
    if (grid.length === 0 || width === 0 || grid.some((row) => row.length !== width)) {
      ctx.addIssue({
        code: "custom",
        message: `${op.op}: the grid must be a non-empty rectangle (every row the same length)`,
      });
    }
  });

/** A patch: operations applied in order. */
export const PatchSchema = z.array(PatchOpSchema);

export type HexColour = z.infer<typeof HexColourSchema>;
export type FontStyle = z.infer<typeof FontStyleSchema>;
export type HelpText = z.infer<typeof HelpTextSchema>;
export type ValidationRule = z.infer<typeof ValidationRuleSchema>;
export type ConditionalRule = z.infer<typeof ConditionalRuleSchema>;
export type ChartKind = z.infer<typeof ChartKindSchema>;
export type ChartSpec = z.infer<typeof ChartSpecSchema>;
export type PrintTextPart = z.infer<typeof PrintTextPartSchema>;
export type PrintLine = z.infer<typeof PrintLineSchema>;
export type PrintMargins = z.infer<typeof PrintMarginsSchema>;
export type PatchOp = z.infer<typeof PatchOpSchema>;
export type PatchOpKind = PatchOp["op"];
export type Patch = PatchOp[];
export type OpOf<K extends PatchOpKind> = Extract<PatchOp, { op: K }>;

/** The ops that write a rectangle of per-cell properties at (row, col). */
export type GridOp = OpOf<"setValues" | "setFormulas" | "setFills" | "setNotes" | "setNumberFormats" | "setFontStyles">;
export const GRID_OP_KINDS = [
  "setValues",
  "setFormulas",
  "setFills",
  "setNotes",
  "setNumberFormats",
  "setFontStyles",
] as const satisfies readonly GridOp["op"][];

export function isGridOp(op: PatchOp): op is GridOp {
  return (GRID_OP_KINDS as readonly string[]).includes(op.op);
}

/** The grid of a grid op (as unknown cells), or null for other ops. */
export function gridOf(op: PatchOp): unknown[][] | null {
  switch (op.op) {
    case "setValues":
      return op.values;
    case "setFormulas":
      return op.formulas;
    case "setFills":
      return op.fills;
    case "setNotes":
      return op.notes;
    case "setNumberFormats":
      return op.formats;
    case "setFontStyles":
      return op.styles;
    default:
      return null;
  }
}

/** The rectangle a grid op writes. */
export function gridOpRange(op: GridOp): { row: number; col: number; rows: number; cols: number } {
  const grid = gridOf(op) as unknown[][];
  return { row: op.row, col: op.col, rows: grid.length, cols: grid[0]?.length ?? 0 };
}
