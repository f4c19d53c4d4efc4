// apps/exception.py: an uncaught exception is drawn where it happened; the
// session goes on.
import { expect, test } from "./helpers";

test("EXE-24 an uncaught exception shows its type, message and traceback; elements before it stay", async ({ app }) => {
  await app.open("exception");
  const exception = app.page.getByTestId("stException");
  await expect(exception).toHaveCount(1);
  await expect(exception).toContainText("ValueError");
  await expect(exception.getByTestId("stExceptionMessage")).toContainText("inventory is empty (count=0)");
  const traceback = exception.getByTestId("stExceptionTraceback");
  await expect(traceback).toContainText("exception.py");
  await expect(traceback).toContainText("check_inventory");

  await expect(app.page.getByTestId("stHeading")).toHaveText("Exceptions");
  await expect(app.main().getByText("Drawn before the error.")).toBeVisible();
  await expect(app.main().getByText("Run number 1")).toBeVisible();
  await expect(app.main().getByText("The script ran to the end.")).toHaveCount(0);
  await expect(app.page.getByTestId("stFatalError")).toHaveCount(0);
});

test("EXE-24 EXE-02 SS-01 after an exception the next interactions rerun normally", async ({ app }) => {
  await app.open("exception");
  const exception = app.page.getByTestId("stException");
  await expect(exception).toHaveCount(1);

  await app.rerunBy(() => app.button("Rerun").click(), { exceptionOk: true });
  await expect(app.main().getByText("Run number 2")).toBeVisible();
  await expect(exception).toHaveCount(1);

  await app.toggle("Raise an error");
  await expect(app.checkbox("Raise an error").getByRole("checkbox")).not.toBeChecked();
  await expect(exception).toHaveCount(0);
  await expect(app.main().getByText("Run number 3")).toBeVisible();
  await expect(app.page.getByTestId("stAlert")).toContainText("The script ran to the end.");
});
