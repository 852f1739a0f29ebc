// Jest transformer: TypeScript → CommonJS with esbuild (type checking is `npm run typecheck`).
const { transformSync } = require("esbuild");

module.exports = {
  process(source, filename) {
    const out = transformSync(source, {
      loader: filename.endsWith(".tsx") ? "tsx" : "ts",
      format: "cjs",
      target: "node20",
      sourcemap: "inline",
      sourcefile: filename,
    });
    return { code: out.code };
  },
  getCacheKey(source, filename) {
    return require("crypto").createHash("sha1").update(filename).update("\0").update(source).update("v1").digest("hex");
  },
};
