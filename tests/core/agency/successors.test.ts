import { createAgencyIndex, defaultAgencyIndex, successorsOf } from "../../../core/agency";
import type { AgencyRegistry } from "../../../core/model/agency";

const index = defaultAgencyIndex();
const ofDate = (id: string, date: string) => successorsOf(index, id, date).map((s) => [s.agency.id, s.scope]);

describe("successorsOf: the 2025 reorganisation", () => {
  it("splits Sở LĐTBXH four ways from 1 March 2025", () => {
    expect(ofDate("so-ldtbxh", "2025-06-01")).toEqual([
      ["so-noi-vu", "lao động, tiền lương, việc làm, người có công, bảo hiểm xã hội, bình đẳng giới"],
      ["so-y-te", "bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội"],
      ["so-gddt", "giáo dục nghề nghiệp"],
      ["so-nnmt", "giảm nghèo"],
    ]);
    expect(ofDate("so-ldtbxh", "2025-03-01").length).toBe(4);
  });

  it("keeps Sở LĐTBXH itself before that", () => {
    const before = successorsOf(index, "so-ldtbxh", "2024-12-31");
    expect(before.map((s) => [s.agency.id, s.agency.name, s.scope])).toEqual([
      ["so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", null],
    ]);
    expect(ofDate("so-ldtbxh", "2025-02-28")).toEqual([["so-ldtbxh", null]]);
  });

  it("merges the other departments", () => {
    expect(ofDate("so-khdt", "2025-03-01")).toEqual([["so-tai-chinh", null]]);
    expect(ofDate("so-gtvt", "2025-03-01")).toEqual([["so-xay-dung", null]]);
    expect(ofDate("so-tnmt", "2025-03-01")).toEqual([["so-nnmt", null]]);
    expect(ofDate("so-nnptnt", "2025-03-01")).toEqual([["so-nnmt", null]]);
    expect(ofDate("so-tttt", "2025-03-01").map(([id]) => id)).toEqual(["so-khcn", "so-vhttdl"]);
    expect(ofDate("so-tttt", "2025-03-01")[1][1]).toBe("báo chí, xuất bản");
  });

  it("moves the district level to the communes from 1 July 2025", () => {
    expect(ofDate("ubnd-cap-huyen", "2025-06-30")).toEqual([["ubnd-cap-huyen", null]]);
    expect(ofDate("ubnd-cap-huyen", "2025-07-01")).toEqual([["ubnd-cap-xa", null]]);
    expect(ofDate("ubnd-cac-huyen", "2025-07-01")).toEqual([["ubnd-cac-xa", null]]);
    expect(ofDate("ubnd-tp-hai-duong", "2026-01-01")).toEqual([["ubnd-cap-xa", null]]);
  });

  it("leaves bodies that were not reorganised as they are", () => {
    expect(ofDate("so-y-te", "2030-01-01")).toEqual([["so-y-te", null]]);
    expect(ofDate("no-such-agency", "2030-01-01")).toEqual([]);
  });
});

describe("successorsOf: chains", () => {
  const body = (id: string, successors: { id: string; effective: string; scope: string | null }[] = []) => ({
    id,
    name: id.toUpperCase(),
    kind: "department" as const,
    shortForms: [],
    aliases: [],
    successors,
    dissolved: successors.length > 0 ? successors[0].effective : null,
    contacts: [],
  });
  const registry: AgencyRegistry = {
    version: "t",
    agencies: [
      body("a", [
        { id: "b", effective: "2025-03-01", scope: "giảm nghèo" },
        { id: "c", effective: "2025-03-01", scope: null },
      ]),
      body("b", [{ id: "d", effective: "2026-01-01", scope: null }]),
      body("c", [{ id: "d", effective: "2026-01-01", scope: "trẻ em" }]),
      body("d"),
      body("x", [{ id: "y", effective: "2025-01-01", scope: null }]),
      body("y", [{ id: "x", effective: "2025-01-01", scope: null }]),
    ],
  };
  const idx = createAgencyIndex(registry);
  const of = (id: string, date: string) => successorsOf(idx, id, date).map((s) => [s.agency.id, s.scope]);

  it("follows a chain only as far as the date reaches", () => {
    expect(of("a", "2025-12-31")).toEqual([
      ["b", "giảm nghèo"],
      ["c", null],
    ]);
    // Both branches end in d: listed once, with the parts of a's remit that reached it.
    expect(of("a", "2026-01-01")).toEqual([["d", "giảm nghèo; trẻ em"]]);
    expect(of("b", "2026-01-01")).toEqual([["d", null]]);
  });

  it("does not loop on a cycle (a link back to a body already on the path is ignored)", () => {
    expect(of("x", "2025-06-01")).toEqual([["y", null]]);
  });
});
