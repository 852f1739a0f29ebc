import type { IndicatorRecord } from "../layout";
import { msg, msgLang, type Message } from "../i18n";
import { formatNumber, sameUnit } from "../parse";
import {
  isPercentUnit,
  isQualitativeRow,
  planIndicator,
  rowUnit,
  unitKey,
  valueKeys,
  type IndicatorView,
} from "./indicator-row";
import { memoByNumber } from "./message-memo";
import { rowRule } from "./rule";
import { assessments } from "./vocabulary";

/** Indicator row rules on the measured numbers: actual values per year and the baseline value. */

type R = IndicatorRecord;
const AMBIGUOUS = /ambiguous/i;
const isAmbiguous = (code: string): boolean => AMBIGUOUS.test(code);
const PLACEHOLDER = "number.placeholder";

/** Number cells to check: a qualitative row's actual cells get "use the assessment column" instead. */
function numberKeys(v: IndicatorView): readonly { key: string; year: number | null }[] {
  const keys = valueKeys(v);
  return isQualitativeRow(v) ? keys.filter((k) => k.year === null) : keys;
}

const fmt = (v: IndicatorView, n: number): string => formatNumber(n, { locale: v.ctx.locale });

export const actualNotANumber = rowRule<R>({
  code: "indicator.actual.notANumber",
  scope: "indicator",
  severity: "error",
  columns: ["actual:*"],
  check(v, emit) {
    if (isQualitativeRow(v)) return;
    for (const { key } of v.yearKeys("actual:")) {
      const p = v.number(key);
      // The parser's own message says precisely what is wrong with the text.
      if (p.error && !isAmbiguous(p.error.code) && p.error.code !== PLACEHOLDER) {
        emit(key, p.error, p.suggestion ?? msg("validation.suggest.vietnameseNumber"));
      }
    }
  },
});

/**
 * "-", "x", "…": people mean "no data yet". Not an error (nothing wrong was typed), but said, so
 * nobody thinks a value was read: the cell counts as empty.
 */
export const actualPlaceholder = rowRule<R>({
  code: "indicator.actual.placeholder",
  scope: "indicator",
  severity: "info",
  columns: ["actual:*"],
  check(v, emit) {
    if (isQualitativeRow(v)) return;
    for (const { key } of v.yearKeys("actual:")) {
      const p = v.number(key);
      if (p.error && p.error.code === PLACEHOLDER) emit(key, p.error, p.suggestion);
    }
  },
});

export const baselineNotANumber = rowRule<R>({
  code: "indicator.baseline.notANumber",
  scope: "indicator",
  severity: "error",
  columns: ["baselineValue"],
  check(v, emit) {
    const p = v.number("baselineValue");
    if (p.error && !isAmbiguous(p.error.code)) {
      emit("baselineValue", p.error, p.suggestion ?? msg("validation.suggest.vietnameseNumber"));
    }
  },
});

/** "1,234": one thousand two hundred and thirty-four, or one point two three four? Never guessed. */
export const valueAmbiguous = rowRule<R>({
  code: "indicator.value.ambiguous",
  scope: "indicator",
  severity: "error",
  columns: ["actual:*", "baselineValue"],
  check(v, emit) {
    for (const { key } of numberKeys(v)) {
      const p = v.number(key);
      if (p.error && isAmbiguous(p.error.code)) emit(key, p.error, p.suggestion);
    }
  },
});

/** The parser's style warnings ("1.5" read as 1,5): read, but worth a second look. */
export const valueStyle = rowRule<R>({
  code: "indicator.value.style",
  scope: "indicator",
  severity: "warning",
  columns: ["actual:*", "baselineValue"],
  check(v, emit) {
    for (const { key } of numberKeys(v)) {
      const p = v.number(key);
      for (const w of p.warnings) emit(key, w, p.suggestion);
    }
  },
});

/** A percentage is 0–100; a negative or a 150 in a "%" row is a typing or unit mistake. */
export const percentOutOfRange = rowRule<R>({
  code: "indicator.percent.outOfRange",
  scope: "indicator",
  severity: "error",
  columns: ["actual:*", "baselineValue", "unit"],
  check(v, emit) {
    if (!isPercentUnit(rowUnit(v))) return;
    for (const { key } of numberKeys(v)) {
      const p = v.number(key);
      if (p.value === null || (p.value >= 0 && p.value <= 100)) continue;
      if (p.unit !== null && !isPercentUnit(p.unit)) continue; // the unit rule reports it
      emit(
        key,
        msg("validation.indicator.percent.outOfRange", { value: fmt(v, p.value) }),
        msg("validation.suggest.percentRange"),
      );
    }
  },
});

/**
 * "5 người" in a "%" row: the number does not measure what the row measures, so it cannot be
 * compared with the target (an error: the value is kept as typed but held back from every
 * status until corrected, instead of feeding a forecast of −87%).
 */
export const unitMismatch = rowRule<R>({
  code: "indicator.unit.mismatch",
  scope: "indicator",
  severity: "error",
  columns: ["actual:*", "baselineValue", "unit"],
  check(v, emit) {
    const unit = rowUnit(v);
    if (unit === "") return;
    const want = unitKey(unit);
    for (const { key } of numberKeys(v)) {
      const p = v.number(key);
      // "$" in a "USD" row, "/1 vạn dân" in a "/vạn dân" row: one unit written two ways.
      if (p.value === null || p.unit === null || unitKey(p.unit) === want || sameUnit(p.unit, unit, v.ctx.locale)) continue;
      emit(
        key,
        msg("validation.indicator.unit.mismatch", { value: p.text, typed: p.unit, unit }),
        msg("validation.suggest.unitMismatch", { unit, example: fmt(v, p.value) }),
      );
    }
  },
});

type Period = { from: number; to: number };
const outsideMessage = memoByNumber((year, { from, to }: Period) =>
  msg("validation.indicator.actual.yearOutsidePlan", { year, from, to }),
);

/** A value for a year outside the plan period (a column the sheet should not have). */
export const actualYearOutsidePlan = rowRule<R>({
  code: "indicator.actual.yearOutsidePlan",
  scope: "indicator",
  severity: "warning",
  columns: ["actual:*"],
  check(v, emit) {
    const { from, to } = v.ctx.plan.period;
    let suggestion: Message | null = null;
    for (const { key, year } of v.yearKeys("actual:")) {
      if ((year >= from && year <= to) || v.isEmpty(key)) continue;
      suggestion ??= msg("validation.suggest.yearOutsidePlan", { from, to });
      emit(key, outsideMessage(year, v.ctx.plan.period), suggestion);
    }
  },
});

const futureMessage = memoByNumber((year, asOf: number) => msg("validation.indicator.actual.futureYear", { year, asOf }));

/** A value for a year after the reporting year: an estimate, or typed in the wrong column. */
export const actualFutureYear = rowRule<R>({
  code: "indicator.actual.futureYear",
  scope: "indicator",
  severity: "info",
  columns: ["actual:*"],
  check(v, emit) {
    const { from, to } = v.ctx.plan.period;
    const asOf = v.ctx.asOf;
    let suggestion: Message | null = null;
    for (const { key, year } of v.yearKeys("actual:")) {
      if (year <= asOf || year < from || year > to || v.isEmpty(key)) continue;
      suggestion ??= msg("validation.suggest.futureYear", { asOf });
      emit(key, futureMessage(year, asOf), suggestion);
    }
  },
});

const JUMP = 10;

/** More than tenfold up or down from the previous reported year: often a misplaced separator. */
export const implausibleJump = rowRule<R>({
  code: "indicator.actual.implausibleJump",
  scope: "indicator",
  severity: "info",
  columns: ["actual:*"],
  check(v, emit) {
    if (isQualitativeRow(v)) return;
    // The previous reported year and value (prevYear null: none yet).
    let prevYear: number | null = null;
    let prevValue = 0;
    for (const { key, year } of v.yearKeys("actual:")) {
      const p = v.number(key);
      if (p.value === null || p.error) continue;
      if (prevYear !== null && prevValue !== 0 && p.value !== 0) {
        const ratio = Math.abs(p.value) / Math.abs(prevValue);
        if (ratio > JUMP || ratio < 1 / JUMP) {
          emit(
            key,
            msg("validation.indicator.actual.implausibleJump", {
              year,
              value: fmt(v, p.value),
              prevYear,
              prev: fmt(v, prevValue),
            }),
            msg("validation.suggest.checkJump"),
          );
        }
      }
      prevYear = year;
      prevValue = p.value;
    }
  },
});

/** A number (or any value) in the actual column of a qualitative indicator belongs in "assessment". */
export const useAssessment = rowRule<R>({
  code: "indicator.actual.useAssessment",
  scope: "indicator",
  severity: "warning",
  columns: ["actual:*", "target:*"],
  check(v, emit) {
    if (!isQualitativeRow(v)) return;
    const actuals = v.yearKeys("actual:").filter(({ key }) => !v.isEmpty(key));
    if (actuals.length === 0) return;
    let target = "";
    for (const { key } of v.yearKeys("target:")) if ((target = v.text(key)) !== "") break;
    if (target === "") {
      const targets = Object.values(planIndicator(v)?.targets ?? {});
      target = targets.find((t) => t.parsed.kind === "qualitative")?.raw ?? "";
    }
    const suggestion = msgLang(
      "validation.suggest.useAssessment",
      { accepted: assessments.list("vi") },
      { accepted: assessments.list("en") },
    );
    for (const { key, year } of actuals) {
      emit(key, msg("validation.indicator.actual.useAssessment", { target, year }), suggestion);
    }
  },
});
