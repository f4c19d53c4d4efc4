// The sidebar navigation of a multipage app (Streamlit's stSidebarNav): one
// link per page, under its section's header; a click runs that page
// (Note [Route history] in routing.ts).

import type { JSX } from "preact";
import type { NavPage } from "../../protocol.gen";
import { formatHash } from "../routing";
import type { Session } from "../session";
import { NavIcon } from "./NavIcon";
import "./pages.css";

/**
 * Whether the sidebar shows a navigation: pages/ or st.navigation, not
 * position="hidden", not turned off by client.showSidebarNavigation (MPA-19).
 */
export function showsNavigation(session: Session): boolean {
  const nav = session.pages.nav.value;
  return (
    nav !== null && nav.position === "sidebar" && nav.pages.length > 1 && session.appConfig.value.show_sidebar_navigation
  );
}

function NavLink({ page, session, active }: { page: NavPage; session: Session; active: boolean }): JSX.Element {
  return (
    <li>
      <a
        class="wl-nav-link"
        data-testid="stSidebarNavLink"
        href={formatHash({ page: page.url_path, query: "" }) || "#/"}
        aria-current={active ? "page" : undefined}
        onClick={(e) => {
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          session.goToPage(page.url_path);
        }}
      >
        <NavIcon icon={page.icon || null} />
        <span class="wl-nav-label">{page.label}</span>
      </a>
    </li>
  );
}

export function SidebarNav({ session }: { session: Session }): JSX.Element | null {
  const nav = session.pages.nav.value;
  if (!nav || !showsNavigation(session)) return null;
  const current = nav.current.toLowerCase();
  const sections: { name: string; pages: NavPage[] }[] = [];
  for (const p of nav.pages) {
    const last = sections[sections.length - 1];
    if (last && last.name === p.section) last.pages.push(p);
    else sections.push({ name: p.section, pages: [p] });
  }
  return (
    <nav class="wl-nav" data-testid="stSidebarNav">
      <ul data-testid="stSidebarNavItems">
        {sections.map((s, i) => (
          <li key={`${i}:${s.name}`}>
            {s.name ? (
              <header class="wl-nav-section" data-testid="stNavSectionHeader">
                {s.name}
              </header>
            ) : null}
            <ul>
              {s.pages.map((p) => (
                <NavLink key={p.url_path} page={p} session={session} active={p.url_path.toLowerCase() === current} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
