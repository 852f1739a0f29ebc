// npm run dev:excel: serves the task pane over https on localhost:3000 for sideloading into
// Excel (web or desktop), with Office.js from the local @microsoft/office-js package. The
// certificate comes from office-addin-dev-certs when it is installed (trusted by the system),
// otherwise a self-signed one is made with openssl for this run (the browser must accept it).
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as https from "node:https";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildOffice } from "./build-office.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png", ".json": "application/json; charset=utf-8", ".xml": "application/xml; charset=utf-8" };

async function certificate() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { key: options.key, cert: options.cert, source: "office-addin-dev-certs" };
  } catch {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-cert-"));
    const key = path.join(dir, "key.pem");
    const cert = path.join(dir, "cert.pem");
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "7", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], { stdio: "ignore" });
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), source: "self-signed (openssl)" };
  }
}

/** A static handler over `dir`, plus /office-js/ from the local Office.js package. */
export function staticHandler(dir) {
  const officeDir = path.join(root, "node_modules/@microsoft/office-js/dist");
  return (req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const [base, rel] = url.startsWith("/office-js/") ? [officeDir, url.slice("/office-js/".length)] : [dir, url === "/" ? "taskpane.html" : url.slice(1)];
    const file = path.resolve(base, rel);
    if (!file.startsWith(path.resolve(base)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  };
}

/** Builds the dev task pane into `out` and serves it; `secure: false` serves plain http (tests). */
export async function startDevServer({ port = 3000, secure = true, out = path.join(root, "dist/office-addin-dev"), extraScript = "" } = {}) {
  await buildOffice({ dev: true, out, extraScript });
  const handler = staticHandler(out);
  let server;
  let source = "none";
  if (secure) {
    const c = await certificate();
    source = c.source;
    server = https.createServer({ key: c.key, cert: c.cert }, handler);
  } else server = http.createServer(handler);
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { server, port: server.address().port, certificate: source, out };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { port, certificate: source, out } = await startDevServer();
  console.log(`Chỉ Tiêu task pane: https://localhost:${port}/taskpane.html (certificate: ${source})`);
  console.log(`Sideload: ${path.relative(root, path.join(root, "office-addin/manifest.xml"))} (see docs/excel.md). Built into ${path.relative(root, out)}. Ctrl+C to stop.`);
}
