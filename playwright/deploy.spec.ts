// CHROME-09: the developer option "Deploy" under `wasmlit run` (a copy of
// apps/deploy.py in a temporary git repository), and its absence from a
// built bundle (apps/deploy.py). The machine cannot reach share.streamlit.io:
// the Deploy-now page is answered by a route and only its URL is checked.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import { BOOT_TIMEOUT, expect, test } from "./helpers";
import { bundlesDir } from "./global-setup";
import { root, wasmlitRun } from "./dev_server";

function git(cwd: string, ...args: string[]): string {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith("GIT_")) env[k] = v;
  Object.assign(env, {
    GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com",
    GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1",
  });
  return execFileSync("git", args, { cwd, env, encoding: "utf8" });
}

/** Clicks `click` and returns the URL of the tab it opens (answered by a stub, not the internet). */
async function openedUrl(context: BrowserContext, click: () => Promise<void>): Promise<string> {
  const opened = context.waitForEvent("page");
  await click();
  const tab = await opened;
  await tab.waitForURL(/^https:\/\/share\.streamlit\.io\//);
  const url = tab.url();
  await tab.close();
  return url;
}

test("CHROME-09 wasmlit run in a git repo: Deploy next to the menu opens a dialog whose Deploy now says why it cannot, then, once pushed to GitHub, opens Community Cloud's deploy page with repository, branch and main file; the static-host card shows the wasmlit build command", async ({ app }) => {
  test.setTimeout(300_000);
  const page = app.page;
  const context = page.context();
  await context.route("https://share.streamlit.io/**", (r) => r.fulfill({ contentType: "text/html", body: "<p>deploy page stub</p>" }));

  const dir = path.join(bundlesDir, "deploy-dev");
  rmSync(dir, { recursive: true, force: true });
  const repo = path.join(dir, "repo");
  const bare = path.join(dir, "remote.git");
  mkdirSync(path.join(repo, "my apps"), { recursive: true });
  const script = path.join(repo, "my apps", "app.py");
  copyFileSync(path.join(root, "playwright/apps/deploy.py"), script);
  git(dir, "init", "-q", "--bare", "-b", "feature/deploy", bare);
  git(repo, "init", "-q", "-b", "feature/deploy");
  git(repo, "add", "my apps/app.py");
  git(repo, "commit", "-q", "-m", "first");

  const { child, url } = await wasmlitRun("my apps/app.py", [], repo);
  try {
    await page.goto(url);
    await app.waitReady(BOOT_TIMEOUT);
    const deploy = page.getByTestId("stMainMenu").getByTestId("stAppDeployButton");
    await expect(deploy).toHaveText("Deploy");

    // Not on GitHub yet: Streamlit's "Unable to deploy" explanation, no new tab.
    await deploy.getByRole("button", { name: "Deploy" }).click();
    const dialog = page.getByRole("dialog", { name: "Deploy this app" });
    await expect(dialog.getByTestId("stDeployDialogCommunityCloud")).toContainText("Streamlit Community Cloud");
    await expect(dialog.getByTestId("stDeployDialogStaticHost")).toContainText("Static host (GitHub Pages, any static host)");
    await expect(dialog.getByTestId("stDeployBuildCommand")).toHaveText("wasmlit build 'my apps/app.py' --out site");
    await dialog.getByRole("button", { name: "Deploy now" }).click();
    const problem = page.getByRole("dialog", { name: "Unable to deploy" });
    await expect(problem).toContainText("The app’s code is not connected to a remote GitHub repository.");
    await expect(problem.getByRole("button", { name: "Continue" })).toHaveCount(0);
    await problem.getByTestId("stDeployErrorDialog").getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);

    // Pushed to a GitHub remote while `wasmlit run` runs: the dialog asks again and deploys.
    git(repo, "remote", "add", "origin", bare);
    git(repo, "push", "-q", "-u", "origin", "feature/deploy");
    git(repo, "remote", "set-url", "origin", "git@github.com:octo/hello-app.git");
    git(repo, "remote", "set-url", "--push", "origin", bare);
    await deploy.getByRole("button", { name: "Deploy" }).click();
    const deployUrl = await openedUrl(context, () => dialog.getByRole("button", { name: "Deploy now" }).click());
    expect(deployUrl).toBe("https://share.streamlit.io/deploy?repository=octo%2Fhello-app&branch=feature%2Fdeploy&mainModule=my+apps%2Fapp.py");
    const params = new URL(deployUrl).searchParams;
    expect([params.get("repository"), params.get("branch"), params.get("mainModule")]).toEqual(["octo/hello-app", "feature/deploy", "my apps/app.py"]);
    await expect(page.getByRole("dialog")).toHaveCount(0);

    // An edit saved but not committed (the dialog reads git afresh, whether or not the page reran): asked first,
    // Continue still deploys.
    writeFileSync(script, readFileSync(script, "utf8").replace("version 1", "version 2"));
    await deploy.getByRole("button", { name: "Deploy" }).click();
    await dialog.getByRole("button", { name: "Deploy now" }).click();
    const sure = page.getByRole("dialog", { name: "Are you sure you want to deploy this app?" });
    await expect(sure).toContainText("The file my apps/app.py has uncommitted changes.");
    const again = await openedUrl(context, () => sure.getByRole("button", { name: "Continue" }).click());
    expect(new URL(again).searchParams.get("mainModule")).toBe("my apps/app.py");
    expect(app.errors).toEqual([]);
  } finally {
    child.kill();
  }
});

test("CHROME-09 a built bundle has no Deploy button, even from localhost with the developer options shown", async ({ app }) => {
  const page = app.page;
  await app.open("deploy");
  await expect(app.main().getByText("version 1")).toBeVisible();
  await page.getByTestId("stMainMenu").getByRole("button", { name: "Main menu" }).click();
  await expect(page.getByRole("menuitem", { name: /Clear cache/ })).toBeVisible();
  await expect(page.getByTestId("stAppDeployButton")).toHaveCount(0);
  expect(app.errors).toEqual([]);
});
