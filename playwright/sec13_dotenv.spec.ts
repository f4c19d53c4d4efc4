// apps/sec13_dotenv/: a .env and a service-account JSON the app reads beside
// .streamlit/secrets.toml (dummy values). The build bundles them with a
// warning each (tests/build/test_build_secret_files.py); in the browser the
// app folder is the working directory, so the app's own open(".env") works.
import { expect, test } from "./helpers";

test("SEC-13 SEC-05 a bundled .env and service-account JSON work beside st.secrets in the browser", async ({ app }) => {
  await app.open("sec13_dotenv");
  await expect(app.main().getByText("dotenv: key-from-dotenv eu-west-1")).toBeVisible();
  await expect(app.main().getByText("gcp: app@demo.iam.gserviceaccount.com")).toBeVisible();
  await expect(app.main().getByText("secrets: pw-from-toml jane")).toBeVisible();
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
});
