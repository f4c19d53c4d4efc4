// py/wasmlit/demo/streamlit_app.py, the app `wasmlit hello` serves.
import { expect, test } from "./helpers";

test("EL-01 EL-03 EL-04 EL-08 EL-17 EL-20 EL-21 EXE-11 the demo app renders without errors", async ({ app }) => {
  await app.open("demo");
  const page = app.page;
  const main = app.main();
  await expect(page.getByTestId("stException")).toHaveCount(0);
  await expect(page.getByTestId("stFatalError")).toHaveCount(0);

  await expect(main.getByTestId("stHeading").first()).toContainText("wasmlit 👋");
  await expect(main.locator('a[href="https://pyodide.org"]')).toHaveText("Pyodide");
  await expect(main.locator("strong", { hasText: "Streamlit script" })).toBeVisible();
  await expect(main).toContainText("🐍");
  await expect(main).not.toContainText("The wasmlit demo app"); // the docstring

  const sidebar = page.getByTestId("stSidebar");
  await expect(sidebar.getByTestId("stSlider")).toHaveCount(1);
  await expect(sidebar.getByTestId("stNumberInput")).toHaveCount(1);
  await expect(sidebar.getByTestId("stCheckbox")).toHaveCount(1);
  await expect(main.getByTestId("stHorizontalBlock")).toHaveCount(2);
  await expect(main.getByTestId("stColumn")).toHaveCount(4);
  for (const id of ["stTextInput", "stCheckbox", "stNumberInput", "stSlider", "stSelectbox", "stText", "stCaptionContainer"]) {
    await expect(main.getByTestId(id).first(), id).toBeVisible();
  }
  await expect(main.getByTestId("stAlert")).toHaveCount(4);
  await expect(main.getByTestId("stButton")).toHaveCount(3);

  const expander = main.getByTestId("stExpander");
  await expect(expander).toContainText("How the slow loop below is written");
  await expander.getByText("How the slow loop below is written").click();
  await expect(expander.getByTestId("stCode")).toContainText("time.sleep(delay)");

  expect(app.errors, "console errors").toEqual([]);
});

test("SS-18 SS-21 EXE-14 EL-19 demo: say hello through a callback; the container above shows the count", async ({ app }) => {
  await app.open("demo");
  await expect(app.main()).toContainText("Nobody has said hello yet.");
  await app.typeAndCommit("Your name", "Ada");
  await app.click("Say hello");
  await expect(app.main().getByText("Hello, Ada!")).toBeVisible();
  await expect(app.main()).toContainText("1 hello(s) so far");
  await app.click("Forget everyone");
  await expect(app.main()).toContainText("Nobody has said hello yet.");
  await expect(app.main()).toContainText("0 hello(s) so far");
});

test("WID-32 WID-38 WID-23 demo: checkbox, number input and selectbox values reach the script", async ({ app }) => {
  await app.open("demo");
  const text = app.main().getByTestId("stText");
  await expect(text).toHaveText("banana banana");
  await app.toggle("Shout");
  await expect(text).toHaveText("BANANA BANANA");
  await app.step("Repeat");
  await expect(text).toHaveText("BANANA BANANA BANANA");
  await app.choose("Fruit", "cherry");
  await expect(text).toHaveText("CHERRY CHERRY CHERRY");
  await expect(app.main()).toContainText("the fruit is cherry");
});

test("EXE-12 ANIM-06 EL-10 demo: the slow loop runs to the end; st.stop hides the rest", async ({ app }) => {
  await app.open("demo");
  await app.button("Run the slow loop").click();
  await expect(app.page.getByTestId("stProgress")).toBeVisible();
  await expect(app.main().getByText(/Done: 20 steps/)).toBeVisible();
  await app.waitReady();

  await app.toggle("Stop the script after the widgets");
  await expect(app.main().getByText(/Stopped here by st\.stop/)).toBeVisible();
  await expect(app.main().getByTestId("stExpander")).toHaveCount(0);
  await expect(app.main().getByTestId("stAlert")).toHaveCount(1);
});
