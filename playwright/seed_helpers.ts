// Small helpers shared by the seed-example specs (NNN_*.spec.ts).
import { expect, type App } from "./helpers";
import type { Locator } from "@playwright/test";

/** The number input whose label is exactly `label`. */
export function numberInputByLabel(app: App, label: string): Locator {
  return app.page
    .getByTestId("stNumberInput")
    .filter({ has: app.page.getByTestId("stWidgetLabel").getByText(label, { exact: true }) });
}

/** Types values into number inputs (in a form: no rerun) and leaves each field. */
export async function fillNumbers(app: App, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    const field = numberInputByLabel(app, label).getByTestId("stNumberInputField");
    await field.fill(value);
    await field.blur();
    await expect(field).toHaveValue(value);
  }
}

/** Clicks a form's submit button and waits for the run. */
export async function submit(app: App, label: string): Promise<void> {
  await app.rerunBy(() => app.page.getByTestId("stFormSubmitButton").getByRole("button", { name: label, exact: true }).click());
}

/** The text of the page's exception element(s). */
export function exception(app: App): Locator {
  return app.page.getByTestId("stException");
}

/** The booleans magic shows (each as `True`/`False` in inline code), in page order. */
export function shownBools(app: App): Locator {
  return app.main().locator("code").filter({ hasText: /^(True|False)$/ });
}
