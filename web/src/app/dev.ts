// `wasmlit run`, the page's side (Note [Run on save] in web/src/worker/dev.ts):
// only a page served by the dev server has the wasmlit-dev meta tag.
import type { Channel } from "./channel";

export function installDevReload(channel: Channel, rerun: () => void): void {
  const meta = document.querySelector('meta[name="wasmlit-dev"]');
  if (!meta) return;
  let argv: unknown = [];
  try {
    argv = (JSON.parse(meta.getAttribute("content") ?? "{}") as { argv?: unknown }).argv ?? [];
  } catch {
    argv = [];
  }
  channel.post({ type: "dev", argv });
  const events = new EventSource(new URL("__wasmlit__/events", document.baseURI));
  events.addEventListener("change", (ev: MessageEvent<string>) => {
    channel.post({ type: "dev-files", files: JSON.parse(ev.data) as unknown });
    rerun();
  });
}
