// The app frame: stApp with the sidebar, the centered (or wide) main column,
// the bottom and event roots, the status widget, and the fatal screen.

import type { JSX } from "preact";
import { RegistryContext, RootView, SessionContext, type Registries } from "../render";
import type { Session } from "../session";
import type { TreeNode } from "../tree";
import { FatalScreen } from "./Fatal";
import { MainMenu } from "./MainMenu";
import { PageNotFound } from "./PageNotFound";
import { Sidebar } from "./Sidebar";
import { StatusWidget } from "./StatusWidget";
import { wideMode } from "./theme";

function Root({ node }: { node: TreeNode }): JSX.Element | null {
  const st = node.state.value;
  if (st.node !== "block" || st.block.kind !== "root") return null;
  return <RootView block={st.block} node={node} />;
}

function Frame({ session }: { session: Session }): JSX.Element {
  const fatal = session.fatal.value;
  // Settings → "Wide mode" widens even a centered app (CHROME-03).
  const layout = wideMode.value ? "wide" : session.pageConfig.value.layout;
  const tree = session.tree;
  return (
    <div
      class="wl-app"
      data-testid="stApp"
      data-layout={layout}
      data-test-script-state={session.running.value ? "running" : "notRunning"}
      data-test-run-count={session.finishedRuns.value}
    >
      {fatal ? null : <Sidebar node={tree.root("sidebar")} />}
      <section class="wl-main" data-testid="stMain">
        {fatal ? (
          <FatalScreen fatal={fatal} />
        ) : (
          <>
            <div class="wl-block-container" data-testid="stMainBlockContainer">
              <Root node={tree.root("main")} />
            </div>
            <div class="wl-bottom" data-testid="stBottom">
              <div class="wl-block-container">
                <Root node={tree.root("bottom")} />
              </div>
            </div>
          </>
        )}
      </section>
      <div class="wl-event" data-testid="stEvent">
        <Root node={tree.root("event")} />
      </div>
      <StatusWidget />
      {fatal ? null : <PageNotFound session={session} />}
      {fatal ? null : <MainMenu />}
    </div>
  );
}

export function App({ session, registries }: { session: Session; registries: Registries }): JSX.Element {
  return (
    <SessionContext.Provider value={session}>
      <RegistryContext.Provider value={registries}>
        <Frame session={session} />
      </RegistryContext.Provider>
    </SessionContext.Provider>
  );
}
