import { SaxesParser } from "saxes";

/** Null when the text is well-formed XML, else the parser's message. */
export function XMLValidator(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: false });
  let error: string | null = null;
  parser.on("error", (e) => {
    error = error ?? e.message;
  });
  parser.write(xml).close();
  return error;
}

/** The element paths present ("OfficeApp/Hosts/Host"), namespace prefixes kept. */
export function XMLParser(xml: string): Set<string> {
  const parser = new SaxesParser({ xmlns: false });
  const stack: string[] = [];
  const paths = new Set<string>();
  parser.on("opentag", (tag) => {
    stack.push(tag.name);
    paths.add(stack.join("/"));
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return paths;
}
