import { TEMPLATE_IDS } from "../../core/template/template-ids";

/**
 * The template list of the task pane shell: ids and labels only, so the picker fills before the
 * core chunk arrives (the files themselves are fetched by template-fetch.ts, in the core chunk).
 */
export { TEMPLATE_IDS };

/** "1768/KH-UBND (Hải Dương)" style label without loading the file: the id says the province. */
export function templateLabel(id: string): string {
  const m = /^([a-z-]+?)-(\d+)-(\d{4})$/.exec(id);
  if (!m) return id;
  const province: Record<string, string> = { "dong-thap": "Đồng Tháp", "hai-duong": "Hải Dương" };
  return `${m[2]}/KH-UBND (${province[m[1]] ?? m[1]}, ${m[3]})`;
}
