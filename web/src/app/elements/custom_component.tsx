// A `components.declare_component(name, path=...)` component: its
// index.html (copied into the bundle by the build) in a sandboxed iframe that
// speaks Streamlit's component protocol over postMessage (CHECKLIST COMP-23):
//
//   iframe -> page  {isStreamlitMessage: true, type: "streamlit:componentReady", apiVersion}
//                   {isStreamlitMessage: true, type: "streamlit:setComponentValue", value, dataType}
//                   {isStreamlitMessage: true, type: "streamlit:setFrameHeight", height}
//   page -> iframe  {type: "streamlit:render", args, dfs, disabled, theme}
//
// Only messages whose source is this iframe's window count. The page sends
// `render` after componentReady and again whenever the args, the theme or the
// iframe's width change (streamlit-component-lib's React wrapper passes
// `window.innerWidth` as the `width` prop only when a render arrives, so a
// resize must re-send it, as Streamlit does). A componentReady whose
// apiVersion is not 1 shows Streamlit's error in place of the iframe.
// `disabled` is always false: Streamlit disables components only while the
// page has lost its server, and ours cannot (a dead runtime is a fatal
// screen). playwright/components_react.spec.ts runs the real library against
// all of this (COMP-13).
//
// A value sets the widget and reruns, as any widget change does
// (only its fragment when the component is in one: Session.change, COMP-19).
// Streamlit does not debounce these values, nor do we (COMP-14): a component
// that sends on every keystroke or mouse move reruns the script each time and
// must rate-limit itself.
//
// Values may be JSON, an ArrowTable ("dataframe") or bytes (COMP-07, Note
// [Component values] in py/wasmlit/components/v1.py).
//
// Data arguments (COMP-06, Note [Component data arguments] in
// py/wasmlit/components/v1.py) go in `dfs` as Streamlit's frontend sends them,
// `{key, value: {data: {data, index, columns}}}` (Arrow IPC streams), which
// streamlit-component-lib turns into ArrowTables in `args` (with `styler` for
// a pandas Styler); bytes arguments
// are Uint8Arrays in `args`. The theme (COMP-15/16) has the [theme] option
// names and `base`.

import type { JSX } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { CustomComponent } from "../../protocol.gen";
import type { WidgetValue } from "../session";
import { componentTheme, themeChoice } from "../chrome/theme";
import { useSession, type ElementProps, type ElementRegistry } from "../render";
import { MarkdownHtml } from "./common";
import { useComponentSrc } from "./component_files";

const SANDBOX = "allow-scripts allow-same-origin allow-forms allow-popups allow-downloads";
/** Streamlit's COMPONENT_READY_WARNING_TIME_MS: how long a component may take to send componentReady. */
export const READY_WARNING_MS = 60_000;
const DOCS = "https://docs.streamlit.io/develop/concepts/custom-components";
const FORUMS = "https://discuss.streamlit.io";

/**
 * Streamlit's warning (markdown) for a component that has not sent
 * componentReady in time: its files did not load (path=), or the dev server
 * is not running (url=, COMP-20).
 */
export function lateMessage(name: string, url: string): string {
  const help = `For more troubleshooting help, please see the [Streamlit Component docs](${DOCS}) or visit our [forums](${FORUMS}).`;
  if (!/^https?:/i.test(url)) {
    return `Your app is having trouble loading the **${name}** component.\n\nIf this is an installed component that works locally, the app may be having trouble accessing the component frontend assets due to network latency or proxy settings in your app deployment.\n\n${help}`;
  }
  return `Your app is having trouble loading the **${name}** component.\nThe app is attempting to load the component from **${url}**,\nand hasn't received its \`Streamlit.setComponentReady()\` message.\n\nIf this is a development build, have you started the dev server?\n\n${help}`;
}

interface ComponentMessage {
  readonly isStreamlitMessage?: unknown;
  readonly type?: unknown;
  readonly value?: unknown;
  readonly dataType?: unknown;
  readonly height?: unknown;
  readonly apiVersion?: unknown;
}

/** The `streamlit:render` message for a component element (see the top of this file). */
export function renderMessage(el: CustomComponent, theme: ReturnType<typeof componentTheme>): Record<string, unknown> {
  const args: Record<string, unknown> = { ...(el.args as Record<string, unknown>) };
  for (const b of el.bytes_args) args[b.key] = b.data;
  const dfs = el.dfs.map((d) => {
    const table: Record<string, unknown> = { data: d.data, index: d.index, columns: d.columns };
    // A Styler's styling under the protobuf's field names, as the library's ArrowTable reads them.
    if (d.styler) table["styler"] = { uuid: d.styler.uuid, caption: d.styler.caption, styles: d.styler.styles, displayValues: d.styler.display_values };
    return { key: d.key, value: { data: table } };
  });
  return { type: "streamlit:render", args, dfs, disabled: false, theme };
}

function bytesOf(v: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (v instanceof ArrayBuffer) return new Uint8Array(v.slice(0));
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength)) as Uint8Array<ArrayBuffer>;
  return undefined;
}

/**
 * The widget value for a `setComponentValue` (Note [Component values] in
 * py/wasmlit/components/v1.py): JSON as it is; a serialized ArrowTable
 * ("dataframe") or bytes tagged, their Uint8Arrays travelling beside the
 * JSON; undefined for a value of that kind that is malformed.
 */
export function componentValue(value: unknown, dataType: unknown): WidgetValue | undefined {
  if (dataType === "bytes") {
    const data = bytesOf(value);
    return data && ({ $component: "bytes", data } as unknown as WidgetValue);
  }
  if (dataType === "dataframe") {
    const t = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
    const [data, index, columns] = [bytesOf(t["data"]), bytesOf(t["index"]), bytesOf(t["columns"])];
    if (!data || !index || !columns) return undefined;
    return { $component: "dataframe", data, index, columns } as unknown as WidgetValue;
  }
  return value as WidgetValue;
}

/**
 * Streamlit's `streamlitUrl` query parameter on a component's address: the
 * page's origin and path, which some components read to find the app (e.g. as
 * a postMessage target origin). Left off where the page has no http(s) origin
 * (opened from file://) and for a single file's blob: frame: `new URL()` of
 * what Streamlit would send there throws inside such a component.
 */
export function withStreamlitUrl(src: string, page: { protocol: string; origin: string; pathname: string }): string {
  if (!/^https?:$/.test(page.protocol) || /^(blob|data):/.test(src)) return src;
  const hash = src.indexOf("#");
  const [path, fragment] = hash < 0 ? [src, ""] : [src.slice(0, hash), src.slice(hash)];
  const param = `streamlitUrl=${encodeURIComponent(page.origin + page.pathname)}`;
  return `${path}${path.includes("?") ? "&" : "?"}${param}${fragment}`;
}

/**
 * The frame's height before the component sets one, as Streamlit: the call's
 * `height` argument (a number or a numeric string, as st.pdf sends), else
 * null: a frame of height 0 under a loading skeleton until componentReady.
 */
export function initialHeight(args: unknown): number | null {
  const h = typeof args === "object" && args !== null ? (args as Record<string, unknown>)["height"] : undefined; // cast: reading one key, checked below
  const n = typeof h === "number" ? h : typeof h === "string" && h.trim() !== "" ? Number(h) : Number.NaN;
  return Number.isFinite(n) ? Math.max(0, n) : null;
}

function CustomComponentEl({ el }: ElementProps<"custom_component">): JSX.Element {
  const session = useSession();
  const frame = useRef<HTMLIFrameElement>(null);
  const ready = useRef(false);
  const [height, setHeight] = useState<number | null>(() => initialHeight(el.args));
  const [shownReady, setShownReady] = useState(false); // ready.current, for drawing the skeleton
  const [width, setWidth] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [late, setLate] = useState(false);
  const loaded = useComponentSrc(el.url);
  const src = loaded === undefined ? undefined : withStreamlitUrl(loaded, location);
  // Read the signals so a theme change re-renders (and re-sends render).
  const themeKey = `${String(themeChoice.value)}|${JSON.stringify(session.appConfig.value.theme)}`;
  const argsKey = JSON.stringify(el.args);
  const latest = useRef({ el, id: el.id });
  latest.current = { el, id: el.id };

  const sendRender = (): void => {
    const win = frame.current?.contentWindow;
    if (!win || !ready.current) return;
    win.postMessage(renderMessage(latest.current.el, componentTheme()), "*");
  };

  // A layout effect, so the listener is there before the iframe can answer: a
  // useEffect runs after paint, and a cached or blob: frame may send
  // componentReady sooner, which would be lost (the component never renders).
  useLayoutEffect(() => {
    const onMessage = (ev: MessageEvent<unknown>): void => {
      const win = frame.current?.contentWindow;
      if (!win || ev.source !== win) return;
      const msg = ev.data as ComponentMessage | null;
      if (typeof msg !== "object" || msg === null || msg.isStreamlitMessage !== true) return;
      switch (msg.type) {
        case "streamlit:componentReady":
          if (msg.apiVersion !== 1) {
            setError(`Unrecognized component API version: '${String(msg.apiVersion)}'`);
            break;
          }
          ready.current = true;
          setShownReady(true);
          setLate(false);
          sendRender();
          break;
        case "streamlit:setComponentValue":
          if (!ready.current) {
            console.warn(`Got ${msg.type} before streamlit:componentReady!`); // ignored, as by Streamlit
          } else if (msg.value !== undefined) {
            const value = componentValue(msg.value, msg.dataType);
            if (value !== undefined) session.change(latest.current.id, value);
          }
          break;
        case "streamlit:setFrameHeight":
          if (!ready.current) console.warn(`Got ${msg.type} before streamlit:componentReady!`);
          else if (typeof msg.height === "number" && Number.isFinite(msg.height)) setHeight(Math.max(0, msg.height));
          break;
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  useEffect(() => {
    const iframe = frame.current;
    if (!iframe || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => setWidth(Math.round(entries[0]?.contentRect.width ?? 0)));
    observer.observe(iframe);
    return () => observer.disconnect();
  }, [error]);

  useEffect(sendRender, [argsKey, el.dfs, el.bytes_args, themeKey, width]);

  useEffect(() => {
    const timer = setTimeout(() => setLate(!ready.current), READY_WARNING_MS);
    return () => clearTimeout(timer);
  }, [el.url]);

  if (error !== null) {
    return (
      <div class="wl-alert" data-testid="stAlert" data-level="error">
        <div class="wl-alert-box" data-testid="stAlertContainer" role="alert">
          <div class="wl-alert-body" data-testid="stAlertContentError">
            <strong>Error: </strong>
            {error}
          </div>
        </div>
      </div>
    );
  }
  return (
    <>
      {late ? (
        <div class="wl-alert" data-testid="stAlert" data-level="warning">
          <div class="wl-alert-box" data-testid="stAlertContainer" role="alert">
            <MarkdownHtml body={lateMessage(el.name, el.url)} class="wl-alert-body wl-md" testid="stAlertContentWarning" />
          </div>
        </div>
      ) : null}
      {!shownReady && !late && height !== 0 ? (
        // Streamlit's loading skeleton until componentReady (its minElementHeight when no height is given).
        <div
          data-testid="stSkeleton"
          aria-hidden="true"
          style={{ height: height === null ? "2.5rem" : `${height}px`, background: "var(--wl-bg2)", borderRadius: "var(--wl-radius)" }}
        />
      ) : null}
      <iframe
        ref={frame}
        class="wl-iframe"
        data-testid="stCustomComponentV1"
        title={el.name}
        src={src /* a blob: URL in a single file: Note [Single-file components] */}
        sandbox={SANDBOX}
        allow="clipboard-write"
        height={height ?? 0}
        style={{ width: "100%", border: "none", display: "block", height: `${height ?? 0}px` }}
      />
    </>
  );
}

export const customComponentRenderers = {
  custom_component: CustomComponentEl,
} satisfies Partial<ElementRegistry>;
