// The registries of every renderer; see Note [Registries] in render.tsx.
// A kind missing here (or a renderer typed for the wrong kind) fails tsc.
//
// Renderers most apps never draw load on first use (Note [Lazy renderers] in
// lazy.tsx): their modules are referenced here only by type and by `import()`.

import { chartRenderers } from "./elements/charts";
import type { chatRenderers } from "./elements/chat";
import { choiceRenderers } from "./elements/choices";
import type { customComponentRenderers } from "./elements/custom_component";
import { dataRenderers } from "./elements/data";
import type { dialogRenderers } from "./elements/dialog";
import { formBlockRenderers, formElementRenderers } from "./elements/form";
import type { iframeRenderers } from "./elements/iframe";
import { inputRenderers } from "./elements/inputs";
import { layoutRenderers } from "./elements/layout";
import type { mediaRenderers } from "./elements/media";
import type { pageLinkRenderers } from "./elements/pagelink";
import type { pickerRenderers } from "./elements/pickers";
import { sliderRenderers } from "./elements/sliders";
import { statusRenderers } from "./elements/status";
import { textRenderers } from "./elements/text";
import { uploadRenderers } from "./elements/uploads";
import { lazyRenderers } from "./lazy";
import type { BlockRegistry, ElementRegistry, Registries } from "./render";
import "./chrome/pages.css"; // page_link's, which loads lazily

const pickers = lazyRenderers<typeof pickerRenderers>(
  "the date, time and colour pickers",
  () => import("./elements/pickers").then((m) => m.pickerRenderers),
  ["date_input", "time_input", "color_picker", "button_group"],
);
const chat = lazyRenderers<typeof chatRenderers>(
  "the chat input",
  () => import("./elements/chat").then((m) => m.chatRenderers),
  ["chat_input", "feedback"],
);
const media = lazyRenderers<typeof mediaRenderers>(
  "the image and media elements",
  () => import("./elements/media").then((m) => m.mediaRenderers),
  ["image_list", "media", "logo"],
);
const pageLink = lazyRenderers<typeof pageLinkRenderers>(
  "st.page_link",
  () => import("./elements/pagelink").then((m) => m.pageLinkRenderers),
  ["page_link"],
);
const iframe = lazyRenderers<typeof iframeRenderers>(
  "the iframe element",
  () => import("./elements/iframe").then((m) => m.iframeRenderers),
  ["iframe"],
);
const customComponent = lazyRenderers<typeof customComponentRenderers>(
  "the custom component host",
  () => import("./elements/custom_component").then((m) => m.customComponentRenderers),
  ["custom_component"],
);
const dialog = lazyRenderers<typeof dialogRenderers>(
  "st.dialog",
  () => import("./elements/dialog").then((m) => m.dialogRenderers),
  ["dialog"],
);

const elements: ElementRegistry = {
  ...textRenderers,
  ...statusRenderers,
  ...inputRenderers,
  ...formElementRenderers,
  ...choiceRenderers,
  ...sliderRenderers,
  ...pickers,
  ...dataRenderers,
  ...uploadRenderers,
  ...chat,
  ...pageLink,
  ...iframe,
  ...customComponent,
  ...chartRenderers,
  ...media,
};
const blocks: BlockRegistry = { ...layoutRenderers, ...formBlockRenderers, ...dialog };

export const registries: Registries = { elements, blocks };
