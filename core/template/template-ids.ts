/** Ids of the plan templates shipped with the product (templates/plans/<id>.json). */
export const TEMPLATE_IDS = ["dong-thap-328-2024", "hai-duong-1768-2022"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}
