// apps/download_button.py: st.download_button saves the script's data as a file, then reruns.
import { readFileSync } from "node:fs";
import { expect, test } from "./helpers";

test("st.download_button saves the file with its name and content, and the click reruns", async ({ app }) => {
  await app.open("download_button");
  const [download] = await Promise.all([
    app.page.waitForEvent("download"),
    app.rerunBy(() => app.page.getByTestId("stDownloadButton").getByRole("button").click()),
  ]);
  expect(download.suggestedFilename()).toBe("scores.csv");
  const path = await download.path();
  expect(readFileSync(path, "utf8")).toBe("name,score\nAda,10\n");
  await expect(app.main().getByTestId("stText")).toHaveText("downloads = 1");
});
