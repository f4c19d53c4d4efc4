// Multipage apps (CHECKLIST MPA): apps/pages_dir/ (a pages/ folder),
// apps/pages_nav/ (st.navigation, st.page_link, st.switch_page,
// st.query_params), and the seed examples 100 and 103. Pages live in the URL
// hash (#/page?query), so a reload or a shared URL opens the same page.
import { expect, test, type App } from "./helpers";

function navLinks(app: App) {
  return app.page.getByTestId("stSidebarNav").getByTestId("stSidebarNavLink");
}

function title(app: App) {
  return app.main().locator("h1");
}

test("MPA-17 MPA-19 MPA-31 MPA-33 MPA-34 SS-10: a pages/ app's sidebar navigation runs each page", async ({ app }) => {
  await app.open("pages_dir");
  await expect(title(app)).toHaveText("Home page");
  await expect(navLinks(app)).toHaveText(["streamlit app", "🎈Second", "Third"]);
  await expect(navLinks(app).nth(0)).toHaveAttribute("aria-current", "page");

  await app.rerunBy(() => navLinks(app).nth(1).click());
  await expect(title(app)).toHaveText("Second page");
  await expect(navLinks(app).nth(1)).toHaveAttribute("aria-current", "page");
  expect(new URL(app.page.url()).hash).toBe("#/Second");

  await app.rerunBy(() => navLinks(app).nth(2).click());
  await expect(title(app)).toHaveText("Third page");
  await expect(app.main().getByText("set on second")).toBeVisible(); // one session state for all pages
  expect(new URL(app.page.url()).hash).toBe("#/Third");
});

test("MPA-34: back and forward move between pages; a reload stays on the page", async ({ app }) => {
  await app.open("pages_dir");
  await app.rerunBy(() => navLinks(app).nth(1).click());
  await app.rerunBy(() => navLinks(app).nth(2).click());
  await expect(title(app)).toHaveText("Third page");

  await app.rerunBy(() => app.page.goBack());
  await expect(title(app)).toHaveText("Second page");
  await app.rerunBy(() => app.page.goBack());
  await expect(title(app)).toHaveText("Home page");
  await app.rerunBy(() => app.page.goForward());
  await expect(title(app)).toHaveText("Second page");

  await app.page.reload();
  await app.waitReady(90_000);
  await expect(title(app)).toHaveText("Second page");
  await expect(navLinks(app).nth(1)).toHaveAttribute("aria-current", "page");
});

test("MPA-09 MPA-28 MPA-30 ERR-07: a page URL (any case) opens that page; an unknown one says Page not found", async ({ app }) => {
  await app.page.goto(`${app.url("pages_dir")}#/third`);
  await app.waitReady(90_000);
  await expect(title(app)).toHaveText("Third page");

  await app.page.goto(`${app.url("pages_dir")}#/nope`);
  await app.waitReady(90_000);
  const dialog = app.page.getByRole("dialog");
  await expect(dialog).toContainText("Page not found");
  await expect(dialog).toContainText(
    "You have requested page /nope, but no corresponding file was found in the app's pages/ directory. Running the app's main page.",
  );
  await expect(title(app)).toHaveText("Home page");
  expect(new URL(app.page.url()).hash).toBe("");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("MPA-19 MPA-34: st.page_link and st.switch_page; st.query_params in the URL", async ({ app }) => {
  await app.open("pages_dir");
  const link = app.page.getByTestId("stPageLink");
  await expect(link).toHaveText("👉Go to third");
  await app.rerunBy(() => link.getByRole("link").click());
  await expect(title(app)).toHaveText("Third page");

  await app.rerunBy(() => app.page.goBack());
  await expect(title(app)).toHaveText("Home page");
  await app.click("Switch to second");
  await expect(title(app)).toHaveText("Second page");
  expect(new URL(app.page.url()).hash).toBe("#/Second");

  await app.click("Add query");
  await expect(app.main().getByText("'tab': 'b'")).toBeVisible();
  expect(new URL(app.page.url()).hash).toBe("#/Second?tab=a&tab=b");
  await app.page.reload();
  await app.waitReady(90_000);
  await expect(app.main().getByText("'tab': 'b'")).toBeVisible();
});

test("MPA-02 MPA-06 MPA-13: st.navigation sections, function pages, links and query params", async ({ app }) => {
  await app.open("pages_nav");
  const nav = app.page.getByTestId("stSidebarNav");
  await expect(nav.getByTestId("stNavSectionHeader")).toHaveText(["Main", "More"]);
  await expect(navLinks(app)).toHaveText(["🏠Welcome", "Report", "buildTools"]);
  await expect(title(app)).toHaveText("Home");

  const external = app.page.getByTestId("stPageLink").filter({ hasText: "External" }).getByRole("link");
  await expect(external).toHaveAttribute("href", "https://example.com/");
  await expect(external).toHaveAttribute("target", "_blank");

  await app.toggle("Common option");
  await app.rerunBy(() => app.page.getByTestId("stPageLink").filter({ hasText: "Open the report" }).getByRole("link").click());
  await expect(title(app)).toHaveText("Report");
  await expect(app.page).toHaveTitle("Report"); // MPA-13: the page's title names the tab
  await expect(app.checkbox("Common option").getByRole("checkbox")).toBeChecked(); // the entry script's widget stays
  await app.click("Set color");
  await expect(app.main().getByText("red")).toBeVisible();
  expect(new URL(app.page.url()).hash).toBe("#/report?color=red");

  await app.page.reload();
  await app.waitReady(90_000);
  await expect(title(app)).toHaveText("Report");
  await expect(app.main().getByText("red")).toBeVisible();

  await app.rerunBy(() => navLinks(app).nth(0).click());
  await app.click("Switch to tools");
  await expect(title(app)).toHaveText("Tools");
  expect(new URL(app.page.url()).hash).toBe("#/tools");

  await app.page.goto(`${app.url("pages_nav")}#/gone`);
  await app.waitReady(90_000);
  await expect(app.page.getByRole("dialog")).toContainText(
    "The page that you have requested does not seem to exist. Running the app's main page.",
  );
  await expect(title(app)).toHaveText("Home");
});

test("MPA-40 example 100: logging in shows the sections and lands on Dashboard", async ({ app }) => {
  await app.open("100_navigation_sections_login");
  await expect(app.page.getByTestId("stSidebarNav")).toHaveCount(0); // one page: no menu
  await app.click("Log in");
  await expect(app.page.getByTestId("stNavSectionHeader")).toHaveText(["Account", "Reports", "Tools"]);
  await expect(app.main().getByText("reports/dashboard.py")).toBeVisible();
  await app.rerunBy(() => navLinks(app).filter({ hasText: "Search" }).click());
  await expect(app.main().getByText("tools/search.py")).toBeVisible();
  await app.rerunBy(() => navLinks(app).filter({ hasText: "Log out" }).click());
  await app.click("Log out");
  await expect(app.page.getByTestId("stSidebarNav")).toHaveCount(0);
  await expect(app.button("Log in")).toBeVisible();
});

test("MPA-06 example 103: widgets of the entry script keep their values on every page", async ({ app }) => {
  await app.open("103_navigation_entrypoint_widgets");
  await expect(app.main().getByText("page_1")).toBeVisible();
  await app.nudge(app.slider("Size"));
  await app.rerunBy(() => navLinks(app).filter({ hasText: "page 2" }).click());
  await expect(app.main().getByText("page_2")).toBeVisible();
  await expect(app.main().getByText("2")).toBeVisible();
});

test("COMP-02 COMP-08 COMP-18 SECU-07 CHROME-10 components.html: the HTML's script runs in a sandboxed iframe that cannot reach the page (nor its menu)", async ({ app }) => {
  await app.open("components_html");
  const frame = app.page.getByTestId("stIFrame");
  await expect(frame).toHaveAttribute("height", "120");
  await expect(app.page.frameLocator('[data-testid="stIFrame"]').locator("#out")).toHaveText("script ran: parent blocked");
});
