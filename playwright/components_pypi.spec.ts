// apps/components_pypi/: streamlit-javascript 0.1.5, a component package from
// PyPI (requirements.txt) with a prebuilt React frontend (frontend/build/,
// streamlit-component-lib), downloaded by the build and used as its README shows.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, RUN_TIMEOUT, test } from "./helpers";
import { bundlesDir } from "./global-setup";

/** The build downloads the wheel from PyPI: say so when it could not. */
function needsPyPI(): void {
  const file = path.join(bundlesDir, "components_pypi.build-error.txt");
  if (!existsSync(file)) return;
  const error = readFileSync(file, "utf8");
  if (/error: requirements\.txt/i.test(error)) {
    throw new Error(
      "apps/components_pypi needs network at BUILD time: its requirements.txt names streamlit-javascript==0.1.5, " +
        `which the build downloads from PyPI with pip (then cached in the user cache); was PyPI reachable? The build said:\n${error.slice(0, 1500)}`,
    );
  }
}

test("COMP-21 COMP-04 COMP-05 COMP-10 COMP-11 COMP-13 COMP-15 COMP-17 COMP-23 a component package from PyPI renders its React build from components/site/ and its value round-trips to Python", async ({ app }) => {
  needsPyPI();
  await app.open("components_pypi");
  const page = app.page;
  const frames = page.getByTestId("stCustomComponentV1");
  await expect(frames).toHaveCount(2);
  // Served from the wheel's frontend/build/ folder, copied by the build (COMP-21).
  await expect(frames.first()).toHaveAttribute("src", /^components\/site\/streamlit_javascript\/frontend\/build\/index\.html\?streamlitUrl=http%3A%2F%2F127\.0\.0\.1/);
  // The code (an arg, COMP-05) ran in the iframe once the React wrapper's
  // handshake rendered it (COMP-10, COMP-13), and its result came back (COMP-11).
  await expect(app.main().getByText("Result: 42", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(app.main().getByText("Browser: has a language", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });
  // Its bundled stylesheet loaded from the same folder, and streamlit-component-lib
  // styled the body with the theme's text color it was sent (COMP-15, COMP-17).
  await expect(page.frameLocator("[data-testid=stCustomComponentV1]").first().locator("body")).toHaveCSS("margin", "0px"); // bootstrap.min.css: body { margin: 0 }
  await expect(page.frameLocator("[data-testid=stCustomComponentV1]").first().locator("body")).toHaveCSS("color", "rgb(49, 51, 63)");

  // New code is a new component instance (its args are its identity), which runs it.
  const input = page.getByTestId("stTextInput").locator("input");
  await input.fill("'ahoy'.toUpperCase()");
  await input.press("Enter");
  await expect(app.main().getByText("Result: 'AHOY'", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });
  await app.waitReady();
  await expect(app.main().getByText("Browser: has a language", { exact: true })).toBeVisible();
  expect(app.errors).toEqual([]);
});
