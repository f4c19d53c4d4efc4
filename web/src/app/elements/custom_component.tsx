// A `components.declare_component(name, path=...)` component: its
// index.html (copied into the bundle by the build) in a sandboxed iframe that
// speaks Streamlit's component protocol over postMessage (CHECKLIST COMP-23):
//
//   iframe -> page  {isStreamlitMessage: true, type: "streamlit:componentReady", apiVersion}
//                   {isStreamlitMessage: true, type: "streamlit:setComponentValue", value, dataType}
//                   {isStreamlitMessage: true, type: "streamlit:setFrameHeight", height}
//   page -> iframe  {type: "streamlit:render", args, dfs: [], disabled, theme}
//
// Only messages whose source is this iframe's window count. The page sends
// `render` after componentReady and again whenever the args or the theme
// change. A value sets the widget and reruns, as any widget change does.

import type { JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { WidgetValue } from "../session";
import { componentTheme, themeChoice } from "../chrome/theme";
import { useSession, type ElementProps, type ElementRegistry } from "../render";

const SANDBOX = "allow-scripts allow-same-origin allow-forms allow-popups allow-downloads";

interface ComponentMessage {
  readonly isStreamlitMessage?: unknown;
  readonly type?: unknown;
  readonly value?: unknown;
  readonly height?: unknown;
}

function CustomComponentEl({ el }: ElementProps<"custom_component">): JSX.Element {
  const session = useSession();
  const frame = useRef<HTMLIFrameElement>(null);
  const ready = useRef(false);
  const [height, setHeight] = useState<number | null>(null);
  // Read the signals so a theme change re-renders (and re-sends render).
  const themeKey = `${String(themeChoice.value)}|${JSON.stringify(session.appConfig.value.theme)}`;
  const argsKey = JSON.stringify(el.args);
  const latest = useRef({ args: el.args, id: el.id });
  latest.current = { args: el.args, id: el.id };

  const sendRender = (): void => {
    const win = frame.current?.contentWindow;
    if (!win || !ready.current) return;
    win.postMessage(
      { type: "streamlit:render", args: latest.current.args, dfs: [], disabled: false, theme: componentTheme() },
      "*",
    );
  };

  useEffect(() => {
    const onMessage = (ev: MessageEvent<unknown>): void => {
      const win = frame.current?.contentWindow;
      if (!win || ev.source !== win) return;
      const msg = ev.data as ComponentMessage | null;
      if (typeof msg !== "object" || msg === null || msg.isStreamlitMessage !== true) return;
      switch (msg.type) {
        case "streamlit:componentReady":
          ready.current = true;
          sendRender();
          break;
        case "streamlit:setComponentValue":
          if (msg.value !== undefined) session.change(latest.current.id, msg.value as WidgetValue);
          break;
        case "streamlit:setFrameHeight":
          if (typeof msg.height === "number" && Number.isFinite(msg.height)) setHeight(Math.max(0, msg.height));
          break;
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  useEffect(sendRender, [argsKey, themeKey]);

  return (
    <iframe
      ref={frame}
      class="wl-iframe"
      data-testid="stCustomComponentV1"
      title={el.name}
      src={el.url}
      sandbox={SANDBOX}
      allow="clipboard-write"
      height={height ?? undefined}
      style={{ width: "100%", border: "none", display: "block", height: height === null ? undefined : `${height}px` }}
    />
  );
}

export const customComponentRenderers = {
  custom_component: CustomComponentEl,
} satisfies Partial<ElementRegistry>;
