// The registries of every renderer; see Note [Registries] in render.tsx.
// A kind missing here (or a renderer typed for the wrong kind) fails tsc.

import { chatRenderers } from "./elements/chat";
import { chartRenderers } from "./elements/charts";
import { choiceRenderers } from "./elements/choices";
import { dataRenderers } from "./elements/data";
import { dialogRenderers } from "./elements/dialog";
import { formBlockRenderers, formElementRenderers } from "./elements/form";
import { inputRenderers } from "./elements/inputs";
import { layoutRenderers } from "./elements/layout";
import { mediaRenderers } from "./elements/media";
import { iframeRenderers } from "./elements/iframe";
import { customComponentRenderers } from "./elements/custom_component";
import { pageLinkRenderers } from "./elements/pagelink";
import { pickerRenderers } from "./elements/pickers";
import { sliderRenderers } from "./elements/sliders";
import { statusRenderers } from "./elements/status";
import { textRenderers } from "./elements/text";
import { uploadRenderers } from "./elements/uploads";
import type { BlockRegistry, ElementRegistry, Registries } from "./render";

const elements: ElementRegistry = {
  ...textRenderers,
  ...statusRenderers,
  ...inputRenderers,
  ...formElementRenderers,
  ...choiceRenderers,
  ...sliderRenderers,
  ...pickerRenderers,
  ...dataRenderers,
  ...uploadRenderers,
  ...chatRenderers,
  ...pageLinkRenderers,
  ...iframeRenderers,
  ...customComponentRenderers,
  ...chartRenderers,
  ...mediaRenderers,
};
const blocks: BlockRegistry = { ...layoutRenderers, ...formBlockRenderers, ...dialogRenderers };

export const registries: Registries = { elements, blocks };
