// st.components.v1.html and st.components.v1.iframe (stIFrame). HTML runs in
// a sandbox without allow-same-origin: its scripts work but live in an opaque
// origin, so they cannot read or drive the app's page. An iframe URL must be
// http(s).

import type { JSX } from "preact";
import type { ElementProps, ElementRegistry } from "../render";
import { urlWithScheme } from "./common";

const SANDBOX = "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-scripts allow-downloads";

function IFrameEl({ el }: ElementProps<"iframe">): JSX.Element {
  const src = el.src === null ? null : urlWithScheme(el.src, ["http:", "https:"]);
  return (
    <iframe
      class="wl-iframe"
      data-testid="stIFrame"
      title="st.iframe"
      srcdoc={el.srcdoc ?? undefined}
      src={src ?? (el.srcdoc === null ? "about:blank" : undefined)}
      sandbox={el.srcdoc !== null ? SANDBOX : `${SANDBOX} allow-same-origin`}
      width={el.width ?? undefined}
      height={el.height ?? undefined}
      scrolling={el.scrolling ? "auto" : "no"}
      style={{ width: el.width === null ? "100%" : `${el.width}px`, border: "none", display: "block" }}
    />
  );
}

export const iframeRenderers = {
  iframe: IFrameEl,
} satisfies Partial<ElementRegistry>;
