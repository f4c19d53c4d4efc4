// st.page_link (stPageLink): a link to a page of the app (it runs that page,
// Note [Route history] in routing.ts) or to an external http(s) URL (a new tab).

import type { JSX } from "preact";
import { NavIcon } from "../chrome/NavIcon";
import { formatHash } from "../routing";
import { useSession, type ElementProps, type ElementRegistry } from "../render";
import { Help, MarkdownHtml } from "./common";
import { safeLinkUrl } from "./inputs";
import "../chrome/pages.css";

function PageLinkEl({ el }: ElementProps<"page_link">): JSX.Element {
  const session = useSession();
  const nav = session.pages.nav.value;
  const active = !el.external && nav !== null && nav.current.toLowerCase() === el.page.toLowerCase();
  const href = el.disabled ? null : el.external ? safeLinkUrl(el.page) : formatHash({ page: el.page, query: "" }) || "#/";
  return (
    <div class="wl-page-link" data-testid="stPageLink" data-width={el.use_container_width ? "full" : undefined}>
      <a
        data-testid="stPageLink-NavLink"
        href={href ?? undefined}
        target={el.external ? "_blank" : undefined}
        rel={el.external ? "noopener noreferrer" : undefined}
        aria-disabled={el.disabled || href === null ? "true" : undefined}
        aria-current={active ? "page" : undefined}
        onClick={(e) => {
          if (el.external || el.disabled) return;
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          session.goToPage(el.page);
        }}
      >
        <NavIcon icon={el.icon} />
        <MarkdownHtml body={el.label} inline tag="span" testid="stMarkdownContainer" />
      </a>
      <Help text={el.help} />
    </div>
  );
}

export const pageLinkRenderers = {
  page_link: PageLinkEl,
} satisfies Partial<ElementRegistry>;
