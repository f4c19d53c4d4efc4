// st.set_page_config: the document title and favicon; and the theme
// (theme.ts), which config.toml and Settings set.

import { effect } from "@preact/signals";
import type { Session } from "../session";
import { mountPasswordGate } from "./passwordGate";
import { driveTheme } from "./theme";

function faviconHref(icon: string): string {
  if (/^(https?:|data:|\/|\.)/.test(icon)) return icon;
  // An emoji: drawn as an SVG so it works as a favicon.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export function drivePageConfig(session: Session): void {
  driveTheme(session);
  mountPasswordGate(session);
  const initialTitle = document.title;
  effect(() => {
    const cfg = session.pageConfig.value;
    // Without a page_title, a multipage app's tab shows the page's title (MPA-13).
    const page = session.pages.currentPage.value;
    document.title = cfg.title ?? page?.label ?? initialTitle;
    const icon = cfg.icon ?? (page?.icon && !page.icon.startsWith(":material/") ? page.icon : null);
    if (icon) {
      let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      if (!link) {
        link = document.createElement("link");
        link.rel = "icon";
        document.head.appendChild(link);
      }
      link.href = faviconHref(icon);
    }
  });
}
