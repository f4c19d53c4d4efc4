// apps/upload.py: st.file_uploader (single CSV, multiple, wrong type, remove)
// and st.camera_input with Chromium's fake camera.
import type { Locator } from "@playwright/test";
import { expect, test, type App } from "./helpers";

// The fake camera for st.camera_input. launchOptions replaces the config's
// object, so its executable is repeated here.
test.use({
  launchOptions: {
    executablePath: process.env.WASMLIT_CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
    ],
  },
});

function uploader(app: App, label: string): Locator {
  return app.page.getByTestId("stFileUploader").filter({ hasText: label });
}

function text(app: App, start: string): Locator {
  return app.main().getByTestId("stText").filter({ hasText: new RegExp(`^${start}`) });
}

const csv = (name: string, body: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(body) });

test("WID-39: a CSV goes in, the app reads its rows; the x removes it and fires on_change", async ({ app }) => {
  await app.open("upload");
  await expect(text(app, "no csv")).toBeVisible();
  const up = uploader(app, "CSV data");
  await expect(up.getByTestId("stFileUploaderDropzone")).toContainText("Limit 200MB per file • CSV");
  await app.rerunBy(() => up.getByTestId("stFileUploaderDropzoneInput").setInputFiles(csv("scores.csv", "name,score\nAda,10\nBob,7\nCy,3\n")));
  await expect(text(app, "scores.csv")).toHaveText("scores.csv: 3 rows");
  await expect(up.getByTestId("stFileUploaderFileName")).toHaveText("scores.csv");
  await expect(text(app, "changes")).toHaveText("changes: 1");
  // A rerun (another widget) keeps the file without sending it again.
  await app.rerunBy(() => app.page.keyboard.press("r"));
  await expect(text(app, "scores.csv")).toHaveText("scores.csv: 3 rows");
  await app.rerunBy(() => up.getByTestId("stFileUploaderDeleteBtn").click());
  await expect(text(app, "no csv")).toBeVisible();
  await expect(up.getByTestId("stFileUploaderFile")).toHaveCount(0);
  await expect(text(app, "changes")).toHaveText("changes: 2");
});

test("a wrong file type is rejected in the widget with Streamlit's message", async ({ app }) => {
  await app.open("upload");
  const up = uploader(app, "CSV data");
  await up
    .getByTestId("stFileUploaderDropzoneInput")
    .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
  await expect(up.getByTestId("stFileUploaderFileErrorMessage")).toHaveText("text/plain files are not allowed.");
  await expect(text(app, "no csv")).toBeVisible();
  await expect(text(app, "changes")).toHaveText("changes: 0");
});

test("several files in one uploader, then one removed", async ({ app }) => {
  await app.open("upload");
  const up = uploader(app, "Notes");
  const note = (name: string, body: string) => ({ name, mimeType: "text/plain", buffer: Buffer.from(body) });
  await app.rerunBy(() => up.getByTestId("stFileUploaderDropzoneInput").setInputFiles([note("a.txt", "one"), note("b.txt", "two")]));
  await expect(text(app, "notes")).toHaveText("notes: a.txt=one, b.txt=two");
  await app.rerunBy(() => up.getByTestId("stFileUploaderDropzoneInput").setInputFiles(note("c.txt", "three")));
  await expect(text(app, "notes")).toHaveText("notes: a.txt=one, b.txt=two, c.txt=three");
  // Newest first, as Streamlit lists them.
  await expect(up.getByTestId("stFileUploaderFileName")).toHaveText(["c.txt", "b.txt", "a.txt"]);
  await app.rerunBy(() => up.getByTestId("stFileUploaderFile").filter({ hasText: "b.txt" }).getByTestId("stFileUploaderDeleteBtn").click());
  await expect(text(app, "notes")).toHaveText("notes: a.txt=one, c.txt=three");
});

test("a file dropped on the dropzone is uploaded", async ({ app }) => {
  await app.open("upload");
  const up = uploader(app, "CSV data");
  const drop = await app.page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["a\n1\n2\n"], "dropped.csv", { type: "text/csv" }));
    return dt;
  });
  await app.rerunBy(() => up.getByTestId("stFileUploaderDropzone").dispatchEvent("drop", { dataTransfer: drop }));
  await expect(text(app, "dropped.csv")).toHaveText("dropped.csv: 2 rows");
});

test("FORM-02: a file picked inside a form reaches the script only on submit", async ({ app }) => {
  await app.open("upload");
  const up = uploader(app, "Form file");
  await up.getByTestId("stFileUploaderDropzoneInput").setInputFiles({ name: "f.txt", mimeType: "text/plain", buffer: Buffer.from("x") });
  await expect(up.getByTestId("stFileUploaderFileName")).toHaveText("f.txt");
  await app.rerunBy(() => app.page.keyboard.press("r")); // another rerun: the form's file is not sent yet
  await expect(text(app, "form file")).toHaveText("form file: none");
  await app.rerunBy(() => app.page.getByTestId("stFormSubmitButton").getByRole("button").click());
  await expect(text(app, "form file")).toHaveText("form file: f.txt");
  await app.rerunBy(() => app.page.keyboard.press("r")); // kept, without sending it again
  await expect(text(app, "form file")).toHaveText("form file: f.txt");
});

test("st.camera_input takes a photo from the (fake) camera and clears it", async ({ app }) => {
  await app.open("upload");
  const camera = app.page.getByTestId("stCameraInput");
  const take = camera.getByTestId("stCameraInputButton");
  await expect(take).toHaveText("Take Photo");
  await expect(take).toBeEnabled();
  await app.rerunBy(() => take.click());
  await expect(text(app, "photo")).toHaveText("photo: image.jpg image/jpeg jpeg=True");
  await expect(camera.locator("img")).toBeVisible();
  await expect(take).toHaveText("Clear photo");
  await app.rerunBy(() => take.click());
  await expect(text(app, "no photo")).toBeVisible();
  await expect(camera.getByTestId("stCameraInputButton")).toHaveText("Take Photo");
});

test("st.camera_input without camera permission says it would like the camera, and the app goes on", async ({ app }) => {
  // The viewer denies the camera (as the browser reports it to the page).
  await app.page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
  });
  await app.open("upload");
  const camera = app.page.getByTestId("stCameraInput");
  await expect(camera).toContainText("This app would like to use your camera.");
  await expect(camera.getByRole("link", { name: "Learn how to allow access." })).toHaveAttribute(
    "href",
    "https://docs.streamlit.io/knowledge-base/using-streamlit/enable-camera",
  );
  await expect(camera.getByTestId("stCameraInputButton")).toBeDisabled();
  await expect(text(app, "no photo")).toBeVisible();
});
