// apps/components_custom/: a custom component declared with path= and driven
// over Streamlit's postMessage protocol (frontend/index.html, plain JS).
import { expect, RUN_TIMEOUT, test } from "./helpers";

test("COMP-04 COMP-05 COMP-07 COMP-09 COMP-10 COMP-11 COMP-12 COMP-15 COMP-22 COMP-23 a path= component gets args and theme, sends values and its height", async ({ app }) => {
  await app.open("components_custom");
  const page = app.page;
  const iframe = page.getByTestId("stCustomComponentV1").first();
  await expect(iframe).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups allow-downloads");
  const frame = page.frameLocator("[data-testid=stCustomComponentV1]").first();
  // componentReady -> render with the args and the active theme (COMP-09, COMP-10, COMP-15).
  await expect(frame.locator("#greeting")).toHaveText("Hello, Blackbeard!");
  await expect(frame.locator("#theme")).toHaveText(/^Theme: light \S+ dfs=0 disabled=false$/);
  await expect(iframe).toHaveCSS("height", "150px"); // setFrameHeight (COMP-12)
  await expect(app.main().getByText("Clicks: 0", { exact: true })).toBeVisible(); // the default before any value

  // setComponentValue reruns the script, which returns the value (COMP-07, COMP-11, COMP-22).
  await frame.getByRole("button", { name: "Click me" }).click();
  await expect(app.main().getByText("Clicks: 1", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });
  await frame.getByRole("button", { name: "Click me" }).click();
  await expect(app.main().getByText("Clicks: 2", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });

  // New args are sent again (COMP-05, COMP-10); the component keeps its value.
  const input = page.getByTestId("stTextInput").locator("input");
  await input.fill("Anne");
  await input.press("Enter");
  await expect(frame.locator("#greeting")).toHaveText("Hello, Anne!", { timeout: RUN_TIMEOUT });
  await app.waitReady();
  await expect(app.main().getByText("Clicks: 2", { exact: true })).toBeVisible();

  // A message that does not come from the component's iframe is ignored (COMP-23).
  await page.evaluate(() => window.postMessage({ isStreamlitMessage: true, type: "streamlit:setComponentValue", value: 99 }, "*"));
  await page.evaluate(() => window.postMessage({ isStreamlitMessage: true, type: "streamlit:setFrameHeight", height: 400 }, "*"));
  // The next rerun sends the widget values the page holds: still 2, not 99.
  await input.fill("Mary");
  await input.press("Enter");
  await expect(frame.locator("#greeting")).toHaveText("Hello, Mary!", { timeout: RUN_TIMEOUT });
  await app.waitReady();
  await expect(app.main().getByText("Clicks: 2", { exact: true })).toBeVisible();
  await expect(iframe).toHaveCSS("height", "150px");
});

test("COMP-06 COMP-07 COMP-16 COMP-19 CFG-29 a component in a fragment gets a DataFrame as Arrow, sends one back and reruns only its fragment", async ({ app }) => {
  await app.open("components_custom");
  const page = app.page;
  const frame = page.frameLocator("[data-testid=stCustomComponentV1]").nth(1);
  await expect(frame.locator("#greeting")).toHaveText("Hello, Fragment!");
  // The DataFrame arrives in dfs as three Arrow IPC streams (COMP-06).
  await expect(frame.locator("#theme")).toHaveText(/^Theme: light \S+ dfs=1 table:arrow disabled=false$/);
  // The theme object has the [theme] option names and base, all set (COMP-16, CFG-29).
  await expect(frame.locator("#fields")).toHaveText(
    "backgroundColor,base,font,primaryColor,secondaryBackgroundColor,textColor all set",
  );
  await expect(app.main().getByText("Full runs: 1")).toBeVisible();
  await frame.getByRole("button", { name: "Click me" }).click();
  await expect(app.main().getByText("Fragment clicks: 1")).toBeVisible({ timeout: RUN_TIMEOUT });
  await app.waitReady();
  // Only the fragment ran (COMP-19): the script's own counter did not move.
  await expect(app.main().getByText("Full runs: 1")).toBeVisible();
  await expect(app.main().getByText("Clicks: 0", { exact: true })).toBeVisible();

  // An ArrowTable sent back arrives in Python as a DataFrame (COMP-07).
  await frame.getByRole("button", { name: "Echo table" }).click();
  await expect(app.main().getByText("Fragment table: 3 rows, columns a/b")).toBeVisible({ timeout: RUN_TIMEOUT });
  await app.waitReady();
  await expect(app.main().getByText("Full runs: 1")).toBeVisible();
  expect(app.errors).toEqual([]);
});
