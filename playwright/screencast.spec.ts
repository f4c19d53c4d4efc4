// apps/screencast.py: "Record a screencast" in the app menu (CHECKLIST CHROME-05,
// Note [Screencast] in web/src/app/chrome/screencast.tsx), recorded for real.
//
// Headless Chromium has no picker to click: --use-fake-ui-for-media-stream
// accepts every capture prompt (the screen and the microphone), and
// --use-fake-device-for-media-stream=display-media-type=browser makes
// getDisplayMedia share a browser tab (it captures this page's WebContents;
// the microphone is the fake device's beep). --auto-select-desktop-capture-source
// and --auto-accept-this-tab-capture do nothing headless: getDisplayMedia
// never settles with them.
import { readFileSync } from "node:fs";
import config from "./playwright.config";
import { expect, test } from "./helpers";

const launch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launch, // keeps the config's executablePath (Debian's Chromium)
    args: [
      ...(launch.args ?? []),
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream=display-media-type=browser",
    ],
  },
});

test("CHROME-05 record a screencast with audio: the red dot while recording, Esc stops, the download is a WebM file", async ({ app }) => {
  const page = app.page;
  await app.open("screencast");
  const menuButton = page.getByTestId("stMainMenu").getByRole("button", { name: "Main menu" });
  const dot = page.getByTestId("stRecordingIndicator");

  await menuButton.click();
  await page.getByRole("menuitem", { name: "Record a screencast" }).click();
  const setup = page.getByRole("dialog", { name: "Record a screencast" });
  await expect(setup.getByTestId("stScreencastInstruction")).toHaveText("Press Esc any time to stop recording.");
  await setup.getByTestId("stScreencastAudioCheckbox").getByRole("checkbox").check();
  await setup.getByRole("button", { name: "Start recording!" }).click();
  await expect(setup).toBeHidden();

  // The countdown, then the red dot on the menu button and "Stop recording" in the menu.
  await expect(page.getByTestId("stCountdown")).toBeVisible();
  await expect(dot).toBeVisible();
  await expect(page.getByTestId("stCountdown")).toBeHidden();
  await menuButton.click();
  await expect(page.getByRole("menuitem", { name: /Stop recording/ })).toBeVisible();
  await menuButton.click(); // closes the menu (Esc would stop the recording)
  await app.rerunBy(() => page.getByRole("button", { name: "Say hello" }).click());
  await expect(app.main().getByText("Hello from the recording")).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(dot).toBeHidden();
  const preview = page.getByTestId("stVideoRecordedDialog");
  await expect(page.getByRole("dialog", { name: "Next steps" })).toBeVisible();
  await expect(preview.locator("video")).toHaveAttribute("src", /^blob:/);
  // The preview plays: the browser can read the recording's duration.
  await expect
    .poll(() => preview.locator("video").evaluate((v: HTMLVideoElement) => v.readyState), { message: "the preview never loaded" })
    .toBeGreaterThan(0);

  const download = page.waitForEvent("download");
  await preview.getByRole("button", { name: "Save video to disk" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^streamlit-Screencast demo-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.webm$/);
  const bytes = readFileSync(await file.path());
  expect(bytes.length).toBeGreaterThan(1000);
  expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]); // EBML, the container WebM is
  expect(bytes.includes("A_OPUS")).toBe(true); // a sound track: "Also record audio" was ticked
  await expect(preview).toBeHidden();

  await menuButton.click();
  await expect(page.getByRole("menuitem", { name: "Record a screencast" })).toBeVisible();
  expect(app.errors).toEqual([]);
});

test("CHROME-05 'Stop recording' in the menu ends it; a refused picker says so and leaves the app usable", async ({ app }) => {
  const page = app.page;
  await app.open("screencast");
  const menuButton = page.getByTestId("stMainMenu").getByRole("button", { name: "Main menu" });

  await menuButton.click();
  await page.getByRole("menuitem", { name: "Record a screencast" }).click();
  await page.getByRole("button", { name: "Start recording!" }).click();
  await expect(page.getByTestId("stRecordingIndicator")).toBeVisible();
  await menuButton.click();
  await page.getByRole("menuitem", { name: /Stop recording/ }).click();
  await expect(page.getByTestId("stRecordingIndicator")).toBeHidden();
  const preview = page.getByRole("dialog", { name: "Next steps" });
  await expect(preview).toBeVisible();
  await preview.getByRole("button", { name: "Close" }).click();
  await expect(preview).toBeHidden();

  // The user cancels the browser's picker (or the browser refuses): getDisplayMedia rejects.
  await page.evaluate(() => {
    navigator.mediaDevices.getDisplayMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
  });
  await menuButton.click();
  await page.getByRole("menuitem", { name: "Record a screencast" }).click();
  await page.getByRole("button", { name: "Start recording!" }).click();
  await expect(page.getByTestId("stScreencastError")).toContainText("Sharing was cancelled");
  await page.getByRole("dialog", { name: "Record a screencast" }).getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("stScreencastError")).toBeHidden();
  await expect(page.getByTestId("stRecordingIndicator")).toBeHidden();
  await app.rerunBy(() => page.getByRole("button", { name: "Say hello" }).click());
  await expect(app.main().getByText("Hello from the recording")).toBeVisible();
  expect(app.errors).toEqual([]);
});
