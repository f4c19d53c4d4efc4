// The page's entry point: the session, the worker channel, the renderer.

import { render } from "preact";
import type { BackMsg } from "../protocol.gen";
import { openChannel, type Channel } from "./channel";
import { installDevReload } from "./dev";
import { installEmbed } from "./embed";
import { App } from "./chrome/App";
import { driveBootScreen } from "./chrome/bootScreen";
import { drivePageConfig } from "./chrome/pageConfig";
import { installShortcuts } from "./chrome/shortcuts";
import { registries } from "./registry";
import { loadMarkdown } from "./markdown_lazy";
import { installRouting } from "./routing";
import { Session } from "./session";
import "./styles.css";

void loadMarkdown().catch(() => undefined); // Note [Lazy markdown]: beside Pyodide, not before it.

let channel: Channel | null = null;
const session = new Session((msg: BackMsg) => channel?.send(msg));
driveBootScreen(session);
drivePageConfig(session);
installShortcuts(session);
installRouting(
  session.pages,
  () => session.rerun(),
  () => session.newSession(),
);

const root = document.getElementById("root");
if (root) render(<App session={session} registries={registries} />, root);

channel = openChannel(
  (msg) => session.handle(msg),
  (message, detail) => session.fail(message, detail),
);
session.announceRoute();
installDevReload(channel, session);
installEmbed(); // Note [Embedding] in embed.ts
