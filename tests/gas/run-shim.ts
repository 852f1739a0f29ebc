/**
 * google.script.run in the page, served by the bundle running on the fake: each call goes through
 * page.exposeFunction("__gasRun") to Node, into the vm holding Code.js, and back, copied as JSON
 * both ways (as Apps Script copies arguments and results).
 */
export const RUN_SHIM = `
  window.google = { script: { get run() {
    let ok = () => {}, fail = () => {};
    const runner = new Proxy({}, { get(_, name) {
      if (name === "withSuccessHandler") return (f) => { ok = f; return runner; };
      if (name === "withFailureHandler") return (f) => { fail = f; return runner; };
      return (arg) => window.__gasRun(String(name), JSON.stringify(arg === undefined ? null : arg))
        .then((s) => ok(JSON.parse(s)), (e) => fail(e));
    } });
    return runner;
  } } };
`;
