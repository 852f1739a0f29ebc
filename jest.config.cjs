/** Tests are transpiled with esbuild (fast, no type checking); `npm run typecheck` checks types. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": "<rootDir>/scripts/jest-esbuild.cjs" },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
};
