// apps/components_react/: a custom component built with the real
// streamlit-component-lib 2.x (React, withStreamlitConnection,
// StreamlitComponentBase, ArrowTable), bundled at test time (Note [Component
// frontends] in global-setup.ts). It proves our side of the postMessage
// protocol (web/src/app/elements/custom_component.tsx) is the one the library
// speaks, not just the one our hand-written fixture speaks.
import { BOOT_TIMEOUT, expect, RUN_TIMEOUT, test } from "./helpers";

test("COMP-13 COMP-06 COMP-10 COMP-12 COMP-15 withStreamlitConnection's handshake renders args, an ArrowTable, the theme and disabled, and sets the height", async ({ app }) => {
  await app.open("components_react");
  const iframe = app.page.getByTestId("stCustomComponentV1");
  const frame = app.page.frameLocator("[data-testid=stCustomComponentV1]");
  // The wrapper renders nothing until the first render message (COMP-13, COMP-10).
  await expect(frame.locator("#greeting")).toHaveText("Hello, Blackbeard!");
  // The DataFrame arrives in dfs and the library reads it as an ArrowTable (COMP-06):
  // a header row of column labels, an index column, the cells as sent.
  await expect(frame.locator("#table")).toHaveText(
    "rows=3 cols=2 header=ship/guns row1=1:Adventure:10",
  );
  // The theme (from .streamlit/config.toml) and disabled pass through (COMP-15).
  await expect(frame.locator("#theme")).toHaveText("base=light primaryColor=#1f7a4d");
  await expect(frame.locator("#disabled")).toHaveText("disabled=false");
  // StreamlitComponentBase reports document.body.scrollHeight after mounting (COMP-12).
  await expect(iframe).toHaveCSS("height", "180px");
  await expect(app.main().getByText("No value yet")).toBeVisible();
  // The wrapper passes window.innerWidth as `width` on each render: a resize re-sends render.
  const shown = async (): Promise<string> => `${await frame.locator("#width").textContent()} of ${await iframe.evaluate((e) => e.clientWidth)}`;
  await expect.poll(shown).toMatch(/^width=(\d+) of \1$/);
  const before = await iframe.evaluate((e) => e.clientWidth);
  await app.page.setViewportSize({ width: 520, height: 800 });
  await expect.poll(() => iframe.evaluate((e) => e.clientWidth)).toBeLessThan(before);
  await expect.poll(shown).toMatch(/^width=(\d+) of \1$/);
  expect(app.errors).toEqual([]);
});

test("COMP-13 COMP-05 COMP-07 COMP-11 COMP-12 values sent with the library reach Python and new args re-render the component", async ({ app }) => {
  await app.open("components_react");
  const iframe = app.page.getByTestId("stCustomComponentV1");
  const frame = app.page.frameLocator("[data-testid=stCustomComponentV1]");
  await expect(frame.locator("#greeting")).toHaveText("Hello, Blackbeard!");

  // An object round-trips as JSON (COMP-07, COMP-11).
  await frame.getByRole("button", { name: "Send object" }).click();
  await expect(app.main().getByText("Value back: clicks=1 name=Blackbeard")).toBeVisible({ timeout: RUN_TIMEOUT });
  await app.waitReady();
  await frame.getByRole("button", { name: "Send object" }).click();
  await expect(app.main().getByText("Value back: clicks=2 name=Blackbeard")).toBeVisible({ timeout: RUN_TIMEOUT });
  await app.waitReady();

  // New args re-render the same component instance (COMP-05): its state survives,
  // and componentDidUpdate reports the new height (COMP-12).
  const input = app.page.getByTestId("stTextInput").locator("input");
  await input.fill("Anne");
  await input.press("Enter");
  await expect(frame.locator("#greeting")).toHaveText("Hello, Anne!", { timeout: RUN_TIMEOUT });
  await app.waitReady();
  const box = app.page.getByTestId("stNumberInput").locator("input");
  await box.fill("240");
  await box.press("Enter");
  await expect(iframe).toHaveCSS("height", "240px", { timeout: RUN_TIMEOUT });
  await app.waitReady();
  await frame.getByRole("button", { name: "Send object" }).click();
  await expect(app.main().getByText("Value back: clicks=3 name=Anne")).toBeVisible({ timeout: RUN_TIMEOUT });
  await app.waitReady();

  // An ArrowTable (ArrowTable.serialize, dataType "dataframe") comes back as a DataFrame,
  // and a typed array (dataType "bytes") as bytes (COMP-07).
  await frame.getByRole("button", { name: "Send table" }).click();
  await expect(app.main().getByText("Table back: 3 rows, columns ship/guns, first ship Queen Anne's Revenge")).toBeVisible({ timeout: RUN_TIMEOUT });
  await app.waitReady();
  await frame.getByRole("button", { name: "Send bytes" }).click();
  await expect(app.main().getByText("Bytes back: [7, 8, 9]")).toBeVisible({ timeout: RUN_TIMEOUT });
  expect(app.errors).toEqual([]);
});

test("COMP-13 COMP-16 COMP-17 CFG-29 the library turns the theme into CSS variables, and a theme switch re-renders the component", async ({ app }) => {
  await app.open("components_react");
  const page = app.page;
  const frame = page.frameLocator("[data-testid=stCustomComponentV1]");
  await expect(frame.locator("#theme")).toHaveText("base=light primaryColor=#1f7a4d");
  const css = (): Promise<string> =>
    frame.locator("body").evaluate((body) => {
      const root = getComputedStyle(document.documentElement);
      return `${root.getPropertyValue("--primary-color").trim()} ${getComputedStyle(body).backgroundColor}`;
    });
  await expect.poll(css).toBe("#1f7a4d rgb(255, 255, 255)"); // COMP-17
  await page.getByRole("button", { name: "Main menu" }).click();
  await page.getByRole("menuitem", { name: "Settings" }).click();
  await page.getByTestId("stDialog").getByTestId("stSettingsTheme").selectOption("dark");
  // A new render message with base "dark" and the dark colours (COMP-16, CFG-29), no rerun needed.
  await expect(frame.locator("#theme")).toHaveText(/^base=dark primaryColor=#\w+$/);
  await expect.poll(css).toMatch(/^#\w+ rgb\(14, 17, 23\)$/);
  expect(app.errors).toEqual([]);
});

test("COMP-13 COMP-23 a handshake with another API version shows Streamlit's error instead of the component", async ({ app }) => {
  await app.open("components_react");
  const frame = app.page.frameLocator("[data-testid=stCustomComponentV1]");
  await expect(frame.locator("#greeting")).toHaveText("Hello, Blackbeard!");
  // As if the component had been built against a future streamlit-component-lib.
  await frame.locator("body").evaluate(() =>
    window.parent.postMessage({ isStreamlitMessage: true, type: "streamlit:componentReady", apiVersion: 2 }, "*"),
  );
  await expect(app.main().getByTestId("stAlertContentError")).toHaveText("Error: Unrecognized component API version: '2'");
  await expect(app.page.getByTestId("stCustomComponentV1")).toHaveCount(0);
});

test("COMP-09 COMP-12 COMP-13 a component that never sends componentReady shows a loading skeleton, then Streamlit's warning after a minute; a ready one none", async ({ app }) => {
  const page = app.page;
  await page.clock.install(); // time runs as usual until the fast-forward below
  await page.goto(`${app.url("components_react")}#/?silent=1`); // the query lives in the hash (routing.ts)
  await app.waitReady(BOOT_TIMEOUT);
  await expect(page.getByTestId("stCustomComponentV1")).toHaveCount(2);
  // The silent component is drawn first, the React one second, which renders as usual.
  await expect(page.frameLocator("[data-testid=stCustomComponentV1] >> nth=1").locator("#greeting")).toHaveText("Hello, Blackbeard!");
  const warning = app.main().getByTestId("stAlertContentWarning");
  await expect(warning).toHaveCount(0);
  // Until it is ready, the silent one is a loading skeleton over a frame of height 0, as in Streamlit.
  await expect(app.main().getByTestId("stSkeleton")).toHaveCount(1);
  await expect(page.getByTestId("stCustomComponentV1").first()).toHaveAttribute("height", "0");
  await page.clock.fastForward(60_000);
  await expect(warning).toHaveCount(1);
  await expect(app.main().getByTestId("stSkeleton")).toHaveCount(0); // the warning replaces it
  await expect(warning).toContainText("Your app is having trouble loading the");
  await expect(warning).toContainText("If this is an installed component that works locally");
  await expect(warning.getByRole("link", { name: "Streamlit Component docs" })).toHaveAttribute(
    "href", "https://docs.streamlit.io/develop/concepts/custom-components",
  );
  // It sits above the silent component's iframe, which stays (Streamlit keeps it too).
  const [alertBox, frameBox] = await Promise.all([
    warning.boundingBox(), page.getByTestId("stCustomComponentV1").first().boundingBox(),
  ]);
  expect(alertBox && frameBox && alertBox.y < frameBox.y).toBe(true);
});
