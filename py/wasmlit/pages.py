"""Multipage apps: the `pages/` folder, st.Page and st.navigation, st.switch_page,
st.page_link, and st.query_params (CHECKLIST section MPA).

Note [Page addressing]
~~~~~~~~~~~~~~~~~~~~~~
A static host serves one file, so a page is addressed by the URL's hash:
`#/<url path>?<query>` (the default page: no hash, or `#/`). The page (web/src/
app/routing.ts) sends the URL path and query in every Rerun; Python resolves the
path (case-insensitively, MPA-28) against the app's pages and answers with a
`Navigation` message naming the page that runs, which the page writes back to
the URL (a push when the script switched pages, a replace when the page asked
for was not found, MPA-09/30). `st.query_params` writes send a `QueryString`.

Two modes, as in Streamlit 1.41 (MPA-01, MPA-11):
- `pages/` mode: the entry script is the default page; each `.py` file directly
  in `pages/` is a page (named by Note [Page names]); the requested page's
  file runs instead of the entry script.
- navigation mode: once any run of the app has called st.navigation, the entry
  script always runs and is the router; `pages/` is ignored. Whether a page asked
  for exists is only known once st.navigation is called, so in `pages/` mode an
  unknown page is reported at the end of the run, unless st.navigation ran.

Widgets are keyed by page (MPA-39): the entry script's widgets use page "" (so
under st.navigation they are common to every page, MPA-06), a page's widgets
its own key. Widgets of a page that did not run are removed at the end of the
run, as all widgets not drawn are (values the script set through
st.session_state under a user key stay: Streamlit's rule).

Note [Page names]
~~~~~~~~~~~~~~~~~
A file name is `number`, `separator` (`_`, `-`, spaces), `identifier`, `.py`
(MPA-20). The URL path is the identifier with each run of spaces and
underscores made one `_` (or the number, when there is no identifier), after a
leading emoji, which becomes the icon (MPA-33). The label is the URL path with
underscores shown as spaces, leading and trailing ones dropped (MPA-21..27).
A callable's URL path is its name unmodified (MPA-26). Pages sort by number
(files without one last), then by identifier, case-insensitively (MPA-31).
"""

from __future__ import annotations

import os
import re
import sys
import types
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import parse_qsl, urlencode

from wasmlit import protocol
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import ScriptRunContext, get_script_run_ctx
from wasmlit.runtime.control import RerunException
from wasmlit.runtime.requests import RerunData

if TYPE_CHECKING:
    from wasmlit.runtime.session import AppSession

# ---------------------------------------------------------------- names

_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py$")
_EMOJI_JOINERS = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}


def _is_emoji_char(ch: str) -> bool:
    cp = ord(ch)
    if cp in _EMOJI_JOINERS or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:
        return True
    return cp >= 0x2190 and unicodedata.category(ch) in ("So", "Sk")


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """(the emoji `text` starts with, the rest after any separators)."""
    i = 0
    while i < len(text) and _is_emoji_char(text[i]):
        i += 1
    if i == 0:
        return "", text
    return text[:i], text[i:].lstrip("_ -")


def page_icon_and_name(filename: str) -> tuple[str, str]:
    """(icon, URL path) of a page file, by Note [Page names]."""
    m = _FILENAME.search(os.path.basename(filename))
    if m is None:
        return "", ""
    name = re.sub(r"[_ ]+", "_", m.group(2)).strip() or m.group(1)
    return extract_leading_emoji(name)


def page_sort_key(filename: str) -> tuple[float, str]:
    m = _FILENAME.search(os.path.basename(filename))
    if m is None:
        return float("inf"), ""
    number, label = m.group(1), m.group(2).lower()
    return (float(number) if number else float("inf")), label


def label_of(name: str) -> str:
    """The navigation label for a URL path or callable name (MPA-21)."""
    return " ".join(name.replace("_", " ").split())


# ---------------------------------------------------------------- st.Page


class StreamlitPage:
    """What st.Page makes: a page of st.navigation (MPA-12..16)."""

    def __init__(self, page: str | Path | Callable[[], None], *, title: str | None = None,
                 icon: str | None = None, url_path: str | None = None,
                 default: bool = False) -> None:
        inferred_name = ""
        inferred_icon = ""
        self._path: str | None = None
        self._func: Callable[[], None] | None = None
        if isinstance(page, (str, Path)):
            path = os.path.realpath(os.path.join(_main_dir(), str(page)))
            if not os.path.isfile(path):
                raise StreamlitAPIException(
                    f"Unable to create Page. The file `{os.path.basename(path)}` could not be found."
                )
            inferred_icon, inferred_name = page_icon_and_name(path)
            self._path = path
        elif callable(page):
            inferred_name = getattr(page, "__name__", "")
            self._func = page
        else:
            raise StreamlitAPIException(
                f"Invalid page type: {type(page)}. Must be either a string path, "
                "a pathlib.Path, or a callable function."
            )
        if not title and not inferred_name:
            raise StreamlitAPIException(
                "Cannot infer page title for Callable. Set the `title=` keyword argument."
            )
        self._title = title or label_of(inferred_name)
        if self._title.strip() == "":
            raise StreamlitAPIException(
                "The title of the page cannot be empty or consist of underscores/spaces only"
            )
        self._icon = (validate_icon_or_emoji(icon) if icon else None) or inferred_icon  # MPA-14
        self._url_path = inferred_name
        self._default = bool(default)
        if url_path is not None:
            if url_path.strip() == "" and not default:
                raise StreamlitAPIException(
                    "The URL path cannot be an empty string unless the page is the default page."
                )
            self._url_path = url_path.strip("/")
            if "/" in self._url_path:
                raise StreamlitAPIException(
                    "The URL path cannot contain a nested path (e.g. foo/bar)."
                )
        self._can_be_called = False

    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def url_path(self) -> str:
        """"" for the default page (it sits at the app's root URL, MPA-27)."""
        return "" if self._default else self._url_path

    @property
    def default(self) -> bool:
        return self._default

    @property
    def _key(self) -> str:
        """The page part of its widgets' ids (MPA-39)."""
        return f"page:{self._url_path}"

    def run(self) -> None:
        """Run the page: only the page st.navigation returned, once (MPA-03, MPA-04)."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once."
            )
        self._can_be_called = False
        ctx = get_script_run_ctx()
        if ctx is None:
            return
        saved = ctx.page
        ctx.page = self._key
        ctx.page_config_allowed = True  # MPA-37: each page may set its own title and icon
        st = _state(ctx.session)
        st.pages_running += 1
        try:
            if self._func is not None:
                self._func()
            elif self._path is not None:
                _exec_file(ctx, self._path)
        finally:
            ctx.page = saved
            st.pages_running -= 1

    def __repr__(self) -> str:
        return f"StreamlitPage(title={self._title!r}, url_path={self.url_path!r})"


Page = StreamlitPage


def _exec_file(ctx: ScriptRunContext, path: str) -> None:
    from wasmlit.elements.write import magic_write
    from wasmlit.runtime.magic import MAGIC_NAME

    code = ctx.session.scripts.get(path)
    module = types.ModuleType("__main__")
    module.__dict__.update(__file__=path, __builtins__=__builtins__, __name__="__main__")
    module.__dict__[MAGIC_NAME] = magic_write
    saved = sys.modules.get("__main__")
    sys.modules["__main__"] = module
    try:
        exec(code, module.__dict__)
    finally:
        if saved is not None:
            sys.modules["__main__"] = saved


# ---------------------------------------------------------------- session state


@dataclass(frozen=True)
class _FilePage:
    """A page of `pages/` mode (the entry script included)."""

    url_path: str  # "" for the entry script
    name: str  # the inferred URL path, also for the entry script
    label: str
    icon: str
    path: str

    @property
    def key(self) -> str:
        return "" if self.url_path == "" else f"page:{self.url_path}"


@dataclass
class PagesState:
    """One session's page and URL query (Note [Page addressing])."""

    current: str = ""  # URL path of the page shown
    query: list[tuple[str, str]] = field(default_factory=list)
    page_key: str = ""  # the page part of widget ids of the current page
    #: AppTest.switch_page: a page file to run next, relative to the entry script
    requested_path: str | None = None
    # this run:
    request: str = ""
    request_path: str | None = None
    not_found: str | None = None
    navigation_run: int = -1
    pages_running: int = 0  # inside StreamlitPage.run (MPA-05)
    pages: list[StreamlitPage] = field(default_factory=list)
    file_pages: list[_FilePage] = field(default_factory=list)
    used_experimental: bool = False
    used_query_params: bool = False

    @property
    def query_string(self) -> str:
        return urlencode(self.query)

    def set_query_string(self, text: str) -> None:
        self.query = parse_qsl(text.lstrip("?"), keep_blank_values=True)


#: Entry scripts of apps that called st.navigation (MPA-11: for every session).
_NAVIGATION_APPS: set[str] = set()


def _state(session: AppSession) -> PagesState:
    st: PagesState | None = getattr(session, "pages", None)
    if st is None:
        st = PagesState()
        session.pages = st  # type: ignore[attr-defined]  # made on first use
    return st


def _main_dir() -> str:
    ctx = get_script_run_ctx()
    if ctx is None:
        return os.getcwd()
    return os.path.dirname(os.path.abspath(ctx.session.script_path))


def discover(main_script: str) -> list[_FilePage]:
    """The entry script, then the `.py` files directly in `pages/` (MPA-17, 18, 31)."""
    main = os.path.abspath(main_script)
    icon, name = page_icon_and_name(main)
    pages = [_FilePage("", name, label_of(name), icon, main)]
    folder = os.path.join(os.path.dirname(main), "pages")
    try:
        files = [f for f in os.listdir(folder) if f.endswith(".py")
                 and os.path.isfile(os.path.join(folder, f))]
    except OSError:
        return pages
    seen = {""}
    for f in sorted(files, key=page_sort_key):
        icon, name = page_icon_and_name(f)
        if not name or name.lower() in seen:  # MPA-23; MPA-29: the first one wins
            continue
        seen.add(name.lower())
        pages.append(_FilePage(name, name, label_of(name), icon, os.path.join(folder, f)))
    return pages


def _nav_page(p: _FilePage) -> protocol.NavPage:
    return protocol.NavPage(p.url_path, p.label, p.icon, "", p.url_path == "")


def _send(ctx: ScriptRunContext, msg: protocol.ForwardMsg) -> None:
    ctx.session.host.send(msg)


def begin_run(ctx: ScriptRunContext, data: RerunData) -> str:
    """Before a run: the script file to execute (Note [Page addressing])."""
    session = ctx.session
    st = _state(session)
    if data.fragment_ids:
        ctx.page = st.page_key
        return session.script_path
    st.request = data.page if data.page is not None else st.current
    st.request_path, st.requested_path = st.requested_path, None
    st.not_found = None
    main = os.path.abspath(session.script_path)
    ctx.page = ""
    if main in _NAVIGATION_APPS:
        return session.script_path
    st.file_pages = discover(main)
    page = _find_file_page(st.file_pages, st.request, st.request_path, main)
    if page is None:
        st.not_found = st.request if st.request_path is None else st.request_path
        page = st.file_pages[0]
    st.current, st.page_key = page.url_path, page.key
    ctx.page = page.key
    if len(st.file_pages) > 1 and st.not_found is None:
        _send(ctx, protocol.Navigation([_nav_page(p) for p in st.file_pages], "sidebar",
                                       page.url_path, None))
    return session.script_path if page.url_path == "" else page.path


def pages_changed(session: AppSession) -> None:
    """`wasmlit run` saw a save that will not rerun (run-on-save off): a pages/
    app's sidebar follows its folder at once, as Streamlit's pages watcher does
    (MPA-36); the page itself runs the new code at the next run."""
    st = _state(session)
    main = os.path.abspath(session.script_path)
    if main in _NAVIGATION_APPS or not st.file_pages:
        return  # st.navigation apps list their pages when they run
    pages = discover(main)
    if [(p.url_path, p.label, p.icon) for p in pages] == [(p.url_path, p.label, p.icon) for p in st.file_pages]:
        return
    st.file_pages = pages
    shown = st.current if any(p.url_path == st.current for p in pages) else ""
    session.host.send(protocol.Navigation([_nav_page(p) for p in pages], "sidebar", shown, None))


def _find_file_page(pages: list[_FilePage], request: str, request_path: str | None,
                    main: str) -> _FilePage | None:
    if request_path is not None:
        wanted = os.path.realpath(os.path.join(os.path.dirname(main), request_path))
        return next((p for p in pages if os.path.realpath(p.path) == wanted), None)
    return next((p for p in pages if p.url_path.lower() == request.lower()), None)


def end_run(ctx: ScriptRunContext) -> None:
    """After a full run: report a page asked for that no mode knew (MPA-09, MPA-30)."""
    st = _state(ctx.session)
    if st.not_found is None or st.navigation_run == ctx.run_id:
        return
    name, st.not_found = st.not_found, None
    _send(ctx, protocol.Navigation([_nav_page(p) for p in st.file_pages], "sidebar", "",
                                   name if st.request_path is None else ""))


# ---------------------------------------------------------------- st.navigation

# Streamlit documents both rules (MPA-05) without enforcing them: a second call
# silently replaces the first's pages. Here both are errors, as clear as those.
_NAVIGATION_TWICE = (
    "`st.navigation` can only be called once per app run. Call it once in the "
    "entrypoint file and run the page it returns."
)
_NAVIGATION_OUTSIDE_ENTRYPOINT = (
    "`st.navigation` can only be called from the entrypoint file (the script passed to "
    "`streamlit run`), not from a page."
)


def navigation(pages: Sequence[StreamlitPage] | Mapping[str, Sequence[StreamlitPage]], *,
               position: str = "sidebar", expanded: bool = False) -> StreamlitPage:
    """The page to run, from the URL (MPA-02..11); call `.run()` on it."""
    if position not in ("sidebar", "hidden"):
        raise StreamlitAPIException(
            f'Invalid position "{position}". The position parameter must be either '
            '"sidebar" or "hidden".'
        )
    sections: list[tuple[str, list[StreamlitPage]]]
    if isinstance(pages, Mapping):
        sections = [(str(k), list(v)) for k, v in pages.items()]
    else:
        sections = [("", list(pages))]
    flat = [p for _, ps in sections for p in ps]
    if not flat:
        raise StreamlitAPIException("`st.navigation` must be called with at least one `st.Page`.")
    for p in flat:
        if not isinstance(p, StreamlitPage):
            raise StreamlitAPIException(
                f"Invalid page type: {type(p).__name__}. The pages passed to `st.navigation` "
                "must be created with `st.Page`."
            )
    defaults = [p for p in flat if p._default]
    if len(defaults) > 1:
        raise StreamlitAPIException(
            "Multiple Pages specified with `default=True`. At most one Page can be set to default."
        )
    default = defaults[0] if defaults else flat[0]
    if not defaults:  # the first page is the default (MPA-10)
        flat[0]._default = True
    seen: set[str] = set()
    for p in flat:
        url = p._url_path
        if url in seen:
            raise StreamlitAPIException(
                f"Multiple Pages specified with URL pathname {p.url_path}. URL pathnames must "
                "be unique. The url pathname may be inferred from the filename, callable "
                "name, or title."
            )
        seen.add(url)
    ctx = get_script_run_ctx()
    if ctx is None:
        default._can_be_called = True
        return default
    st = _state(ctx.session)
    main = os.path.abspath(ctx.session.script_path)
    if st.pages_running or (main not in _NAVIGATION_APPS and st.current != ""):
        raise StreamlitAPIException(_NAVIGATION_OUTSIDE_ENTRYPOINT)  # MPA-05
    if st.navigation_run == ctx.run_id:
        raise StreamlitAPIException(_NAVIGATION_TWICE)  # MPA-05
    _NAVIGATION_APPS.add(main)
    st.navigation_run = ctx.run_id
    st.pages = flat
    found: StreamlitPage | None
    if st.request_path is not None:
        wanted = os.path.realpath(os.path.join(_main_dir(), st.request_path))
        found = next((p for p in flat if p._path is not None
                      and os.path.realpath(p._path) == wanted), None)
    else:
        request = st.request.lower()
        found = next((p for p in flat if p.url_path.lower() == request), None)
    not_found: str | None = None
    if found is None:
        not_found = ""
        found = default
    st.not_found = None
    st.current, st.page_key = found.url_path, found._key
    nav = [protocol.NavPage(p.url_path, p.title, p.icon, section, p is default)
           for section, ps in sections for p in ps]
    _send(ctx, protocol.Navigation(nav, position, found.url_path, not_found))  # type: ignore[arg-type]  # checked above
    ctx.page_config_allowed = True  # MPA-16: st.set_page_config may follow st.navigation
    found._can_be_called = True
    return found


# ---------------------------------------------------------------- switch_page, page_link


def _page_not_found(page: str, uses_pages_directory: bool) -> StreamlitAPIException:
    directory = os.path.basename(_main_dir())
    if uses_pages_directory:
        return StreamlitAPIException(
            f"Could not find page: `{page}`. You must provide a file path relative to the "
            f"entrypoint file (from the directory `{directory}`). Only the entrypoint file "
            "and files in the `pages/` directory are supported."
        )
    return StreamlitAPIException(
        f"Could not find page: `{page}`. You must provide a `StreamlitPage` object or file "
        "path relative to the entrypoint file. Only pages previously defined by `st.Page` "
        "and passed to `st.navigation` are allowed."
    )


def _resolve(page: str | Path | StreamlitPage) -> tuple[str, str]:
    """(URL path, label) of an app page given as st.Page or a file path."""
    ctx = get_script_run_ctx()
    if ctx is None:
        raise StreamlitAPIException("No script is running.")
    st = _state(ctx.session)
    navigation_mode = os.path.abspath(ctx.session.script_path) in _NAVIGATION_APPS
    if isinstance(page, StreamlitPage):
        for p in st.pages:
            if p is page or (p._path is not None and p._path == page._path and p._func is page._func):
                return p.url_path, p.title
        return page.url_path, page.title
    wanted = os.path.realpath(os.path.join(_main_dir(), str(page)))
    if navigation_mode:
        for p in st.pages:
            if p._path is not None and os.path.realpath(p._path) == wanted:
                return p.url_path, p.title
    else:
        for fp in st.file_pages or discover(ctx.session.script_path):
            if os.path.realpath(fp.path) == wanted:
                return fp.url_path, fp.label
    raise _page_not_found(str(page), uses_pages_directory=not navigation_mode)


def switch_page(page: str | Path | StreamlitPage) -> NoReturn:
    """Stop this run and run `page` (MPA-34); the query params are cleared."""
    url, _ = _resolve(page)
    ctx = get_script_run_ctx()
    assert ctx is not None  # _resolve raised otherwise
    st = _state(ctx.session)
    st.query = []
    _send(ctx, protocol.QueryString(""))
    raise RerunException(RerunData(None, url))


def _is_external(page: str) -> bool:
    return page.startswith("http://") or page.startswith("https://")


def _page_link_icon(icon: str | None) -> str | None:
    """A page link's icon, checked as Streamlit checks it; "" is no icon."""
    return validate_icon_or_emoji(icon) if icon else None


@command
def page_link(dg: DeltaGenerator, page: str | Path | StreamlitPage, *, label: str | None = None,
              icon: str | None = None, help: str | None = None, disabled: bool = False,
              use_container_width: bool | None = None) -> DeltaGenerator:
    """A link to an app page or an external http(s) URL (stPageLink, MPA-19)."""
    if isinstance(page, str) and _is_external(page):
        if label is None:
            raise StreamlitAPIException(
                "The `label` param is required for external links used with `st.page_link` - "
                "please provide a `label`."
            )
        return dg._enqueue(protocol.PageLink(page, True, str(label), _page_link_icon(icon),
                                             help, bool(disabled),
                                             use_container_width))
    url, title = _resolve(page)
    icon = _page_link_icon(icon)  # MPA-14
    if icon is None and isinstance(page, StreamlitPage):
        icon = page.icon or None
    text = title if label is None else str(label)
    return dg._enqueue(protocol.PageLink(url, False, text, icon, help, bool(disabled),
                                         use_container_width))


# ---------------------------------------------------------------- st.query_params

_EMBED_KEYS = ("embed", "embed_options")
_MIXED_ERROR = (
    "Using `st.query_params` together with either `st.experimental_get_query_params` or "
    "`st.experimental_set_query_params` is not supported. Please  convert your app to only "
    "use `st.query_params`"
)


def _query_state() -> PagesState | None:
    ctx = get_script_run_ctx()
    return _state(ctx.session) if ctx is not None else None


def _publish(st: PagesState) -> None:
    ctx = get_script_run_ctx()
    if ctx is not None:
        _send(ctx, protocol.QueryString(st.query_string))


class QueryParams(MutableMapping[str, str]):
    """`st.query_params`: the URL's query, a key's last value by item or attribute."""

    def _st(self) -> PagesState:
        st = _query_state()
        if st is None:
            return PagesState()
        if st.used_experimental:
            raise StreamlitAPIException(_MIXED_ERROR)
        st.used_query_params = True
        return st

    def __getitem__(self, key: str) -> str:
        values = self.get_all(key)
        if not values and key not in self._keys():
            raise KeyError(f'st.query_params has no key "{key}". Did you forget to initialize it?')
        return values[-1] if values else ""

    def __getattr__(self, key: str) -> str:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(
                f'st.query_params has no attribute "{key}". Did you forget to initialize it?'
            ) from None

    def __setitem__(self, key: str, value: Any) -> None:
        st = self._st()
        self._set(st, key, value)
        _publish(st)

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    @staticmethod
    def _set(st: PagesState, key: str, value: Any) -> None:
        if isinstance(value, dict):
            raise StreamlitAPIException(
                f"You cannot set a query params key `{key}` to a dictionary."
            )
        if key.lower() in _EMBED_KEYS:
            raise StreamlitAPIException(
                "Query param embed and embed_options (case-insensitive) cannot be set "
                "programmatically."
            )
        if isinstance(value, Iterable) and not isinstance(value, str):
            values = [str(v) for v in value]
        else:
            values = [str(value)]
        st.query = [(k, v) for k, v in st.query if k != key] + [(key, v) for v in values]

    def __delitem__(self, key: str) -> None:
        st = self._st()
        if key not in self._keys():
            raise KeyError(f'st.query_params has no key "{key}". Did you forget to initialize it?')
        st.query = [(k, v) for k, v in st.query if k != key]
        _publish(st)

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(
                f'st.query_params has no attribute "{key}". Did you forget to initialize it?'
            ) from None

    def _keys(self) -> list[str]:
        out: list[str] = []
        for k, _ in self._st().query:
            if k not in out and k.lower() not in _EMBED_KEYS:
                out.append(k)
        return out

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())

    def __contains__(self, key: object) -> bool:
        return key in self._keys()

    def get_all(self, key: str) -> list[str]:
        """Every value of `key` (a list; empty when missing)."""
        if key.lower() in _EMBED_KEYS:
            return []
        return [v for k, v in self._st().query if k == key]

    def clear(self) -> None:
        """Remove every key (but embed and embed_options)."""
        st = self._st()
        st.query = [(k, v) for k, v in st.query if k.lower() in _EMBED_KEYS]
        _publish(st)

    def to_dict(self) -> dict[str, str]:
        """Each key's last value."""
        return {k: self[k] for k in self._keys()}

    def from_dict(self, params: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> None:
        """Replace the query by `params` (a value may be a list)."""
        st = self._st()
        items = params.items() if isinstance(params, Mapping) else params
        old = st.query
        st.query = [(k, v) for k, v in st.query if k.lower() in _EMBED_KEYS]
        try:
            for k, v in items:
                self._set(st, k, v)
        except Exception:
            st.query = old
            raise
        _publish(st)

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def __str__(self) -> str:
        return str(self.to_dict())


query_params = QueryParams()

_GET_DEPRECATION = (
    "Please replace `st.experimental_get_query_params` with `st.query_params`.\n\n"
    "`st.experimental_get_query_params` will be removed after 2024-04-11.\n\n"
    "Refer to our [docs page](https://docs.streamlit.io/develop/api-reference/caching-and-state/st.query_params) "
    "for more information."
)
_SET_DEPRECATION = _GET_DEPRECATION.replace("experimental_get_query_params",
                                            "experimental_set_query_params")


def _experimental(message: str) -> PagesState | None:
    st = _query_state()
    if st is None:
        return None
    if st.used_query_params:
        raise StreamlitAPIException(_MIXED_ERROR)
    st.used_experimental = True
    from wasmlit.elements.tree import MAIN

    MAIN._enqueue(protocol.Alert("warning", message, None))
    return st


def experimental_get_query_params() -> dict[str, list[str]]:
    """Deprecated: the query as a dict of lists (with a deprecation warning)."""
    st = _experimental(_GET_DEPRECATION)
    out: dict[str, list[str]] = {}
    for k, v in (st.query if st is not None else []):
        if k.lower() not in _EMBED_KEYS:
            out.setdefault(k, []).append(v)
    return out


def experimental_set_query_params(**query_params: Any) -> None:
    """Deprecated: replace the query (with a deprecation warning)."""
    st = _experimental(_SET_DEPRECATION)
    if st is None:
        return
    keep = [(k, v) for k, v in st.query if k.lower() in _EMBED_KEYS]
    new: list[tuple[str, str]] = []
    for k, v in query_params.items():
        if k.lower() in _EMBED_KEYS:
            raise StreamlitAPIException(
                "Query param embed and embed_options (case-insensitive) cannot be set "
                "programmatically."
            )
        values = v if isinstance(v, (list, tuple)) else [v]
        new.extend((k, str(x)) for x in values)
    st.query = keep + new
    _publish(st)


def set_query_string(session: AppSession, text: str) -> None:
    """The page's URL query, sent with a rerun."""
    _state(session).set_query_string(text)


def query_string(session: AppSession) -> str:
    return _state(session).query_string


def request_page_path(session: AppSession, path: str) -> None:
    """AppTest.switch_page: the next run runs the page file `path` (relative to the entry)."""
    _state(session).requested_path = path
