// The browser half of the benchmarks: `bench/run.py` starts the servers and
// pipes a plan (JSON) to this script, which drives headless Chromium through
// Playwright and prints one JSON object of raw samples (milliseconds) on stdout.
//
// Every time is measured inside the page, on the page's own clock:
// - start-up: performance.now() at the first paint after the marker text
//   appears in the DOM, i.e. milliseconds since navigation started;
// - reruns and interrupts: from the trigger event's timeStamp (the click, or
//   the Enter keydown) to the moment a MutationObserver sees the expected text
//   in the DOM ("dom", the figure the targets use), and to the first paint
//   after that ("paint").
// "First paint after" is a requestAnimationFrame callback followed by a
// zero-delay task: the frame that shows the change has been produced by then.
// Note that Chromium delivers a worker's (or a WebSocket's) messages that
// arrive right after a real input event only after the next frame, so with
// real clicks "dom" is rarely under one frame for anyone.
// Playwright's own round trips are never inside a measured interval.

import { chromium } from "@playwright/test";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Installed in every page before its scripts run: the in-page stopwatch. */
function pageClock() {
  const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const shows = (text) => document.documentElement !== null && document.documentElement.textContent.includes(text);
  const whenShown = (text, seconds = 120) =>
    new Promise((resolve, reject) => {
      if (shows(text)) {
        resolve();
        return;
      }
      const obs = new MutationObserver(() => {
        if (shows(text)) {
          obs.disconnect();
          clearTimeout(timer);
          resolve();
        }
      });
      const timer = setTimeout(() => {
        obs.disconnect();
        const page = document.documentElement.textContent.replace(/\s+/g, " ").slice(0, 400);
        reject(new Error(`"${text}" did not appear within ${seconds} s; the page says: ${page}`));
      }, seconds * 1000);
      obs.observe(document, { subtree: true, childList: true, characterData: true });
    });
  window.__bench = {
    /** Milliseconds from navigation start to the paint that shows `text`. */
    async loaded(text) {
      await whenShown(text);
      await paint();
      return performance.now();
    },
    /** Arms a stopwatch: started by the next `trigger` event, stopped by the paint showing `text`. */
    arm(trigger, text) {
      let t0 = null;
      const start = (ev) => {
        if (t0 === null && (trigger !== "keydown" || ev.key === "Enter")) t0 = ev.timeStamp;
      };
      window.addEventListener(trigger, start, true);
      window.__bench.pending = (async () => {
        await whenShown(text, 30);
        const dom = performance.now();
        await paint();
        window.removeEventListener(trigger, start, true);
        if (t0 === null) throw new Error(`"${text}" appeared before any ${trigger}`);
        return { dom: dom - t0, paint: performance.now() - t0 };
      })();
    },
    result() {
      return window.__bench.pending;
    },
    /**
     * Milliseconds from the script's `st.dataframe` call (stamped in the text
     * "Shown SIZE at [epoch ms]") to the paint after a grid cell of that run's
     * frame is in the DOM (`cell`: a selector inside stDataFrame).
     */
    async gridShown(size, cell) {
      const stamp = `Shown ${size} at [`;
      const ready = () => shows(stamp) && document.querySelector(`[data-testid="stDataFrame"] ${cell}`) !== null;
      if (!ready()) {
        await new Promise((resolve, reject) => {
          const obs = new MutationObserver(() => {
            if (ready()) {
              obs.disconnect();
              clearTimeout(timer);
              resolve();
            }
          });
          const timer = setTimeout(() => {
            obs.disconnect();
            reject(new Error(`the ${size} grid did not show within 300 s`));
          }, 300_000);
          obs.observe(document, { subtree: true, childList: true, characterData: true });
        });
      }
      await paint();
      const now = performance.timeOrigin + performance.now();
      const text = document.documentElement.textContent;
      const at = text.indexOf(stamp) + stamp.length;
      return now - Number(text.slice(at, text.indexOf("]", at)));
    },
    marks() {
      return performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("wasmlit:"))
        .map((m) => [m.name, m.startTime]);
    },
  };
}

async function serverBytes(url) {
  const resp = await fetch(url);
  return await resp.json();
}

async function newContext(browser) {
  const ctx = await browser.newContext();
  await ctx.addInitScript(pageClock);
  return ctx;
}

/** Cold (new profile: fresh browser context, empty cache) and warm (same profile, navigated again). */
async function startup(browser, task) {
  const out = { cold: [], warm: [], bytes: [], bytes_gzip: [], marks: [] };
  for (let i = 0; i < task.warmup + task.runs; i++) {
    const measured = i >= task.warmup;
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    page.on("pageerror", (err) => console.error(`[${task.name}] page error: ${err.message}`));
    await serverBytes(task.bytes_url); // resets the server's byte counter
    await page.goto(task.url);
    const cold = await page.evaluate((text) => window.__bench.loaded(text), task.marker);
    const bytes = await serverBytes(task.bytes_url);
    const marks = await page.evaluate(() => window.__bench.marks());
    await page.goto("about:blank");
    await page.goto(task.url);
    const warm = await page.evaluate((text) => window.__bench.loaded(text), task.marker);
    await ctx.close();
    if (!measured) continue;
    out.cold.push(cold);
    out.warm.push(warm);
    out.bytes.push(bytes.bytes);
    out.bytes_gzip.push(bytes.gzip);
    out.marks.push(marks);
  }
  return out;
}

/** Current value of "<prefix>[N]" in the page. */
async function readCounter(page, prefix) {
  const text = await page.evaluate(() => document.documentElement.textContent);
  const at = text.lastIndexOf(prefix);
  if (at < 0) throw new Error(`no "${prefix}" in the page`);
  return Number(text.slice(at + prefix.length, text.indexOf("]", at)));
}

/**
 * One interaction per sample: `act(page, i)` performs it (outside the timed
 * interval, which the trigger event starts), `expect(i)` is the text it must
 * produce.
 */
async function interactions(browser, task, { trigger, ready, act, expect }) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  page.on("pageerror", (err) => console.error(`[${task.name}] page error: ${err.message}`));
  await page.goto(task.url);
  await page.evaluate((text) => window.__bench.loaded(text), ready);
  const samples = { dom: [], paint: [] };
  try {
    for (let i = 0; i < task.warmup + task.runs; i++) {
      const want = await expect(page, i);
      await page.evaluate(([t, text]) => window.__bench.arm(t, text), [trigger, want]);
      await act(page, i);
      const ms = await page.evaluate(() => window.__bench.result());
      if (i >= task.warmup) {
        samples.dom.push(ms.dom);
        samples.paint.push(ms.paint);
      }
    }
  } finally {
    await ctx.close();
  }
  return samples;
}

/**
 * Issue #6: per size, the st.dataframe call → grid paint time (each sample
 * first clears the frame, so a new grid must appear); then the main thread's
 * JS heap (after a GC) with the last, largest frame shown.
 */
async function data(browser, task) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  page.on("pageerror", (err) => console.error(`[${task.name}] page error: ${err.message}`));
  const out = { sizes: {}, heap_mb: null, heap_detail: null };
  try {
    await page.goto(task.url);
    await page.evaluate((text) => window.__bench.loaded(text), "Shown none");
    const button = (name) => page.getByRole("button", { name, exact: true });
    for (const size of task.sizes) {
      out.sizes[size] = [];
      for (let i = 0; i < task.warmup + task.runs; i++) {
        await button("none").click();
        await page.getByText("Shown none").waitFor({ timeout: 120_000 });
        await button(size).click();
        const ms = await page.evaluate(([s, cell]) => window.__bench.gridShown(s, cell), [size, task.cell]);
        if (i >= task.warmup) out.sizes[size].push(ms);
      }
    }
    // The JS heap plus ArrayBuffer backing stores (the Arrow data lives in those).
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const use = await cdp.send("Runtime.getHeapUsage");
    out.heap_mb = (use.usedSize + (use.backingStorageSize ?? 0)) / 1048576;
    out.heap_detail = use;
  } finally {
    await ctx.close();
  }
  return out;
}

/** The numbers "cache_data = [ms] cache_resource = [ms]" of run `run` (bench/apps/cache). */
async function cacheTimes(page, run) {
  const line = page.getByText(`run = [${run}]`);
  await line.waitFor({ timeout: 300_000 });
  const text = await line.textContent();
  const num = (label) => Number(text.split(`${label} = [`)[1].split("]")[0]);
  return { data: num("cache_data"), resource: num("cache_resource") };
}

/**
 * CHECKLIST CACHE-33: cache_data / cache_resource overhead on a 1M × 4
 * DataFrame, timed by the script itself: each sample clears the caches (a
 * miss) and then reruns (a hit).
 */
async function cache(browser, task) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  page.on("pageerror", (err) => console.error(`[${task.name}] page error: ${err.message}`));
  const out = { data_miss: [], data_hit: [], resource_miss: [], resource_hit: [] };
  try {
    await page.goto(task.url);
    let run = 1;
    await cacheTimes(page, run);
    for (let i = 0; i < task.warmup + task.runs; i++) {
      await page.getByRole("button", { name: "Clear caches", exact: true }).click();
      const miss = await cacheTimes(page, ++run);
      await page.getByRole("button", { name: "Again", exact: true }).click();
      const hit = await cacheTimes(page, ++run);
      if (i < task.warmup) continue;
      out.data_miss.push(miss.data);
      out.resource_miss.push(miss.resource);
      out.data_hit.push(hit.data);
      out.resource_hit.push(hit.resource);
    }
  } finally {
    await ctx.close();
  }
  return out;
}

const BENCHES = {
  startup,
  data,
  cache,
  click: (browser, task) =>
    interactions(browser, task, {
      trigger: "click",
      ready: task.ready,
      act: (page) => page.getByRole("button", { name: task.button }).click(),
      expect: async (page) => `${task.prefix}${(await readCounter(page, task.prefix)) + 1}]`,
    }),
  type: (browser, task) =>
    interactions(browser, task, {
      trigger: "keydown",
      ready: task.ready,
      act: async (page, i) => {
        const box = page.getByRole("textbox");
        await box.fill(`abc${i}`);
        await box.press("Enter");
      },
      expect: async (_page, i) => `${task.prefix}abc${i}]`,
    }),
};

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const plan = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const browser = await chromium.launch({ executablePath: plan.chromium, args: FLAGS });
  const version = browser.version();
  const results = {};
  try {
    for (const task of plan.tasks) {
      const bench = BENCHES[task.kind];
      if (!bench) throw new Error(`unknown benchmark kind ${task.kind}`);
      console.error(`bench: ${task.name} ...`);
      results[task.name] = await bench(browser, task);
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify({ browser: version, results }) + "\n");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
