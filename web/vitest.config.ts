// Unit tests of the renderer's pure parts (tree, widgets, formatting).
// Run with `npm run test:web` (vitest 4 + happy-dom; see DESIGN.md on why not jsdom).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "happy-dom",
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    setupFiles: ["test/setup.ts"],
  },
});
