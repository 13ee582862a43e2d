// Type-aware lint with the Office add-in plugin's rules (office-addins) and React hooks rules.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/"))
);

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "lib",
      "lib-bench",
      "coverage",
      "test-output",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The Office.js rules key on variable names (a "cell" or "range" of ExcelJS is no Office.js proxy),
    // so they apply where Office.js lives: the adapter and the simulated host.
    files: ["src/office/**/*.ts", "src/office/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      // Tests inspect parsed JSON output (CLI --json, files) whose shape is what they assert.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  }
);
