// Example 039 (a login page reading st.secrets.password) built with
// `wasmlit build --password --encrypt-app` (Note [Encrypted bundles] in
// py/wasmlit/build/crypto.py): the page asks for the bundle's password before
// the app starts; a wrong one shows an error and starts nothing.
// The source lives in fixtures/ (not apps/): global setup builds apps/ without
// a password, so this spec builds its own bundle beside the others.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundlesDir } from "./global-setup";
import { BOOT_TIMEOUT, expect, RUN_TIMEOUT, test } from "./helpers";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const NAME = "password_login";
const BUNDLE_PASSWORD = "open sesame 4711";

function buildEncrypted(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, WASMLIT_PASSWORD: BUNDLE_PASSWORD };
  const shared = path.resolve(root, "../shared/pyodide-0.27.7");
  if (!env.WASMLIT_PYODIDE_PACKAGES && existsSync(shared)) env.WASMLIT_PYODIDE_PACKAGES = shared;
  const venvCli = path.join(root, ".venv/bin/wasmlit");
  const [cmd, pre] = existsSync(venvCli) ? [venvCli, ["build"]] : ["python3", ["-m", "wasmlit.cli", "build"]];
  if (!existsSync(venvCli)) env.PYTHONPATH = path.join(root, "py");
  const entry = path.join(here, "fixtures", NAME, "streamlit_app.py");
  const args = [...pre, entry, "--out", path.join(bundlesDir, NAME), "--password", "--encrypt-app"];
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: root, env, timeout: 300_000 }, (err, _out, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(),
    );
  });
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await rm(path.join(bundlesDir, `${NAME}.build-error.txt`), { force: true });
  await buildEncrypted();
});

test("PWD SECU-01 a wrong bundle password starts nothing; the right one runs example 039", async ({ app }) => {
  const page = app.page;
  await page.goto(app.url(NAME));
  const gate = page.getByTestId("stPasswordGate");
  await expect(gate).toBeVisible({ timeout: BOOT_TIMEOUT });

  await gate.getByLabel("Password").fill("not the password");
  await gate.getByRole("button", { name: "Open the app" }).click();
  await expect(gate.getByRole("alert")).toHaveText("Incorrect password. Please try again.", { timeout: RUN_TIMEOUT });
  await expect(page.getByText("My login page")).toHaveCount(0);

  await gate.getByLabel("Password").fill(BUNDLE_PASSWORD);
  await gate.getByRole("button", { name: "Open the app" }).click();
  await expect(gate).toHaveCount(0);
  await app.waitReady(BOOT_TIMEOUT);
  await expect(app.main().getByText("My login page")).toBeVisible();

  // The app's own login (PWD-03..05) reads the decrypted st.secrets.password.
  await app.typeAndCommit("Enter password:", "balloon");
  await expect(app.main().getByText("Incorrect password. Please try again.")).toBeVisible({ timeout: RUN_TIMEOUT });
  await app.typeAndCommit("Enter password:", "streamlit");
  await expect(app.main().getByText("Login successful.")).toBeVisible({ timeout: RUN_TIMEOUT });
});
