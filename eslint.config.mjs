// Lint of the Excel add-in (office-addin/): the Office add-in rules (no context.sync() in
// loops, load before read, sync before read) on TypeScript, run by `npm run lint` and by the
// jest test tests/office-addin/lint.test.ts, so `npm test` covers it.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["dist/**", "node_modules/**", "**/*.mjs", "**/*.cjs"] },
  {
    files: ["office-addin/**/*.ts"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
    },
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tseslint.plugin },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": "error",
    },
  },
];
