import { createAgencyIndex, defaultRegistry, matchAgencies, toAgencyRef } from "../../../core/agency";

describe("matchAgencies memo", () => {
  it("shares one result per index and text; another index matches afresh", () => {
    const index = createAgencyIndex(defaultRegistry);
    const text = "Sở Y tế; Sở Không Tồn Tại";
    const a = matchAgencies(text, index);
    expect(matchAgencies(text, index)).toBe(a);
    expect(a.matches.map((m) => m.id)).toContain("so-y-te");
    expect(a.unknown).toEqual(["Sở Không Tồn Tại"]);
    const other = createAgencyIndex(defaultRegistry);
    expect(matchAgencies(text, other)).not.toBe(a);
    expect(matchAgencies(text, other)).toEqual(a);
  });

  it("toAgencyRef copies, so a reference never aliases the shared match", () => {
    const index = createAgencyIndex(defaultRegistry);
    const m = matchAgencies("Sở Không Tồn Tại", index);
    const ref = toAgencyRef(m);
    ref.unknown.push("x");
    expect(matchAgencies("Sở Không Tồn Tại", index).unknown).toEqual(["Sở Không Tồn Tại"]);
  });
});
