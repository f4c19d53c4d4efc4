// apps/config_theme/ (with .streamlit/config.toml and secrets.toml) and
// apps/090_static_file_serving/: the theme, Settings, the app menu, R, static files.
import { expect, RUN_TIMEOUT, test } from "./helpers";

test("CFG-19 CFG-22 a configured primaryColor is on a primary button; secrets reach st.secrets; the sidebar starts collapsed", async ({ app }) => {
  await app.open("config_theme");
  const page = app.page;
  await expect(page.getByRole("button", { name: "Go" })).toHaveCSS("background-color", "rgb(124, 58, 237)");
  await expect(app.main().getByText("Hello from secrets")).toBeVisible();
  await expect(page).toHaveTitle("Config theme");
  // initial_sidebar_state="collapsed": the sidebar starts closed, and opens on demand.
  await expect(page.getByTestId("stSidebarCollapsedControl")).toBeVisible();
  await expect(page.getByTestId("stSidebar")).toHaveCount(0);
  await page.getByRole("button", { name: "Open sidebar" }).click();
  await expect(page.getByTestId("stSidebar").getByText("In the sidebar")).toBeVisible();
});

test("CFG-28 CHROME-03 Settings switches to the dark theme and wide mode, remembered after a reload", async ({ app }) => {
  await app.open("config_theme");
  const page = app.page;
  const bg = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByRole("button", { name: "Main menu" }).click();
  await page.getByRole("menuitem", { name: "Settings" }).click();
  const dialog = page.getByTestId("stDialog");
  await expect(dialog.getByTestId("stSettingsTheme")).toHaveValue("custom");
  await dialog.getByTestId("stSettingsTheme").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(light).toBe("rgb(255, 255, 255)");
  await expect.poll(bg).toBe("rgb(14, 17, 23)");
  // The built-in Dark theme drops the custom colours.
  await expect(page.getByRole("button", { name: "Go" })).toHaveCSS("background-color", "rgb(255, 75, 75)");
  await dialog.getByTestId("stSettingsWideMode").check();
  await expect(page.getByTestId("stApp")).toHaveAttribute("data-layout", "wide");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);

  await page.reload();
  await app.waitReady(90_000);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByTestId("stApp")).toHaveAttribute("data-layout", "wide");
});

test("CHROME-01 CHROME-02 CHROME-04 CHROME-06 CHROME-07 the menu: Rerun and R rerun, menu items, About, developer options", async ({ app }) => {
  await app.open("config_theme");
  const page = app.page;
  await expect(app.main().getByText("Runs: 1")).toBeVisible();
  await page.keyboard.press("r");
  await expect(app.main().getByText("Runs: 2")).toBeVisible({ timeout: RUN_TIMEOUT });

  await page.getByRole("button", { name: "Main menu" }).click();
  const menu = page.getByTestId("stMainMenuList");
  await expect(menu.getByRole("menuitem")).toHaveText(["Rerun", "Settings", "Print", "Record a screencast", "Get help", "About", "Clear cache"].map((t) => new RegExp(`^${t}`)));
  await expect(menu.getByRole("menuitem", { name: "Get help" })).toHaveAttribute("href", "https://example.com/help");
  await menu.getByRole("menuitem", { name: "Rerun" }).click();
  await expect(app.main().getByText("Runs: 3")).toBeVisible({ timeout: RUN_TIMEOUT });

  await page.getByRole("button", { name: "Main menu" }).click();
  await page.getByRole("menuitem", { name: "About" }).click();
  await expect(page.getByTestId("stDialog").getByRole("heading", { name: "About this app" })).toBeVisible();
  await page.keyboard.press("Escape");

  // CHROME-04: Print opens the browser's print dialog (stubbed: a headless browser has none).
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void (w.printed += 1);
  });
  await page.getByRole("button", { name: "Main menu" }).click();
  await page.getByRole("menuitem", { name: "Print" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test("STATIC-02 STATIC-05 ERR-06 example 090: the restored image markdown shows an image from app/static/", async ({ app }) => {
  await app.open("090_static_file_serving");
  const img = app.main().locator("img[src='app/static/cat.png']");
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
});
