// What every spec uses: a `test` whose `app` fixture opens a built bundle and
// records the console, and small helpers to drive Streamlit-style widgets by
// their data-testid. Tests wait for the DOM, never for time.
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundlesDir } from "./global-setup";

export { expect };

/** Pyodide boot plus the first run (pandas makes it longer). */
export const BOOT_TIMEOUT = 90_000;
/** One rerun of a small script. */
export const RUN_TIMEOUT = 30_000;


export class App {
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly log: string[],
  ) {}

  url(name: string): string {
    const base = process.env.WASMLIT_BUNDLES_URL;
    if (!base) throw new Error("WASMLIT_BUNDLES_URL is unset: run through playwright.config.ts (global setup)");
    const buildError = path.join(bundlesDir, `${name}.build-error.txt`);
    if (existsSync(buildError)) {
      // Note [Builds that fail] in global-setup.ts
      throw new Error(`the build of ${name} failed:\n${readFileSync(buildError, "utf8").slice(0, 2000)}`);
    }
    return `${base}/${name}/`;
  }

  /** Opens bundle `name` and waits until its first run has finished. */
  async open(name: string): Promise<void> {
    await this.page.goto(this.url(name));
    await this.waitReady(BOOT_TIMEOUT);
  }

  /**
   * Waits until the app shows neither the boot screen nor a running script;
   * fails at once (with its text) when the fatal error screen shows.
   */
  async waitReady(timeout: number = RUN_TIMEOUT): Promise<void> {
    const page = this.page;
    await expect
      .poll(
        async () => {
          const fatal = page.getByTestId("stFatalError");
          if (await fatal.count()) return `fatal error screen: ${await fatal.first().innerText()}`;
          if (await page.getByTestId("stBootScreen").count()) return "boot screen still shown";
          if (await page.getByTestId("stStatusWidget").count()) return "a run is still in progress";
          return "ready";
        },
        { timeout, message: "the app never became ready" },
      )
      .toBe("ready");
  }

  /**
   * Does `action` (a click, a keypress) and waits until the run it starts has
   * finished: stApp's data-test-run-count (runs finished so far) must have
   * grown and no run may be in progress. (A run of a few milliseconds can
   * start and end within one render, so the status widget may never show.)
   */
  async rerunBy(
    action: () => Promise<unknown>,
    { timeout = RUN_TIMEOUT, exceptionOk = false }: { timeout?: number; exceptionOk?: boolean } = {},
  ): Promise<void> {
    const app = this.page.getByTestId("stApp");
    const before = Number(await app.getAttribute("data-test-run-count"));
    await action();
    await this.page.waitForFunction(
      (n) => {
        const el = document.querySelector('[data-testid="stApp"]');
        return (
          el !== null &&
          Number(el.getAttribute("data-test-run-count")) > n &&
          el.getAttribute("data-test-script-state") === "notRunning"
        );
      },
      before,
      { timeout },
    );
    if (!exceptionOk) {
      const exception = this.page.getByTestId("stException");
      if (await exception.count()) throw new Error(`the run showed an exception:\n${await exception.first().innerText()}`);
    }
  }

  // ----------------------------------------------------------- locators

  main(): Locator {
    return this.page.getByTestId("stMain");
  }

  button(label: string): Locator {
    return this.page.getByTestId("stButton").getByRole("button", { name: label, exact: true });
  }

  textInput(label: string): Locator {
    return this.page.getByTestId("stTextInput").filter({ hasText: label }).locator("input");
  }

  checkbox(label: string): Locator {
    return this.page.getByTestId("stCheckbox").filter({ hasText: label });
  }

  numberInput(label: string): Locator {
    return this.page.getByTestId("stNumberInput").filter({ hasText: label });
  }

  slider(label: string): Locator {
    return this.page.getByTestId("stSlider").filter({ hasText: label }).getByRole("slider");
  }

  /** The element containers (one per element) whose text contains `text`. */
  element(text: string | RegExp): Locator {
    return this.page.getByTestId("stElementContainer").filter({ hasText: text });
  }

  stale(): Locator {
    return this.page.locator('[data-testid="stElementContainer"][data-stale="true"]');
  }

  // ------------------------------------------------------------ actions

  /** Types into a text input and commits with Enter (WID-41), then waits for the run. */
  async typeAndCommit(label: string, text: string): Promise<void> {
    const input = this.textInput(label);
    await input.fill(text);
    await this.rerunBy(() => input.press("Enter"));
  }

  async click(label: string): Promise<void> {
    await this.rerunBy(() => this.button(label).click());
  }

  /** Picks `option` of a selectbox: a native <select>, or a combobox and its listbox. */
  async choose(label: string, option: string): Promise<void> {
    const box = this.page.getByTestId("stSelectbox").filter({ hasText: label });
    const select = box.locator("select");
    if (await select.count()) {
      await this.rerunBy(() => select.selectOption({ label: option }));
      return;
    }
    await box.getByRole("combobox").click();
    await this.rerunBy(() => this.page.getByRole("option", { name: option, exact: true }).click());
  }

  /** Moves a slider's thumb one step right with the keyboard; waits for the run. */
  async nudge(slider: Locator): Promise<void> {
    await this.rerunBy(async () => {
      await slider.focus();
      await slider.press("ArrowRight");
    });
  }

  /** Clicks a number input's + or - button; waits for the run. */
  async step(label: string, direction: "Up" | "Down" = "Up"): Promise<void> {
    await this.rerunBy(() => this.numberInput(label).getByTestId(`stNumberInputStep${direction}`).click());
  }

  /** Clicks the checkbox's label, as a user would. */
  async toggle(label: string): Promise<void> {
    await this.rerunBy(() => this.checkbox(label).getByText(label, { exact: true }).click());
  }
}

/** The value a slider thumb shows: `value` of an <input type=range>, else aria-valuenow. */
export function sliderValue(slider: Locator): Promise<string | null> {
  return slider.evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.getAttribute("aria-valuenow")));
}

/** Whether `a` comes before `b` in document order (display order). */
export async function comesBefore(a: Locator, b: Locator): Promise<boolean> {
  const other = await b.elementHandle();
  return a.evaluate((x, y) => !!(x.compareDocumentPosition(y as Node) & Node.DOCUMENT_POSITION_FOLLOWING), other);
}

export const test = base.extend<{ app: App }>({
  app: async ({ page }, use, testInfo) => {
    const log: string[] = [];
    const app = new App(page, log);
    page.on("console", (m) => {
      log.push(`[${m.type()}] ${m.text()}`);
      // A failed request is reported below, with its URL.
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) app.errors.push(m.text());
    });
    page.on("response", (r) => {
      if (r.status() >= 400) {
        log.push(`[http ${r.status()}] ${r.url()}`);
        app.errors.push(`HTTP ${r.status()} for ${r.url()}`);
      }
    });
    page.on("pageerror", (e) => {
      log.push(`[pageerror] ${e.message}`);
      app.errors.push(e.message);
    });
    page.on("worker", (w) => {
      w.on("console", (m) => {
        log.push(`[worker ${m.type()}] ${m.text()}`);
        if (m.type() === "error") app.errors.push(`worker: ${m.text()}`);
      });
    });
    await use(app);
    if (testInfo.status !== testInfo.expectedStatus) {
      // Printed (the first 300 characters) under the failure by the list reporter.
      if (app.errors.length) await testInfo.attach("console errors", { body: app.errors.join("\n"), contentType: "text/plain" });
      const file = testInfo.outputPath("console.txt");
      writeFileSync(file, log.join("\n") + "\n");
      await testInfo.attach("console", { path: file, contentType: "text/plain" });
    }
  },
});
