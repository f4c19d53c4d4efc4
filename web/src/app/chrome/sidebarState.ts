// st.set_page_config(initial_sidebar_state=...): "expanded" or "collapsed"
// opens or closes the sidebar when the app asks for it (again only when the
// asked state changes, so a viewer's own toggle stays); "auto" keeps the
// default (open unless the window is narrow).

import { useContext, useEffect } from "preact/hooks";
import { SessionContext } from "../render";

export function useSidebarState(setOpen: (open: boolean) => void): void {
  const session = useContext(SessionContext);
  const want = session?.pageConfig.value.sidebar ?? "auto";
  useEffect(() => {
    if (want !== "auto") setOpen(want === "expanded");
  }, [want]);
}
