import { createAgencyIndex, defaultRegistry, matchAgencies } from "../../core/agency";
import { text, type Lang, type Message } from "../../core/i18n";
import { parseNumber, parseTarget, parseTimeframe, targetInText } from "../../core/parse";
import type { Command } from "../command";
import { targetJson } from "../format";
import { inputTexts } from "../io";

/**
 * Inspection commands: each takes texts as arguments or one per line on stdin and prints one JSON
 * object per line, so a person (or a script) can see exactly how the core reads a cell.
 */

const line = (value: unknown): string => `${JSON.stringify(value)}\n`;
const messageText = (m: Pick<Message, "vi" | "en"> | null, lang: Lang): string | null => (m ? text(m, lang) : null);

type Locale = "vi-VN" | "en-US";

/** `--locale en-US|vi-VN` and the given flags, apart from the texts. */
function options(args: string[], flags: readonly string[]): { locale: Locale; flags: Set<string>; texts: string[] } {
  let locale: Locale = "vi-VN";
  const on = new Set<string>();
  const texts: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--locale" && (args[i + 1] === "en-US" || args[i + 1] === "vi-VN")) locale = args[++i] as Locale;
    else if (flags.includes(args[i])) on.add(args[i]);
    else texts.push(args[i]);
  }
  return { locale, flags: on, texts };
}

export const parseTargetCommand: Command = {
  name: "parse-target",
  summary: { vi: "Đọc ô mục tiêu (chỉ tiêu) và in kết quả dạng JSON", en: "Parse target cells, print JSON" },
  usage: "chitieu parse-target [--locale en-US] [--in-text] [TEXT...]   (hoặc mỗi dòng một ô qua stdin; --in-text: tìm mục tiêu ở cuối câu chỉ tiêu)",
  async run(args, io, { lang }) {
    const o = options(args, ["--in-text"]);
    for (const t of await inputTexts(o.texts, io)) {
      if (!o.flags.has("--in-text")) {
        io.stdout(line(targetJson(parseTarget(t, { locale: o.locale }), lang)));
        continue;
      }
      const found = targetInText(t, { locale: o.locale });
      io.stdout(
        line(
          found
            ? { text: t, phrase: found.phrase, start: found.start, end: found.end, cue: found.cue, year: found.year, target: targetJson(found.target, lang) }
            : { text: t, phrase: null, start: null, end: null, cue: null, year: null, target: null },
        ),
      );
    }
    return 0;
  },
};

export const parseNumberCommand: Command = {
  name: "parse-number",
  summary: { vi: "Đọc số viết kiểu Việt Nam và in kết quả dạng JSON", en: "Parse Vietnamese-style numbers, print JSON" },
  usage: "chitieu parse-number [--locale en-US] [TEXT...]",
  async run(args, io, { lang }) {
    const o = options(args, []);
    for (const t of await inputTexts(o.texts, io)) {
      const r = parseNumber(t, { locale: o.locale });
      io.stdout(
        line({
          text: r.text,
          value: r.value,
          error: messageText(r.error, lang),
          unit: r.unit,
          warnings: r.warnings.map((w) => text(w, lang)),
          suggestion: messageText(r.suggestion, lang),
          estimate: r.estimate,
          currency: r.currency,
          per: r.per,
        }),
      );
    }
    return 0;
  },
};

export const parseTimeframeCommand: Command = {
  name: "parse-timeframe",
  summary: { vi: "Đọc ô thời gian thực hiện và in kết quả dạng JSON", en: "Parse timeframe cells, print JSON" },
  usage: "chitieu parse-timeframe [TEXT...]",
  async run(args, io, { lang }) {
    for (const t of await inputTexts(args, io)) {
      const r = parseTimeframe(t);
      io.stdout(
        line({
          text: r.text,
          ...r.timeframe,
          error: messageText(r.error, lang),
          warnings: r.warnings.map((w) => text(w, lang)),
          suggestion: messageText(r.suggestion, lang),
        }),
      );
    }
    return 0;
  },
};

export const matchAgencyCommand: Command = {
  name: "match-agency",
  summary: { vi: "Nhận diện tên cơ quan trong ô và in kết quả dạng JSON", en: "Match agency names in cells, print JSON" },
  usage: "chitieu match-agency [TEXT...]",
  async run(args, io) {
    const index = createAgencyIndex(defaultRegistry);
    for (const t of await inputTexts(args, io)) {
      const m = matchAgencies(t, index);
      io.stdout(
        line({
          text: m.text,
          matches: m.matches.map((x) => ({ id: x.id, name: x.name })),
          unknown: m.unknown,
          suggestions: m.suggestions.map((s) => ({ text: s.part, id: s.id, name: s.name })),
        }),
      );
    }
    return 0;
  },
};
