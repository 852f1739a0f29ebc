import fc from "fast-check";
import {
  createAgencyIndex,
  defaultAgencyIndex,
  defaultRegistry,
  describeUnknownAgencies,
  matchAgencies,
  normalizeAgencyName,
  toAgencyRef,
} from "../../../core/agency";
import { SEED_AGENCY_CELLS } from "./seed-cells";

const index = defaultAgencyIndex();
const ids = (text: string) => matchAgencies(text, index).matches.map((m) => m.id);

describe("matchAgencies: every agency cell of both seeds", () => {
  it.each(SEED_AGENCY_CELLS)("%s", (text, expected) => {
    const m = matchAgencies(text, index);
    expect(m.matches.map((x) => x.id)).toEqual(expected);
    expect(m.unknown).toEqual([]);
    expect(m.suggestions).toEqual([]);
    expect(m.text).toBe(text);
  });

  it("keeps the text of each matched part", () => {
    const m = matchAgencies("Sở Lao động TBXH, các sở, ngành, UBND các huyện, thị xã, TP, các đơn vị liên quan", index);
    expect(m.matches).toEqual([
      { id: "so-ldtbxh", name: "Sở Lao động - Thương binh và Xã hội", part: "Sở Lao động TBXH" },
      { id: "so-ban-nganh", name: "Các sở, ban, ngành liên quan", part: "các sở, ngành" },
      { id: "ubnd-cac-huyen", name: "UBND các huyện, thành phố", part: "UBND các huyện, thị xã, TP" },
      { id: "cac-co-quan-lien-quan", name: "Các cơ quan, đơn vị liên quan", part: "các đơn vị liên quan" },
    ]);
  });
});

describe("matchAgencies: variants of BRIEF §2", () => {
  it.each([
    ["Sở Lao động - Thương binh và Xã hội", "so-ldtbxh"],
    ["Sở Lao động – Thương binh và Xã hội", "so-ldtbxh"],
    ["Sở Lao động - TBXH", "so-ldtbxh"],
    ["Sở Lao động TBXH", "so-ldtbxh"],
    ["Sở Lao động, Thương binh và xã hội", "so-ldtbxh"],
    ["Sở LĐTBXH", "so-ldtbxh"],
    ["Sở LĐ-TBXH", "so-ldtbxh"],
    ["Sở LĐ - TBXH", "so-ldtbxh"],
    ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "so-ldtbxh"],
    ["Sở Kế hoạch & Đầu tư", "so-khdt"],
    ["Sở KH&ĐT", "so-khdt"],
    ["Sở KH & ĐT", "so-khdt"],
    ["Sở KHĐT", "so-khdt"],
    ["Sở GD&ĐT", "so-gddt"],
    ["Sở GDĐT", "so-gddt"],
    ["Sở TT&TT", "so-tttt"],
    ["Sở TTTT", "so-tttt"],
    ["Sở NN&PTNT", "so-nnptnt"],
    ["Sở Văn hoá, Thể thao và Du lịch", "so-vhttdl"], // old tone placement
    ["Sở VH,TT&DL", "so-vhttdl"],
    ["Uỷ ban nhân dân tỉnh", "ubnd-tinh"],
    ["UBND Tỉnh", "ubnd-tinh"],
    ["HĐND Tỉnh", "hdnd-tinh"],
    ["Hội đồng nhân dân tỉnh", "hdnd-tinh"],
    ["BHXH tỉnh", "bhxh-tinh"],
    ["Bảo hiểm xã hội", "bhxh-tinh"],
    ["Bảo hiểm xã hội tỉnh Hải Dương", "bhxh-tinh"],
    ["Công an tỉnh Đồng Tháp", "cong-an-tinh"],
    ["Đài Phát thanh và Truyền hình tỉnh", "dai-ptth-tinh"],
    ["Ủy ban Mặt trận TQVN Tỉnh", "mttq-tinh"],
    ["Ủy ban MTTQ Việt Nam tỉnh", "mttq-tinh"],
    ["Thủ tướng Chính phủ", "ttcp"],
    ["Bộ Giáo dục và ĐT", "bo-gddt"],
    ["Bộ Lao động - TBXH", "bo-ldtbxh"],
    ["UBND TP. Hải Dương", "ubnd-tp-hai-duong"],
    ["Ủy ban nhân dân thành phố Hải Dương", "ubnd-tp-hai-duong"],
    ["UBND huyện", "ubnd-cap-huyen"],
    ["Sở Nông nghiệp và Môi trường", "so-nnmt"],
  ])("%s → %s", (text, id) => {
    const m = matchAgencies(text, index);
    expect(m.matches.map((x) => x.id)).toEqual([id]);
    expect(m.unknown).toEqual([]);
  });

  it.each([
    ["Các sở, ban, ngành liên quan"],
    ["các sở, ngành"],
    ["Các sở, ban, ngành"],
    ["Các sở, ngành có liên quan"],
    ["Các sở, ban. ngành liên quan"],
  ])("group phrase %s → so-ban-nganh", (text) => {
    expect(ids(text)).toEqual(["so-ban-nganh"]);
  });

  it.each([
    ["UBND các huyện, thành phố"],
    ["UBND các huyện, thị xã, TP"],
    ["UBND các huyện, TP"],
    ["UBND các huyện,TP"],
    ["UBND các địa phương"],
    ["UBND"],
    ["các huyện, thành phố"],
    ["Ủy ban nhân dân các huyện, thành phố"],
  ])("group phrase %s → ubnd-cac-huyen", (text) => {
    expect(ids(text)).toEqual(["ubnd-cac-huyen"]);
  });
});

describe("matchAgencies: splitting and sentences", () => {
  it("splits on ; , newlines, bullets and 'và', and lists each agency once", () => {
    expect(ids("Sở Y tế; Sở Xây dựng, Sở Tài chính\nSở Nội vụ và Sở Tư pháp")).toEqual([
      "so-y-te",
      "so-xay-dung",
      "so-tai-chinh",
      "so-noi-vu",
      "so-tu-phap",
    ]);
    expect(ids("- Sở Y tế\n- Sở Y tế\n+ Công an tỉnh")).toEqual(["so-y-te", "cong-an-tinh"]);
  });

  it("ignores role words after a name and picks up the next name after a comma", () => {
    expect(ids("Sở Y tế chủ trì, Sở Tài chính phối hợp")).toEqual(["so-y-te", "so-tai-chinh"]);
    expect(ids("Sở Thông tin và Truyền thông: Chủ trì")).toEqual(["so-tttt"]);
    expect(ids("Sở Y tế (chủ trì); Sở Xây dựng")).toEqual(["so-y-te", "so-xay-dung"]);
    const u = matchAgencies("Sở Y tế chủ trì, Phòng Khám ABC", index);
    expect([u.matches.map((x) => x.id), u.unknown]).toEqual([["so-y-te"], ["Phòng Khám ABC"]]);
    const m = matchAgencies("Chủ trì: Sở Y tế", index);
    expect([m.matches.map((x) => x.id), m.unknown]).toEqual([["so-y-te"], []]);
  });

  it("prefers the longest name: UBND tỉnh is not the UBND group", () => {
    expect(ids("UBND tỉnh, UBND các huyện, TP")).toEqual(["ubnd-tinh", "ubnd-cac-huyen"]);
    expect(ids("Sở Nông nghiệp và Phát triển nông thôn")).toEqual(["so-nnptnt"]);
  });

  it("takes two names with their separator lost", () => {
    expect(ids("Sở Y tế Sở Xây dựng")).toEqual(["so-y-te", "so-xay-dung"]);
  });
});

describe("matchAgencies: unknown parts", () => {
  it("reports a typo as unknown and suggests the agency", () => {
    const m = matchAgencies("Sở Lao đông TBXH", index);
    expect(m.matches).toEqual([]);
    expect(m.unknown).toEqual(["Sở Lao đông TBXH"]);
    expect(m.suggestions).toEqual([
      { part: "Sở Lao đông TBXH", id: "so-ldtbxh", name: "Sở Lao động - Thương binh và Xã hội" },
    ]);
    const [d] = describeUnknownAgencies(m);
    expect(d.error.code).toBe("agency.unknown");
    expect(d.error.vi).toBe("Không nhận ra cơ quan “Sở Lao đông TBXH”.");
    expect(d.suggestion.vi).toBe("Có phải là: “Sở Lao động - Thương binh và Xã hội”?");
  });

  it("splits leftovers at separators and keeps the known names", () => {
    const m = matchAgencies("Sở Giáo dục, Sở Y tế; Phòng Văn hóa huyện", index);
    expect(m.matches.map((x) => x.id)).toEqual(["so-y-te"]);
    expect(m.unknown).toEqual(["Sở Giáo dục", "Phòng Văn hóa huyện"]);
    expect(m.suggestions.filter((s) => s.part === "Sở Giáo dục").map((s) => s.id)).toEqual(["so-gddt"]);
  });

  it("does not suggest far-off names", () => {
    const m = matchAgencies("Công ty TNHH Hoàng Long", index);
    expect(m.unknown).toEqual(["Công ty TNHH Hoàng Long"]);
    expect(m.suggestions).toEqual([]);
    expect(describeUnknownAgencies(m)[0].suggestion.code).toBe("agency.addToRegistry");
  });

  it("does not take a name that runs into other words", () => {
    const m = matchAgencies("UBND huyện Tháp Mười", index);
    expect(m.matches).toEqual([]);
    expect(m.unknown).toEqual(["UBND huyện Tháp Mười"]);
  });

  it("gives empty results for an empty cell", () => {
    expect(matchAgencies("", index)).toEqual({ text: "", matches: [], unknown: [], suggestions: [], bodies: [] });
    expect(matchAgencies("  ;  , - ", index).unknown).toEqual([]);
  });
});

describe("toAgencyRef", () => {
  it("keeps the raw text, the ids and the unknown parts", () => {
    const m = matchAgencies("Sở Y tế; Sở Lao đông TBXH", index);
    expect(toAgencyRef(m)).toEqual({ raw: "Sở Y tế; Sở Lao đông TBXH", ids: ["so-y-te"], unknown: ["Sở Lao đông TBXH"] });
  });
});

describe("normalizeAgencyName", () => {
  it("gives one key for every way of writing a name", () => {
    const key = normalizeAgencyName("Sở Lao động - Thương binh và Xã hội");
    for (const v of ["Sở LĐTBXH", "Sở LĐ-TBXH", "sở lao động, thương binh và xã hội", "Sở Lao động – TBXH", "Sở Lao động - TBXH".normalize("NFD")]) {
      expect(normalizeAgencyName(v)).toBe(key);
    }
    expect(normalizeAgencyName("Sở Kế hoạch & Đầu tư")).toBe(normalizeAgencyName("Sở KH&ĐT"));
    expect(normalizeAgencyName("Sở Văn hoá")).toBe(normalizeAgencyName("Sở Văn hóa"));
    expect(normalizeAgencyName("Sở Lao đông")).not.toBe(normalizeAgencyName("Sở Lao động"));
  });
});

// ---- properties ----

const names = defaultRegistry.agencies.flatMap((a) => [a.name, ...a.shortForms, ...a.aliases]);
const cellText = fc
  .array(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...SEED_AGENCY_CELLS.map(([t]) => t))), { minLength: 1, maxLength: 4 })
  .chain((parts) => fc.constantFrom("; ", "\n", "\n- ").map((sep) => parts.join(sep)));

const variant = (s: string) =>
  fc
    .record({
      nfd: fc.boolean(),
      spaces: fc.constantFrom(" ", "  ", "\u00A0", " \t "),
      dash: fc.constantFrom("-", "–", "—"),
      pad: fc.constantFrom("", "  ", "\n"),
      casing: fc.constantFrom("same", "upper", "lower"),
    })
    .map(({ nfd, spaces, dash, pad, casing }) => {
      let v = s.replace(/ /g, spaces).replace(/-/g, dash);
      v = casing === "upper" ? v.toUpperCase() : casing === "lower" ? v.toLowerCase() : v;
      v = pad + v + pad;
      return nfd ? v.normalize("NFD") : v;
    });

describe("matchAgencies properties", () => {
  it("never throws and accounts for every cell", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (s) => {
        const m = matchAgencies(s, index);
        expect(m.text).toBe(s);
        expect(Array.isArray(m.unknown)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("NFC/NFD, spacing, dash and case variants give the same ids and unknowns count", () => {
    fc.assert(
      fc.property(cellText.chain((t) => fc.tuple(fc.constant(t), variant(t))), ([t, v]) => {
        const a = matchAgencies(t, index);
        const b = matchAgencies(v, index);
        expect(b.matches.map((x) => x.id)).toEqual(a.matches.map((x) => x.id));
        expect(b.unknown.length).toBe(a.unknown.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("every registry name matches its own agency alone", () => {
    for (const agency of defaultRegistry.agencies) {
      for (const name of [agency.name, ...agency.shortForms, ...agency.aliases]) {
        const m = matchAgencies(name, index);
        expect([name, m.matches.map((x) => x.id), m.unknown]).toEqual([name, [agency.id], []]);
      }
    }
  });

  it("an index built from the same registry behaves the same", () => {
    const fresh = createAgencyIndex(defaultRegistry);
    expect(fresh.conflicts).toEqual([]);
    for (const [text] of SEED_AGENCY_CELLS) {
      expect(matchAgencies(text, fresh)).toEqual(matchAgencies(text, index));
    }
  });
});
