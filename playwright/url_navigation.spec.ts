// Navigating by URL starts a new session, the app's own navigation keeps it
// (CHECKLIST SS-12, MPA-35; Note [URL navigation] in web/src/app/routing.ts).
import { expect, test, type App } from "./helpers";

function state(app: App) {
  return app.main().getByText(/^count=/);
}

test("SS-12 MPA-35: the sidebar and Back keep session state; a markdown link or an edited address starts a new session", async ({ app }) => {
  await app.open("url_navigation");
  await app.typeAndCommit("Name", "Ada");
  await app.click("Count");
  await app.click("Count");
  await expect(state(app)).toHaveText("count=2 name='Ada'");

  // The app's own navigation: same session.
  await app.rerunBy(() => app.page.getByTestId("stSidebarNav").getByText("Other").click());
  await expect(app.main().locator("h1")).toHaveText("Other");
  await expect(state(app)).toHaveText("count=2 name='Ada'");
  // Back is client-side too (a traverse): same session.
  await app.rerunBy(() => app.page.goBack());
  await expect(app.main().locator("h1")).toHaveText("Home");
  await expect(state(app)).toHaveText("count=2 name='Ada'");

  // A markdown link to a page: a new session, as a page load in Streamlit.
  await app.rerunBy(() => app.main().getByRole("link", { name: "Other, by URL" }).click());
  await expect(app.main().locator("h1")).toHaveText("Other");
  await expect(state(app)).toHaveText("count=0 name=''");
  await expect(app.main().getByLabel("Name")).toHaveValue("");

  // An edited address (the hash changes in place): a new session again.
  await app.rerunBy(() => app.page.getByTestId("stSidebarNav").getByText("Home").click());
  await app.click("Count");
  await expect(state(app)).toHaveText("count=1 name=''");
  await app.rerunBy(() => app.page.evaluate(() => (location.hash = "#/other")));
  await expect(app.main().locator("h1")).toHaveText("Other");
  await expect(state(app)).toHaveText("count=0 name=''");
});
