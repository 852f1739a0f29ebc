import fc from "fast-check";
import { catalogue, msg, msgLang, msgText, type MessageCode, type MessageParams } from "../../../core/i18n";

/** The original definition: a regex over the template, unknown placeholders left as written. */
function reference(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

const codes = Object.keys(catalogue) as MessageCode[];

describe("msg", () => {
  it("fills placeholders in both languages", () => {
    expect(msg("number.malformed", { text: "1.23.4" })).toEqual({
      code: "number.malformed",
      vi: "“1.23.4” không phải là một số viết đúng.",
      en: "“1.23.4” is not a well-formed number.",
    });
  });

  it("leaves a placeholder without a parameter as written", () => {
    expect(msg("number.malformed").vi).toBe("“{text}” không phải là một số viết đúng.");
    expect(msg("number.malformed", {}).en).toBe("“{text}” is not a well-formed number.");
  });

  it("inserts values literally ($& and $1 are not replacement patterns)", () => {
    expect(msg("number.malformed", { text: "$& $1" }).en).toBe("“$& $1” is not a well-formed number.");
  });

  it("shares one object for the same code and values (interned), and a new one for other values", () => {
    const a = msg("number.malformed", { text: "x" });
    expect(msg("number.malformed", { text: "x" })).toBe(a);
    expect(msg("number.malformed", { text: "y" })).not.toBe(a);
    expect(msg("number.malformed", { text: "y" }).vi).toBe("“y” không phải là một số viết đúng.");
  });

  it("matches the regex definition for every catalogue entry and any parameters", () => {
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constantFrom("{text}", "$&", "", "Tiểu học"));
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.dictionary(fc.constantFrom("text", "year", "asOf", "milestone", "value", "x"), value), (code, params) => {
        const m = msg(code, params);
        expect(m.code).toBe(code);
        expect(m.vi).toBe(reference(catalogue[code].vi, params));
        expect(m.en).toBe(reference(catalogue[code].en, params));
        // A second call (interned) gives the same texts.
        expect(msg(code, params)).toEqual(m);
      }),
      { numRuns: 500 },
    );
  });
});

describe("msgText and msgLang", () => {
  it("give one language of msg", () => {
    expect(msgText("number.malformed", { text: "a" }, "vi")).toBe(msg("number.malformed", { text: "a" }).vi);
    expect(msgText("number.malformed", { text: "a" }, "en")).toBe(msg("number.malformed", { text: "a" }).en);
  });

  it("fill each language from its own parameters", () => {
    expect(msgLang("number.malformed", { text: "«a»" }, { text: "“a”" })).toEqual({
      code: "number.malformed",
      vi: "“«a»” không phải là một số viết đúng.",
      en: "““a”” is not a well-formed number.",
    });
  });
});
