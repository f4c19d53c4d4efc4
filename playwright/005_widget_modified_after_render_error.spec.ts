// apps/005_widget_modified_after_render_error.py (example 005, NEGATIVE):
// setting a widget's key after the widget was drawn in the same run.
import { expect, test } from "./helpers";

test("SS-17 BTN-11 EXE-24 setting a widget's state after it was drawn shows a StreamlitAPIException", async ({ app }) => {
  await app.open("005_widget_modified_after_render_error");
  await app.typeAndCommit("Name", "Ada");
  const exception = app.page.getByTestId("stException");
  await expect(exception).toHaveCount(0);

  await app.rerunBy(() => app.button("Clear name").click(), { exceptionOk: true });
  await expect(exception).toHaveCount(1);
  await expect(exception).toContainText("StreamlitAPIException");
  await expect(exception.getByTestId("stExceptionMessage")).toContainText(/cannot be modified after the widget with key\s+`?name`?\s+is instantiated/);
  // The input drawn before the error stays, with its value.
  await expect(app.textInput("Name")).toHaveValue("Ada");
});
