import { PlanSchema } from "../../../core/model";
import { TEMPLATE_IDS, isTemplateId, loadTemplate } from "../../../core/template";

describe("loadTemplate", () => {
  it("lists the two bundled templates", () => {
    expect(TEMPLATE_IDS).toEqual(["dong-thap-328-2024", "hai-duong-1768-2022"]);
    expect(isTemplateId("dong-thap-328-2024")).toBe(true);
    expect(isTemplateId("dong-thap")).toBe(false);
  });

  it.each(TEMPLATE_IDS)("loads %s as a valid plan", (id) => {
    const { plan, error } = loadTemplate(id);
    expect(error).toBeNull();
    expect(plan?.id).toBe(id);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it("Đồng Tháp has the appendix tables, Hải Dương only tasks", () => {
    expect(loadTemplate("dong-thap-328-2024").plan).toMatchObject({ number: "328/KH-UBND", province: "Đồng Tháp" });
    expect(loadTemplate("dong-thap-328-2024").plan?.indicators).toHaveLength(105);
    expect(loadTemplate("hai-duong-1768-2022").plan?.tasks).toHaveLength(35);
  });

  it("gives a fresh copy each time, so a caller's change does not leak", () => {
    const a = loadTemplate("hai-duong-1768-2022").plan;
    if (!a) throw new Error("not loaded");
    a.tasks[0].text = "đã sửa";
    expect(loadTemplate("hai-duong-1768-2022").plan?.tasks[0].text).not.toBe("đã sửa");
  });

  it("explains an unknown id in Vietnamese and English, listing the known ids", () => {
    const { plan, error } = loadTemplate("ha-noi-1-2025");
    expect(plan).toBeNull();
    expect(error?.code).toBe("template.unknownId");
    expect(error?.vi).toBe("Không có mẫu kế hoạch “ha-noi-1-2025”. Các mẫu có sẵn: dong-thap-328-2024, hai-duong-1768-2022.");
    expect(error?.en).toContain("dong-thap-328-2024, hai-duong-1768-2022");
  });

  it("does not treat Object properties as template ids", () => {
    expect(loadTemplate("constructor").error?.code).toBe("template.unknownId");
    expect(loadTemplate("").error?.code).toBe("template.unknownId");
  });
});
