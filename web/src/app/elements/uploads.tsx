// st.file_uploader and st.camera_input: the renderers live in uploads_view.tsx,
// a chunk of its own loaded when the first one is drawn (they are rare, and
// the main bundle has a size budget: Note [Lazy charts] in charts.tsx does
// the same). Their CSS stays in the main stylesheet.

import { signal } from "@preact/signals";
import type { JSX } from "preact";
import type { ElementKind } from "../../protocol.gen";
import type { ElementProps, ElementRegistry } from "../render";
import "./uploads.css";

type View = typeof import("./uploads_view");
const view = signal<View | null>(null);
let loading: Promise<void> | null = null;

function load(): void {
  loading ??= import("./uploads_view").then(
    (m) => {
      view.value = m;
    },
    (e: unknown) => console.error("wasmlit: could not load the upload widgets", e),
  );
}

/** A placeholder with the widget's test id until the chunk has loaded. */
function Pending({ testid }: { testid: string }): JSX.Element {
  return <div class={testid === "stCameraInput" ? "wl-camera" : "wl-upload"} data-testid={testid} aria-busy="true" />;
}

function lazy<K extends ElementKind>(testid: string, pick: (v: View) => (props: ElementProps<K>) => JSX.Element) {
  return (props: ElementProps<K>): JSX.Element => {
    const v = view.value;
    if (!v) {
      load();
      return <Pending testid={testid} />;
    }
    const R = pick(v);
    return <R {...props} />;
  };
}

export const uploadRenderers: Pick<ElementRegistry, "file_uploader" | "camera_input"> = {
  file_uploader: lazy<"file_uploader">("stFileUploader", (v) => v.FileUploaderEl),
  camera_input: lazy<"camera_input">("stCameraInput", (v) => v.CameraInputEl),
};
