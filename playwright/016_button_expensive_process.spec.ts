// apps/016_button_expensive_process.py (example 016): a 5 s process under a
// spinner, its result kept in session state.
import { expect, test } from "./helpers";

test("BTN-15 EXE-18 EXE-09 EXE-10 SS-09 WID-32 WID-43 Process shows the spinner while it runs, then the message and the frame", async ({ app }) => {
  await app.open("016_button_expensive_process");
  await app.choose("Select a number", "2");
  await app.step("Add a number", "Up");
  await app.step("Add a number", "Up");
  await expect(app.numberInput("Add a number").getByTestId("stNumberInputField")).toHaveValue("2");

  await app.rerunBy(
    async () => {
      await app.button("Process").click();
      // The spinner reaches the page while the run sleeps (EXE-18).
      await expect(app.page.getByTestId("stSpinner")).toContainText("Processing...");
    },
    { timeout: 60_000 },
  );
  await expect(app.page.getByTestId("stSpinner")).toHaveCount(0);
  await expect(app.element("Option 2 processed with add 2")).toBeVisible();
  // The 3x3 frame, +2, shown by magic inside the `if` (EXE-09, EXE-10).
  const frame = app.page.locator('[data-testid="stDataFrame"], [data-testid="stTable"]');
  await expect(frame).toHaveCount(1);
  for (const cell of ["3", "4", "5", "6", "7", "8", "9", "10", "11"]) await expect(frame).toContainText(cell);

  // The next action: the button is False again, so the message and frame go.
  await app.step("Add a number", "Up");
  await expect(app.main()).not.toContainText("processed with add");
});
