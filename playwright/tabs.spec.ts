// apps/tabs.py: st.tabs with the mouse and the keyboard; the chosen tab survives reruns.
import { expect, test } from "./helpers";

test("st.tabs shows one tab at a time; the chosen tab stays chosen across reruns", async ({ app }) => {
  await app.open("tabs");
  const tabs = app.page.getByRole("tab");
  await expect(tabs).toHaveText(["Cat", "Dog", "Owl"]);
  await expect(app.main().getByText("A cat says meow.")).toBeVisible();
  await expect(app.main().getByText("A dog says woof.")).toBeHidden();

  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(app.main().getByText("A dog says woof.")).toBeVisible();
  await expect(app.main().getByText("A cat says meow.")).toBeHidden();

  await app.click("Rerun");
  await expect(app.main().getByText("runs = 2")).toBeVisible();
  await expect(app.main().getByText("A dog says woof.")).toBeVisible();

  await tabs.nth(1).press("ArrowRight");
  await expect(tabs.nth(2)).toBeFocused();
  await expect(app.main().getByText("An owl says hoot.")).toBeVisible();
});

test("st.popover opens over the page; its widgets work; Escape closes it", async ({ app }) => {
  await app.open("tabs");
  const body = app.page.getByTestId("stPopoverBody");
  await expect(body).toBeHidden();
  await app.page.getByTestId("stPopoverButton").click();
  await expect(body).toBeVisible();
  await app.typeAndCommit("Your name", "Ada");
  await expect(app.main().getByText("hello = Ada")).toBeVisible();
  await app.page.keyboard.press("Escape");
  await expect(body).toBeHidden();
});

test("st.chat_message shows each message with its author's avatar", async ({ app }) => {
  await app.open("tabs");
  const messages = app.page.getByTestId("stChatMessage");
  await expect(messages).toHaveCount(2);
  await expect(messages.nth(0).getByTestId("stChatMessageAvatarUser")).toBeVisible();
  await expect(messages.nth(0).getByTestId("stChatMessageContent")).toHaveText("Hi there!");
  await expect(messages.nth(1).getByTestId("stChatMessageAvatarAssistant")).toBeVisible();
  await expect(messages.nth(1)).toHaveAccessibleName("Chat message from assistant");
});
