// Multipage apps on a static host: the page and st.query_params live in the
// URL's hash, `#/<url path>?<query>` (Note [Page addressing] in
// py/wasmlit/pages.py). Every Rerun carries the route; Python answers with a
// Navigation (the pages, the page that runs) and QueryString messages.
//
// Note [Route history]
// ~~~~~~~~~~~~~~~~~~~~
// A page chosen here (the navigation, st.page_link) or by the script
// (st.switch_page) is pushed onto the history, so Back and Forward move
// between pages; each move (popstate/hashchange) reruns on the page the URL
// names. A page that was not found is replaced by the default page (it is not
// kept in the history), and a query change only replaces the URL (no reload,
// no history entry), as Streamlit does.

import { computed, signal } from "@preact/signals";
import type { BackMsg, Navigation, NavPage, QueryString } from "../protocol.gen";

export interface Route {
  readonly page: string;
  readonly query: string;
}

/** `#/page?query` (or `#page?query`, or nothing) as a route. */
export function parseHash(hash: string): Route {
  let h = hash.startsWith("#") ? hash.slice(1) : hash;
  if (h.startsWith("/")) h = h.slice(1);
  const q = h.indexOf("?");
  const raw = (q >= 0 ? h.slice(0, q) : h).replace(/\/+$/, "");
  let page = raw;
  try {
    page = decodeURIComponent(raw);
  } catch {
    // A malformed escape: keep the text as typed (it names no page).
  }
  return { page, query: q >= 0 ? h.slice(q + 1) : "" };
}

/** The hash for a route: none for the default page without a query. */
export function formatHash(route: Route): string {
  if (route.page === "" && route.query === "") return "";
  return `#/${encodeURIComponent(route.page)}${route.query ? `?${route.query}` : ""}`;
}

/** Where the route is kept: the window's location and history (a stub in tests). */
export interface Locator {
  hash(): string;
  write(hash: string, push: boolean): void;
}

export const windowLocator: Locator = {
  hash: () => (typeof location === "undefined" ? "" : location.hash),
  write(hash, push) {
    const url = `${location.pathname}${location.search}${hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  },
};

function samePage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export class Pages {
  /** The app's pages and the one running (null: a one-page app). */
  readonly nav = signal<Navigation | null>(null);
  /** The page running now, as the navigation lists it (its label is the tab's title). */
  readonly currentPage = computed<NavPage | null>(() => {
    const nav = this.nav.value;
    if (!nav) return null;
    const current = nav.current.toLowerCase();
    return nav.pages.find((p) => p.url_path.toLowerCase() === current) ?? null;
  });
    /** Streamlit's "Page not found" dialog: the page asked for ("" under st.navigation). */
  readonly notFound = signal<string | null>(null);
  private route: Route;

  constructor(private readonly locator: Locator) {
    this.route = parseHash(locator.hash());
  }

  get current(): Route {
    return this.route;
  }

  /** A Rerun with the route in it (every rerun names its page and query). */
  stamp(msg: BackMsg): BackMsg {
    if (msg.type !== "rerun") return msg;
    return { ...msg, page: this.route.page, query_string: this.route.query };
  }

  handle(msg: Navigation | QueryString): void {
    if (msg.type === "query_string") {
      if (msg.query_string === this.route.query) return;
      this.route = { page: this.route.page, query: msg.query_string };
      this.locator.write(formatHash(this.route), false);
      return;
    }
    this.nav.value = msg;
    if (msg.not_found !== null) this.notFound.value = msg.not_found;
    if (msg.not_found !== null || !samePage(msg.current, this.route.page)) {
      const push = msg.not_found === null;
      this.route = { page: msg.current, query: this.route.query };
      this.locator.write(formatHash(this.route), push);
    }
  }

  /** The user chose a page (navigation, st.page_link): the caller reruns. */
  go(page: string): void {
    this.notFound.value = null;
    this.route = { page, query: "" };
    this.locator.write(formatHash(this.route), true);
  }

  /** The URL changed (Back, Forward, an edited hash): whether to rerun. */
  sync(): boolean {
    const next = parseHash(this.locator.hash());
    if (samePage(next.page, this.route.page) && next.query === this.route.query) return false;
    this.route = next;
    return true;
  }

  /** Whether the route names a page or a query (the first run must be told). */
  get addressed(): boolean {
    return this.route.page !== "" || this.route.query !== "";
  }
}

/*
 * Note [URL navigation]
 * ~~~~~~~~~~~~~~~~~~~~~
 * Streamlit keeps st.session_state when the visitor moves with the app's own
 * navigation (the sidebar, st.page_link, st.switch_page) and starts a NEW
 * session when they navigate by URL: a typed address or a markdown link loads
 * the page afresh (CHECKLIST SS-12, MPA-35). Here every page lives in the
 * hash, so none of these reload the page; the Navigation API tells them
 * apart instead. Our own moves use history.pushState, which fires no
 * hashchange; Back and Forward are "traverse" navigations (Streamlit's are
 * client-side too, and keep the session); any other hash change (a typed
 * address, a link to `#/page`, `location.hash = ...`) reruns with
 * `new_session`, and the worker drops the session's state but keeps the
 * caches, which sessions share. A browser without the Navigation API keeps
 * the session on every hash change.
 */

interface NavigateEventLike extends Event {
  readonly navigationType: "push" | "replace" | "reload" | "traverse";
}

/** Back/Forward and edited hashes rerun on the page the URL names; see Note [URL navigation]. */
export function installRouting(pages: Pages, rerun: () => void, newSession: () => void): void {
  const navigation = (window as { navigation?: EventTarget }).navigation;
  let traverse = true;
  navigation?.addEventListener("navigate", (e) => {
    traverse = (e as NavigateEventLike).navigationType === "traverse";
  });
  const onChange = (): void => {
    if (!pages.sync()) return;
    if (navigation && !traverse) newSession();
    else rerun();
  };
  window.addEventListener("popstate", onChange);
  window.addEventListener("hashchange", onChange);
}
