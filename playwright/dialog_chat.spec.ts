// apps/dialog_chat.py: @st.dialog, st.chat_input and st.feedback in the browser.
import { expect, test, type App } from "./helpers";

function dialog(app: App) {
  return app.page.getByTestId("stDialog");
}

async function openDialog(app: App): Promise<void> {
  await app.click("Vote A");
  await expect(dialog(app)).toBeVisible();
}

test("dialog: opens as a modal; a widget inside reruns only the dialog (FRAG-02)", async ({ app }) => {
  await app.open("dialog_chat");
  await expect(dialog(app)).toHaveCount(0);
  await openDialog(app);
  await expect(dialog(app)).toContainText("Cast your vote");
  await expect(dialog(app)).toContainText("Why is A your favorite?");
  await expect(app.element(/^Full runs: /)).toHaveText("Full runs: 2");
  await expect(dialog(app).getByText("Dialog runs: 1")).toBeVisible();
  // The rest of the page is inert while the modal is open: focus starts inside it.
  expect(await dialog(app).evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await app.rerunBy(() => dialog(app).getByRole("button", { name: "Bump", exact: true }).click());
  await expect(dialog(app).getByText("bumped")).toBeVisible();
  await expect(dialog(app).getByText("Dialog runs: 2")).toBeVisible();
  await expect(app.element(/^Full runs: /)).toHaveText("Full runs: 2");
  await expect(dialog(app)).toBeVisible();
  expect(app.errors).toEqual([]);
});

test("dialog: st.rerun() inside closes it with a full run (FRAG-13)", async ({ app }) => {
  await app.open("dialog_chat");
  await openDialog(app);
  const reason = dialog(app).getByTestId("stTextInput").locator("input");
  await reason.fill("it is first");
  await app.rerunBy(() => reason.press("Enter"));
  await expect(app.element(/^Full runs: /)).toHaveText("Full runs: 2");
  await app.rerunBy(() => dialog(app).getByRole("button", { name: "Submit", exact: true }).click());
  await expect(app.element(/^Vote: /)).toHaveText("Vote: A: it is first");
  await expect(dialog(app)).toHaveCount(0);
  // The click reran only the dialog; st.rerun() then ran the whole script once.
  await expect(app.element(/^Full runs: /)).toHaveText("Full runs: 3");
});

test("dialog: the X, Escape and a click outside close it; it stays closed until called again", async ({ app }) => {
  await app.open("dialog_chat");
  await openDialog(app);
  await dialog(app).getByRole("button", { name: "Close" }).click();
  await expect(dialog(app)).toBeHidden();
  // Closing sends nothing: no run.
  await expect(app.element(/^Full runs: /)).toHaveText("Full runs: 2");
  await openDialog(app);
  await app.page.keyboard.press("Escape");
  await expect(dialog(app)).toBeHidden();
  await openDialog(app);
  await app.page.mouse.click(5, 5); // on the backdrop
  await expect(dialog(app)).toBeHidden();
  // Another widget's full run does not bring it back.
  await app.rerunBy(() => app.page.getByTestId("stBaseButton-borderlessIcon").first().click());
  await expect(dialog(app)).toHaveCount(0);
  expect(app.errors).toEqual([]);
});

test("dialog: Tab keeps focus inside the modal", async ({ app }) => {
  await app.open("dialog_chat");
  await openDialog(app);
  for (let i = 0; i < 6; i++) {
    await app.page.keyboard.press("Tab");
    const inside = await app.page.evaluate(() => {
      const a = document.activeElement;
      const d = document.querySelector('[data-testid="stDialog"]');
      return a === document.body || (d !== null && d.contains(a));
    });
    expect(inside).toBe(true);
  }
});

test("WID-40 EL-23: chat input is pinned at the bottom; Enter sends into a chat message and clears it", async ({ app }) => {
  await app.open("dialog_chat");
  const chat = app.page.getByTestId("stChatInput");
  await expect(app.page.getByTestId("stBottom").getByTestId("stChatInput")).toHaveCount(1);
  const area = chat.getByTestId("stChatInputTextArea");
  const send = chat.getByTestId("stChatInputSubmitButton");
  await expect(send).toBeDisabled(); // nothing to send yet
  await area.fill("hello there");
  await expect(send).toBeEnabled();
  await app.rerunBy(() => area.press("Enter"));
  await expect(app.page.getByTestId("stChatMessage")).toHaveCount(2);
  await expect(app.page.getByTestId("stChatMessage").first()).toContainText("hello there");
  await expect(app.page.getByTestId("stChatMessage").nth(1)).toContainText("Echo: hello there");
  await expect(app.element(/^Prompt: /)).toHaveText("Prompt: hello there");
  await expect(area).toHaveValue("");
  await expect(send).toBeDisabled();
  // The value lasts one run: another widget's run sees None, the messages stay.
  await app.click("Vote A");
  await app.page.keyboard.press("Escape");
  await expect(app.element(/^Prompt: /)).toHaveText("Prompt: None");
  await expect(app.page.getByTestId("stChatMessage")).toHaveCount(2);
  // Still pinned below the page, in view.
  await expect(chat).toBeInViewport();
  const box = await chat.boundingBox();
  const viewport = app.page.viewportSize();
  expect(box && viewport && box.y + box.height).toBeGreaterThan((viewport?.height ?? 0) - 120);
});

test("chat input: Shift+Enter is a newline, the box grows, the send button submits", async ({ app }) => {
  await app.open("dialog_chat");
  const area = app.page.getByTestId("stChatInputTextArea");
  await area.click();
  const before = (await area.boundingBox())?.height ?? 0;
  await app.page.keyboard.type("line one");
  await app.page.keyboard.press("Shift+Enter");
  await app.page.keyboard.type("line two");
  await app.page.keyboard.press("Shift+Enter");
  await app.page.keyboard.type("line three");
  await expect(area).toHaveValue("line one\nline two\nline three");
  expect((await area.boundingBox())?.height ?? 0).toBeGreaterThan(before);
  await expect(app.element(/^Full runs: /)).toHaveText("Full runs: 1"); // nothing sent yet
  await app.rerunBy(() => app.page.getByTestId("stChatInputSubmitButton").click());
  await expect(app.page.getByTestId("stChatMessage").first()).toContainText("line three");
  await expect(area).toHaveValue("");
});

test("feedback: thumbs and stars return the chosen value; a second click clears it", async ({ app }) => {
  await app.open("dialog_chat");
  const groups = app.page.getByTestId("stButtonGroup");
  const thumbs = groups.first();
  await expect(app.element(/^Thumbs: /)).toHaveText("Thumbs: None");
  await app.rerunBy(() => thumbs.getByRole("button", { name: "Thumbs down" }).click());
  await expect(app.element(/^Thumbs: /)).toHaveText("Thumbs: 0");
  await app.rerunBy(() => thumbs.getByRole("button", { name: "Thumbs up" }).click());
  await expect(app.element(/^Thumbs: /)).toHaveText("Thumbs: 1");
  await expect(thumbs.getByRole("button", { name: "Thumbs up" })).toHaveAttribute("aria-pressed", "true");
  await app.rerunBy(() => thumbs.getByRole("button", { name: "Thumbs up" }).click());
  await expect(app.element(/^Thumbs: /)).toHaveText("Thumbs: None");
  const stars = groups.nth(1);
  // By keyboard: focus the fourth star and press Enter.
  await stars.getByRole("button", { name: "4 stars" }).focus();
  await app.rerunBy(() => app.page.keyboard.press("Enter"));
  await expect(app.element(/^Stars: /)).toHaveText("Stars: 3");
  await app.page.mouse.move(0, 0);
  await expect(stars.locator('[data-lit="true"]')).toHaveCount(4);
  expect(app.errors).toEqual([]);
});
