// apps/019_antipattern_unsaved_process.py (example 019, NEGATIVE): data read
// inside a button's `if` is gone by the next run.
import { expect, test } from "./helpers";

test("BTN-18 WID-39 BTN-02 EXE-24 Get data shows the CSV until the next action; Save always raises NameError", async ({ app }) => {
  await app.open("019_antipattern_unsaved_process");
  const up = app.page.getByTestId("stFileUploader");
  await app.rerunBy(() =>
    up.getByTestId("stFileUploaderDropzoneInput").setInputFiles({ name: "pets.csv", mimeType: "text/csv", buffer: Buffer.from("name,kind\nTom,cat\nRex,dog\n") }),
  );
  await app.click("Get data");
  const frame = app.page.locator('[data-testid="stDataFrame"], [data-testid="stTable"]');
  await expect(frame).toHaveCount(1);
  await expect(frame).toContainText("Rex");

  await app.rerunBy(() => app.button("Save").click(), { exceptionOk: true });
  await expect(frame).toHaveCount(0); // the frame went with the next action
  const exception = app.page.getByTestId("stException");
  await expect(exception).toContainText("NameError");
  await expect(exception).toContainText("name 'df' is not defined");

  // Even right after Get data, Save runs without df.
  await app.click("Get data");
  await expect(frame).toHaveCount(1);
  await app.rerunBy(() => app.button("Save").click(), { exceptionOk: true });
  await expect(exception).toContainText("name 'df' is not defined");
});
