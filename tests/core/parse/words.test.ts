import fc from "fast-check";
import type { ParsedTarget } from "../../../core/model";
import { formatNumber, parseNumber, parseTarget } from "../../../core/parse";
import { foldWord } from "../../../core/parse/word-match";
import {
  CURRENCIES, PREFIXES, SCALES, SUFFIXES, UNITS_BEFORE, type Comparator, type PrefixMeaning, type WordEntry,
} from "../../../core/parse/words";

/**
 * The word table drives the grammar: every word of every family, combined with any number written
 * in the Vietnamese convention, reads with its family's meaning. Hand-written expectations for
 * the notations themselves are in target.test.ts and number.test.ts.
 */

const wordsOf = <M>(table: readonly WordEntry<M>[], keep: (m: M) => boolean): [string, M][] =>
  table.flatMap((e) => (keep(e.means) ? e.words.map((w) => [w, e.means] as [string, M]) : []));

/** Non-negative values with at most 4 decimals, as the plans write them (0, 19,04, 6.100, 75.000.000). */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 1e9 }),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100),
  fc.integer({ min: 1, max: 99_999 }).map((n) => n / 10_000),
);
const vi = (x: number): string => formatNumber(x, { maxDecimals: 6 });
const unitAfter = fc.constantFrom("", "%", " %", " người", " giường bệnh", " triệu đồng", " lần", " m2 sàn/người");
const trimmedUnit = (u: string): string | null => (u.trim() === "" ? null : u.trim());

function bounds(r: ParsedTarget): [string, number | null, number | null, boolean, boolean] {
  return [r.kind, r.lo, r.hi, r.loInclusive, r.hiInclusive];
}

const byComparator: Record<Comparator, (x: number) => ReturnType<typeof bounds>> = {
  gt: (x) => ["min", x, null, false, false],
  ge: (x) => ["min", x, null, true, false],
  lt: (x) => ["max", null, x, false, false],
  le: (x) => ["max", null, x, false, true],
  eq: (x) => ["exact", x, x, true, true],
};

describe("the word table", () => {
  it("gives every word one meaning (after folding case, accents and spaces)", () => {
    const tables: (readonly WordEntry<unknown>[])[] = [PREFIXES, SUFFIXES, SCALES];
    for (const table of tables) {
      const seen = new Map<string, string>();
      for (const e of table) {
        for (const w of e.words) {
          const key = foldWord(w);
          const meaning = JSON.stringify(e.means);
          expect({ word: w, meaning: seen.get(key) ?? meaning }).toEqual({ word: w, meaning });
          seen.set(key, meaning);
        }
      }
    }
  });

  it("is written in NFC, without leading or doubled spaces", () => {
    const all = [...PREFIXES, ...SUFFIXES, ...SCALES].flatMap((e) => e.words).concat(UNITS_BEFORE, CURRENCIES.flatMap((c) => c.words));
    for (const w of all) expect(w).toBe(w.normalize("NFC").trim().replace(/\s+/g, " "));
  });
});

describe("every prefix word, with any number, reads with its meaning", () => {
  const comparators = wordsOf(PREFIXES, (m) => m.role === "compare") as [string, Extract<PrefixMeaning, { role: "compare" }>][];

  it.each(comparators)("%s <value>", (word, means) => {
    fc.assert(
      fc.property(amount, unitAfter, fc.constantFrom(" ", "", "  "), fc.boolean(), (x, unit, gap, upper) => {
        // A word ending in a letter needs a space before the digits; a symbol does not.
        const sep = /\p{L}$/u.test(word) && gap === "" ? " " : gap;
        const cell = `${upper ? word.toUpperCase() : word}${sep}${vi(x)}${unit}`;
        const r = parseTarget(cell);
        expect({ cell, reading: bounds(r), unit: r.unit, error: r.error?.code }).toEqual({
          cell, reading: byComparator[means.cmp](x), unit: trimmedUnit(unit), error: undefined,
        });
      }),
      { numRuns: 40 },
    );
  });

  const words = (role: PrefixMeaning["role"]) => wordsOf(PREFIXES, (m) => m.role === role).map(([w]) => w);

  it("approximate and estimate words: exact, approximate", () => {
    fc.assert(
      fc.property(fc.constantFrom(...words("approx"), ...words("estimate")), amount, unitAfter, (word, x, unit) => {
        const r = parseTarget(`${word} ${vi(x)}${unit}`);
        expect(bounds(r)).toEqual(byComparator.eq(x));
        expect(r.approx).toBe(true);
        expect(r.unit).toBe(trimmedUnit(unit));
      }),
    );
  });

  it("steady words: exact, a level to hold, no direction", () => {
    fc.assert(
      fc.property(fc.constantFrom(...words("steady")), fc.constantFrom("", "duy trì ", "giữ "), amount, (word, lead, x) => {
        const r = parseTarget(`${lead}${word} ${vi(x)}%`);
        expect(bounds(r)).toEqual(byComparator.eq(x));
        expect([r.steady, r.directionHint, r.unit]).toEqual([true, null, "%"]);
      }),
    );
  });

  it("filler words change nothing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...words("filler")), amount, unitAfter, (word, x, unit) => {
        const r = parseTarget(`${word} ${vi(x)}${unit}`);
        expect({ reading: bounds(r), approx: r.approx, steady: r.steady, change: r.change }).toEqual({
          reading: byComparator.eq(x), approx: false, steady: false, change: null,
        });
      }),
    );
  });

  it("level words: a level reached downwards is at most, upwards at least", () => {
    const levels = wordsOf(PREFIXES, (m) => m.role === "level") as [string, Extract<PrefixMeaning, { role: "level" }>][];
    fc.assert(
      fc.property(fc.constantFrom(...levels), amount, ([word, means], x) => {
        const r = parseTarget(`${word} ${vi(x)}%`);
        expect(bounds(r)).toEqual(means.way === "decrease" ? byComparator.le(x) : byComparator.ge(x));
        expect(r.directionHint).toBe(means.way);
      }),
    );
  });

  it("change words: a change from the baseline, its direction given", () => {
    const changes = wordsOf(PREFIXES, (m) => m.role === "change") as [string, Extract<PrefixMeaning, { role: "change" }>][];
    fc.assert(
      fc.property(fc.constantFrom(...changes), amount, fc.constantFrom("%", " lần", " người"), ([word, means], x, unit) => {
        const r = parseTarget(`${word} ${vi(x)}${unit}`);
        expect(bounds(r)).toEqual(byComparator.eq(x));
        const expected = means.change === "increase" && unit === " lần" ? "multiply" : means.change;
        expect([r.change, r.directionHint]).toEqual([expected, expected === "decrease" ? "decrease" : "increase"]);
      }),
    );
  });

  it("per-year words before or after the value make a rate per year", () => {
    fc.assert(
      fc.property(fc.constantFrom(...words("perYear")), amount, fc.boolean(), (word, x, after) => {
        const r = parseTarget(after ? `${vi(x)}% ${word}` : `${word} ${vi(x)}%`);
        expect(bounds(r)).toEqual(byComparator.eq(x));
        expect(r.perYear).toBe(true);
      }),
    );
  });

  it("comparator and filler words combine in any order with the same reading", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...comparators),
        fc.constantFrom("đạt", "phấn đấu đạt", "là", "ở mức", "bằng"),
        fc.boolean(),
        amount,
        ([word, means], filler, fillerFirst, x) => {
          const cell = fillerFirst ? `${filler} ${word} ${vi(x)}%` : `${word} ${filler} ${vi(x)}%`;
          expect({ cell, reading: bounds(parseTarget(cell)) }).toEqual({ cell, reading: byComparator[means.cmp](x) });
        },
      ),
    );
  });

  it("two comparator words of one way are one bound; of opposite ways, a conflict", () => {
    const family = (c: Comparator) => (c === "gt" || c === "ge" ? "ge" : c === "lt" || c === "le" ? "le" : "eq");
    const bounded = comparators.filter(([, m]) => m.cmp !== "eq");
    fc.assert(
      fc.property(fc.constantFrom(...bounded), fc.constantFrom(...bounded), amount, ([a, ma], [b, mb], x) => {
        const cell = `${a} ${b} ${vi(x)}`;
        const r = parseTarget(cell);
        if (family(ma.cmp) !== family(mb.cmp)) {
          expect({ cell, code: r.error?.code }).toEqual({ cell, code: "target.conflict" });
        } else {
          const strict = [ma.cmp, mb.cmp].find((c) => c === "gt" || c === "lt");
          expect({ cell, reading: bounds(r) }).toEqual({ cell, reading: byComparator[strict ?? ma.cmp](x) });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("every suffix word, after any number and unit, reads with its meaning", () => {
  const compares = wordsOf(SUFFIXES, (m) => m.role === "compare") as [string, { role: "compare"; cmp: "ge" | "le" }][];

  it.each(compares)("<value> %s", (word, means) => {
    fc.assert(
      fc.property(amount, unitAfter, fc.constantFrom(" ", ""), (x, unit, gap) => {
        const sep = /^\p{L}/u.test(word) ? " " : gap;
        const cell = `${vi(x)}${unit}${sep}${word}`;
        const r = parseTarget(cell);
        expect({ cell, reading: bounds(r), unit: r.unit }).toEqual({ cell, reading: byComparator[means.cmp](x), unit: trimmedUnit(unit) });
      }),
      { numRuns: 40 },
    );
  });

  it("a suffix agreeing with a prefix is one bound; disagreeing, a conflict", () => {
    const prefixes: [string, "ge" | "le"][] = [["tối thiểu", "ge"], ["ít nhất", "ge"], ["tối đa", "le"], ["không quá", "le"]];
    fc.assert(
      fc.property(fc.constantFrom(...compares), fc.constantFrom(...prefixes), amount, ([word, means], [prefix, way], x) => {
        const r = parseTarget(`${prefix} ${vi(x)}% ${word}`);
        if (means.cmp === way) expect(bounds(r)).toEqual(byComparator[way](x));
        else expect(r.error?.code).toBe("target.conflict");
      }),
    );
  });

  it("\"từ\" goes with either (\"từ 90% trở lên\": at least 90%, \"từ 5% trở xuống\": at most 5%)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...compares), amount, ([word, means], x) => {
        expect(bounds(parseTarget(`từ ${vi(x)}% ${word}`))).toEqual(byComparator[means.cmp](x));
      }),
    );
  });
});

describe("units before the value, currencies and per-population denominators", () => {
  it("a unit written first is the unit (\"% ≥ 95\", \"$7,900\")", () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNITS_BEFORE), fc.constantFrom("", " ", "≥ ", ">= ", "tối thiểu "), amount, (unit, cmp, x) => {
        const cell = `${unit} ${cmp}${vi(x)}`;
        const r = parseTarget(cell);
        expect({ cell, unit: r.unit, reading: bounds(r) }).toEqual({ cell, unit, reading: cmp.trim() === "" ? byComparator.eq(x) : byComparator.ge(x) });
      }),
    );
  });

  it("an amount after an English currency sign reads the same in either notation", () => {
    fc.assert(
      fc.property(fc.constantFrom("$", "US$", "€"), fc.integer({ min: 0, max: 1e9 }), (sign, n) => {
        const english = n.toLocaleString("en-US");
        for (const written of [english, vi(n)]) {
          const r = parseTarget(`${sign}${written}`);
          expect({ written, lo: r.lo, error: r.error }).toEqual({ written, lo: n, error: null });
          expect(r.currency).toBe(sign === "€" ? "EUR" : "USD");
        }
      }),
    );
  });

  it("every currency word, with or without a scale, gives its code", () => {
    const words = CURRENCIES.flatMap((c) => c.words.map((w) => [w, c.code] as const));
    const scales = ["", ...SCALES.flatMap((s) => s.words)];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom(...scales), amount, ([word, code], scale, x) => {
        const unit = scale ? `${scale} ${word}` : word;
        for (const r of [parseTarget(`${vi(x)} ${unit}`), parseNumber(`${vi(x)} ${unit}`)]) {
          expect({ unit, currency: r.currency, per: r.per }).toEqual({ unit, currency: code, per: null });
        }
      }),
    );
  });

  it("a denominator of a number and/or a scale word reads as a rate per population", () => {
    const scaled = SCALES.filter((s) => s.means <= 1_000_000);
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom("giường bệnh", "bác sĩ", "người", "bé trai", "ca"),
        fc.constantFrom("/", " / ", " trên "),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.option(fc.constantFrom(...scaled), { nil: null }),
        fc.constantFrom("dân", "dân số", "bé gái", "trẻ đẻ sống"),
        (x, noun, sep, n, scale, population) => {
          const denominator = scale ? `${vi(n)} ${scale.words[0]}` : vi(n);
          const cell = `${vi(x)} ${noun}${sep}${denominator} ${population}`;
          const per = { value: n * (scale?.means ?? 1), unit: population };
          const t = parseTarget(cell);
          const v = parseNumber(cell);
          expect({ cell, target: [t.lo, t.per, t.unit], value: [v.value, v.per, v.unit] }).toEqual({
            cell, target: [x, per, cell.slice(vi(x).length + 1)], value: [x, per, cell.slice(vi(x).length + 1)],
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
