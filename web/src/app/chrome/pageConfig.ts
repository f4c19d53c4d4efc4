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

const MATERIAL = /^:material\/([a-z0-9_]+):$/;

/**
 * A `:material/name:` favicon (MPA-13, MPA-14): the glyph of the bundled
 * Material Symbols font (Note [Icon font] in styles.css) drawn on a canvas,
 * once the font has loaded; a favicon cannot use the page's fonts itself.
 */
async function materialFavicon(name: string): Promise<string | null> {
  const font = '56px "Material Symbols Rounded"';
  await document.fonts.load(font, name);
  if (!document.fonts.check(font, name)) return null;
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 64;
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  ctx.font = font;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue("--wl-text").trim() || "#31333f";
  ctx.fillText(name, 32, 34);
  return canvas.toDataURL("image/png");
}

function setFavicon(href: string): void {
  let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = document.createElement("link");
    link.rel = "icon";
    document.head.appendChild(link);
  }
  link.href = href;
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
    const icon = cfg.icon ?? (page?.icon || null);
    if (!icon) return;
    const material = MATERIAL.exec(icon);
    if (!material) {
      setFavicon(faviconHref(icon));
      return;
    }
    const wanted = icon;
    void materialFavicon(material[1] ?? "").then((href) => {
      const now = session.pageConfig.peek().icon ?? (session.pages.currentPage.peek()?.icon || null);
      if (href && now === wanted) setFavicon(href); // not if the icon changed meanwhile
    }).catch(() => undefined);
  });
}
