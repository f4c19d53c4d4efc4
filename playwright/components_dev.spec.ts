// apps/components_dev.py: declare_component(url=...) loads the frontend from a
// dev server (CHECKLIST COMP-20); this spec plays the dev server.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, RUN_TIMEOUT, test } from "./helpers";

const FRONTEND = join(dirname(fileURLToPath(import.meta.url)), "apps", "components_custom", "frontend");
let servers: Server[] = [];
// One worker runs this file's tests in order: the dev servers' ports are fixed (8736, and 3001 as example
// 097 names it), so a second worker's beforeAll could not listen on them.
test.describe.configure({ mode: "default" });

function devServer(): Server {
  return createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    readFile(join(FRONTEND, path === "/" ? "index.html" : path.slice(1))).then(
      (body) => res.writeHead(200, { "content-type": "text/html" }).end(body),
      () => res.writeHead(404).end(),
    );
  });
}

test.beforeAll(async () => {
  const local = devServer();
  const template = devServer(); // example 097's http://localhost:3001, on every address localhost may mean
  servers = [local, template];
  await new Promise<void>((resolve) => local.listen(8736, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => template.listen(3001, resolve));
});
test.afterAll(() => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

test("COMP-20 a url= component is loaded from the dev server and talks to the app", async ({ app }) => {
  await app.open("components_dev");
  const iframe = app.page.getByTestId("stCustomComponentV1");
  await expect(iframe).toHaveAttribute("src", /^http:\/\/127\.0\.0\.1:8736/);
  const frame = app.page.frameLocator("[data-testid=stCustomComponentV1]");
  await expect(frame.locator("#greeting")).toHaveText("Hello, dev server!");
  await frame.getByRole("button", { name: "Click me" }).click();
  await expect(app.main().getByText("Clicks: 1", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });
});

test("COMP-20 example 097 runs unchanged: its component on http://localhost:3001 gets the name and ship, and Value = shows what it sends", async ({ app }) => {
  await app.open("097_components_declare_dev");
  const iframe = app.page.getByTestId("stCustomComponentV1");
  await expect(iframe).toHaveAttribute("src", /^http:\/\/localhost:3001/);
  const frame = app.page.frameLocator("[data-testid=stCustomComponentV1]");
  await expect(frame.locator("#greeting")).toHaveText("Hello, Blackbeard!");
  await expect(app.main()).toContainText(/Value =\s*None/); // nothing sent yet
  await frame.getByRole("button", { name: "Click me" }).click();
  await expect(app.main()).toContainText(/Value =\s*1/, { timeout: RUN_TIMEOUT });
  await frame.getByRole("button", { name: "Click me" }).click();
  await expect(app.main()).toContainText(/Value =\s*2/, { timeout: RUN_TIMEOUT });
});
