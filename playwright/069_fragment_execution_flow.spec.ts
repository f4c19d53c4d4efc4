// apps/069_fragment_execution_flow.py (example 069): two fragments and a
// button outside them. Nothing on the page says which code ran, so the test
// records the `fragment_ids` of each script_started message the worker posts
// (empty for a full run) and checks what stayed on screen.
import { expect, test } from "./helpers";

declare global {
  interface Window {
    __runs: string[][];
  }
}

test("FRAG-04 FRAG-05 FRAG-02 FRAG-03 FRAG-01 FRAG-19 BTN-24 each fragment reruns alone; Update reruns everything", async ({ app }) => {
  await app.page.addInitScript(() => {
    window.__runs = [];
    const decoder = new TextDecoder();
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener("message", (ev: MessageEvent<unknown>) => {
          const d = ev.data as unknown;
          const text =
            typeof d === "string" ? d : d instanceof Uint8Array ? decoder.decode(d) : d && typeof d === "object" && (d as { json?: unknown }).json instanceof Uint8Array ? decoder.decode((d as { json: Uint8Array }).json) : "";
          for (const m of text.matchAll(/"fragment_ids":\s*(\[[^\]]*\])/g)) window.__runs.push(JSON.parse(m[1] as string) as string[]);
        });
      }
    };
  });
  const runs = (): Promise<string[][]> => app.page.evaluate(() => window.__runs);
  await app.open("069_fragment_execution_flow");
  await expect(app.page.getByTestId("stHeading")).toHaveText("My Awesome App");
  expect(await runs()).toEqual([[]]); // FRAG-04: one full run on load

  // The selectbox outside the fragments starts with no choice.
  const select = app.page.getByTestId("stSelectbox").filter({ hasText: "Select" });
  await expect(select).toBeVisible();

  await app.rerunBy(() => app.page.getByTestId("stCheckbox").filter({ hasText: "Toggle" }).getByText("Toggle", { exact: true }).click());
  const afterToggle = await runs();
  expect(afterToggle).toHaveLength(2);
  expect(afterToggle[1]).toHaveLength(1);
  const toggleFragment = afterToggle[1]?.[0];
  await expect(app.page.getByTestId("stCheckbox").filter({ hasText: "Toggle" }).getByRole("switch")).toBeChecked();

  await app.toggle("Filter");
  const afterFilter = await runs();
  expect(afterFilter).toHaveLength(3);
  expect(afterFilter[2]).toHaveLength(1);
  expect(afterFilter[2]?.[0]).not.toBe(toggleFragment);
  await expect(app.checkbox("Filter").getByRole("checkbox")).toBeChecked();

  // A text area inside the first fragment commits on blur: a rerun of that fragment alone.
  const text = app.page.getByTestId("stTextArea").locator("textarea");
  await text.fill("hello");
  await app.rerunBy(() => text.blur());
  expect((await runs()).at(-1)).toEqual([toggleFragment]);

  await app.click("Update");
  expect((await runs()).at(-1)).toEqual([]); // a full run
  // Everything kept its value through the full run.
  await expect(app.page.getByTestId("stCheckbox").filter({ hasText: "Toggle" }).getByRole("switch")).toBeChecked();
  await expect(app.checkbox("Filter").getByRole("checkbox")).toBeChecked();
  await expect(text).toHaveValue("hello");
  await expect(app.page.getByTestId("stFileUploader")).toBeVisible();
});
