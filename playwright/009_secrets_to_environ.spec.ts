// apps/009_secrets_to_environ/ (example 009 with its .streamlit/secrets.toml;
// app.py as streamlit_app.py): the secret bundled at build time is read in
// the browser and copied into os.environ.
import { expect, test } from "./helpers";

test("SEC-01 SEC-03 SEC-09 ERR-01 a secret from .streamlit/secrets.toml shows in the page (the example imports os, which the seed forgot)", async ({ app }) => {
  await app.open("009_secrets_to_environ");
  await expect(app.main().getByText("OPENAPI_API_KEY:")).toBeVisible();
  await expect(app.main().getByText("sk-1241infjsenfuhnh81n8cdn")).toBeVisible();
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
});
