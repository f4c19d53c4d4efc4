// Playwright against bundles built by the test run (global-setup.ts), in
// Debian's Chromium. Never downloads a browser: the binary is /usr/bin/chromium
// or $WASMLIT_CHROMIUM.
import { defineConfig } from "@playwright/test";

const executablePath = process.env.WASMLIT_CHROMIUM || "/usr/bin/chromium";

// Note [Output per run]: Playwright empties outputDir before global setup,
// so runs that overlap in one checkout must not share it. Set once in the
// runner process; the workers inherit it. global-setup.ts removes the
// folders of runs whose process (the pid in the name) has ended.
process.env.WASMLIT_PW_RUN ??= `run-${Date.now().toString(36)}-${process.pid}`;

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: `test-results/${process.env.WASMLIT_PW_RUN}`,
  globalSetup: "./global-setup.ts",
  // Pyodide boots in ~3-10 s (more with pandas, more on a loaded machine);
  // a test does a boot and a few reruns, some of them with time.sleep loops.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  globalTimeout: 40 * 60_000, // under the 45 min that .ci/test gives this suite
  fullyParallel: true,
  workers: Math.min(2, Number(process.env.WASMLIT_PW_WORKERS) || 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  use: {
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
});
