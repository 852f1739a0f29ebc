import data from "../../../templates/agencies.json";
import { defaultAgencyIndex, defaultRegistry, loadAgencyRegistry, matchAgencies } from "../../../core/agency";
import { AgencyRegistrySchema } from "../../../core/model/agency";

describe("templates/agencies.json", () => {
  it("is a valid registry, version 2025.1", () => {
    expect(AgencyRegistrySchema.safeParse(data).success).toBe(true);
    const loaded = loadAgencyRegistry(data);
    expect(loaded.error).toBeNull();
    expect(loaded.registry?.version).toBe("2025.1");
    expect(defaultRegistry.agencies.length).toBe(loaded.registry?.agencies.length);
  });

  it("has no name written for two agencies", () => {
    expect(defaultAgencyIndex().conflicts).toEqual([]);
  });

  it("records a dissolution date exactly for the bodies that have a full successor set", () => {
    for (const a of defaultRegistry.agencies) {
      expect(a.contacts).toEqual([]);
      if (a.dissolved) expect([a.id, a.successors.length > 0]).toEqual([a.id, true]);
      for (const s of a.successors) expect([a.id, s.effective <= (a.dissolved ?? "9999")]).toEqual([a.id, true]);
    }
  });

  it("holds the approval bodies and the successor bodies", () => {
    const ids = new Set(defaultRegistry.agencies.map((a) => a.id));
    for (const id of ["ubnd-tinh", "hdnd-tinh", "ttcp", "so-noi-vu", "so-nnmt", "so-tai-chinh", "so-xay-dung", "so-khcn", "so-vhttdl", "ubnd-cap-xa"]) {
      expect(ids.has(id)).toBe(true);
    }
    const kinds = Object.fromEntries(defaultRegistry.agencies.map((a) => [a.id, a.kind]));
    expect(kinds["so-ban-nganh"]).toBe("group");
    expect(kinds["ubnd-cac-huyen"]).toBe("group");
    expect(kinds["ttcp"]).toBe("central");
    expect(kinds["ubnd-tinh"]).toBe("committee");
    expect(kinds["bhxh-tinh"]).toBe("organisation");
  });

  it.each([
    ["Sở Lao động – Thương binh và Xã hội", "so-ldtbxh"],
    ["Sở Lao động - TBXH", "so-ldtbxh"],
    ["Sở Lao động TBXH", "so-ldtbxh"],
    ["Sở Lao động, Thương binh và xã hội", "so-ldtbxh"],
    ["Sở Kế hoạch & Đầu tư", "so-khdt"],
    ["Bảo hiểm xã hội Tỉnh", "bhxh-tinh"],
    ["Đài PTTH tỉnh", "dai-ptth-tinh"],
    ["Báo Hải Dương", "bao-hai-duong"],
    ["Cục Thống kê", "cuc-thong-ke"],
    ["Công an Tỉnh", "cong-an-tinh"],
    ["Chi nhánh Ngân hàng chính sách xã hội Tỉnh", "nhcsxh-tinh"],
    ["Ban Quản lý Khu kinh tế", "ban-ql-kkt"],
    ["Ban Quản lý Dự án đầu tư xây dựng tỉnh", "ban-qlda-dtxd"],
    ["UBND TP Hải Dương", "ubnd-tp-hai-duong"],
    ["Liên đoàn Lao động tỉnh", "ldld-tinh"],
    ["Hội Liên hiệp Phụ nữ Tỉnh", "hoi-lhpn-tinh"],
    ["Bộ Chỉ huy Quân sự tỉnh", "bo-chqs-tinh"],
    ["TTCP", "ttcp"],
  ])("knows %s (issue list)", (name, id) => {
    expect(matchAgencies(name, defaultAgencyIndex()).matches.map((m) => m.id)).toEqual([id]);
  });
});

describe("loadAgencyRegistry", () => {
  const agency = (id: string, successors: { id: string; effective: string; scope: string | null }[] = []) => ({
    id,
    name: id,
    kind: "department",
    shortForms: [],
    aliases: [],
    successors,
    dissolved: null,
    contacts: [],
  });

  it("explains a shape error with its path", () => {
    const r = loadAgencyRegistry({ version: "1", agencies: [{ ...agency("a"), id: "Not Kebab" }] });
    expect(r.registry).toBeNull();
    expect(r.error?.code).toBe("agency.registryInvalid");
    expect(r.error?.vi).toContain("agencies.0.id");
    expect(loadAgencyRegistry("nonsense").error?.code).toBe("agency.registryInvalid");
    expect(loadAgencyRegistry(undefined).error?.code).toBe("agency.registryInvalid");
  });

  it("rejects duplicate ids and unknown successors", () => {
    expect(loadAgencyRegistry({ version: "1", agencies: [agency("a"), agency("a")] }).error?.code).toBe("agency.registryDuplicateId");
    const r = loadAgencyRegistry({ version: "1", agencies: [agency("a", [{ id: "b", effective: "2025-03-01", scope: null }])] });
    expect(r.error?.code).toBe("agency.registryUnknownSuccessor");
    expect(r.error?.vi).toContain("“b”");
  });

  it("accepts a sound registry", () => {
    const r = loadAgencyRegistry({ version: "x", agencies: [agency("a", [{ id: "b", effective: "2025-03-01", scope: null }]), agency("b")] });
    expect(r.error).toBeNull();
    expect(r.registry?.agencies.map((a) => a.id)).toEqual(["a", "b"]);
  });
});
