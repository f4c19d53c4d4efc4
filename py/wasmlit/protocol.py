"""The one schema of the channel between the Python runtime and the page.

Everything that crosses the worker boundary is declared here, once, as a
frozen dataclass (`@record`, Note [Import cost] in record.py). `web/src/protocol.gen.ts` is generated from this module
(`python -m wasmlit.protocol_codegen`) and a test fails when it is stale.

Note [Wire format]
~~~~~~~~~~~~~~~~~~
A message is a JSON object. Messages carry their tag in `type`; element and
block payloads carry theirs in `kind`. Every field is always sent (no optional
fields on the wire), so the renderer never guesses defaults. A value of `None`
is sent as `null`; `bytes` travel beside the JSON (Note [Bulk bytes]). Deltas address a node by path: `[root, i, j, ...]` where
`root` indexes `ROOTS`; see Note [Delta paths] in runtime/outbox.py.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Literal, Union

from wasmlit.record import record  # Note [Import cost]

JSONValue = Any  # str | int | float | bool | None | list[JSONValue] | dict[str, JSONValue]
#: What a `bytes` field may hold when sent (Note [Bulk bytes]): a memoryview of
#: an Arrow buffer saves a copy in Python.
Buffer = Union[bytes, bytearray, memoryview]

ROOTS: tuple[str, ...] = ("main", "sidebar", "event", "bottom")

LabelVisibility = Literal["visible", "hidden", "collapsed"]
RunStatus = Literal["ok", "error", "stopped", "rerun"]
BootStage = Literal["download", "python", "packages", "app", "run"]
SliderDataType = Literal["int", "float", "date", "time", "datetime"]


# --------------------------------------------------------------- elements


@record
class Markdown:
    KIND: ClassVar[str] = "markdown"
    body: str
    help: str | None
    allow_html: bool
    caption: bool


@record
class Heading:
    """st.title (level 1), st.header (2), st.subheader (3)."""

    KIND: ClassVar[str] = "heading"
    level: int
    body: str
    anchor: str | None
    help: str | None
    divider: str | None


@record
class Text:
    KIND: ClassVar[str] = "text"
    body: str
    help: str | None


@record
class Code:
    KIND: ClassVar[str] = "code"
    body: str
    language: str | None
    line_numbers: bool


@record
class Divider:
    KIND: ClassVar[str] = "divider"


@record
class Empty:
    """What st.empty() draws: a placeholder that takes no space."""

    KIND: ClassVar[str] = "empty"


@record
class Alert:
    KIND: ClassVar[str] = "alert"
    level: Literal["success", "info", "warning", "error"]
    body: str
    icon: str | None


@record
class ExceptionElement:
    KIND: ClassVar[str] = "exception"
    type_name: str
    message: str
    stack_trace: list[str]
    is_warning: bool


@record
class Json:
    """st.json, and st.write of a dict or list: `body` is JSON text."""

    KIND: ClassVar[str] = "json"
    body: str
    expanded: bool


@record
class Progress:
    KIND: ClassVar[str] = "progress"
    value: int
    text: str | None


@record
class Spinner:
    KIND: ClassVar[str] = "spinner"
    text: str


# ---------------------------------------------------------------- widgets
# Every widget payload has `id`, `label`, `help`, `disabled`,
# `label_visibility`, and, for stateful widgets, `value` and `set_value`.
# Note [set_value]: the page keeps the user's value for a widget id it already
# shows; it takes `value` from the delta only for a new id or when
# `set_value` is true (the script changed it through session state).


@record
class Button:
    KIND: ClassVar[str] = "button"
    id: str
    label: str
    help: str | None
    disabled: bool
    type: Literal["primary", "secondary", "tertiary"]
    use_container_width: bool
    #: an emoji or ":material/name:", drawn before the label (not part of it, as in Streamlit)
    icon: str | None


@record
class Checkbox:
    KIND: ClassVar[str] = "checkbox"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: bool
    set_value: bool


@record
class TextInput:
    KIND: ClassVar[str] = "text_input"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: str | None
    set_value: bool
    placeholder: str
    max_chars: int | None
    type: Literal["default", "password"]
    autocomplete: str


@record
class NumberInput:
    KIND: ClassVar[str] = "number_input"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: float | None
    set_value: bool
    min_value: float | None
    max_value: float | None
    step: float
    format: str
    is_int: bool
    placeholder: str


@record
class Slider:
    """A single value is a one-item list; a range is two items."""

    KIND: ClassVar[str] = "slider"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: list[float]
    set_value: bool
    min_value: float
    max_value: float
    step: float
    format: str
    is_int: bool
    # "date"/"time"/"datetime": values are microseconds since the epoch, shown
    # in UTC (never the browser's zone: TZ-06) with a moment.js-style `format`.
    data_type: SliderDataType = "int"


@record
class Selectbox:
    """`value` is the index of the selected option, or None."""

    KIND: ClassVar[str] = "selectbox"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    options: list[str]
    value: int | None
    set_value: bool
    placeholder: str


# ------------------------------------------------ forms and more widgets
# (st.form_submit_button, st.toggle, st.radio, st.multiselect, st.text_area)


@record
class FormSubmitButton:
    """A button that submits the form `form_id` (AppTest lists it under `at.button`)."""

    KIND: ClassVar[str] = "form_submit_button"
    id: str
    label: str
    help: str | None
    disabled: bool
    type: Literal["primary", "secondary", "tertiary"]
    use_container_width: bool
    icon: str | None
    form_id: str


@record
class Toggle:
    KIND: ClassVar[str] = "toggle"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: bool
    set_value: bool


@record
class Radio:
    """`value` is the index of the selected option, or None."""

    KIND: ClassVar[str] = "radio"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    options: list[str]
    captions: list[str]
    horizontal: bool
    value: int | None
    set_value: bool


@record
class Multiselect:
    """`value` is the list of the selected options' indices, in selection order."""

    KIND: ClassVar[str] = "multiselect"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    options: list[str]
    value: list[int]
    set_value: bool
    max_selections: int | None
    placeholder: str


@record
class TextArea:
    KIND: ClassVar[str] = "text_area"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: str | None
    set_value: bool
    placeholder: str
    max_chars: int | None
    height: int | None


# ------------------------------------ more widgets: sliders, dates, pickers
# (st.select_slider, st.date_input, st.time_input, st.color_picker, st.pills,
# st.segmented_control)


@record
class SelectSlider:
    """`value` holds indices into `options`: one item, or two for a range."""

    KIND: ClassVar[str] = "select_slider"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    options: list[str]
    value: list[int]
    set_value: bool


@record
class DateInput:
    """Dates are ISO strings ("2024-01-31"); a range holds 0 to 2 of them."""

    KIND: ClassVar[str] = "date_input"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: list[str]
    set_value: bool
    is_range: bool
    min_value: str
    max_value: str
    format: str


@record
class TimeInput:
    """`value` is "HH:MM" or None; `step` is in seconds."""

    KIND: ClassVar[str] = "time_input"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: str | None
    set_value: bool
    step: int


@record
class ColorPicker:
    """`value` is a hex color, "#rrggbb"."""

    KIND: ClassVar[str] = "color_picker"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: str
    set_value: bool


@record
class ButtonGroup:
    """st.pills and st.segmented_control: `value` holds the selected indices."""

    KIND: ClassVar[str] = "button_group"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    options: list[str]
    value: list[int]
    set_value: bool
    style: Literal["pills", "segmented_control"]
    selection_mode: Literal["single", "multi"]


@record
class Toast:
    """st.toast, drawn in the event container (a corner of the page). `duration`: seconds it
    stays, 0 until closed; sent again at the same path, it updates in place (ANIM-08)."""

    KIND: ClassVar[str] = "toast"
    body: str
    icon: str | None
    duration: int


@record
class Celebration:
    """st.balloons / st.snow: a one-off animation over the page (it takes no room)."""

    KIND: ClassVar[str] = "celebration"
    effect: Literal["balloons", "snow"]


@record
class LinkButton:
    """st.link_button: a link that looks like a button (no widget state)."""

    KIND: ClassVar[str] = "link_button"
    label: str
    url: str
    help: str | None
    disabled: bool
    type: Literal["primary", "secondary", "tertiary"]
    use_container_width: bool


@record
class DownloadButton:
    """st.download_button: `data` is the file's bytes (the page makes a Blob of them
    when clicked, then reruns with the button's trigger)."""

    KIND: ClassVar[str] = "download_button"
    id: str
    label: str
    help: str | None
    disabled: bool
    type: Literal["primary", "secondary", "tertiary"]
    use_container_width: bool
    file_name: str
    mime: str
    data: bytes


# ------------------------------------------------- uploads (st.file_uploader, st.camera_input)
# Note [Uploads] in state/uploads.py: the bytes travel once, in an UploadFiles
# BackMsg; the widget's value names them by file id.


@record
class UploadedFileInfo:
    """One file a file_uploader or camera_input holds (its bytes are in the session's store)."""

    file_id: int
    name: str
    type: str
    size: int


@record
class FileUploaderState:
    """The value of a file_uploader or camera_input: its files, and the newest file id the
    page had made when it sent this value (older files of the widget not listed are gone)."""

    max_file_id: int
    files: list[UploadedFileInfo]


@record
class FileUploader:
    """st.file_uploader: `accept` holds lowercase extensions (".csv"); empty: any file."""

    KIND: ClassVar[str] = "file_uploader"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: JSONValue  # a FileUploaderState (the page holds it as plain JSON)
    set_value: bool
    accept: list[str]
    multiple: bool
    max_upload_size_mb: int


@record
class CameraInput:
    """st.camera_input: a photo from the browser's camera, as one JPEG file."""

    KIND: ClassVar[str] = "camera_input"
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    value: JSONValue  # a FileUploaderState (the page holds it as plain JSON)
    set_value: bool


# --------------------------------- chat_input and feedback (issue 4: dialogs and chat)


@record
class ChatInput:
    """st.chat_input: a trigger widget with no value of its own. A submit is sent once,
    as `{id, value: text, trigger: true}`, in the rerun it causes (Note [Button triggers]
    in web/src/app/widgets.ts). Drawn in the bottom root when called at the top of the
    main area, else where it was called."""

    KIND: ClassVar[str] = "chat_input"
    id: str
    placeholder: str
    max_chars: int | None
    disabled: bool


@record
class Feedback:
    """st.feedback: `value` holds the selected option's index (one item) or nothing;
    stars light up every star up to the selected one."""

    KIND: ClassVar[str] = "feedback"
    id: str
    disabled: bool
    variant: Literal["thumbs", "faces", "stars"]
    options: list[str]
    value: list[int]
    set_value: bool



# ------------------------------------------- multipage: st.page_link (issue 7, pages)


@record
class PageLink:
    """st.page_link: `page` is an app page's URL path ("" for the default page)
    when not `external`, else an http(s) URL (opened in a new tab)."""

    KIND: ClassVar[str] = "page_link"
    page: str
    external: bool
    label: str
    icon: str | None
    help: str | None
    disabled: bool
    use_container_width: bool | None


# ------------------------------------------- data: dataframe, data_editor, table, metric (issue 6)

DataColumnType = Literal[
    "text", "number", "checkbox", "selectbox", "datetime", "date", "time", "list", "link",
    "image", "progress", "line_chart", "bar_chart", "area_chart", "json", "object",
]


@record
class DataColumn:
    """One column of a data element as the grid shows it: its Arrow field
    `name` (`__index_level_N__` for the index), and what its column config
    (st.column_config.*, or the type inferred from the data) says."""

    name: str
    label: str
    type: DataColumnType
    is_index: bool
    hidden: bool
    #: "small" | "medium" | "large", a width in pixels as text, or None (automatic).
    width: str | None
    help: str | None
    disabled: bool
    required: bool
    pinned: bool
    #: Number/date/time format (Streamlit's printf-like or momentjs strings), or None.
    format: str | None
    #: The Arrow column's timezone (a timestamp with tz), shown as stored (CHECKLIST TZ-04).
    timezone: str | None
    #: Column-type options (selectbox `options`, number `min_value`, ...), JSON text.
    type_options: str
    default: JSONValue


@record
class DataFrameElement:
    """st.dataframe (and st.table when `table`): `data` is an Arrow IPC stream
    whose index columns come first (Note [Bulk bytes]). `selection_id` is the
    widget id of a selection (on_select="rerun"), else None."""

    KIND: ClassVar[str] = "dataframe"
    data: bytes
    columns: list[DataColumn]
    width: int | None
    height: int | None
    use_container_width: bool
    selection_mode: list[str]
    selection_id: str | None


@record
class DataEditor:
    """st.data_editor: `value` is the editing state as JSON text
    (`{"edited_rows": {...}, "added_rows": [...], "deleted_rows": [...]}`)."""

    KIND: ClassVar[str] = "data_editor"
    id: str
    data: bytes
    columns: list[DataColumn]
    width: int | None
    height: int | None
    use_container_width: bool
    num_rows: Literal["fixed", "dynamic"]
    disabled: bool
    value: str
    set_value: bool


@record
class Table:
    """st.table: a static table of every row."""

    KIND: ClassVar[str] = "table"
    data: bytes
    columns: list[DataColumn]


@record
class Metric:
    KIND: ClassVar[str] = "metric"
    label: str
    value: str
    delta: str | None
    delta_color: Literal["normal", "inverse", "off"]
    help: str | None
    label_visibility: LabelVisibility
    border: bool


@record
class IFrame:
    """st.components.v1.html (`srcdoc`, run sandboxed in an opaque origin) and
    st.components.v1.iframe (`src`, an http(s) URL). No width: the container's."""

    KIND: ClassVar[str] = "iframe"
    src: str | None
    srcdoc: str | None
    width: int | None
    height: int | None
    scrolling: bool


@record
class CustomComponent:
    """A `components.declare_component(name, path=...)` component: its
    `index.html` (bundle-relative `url`) in a sandboxed iframe that speaks
    Streamlit's component protocol (Note [Custom components] in
    components/v1.py). A widget: `value` is what the frontend last sent."""

    KIND: ClassVar[str] = "custom_component"
    id: str
    name: str
    url: str
    args: JSONValue  # the call's JSON keyword arguments (a JSON object)
    value: JSONValue
    set_value: bool
    #: keyword arguments that are data (DataFrames, numpy arrays, ...): Arrow (COMP-06)
    dfs: list[ComponentDataFrameArg]
    #: keyword arguments that are bytes: a Uint8Array in `args` on the component's side
    bytes_args: list[ComponentBytesArg]


@record
class ComponentDataFrameArg:
    """A data argument of a custom component as Streamlit sends it (`dfs`):
    three Arrow IPC streams, of the data, the index and the column labels,
    and a pandas Styler's styling when the argument was one."""

    key: str
    data: bytes
    index: bytes
    columns: bytes
    styler: ComponentStyler | None


@record
class ComponentStyler:
    """A Styler data argument's styling, as Streamlit sends it and
    streamlit-component-lib's ArrowTable reads it: the table id (`uuid`), the
    caption, the cells' CSS (rules on `#T_<uuid>_row<r>_col<c>`) and the
    formatted cells (`display_values`, an Arrow IPC stream of strings)."""

    uuid: str
    caption: str
    styles: str
    display_values: bytes


@record
class ComponentBytesArg:
    key: str
    data: bytes


# ------------------------------------------------- charts and media (issue 6)


@record
class VegaLiteChart:
    """st.line_chart and friends, st.vega_lite_chart, st.altair_chart, st.map:
    `spec` is the Vega-Lite spec as JSON text, its data inline (`values`).
    `testid` is Streamlit's: stVegaLiteChart, or stDeckGlJsonChart for st.map
    (drawn here as a Vega-Lite scatter: Note [Maps offline] in elements/charts.py)."""

    KIND: ClassVar[str] = "vega_lite_chart"
    spec: str
    use_container_width: bool
    theme: Literal["streamlit"] | None
    testid: Literal["stVegaLiteChart", "stDeckGlJsonChart"]
    #: The selection parameters (their `name`s) the page reports, with on_select.
    selection_mode: list[str]
    #: The widget id of the selection (on_select="rerun" or a callable), else None:
    #: the page sends `{"selection": {param: value}}` as JSON text under it.
    selection_id: str | None


@record
class PlotlyChart:
    """st.plotly_chart: `spec` is the figure as plotly's JSON text (data and
    layout), `config` plotly.js's config as JSON text; drawn by plotly.js, loaded
    lazily (Note [Lazy plotly] in web/src/app/elements/plotly.tsx). With
    on_select, `selection_id` is the widget id the page sends Streamlit's
    `{"selection": {"points", "point_indices", "box", "lasso"}}` under, and
    `selection_mode` the allowed ways to select (points, box, lasso)."""

    KIND: ClassVar[str] = "plotly_chart"
    spec: str
    config: str
    use_container_width: bool
    theme: Literal["streamlit"] | None
    selection_mode: list[Literal["points", "box", "lasso"]]
    selection_id: str | None


@record
class ImageItem:
    """One image of st.image / st.pyplot / st.logo: its bytes (with `mime`), or
    a URL the page may load (http(s), data:image, or relative)."""

    data: bytes | None
    url: str | None
    mime: str
    caption: str | None


@record
class ImageList:
    """st.image (one or several images) and st.pyplot (testid stPyplot is not
    Streamlit's: both show stImage). `width` in CSS pixels; None is the
    image's own width, capped by the container."""

    KIND: ClassVar[str] = "image_list"
    images: list[ImageItem]
    width: int | None
    use_container_width: bool
    pyplot: bool


@record
class Subtitle:
    """One subtitle track of st.video: WebVTT text as bytes."""

    label: str
    data: bytes


@record
class Media:
    """st.audio and st.video: bytes (with `mime`) or a URL."""

    KIND: ClassVar[str] = "media"
    media_type: Literal["audio", "video"]
    data: bytes | None
    url: str | None
    mime: str
    start_time: float
    end_time: float | None
    loop: bool
    autoplay: bool
    muted: bool
    subtitles: list[Subtitle]


@record
class Logo:
    """st.logo: shown at the top left of the app (and of the sidebar)."""

    KIND: ClassVar[str] = "logo"
    image: ImageItem
    icon_image: ImageItem | None
    link: str | None
    size: Literal["small", "medium", "large"]


Element = Union[
    Markdown,
    Heading,
    Text,
    Code,
    Divider,
    Empty,
    Alert,
    ExceptionElement,
    Json,
    Progress,
    Spinner,
    Button,
    Checkbox,
    TextInput,
    NumberInput,
    Slider,
    Selectbox,
    FormSubmitButton,
    Toggle,
    Radio,
    Multiselect,
    TextArea,
    SelectSlider,
    DateInput,
    TimeInput,
    ColorPicker,
    ButtonGroup,
    Toast,
    Celebration,
    LinkButton,
    DownloadButton,
    FileUploader,
    CameraInput,
    ChatInput,
    Feedback,
    PageLink,
    DataFrameElement,
    DataEditor,
    Table,
    Metric,
    IFrame,
    CustomComponent,
    VegaLiteChart,
    PlotlyChart,
    ImageList,
    Media,
    Logo,
]


# ----------------------------------------------------------------- blocks


@record
class Vertical:
    """st.container (and the body of st.empty when used as a container)."""

    KIND: ClassVar[str] = "vertical"
    border: bool
    height: int | None


@record
class Horizontal:
    """The row that st.columns creates; its children are Column blocks."""

    KIND: ClassVar[str] = "horizontal"
    gap: Literal["small", "medium", "large"]
    vertical_alignment: Literal["top", "center", "bottom"]


@record
class Column:
    KIND: ClassVar[str] = "column"
    weight: float
    border: bool


@record
class Expander:
    KIND: ClassVar[str] = "expander"
    label: str
    expanded: bool
    icon: str | None


@record
class Form:
    """st.form: a bordered container whose widgets send their values only on submit."""

    KIND: ClassVar[str] = "form"
    form_id: str
    clear_on_submit: bool
    enter_to_submit: bool
    border: bool


@record
class Status:
    """st.status: an expander whose icon shows how the work inside is going."""

    KIND: ClassVar[str] = "status"
    label: str
    expanded: bool
    state: Literal["running", "complete", "error"]


@record
class TabContainer:
    """st.tabs: its children are the Tab blocks, in order."""

    KIND: ClassVar[str] = "tab_container"


@record
class Tab:
    KIND: ClassVar[str] = "tab"
    label: str


@record
class Popover:
    """st.popover: a button that opens a floating container (its content is drawn each run)."""

    KIND: ClassVar[str] = "popover"
    label: str
    help: str | None
    disabled: bool
    use_container_width: bool


@record
class ChatMessage:
    """st.chat_message: `avatar` is an emoji or short text, or an image URL when `avatar_is_image`."""

    KIND: ClassVar[str] = "chat_message"
    name: str
    avatar: str
    avatar_is_image: bool


@record
class Dialog:
    """@st.dialog: a modal over the page (in the event root) whose body is a fragment.
    The page opens it for every run that sends it; the user's close (X, Escape, a click
    outside) hides it until a later run sends it again."""

    KIND: ClassVar[str] = "dialog"
    title: str
    width: Literal["small", "large"]
    dismissible: bool



Block = Union[
    Vertical, Horizontal, Column, Expander, Form, Status, TabContainer, Tab, Popover, ChatMessage,
    Dialog,
]


# ------------------------------------------------- forward messages (to page)


@record
class BootStatus:
    """Sent by the worker while it boots, before Python runs the app."""

    TYPE: ClassVar[str] = "boot"
    stage: BootStage
    detail: str


@record
class ScriptStarted:
    """`fragment_ids`: the fragments this run reruns, in order; empty for a
    full run (see Note [Fragment runs] in runtime/fragment.py)."""

    TYPE: ClassVar[str] = "script_started"
    run_id: int
    fragment_ids: list[str] = dataclasses.field(default_factory=list)


@record
class ElementDelta:
    TYPE: ClassVar[str] = "element"
    run_id: int
    path: list[int]
    element: Element


@record
class BlockDelta:
    """`update`: the block already at `path` changed in place (st.status's update()),
    so its children stay even within the run that made it (Note [Block updates] in
    web/src/app/tree.ts)."""

    TYPE: ClassVar[str] = "block"
    run_id: int
    path: list[int]
    block: Block
    update: bool = False


@record
class ScriptFinished:
    """`rerun`: interrupted for a new run; the page keeps stale nodes."""

    TYPE: ClassVar[str] = "script_finished"
    run_id: int
    status: RunStatus


@record
class MenuItems:
    """st.set_page_config(menu_items=...): URLs for "Get help" and "Report a bug"
    (None hides the item) and the "About" dialog's Markdown (None: the default)."""

    get_help: str | None
    report_a_bug: str | None
    about: str | None


@record
class PageConfig:
    """st.set_page_config. `sidebar`: initial_sidebar_state ("auto": expanded
    unless the window is narrow)."""

    TYPE: ClassVar[str] = "page_config"
    title: str | None
    icon: str | None
    layout: Literal["centered", "wide"]
    sidebar: Literal["auto", "expanded", "collapsed"] = "auto"
    menu_items: MenuItems | None = None


@record
class Theme:
    """`[theme]` of .streamlit/config.toml: only the options the file sets (None:
    inherit from `base`, CFG-27)."""

    base: Literal["light", "dark"] | None
    primary_color: str | None
    background_color: str | None
    secondary_background_color: str | None
    text_color: str | None
    font: str | None


@record
class PasswordRequired:
    """Sent by the worker (never by Python) before it unpacks an encrypted bundle:
    the page asks for the password; `error` after a wrong one (Note [Encrypted
    bundles] in build/crypto.py)."""

    TYPE: ClassVar[str] = "password_required"
    error: str | None


@record
class AppConfig:
    """The options of .streamlit/config.toml the page needs, sent once before the
    first run (py/wasmlit/config.py)."""

    TYPE: ClassVar[str] = "app_config"
    theme: Theme
    toolbar_mode: Literal["auto", "developer", "viewer", "minimal"]
    show_sidebar_navigation: bool
    # server.runOnSave / allowRunOnSave: only a page of `wasmlit run` watches files
    # (Note [Run on save] in web/src/worker/dev.ts).
    run_on_save: bool = False
    allow_run_on_save: bool = True


@record
class Fatal:
    """The runtime cannot go on (boot failed, package missing, ...)."""

    TYPE: ClassVar[str] = "fatal"
    message: str
    detail: str


# ------------------------------------------------------- fragments (st.fragment)


@record
class FragmentBody:
    """The block at `path` is the body of fragment `fragment_id` (sent each time
    the fragment runs). A widget below it reruns only the fragment; a fragment
    run redraws only below it. `run_every`: seconds between automatic reruns."""

    TYPE: ClassVar[str] = "fragment_body"
    run_id: int
    path: list[int]
    fragment_id: str
    run_every: float | None


# ------------------------ multipage: navigation and the URL (issue 7, pages)
# Note [Page addressing] in py/wasmlit/pages.py


@record
class NavPage:
    """One page of the navigation: `url_path` is "" for the default page."""

    url_path: str
    label: str
    icon: str
    section: str
    default: bool


@record
class Navigation:
    """The app's pages (sent each run that has them) and the page running now."""

    TYPE: ClassVar[str] = "navigation"
    pages: list[NavPage]
    position: Literal["sidebar", "hidden"]
    current: str
    #: the page the run was asked for was unknown: draw Streamlit's "Page not
    #: found" dialog (`not_found` is the name asked for, "" under st.navigation)
    not_found: str | None


@record
class QueryString:
    """st.query_params changed: the page's URL takes this query (no reload)."""

    TYPE: ClassVar[str] = "query_string"
    query_string: str


ForwardMsg = Union[
    BootStatus, ScriptStarted, ElementDelta, BlockDelta, ScriptFinished, PageConfig, Fatal,
    FragmentBody, AppConfig, PasswordRequired,
    Navigation, QueryString,
]


# ---------------------------------------------------- back messages (to Python)


@record
class WidgetState:
    """The page's value for one widget; `trigger` marks a button press."""

    id: str
    value: JSONValue
    trigger: bool


@record
class Rerun:
    """Every widget the page shows, with its current value."""

    TYPE: ClassVar[str] = "rerun"
    widgets: list[WidgetState]
    #: Set when a widget inside a fragment (or its run_every timer) asks: rerun
    #: only that fragment.
    fragment_id: str | None = None
    #: The URL path of the page to run ("" the default page; None: the page
    #: running now) and the URL's query (None: unchanged); Note [Page addressing].
    page: str | None = None
    query_string: str | None = None
    #: The visitor navigated by URL (a typed address, a markdown link): this run
    #: starts a new session, as Streamlit's page load does (SS-12, MPA-35).
    #: Session state, widget values, uploads and fragments are dropped; the
    #: caches stay (sessions share them). Note [URL navigation] in routing.ts.
    new_session: bool = False


@record
class Stop:
    TYPE: ClassVar[str] = "stop"


@record
class ClearCache:
    """The app menu's "Clear cache" (or the C key): empty st.cache_data and
    st.cache_resource, persisted entries included; the page then reruns."""

    TYPE: ClassVar[str] = "clear_cache"


@record
class Unlock:
    """The password the visitor typed; the worker takes it (Python ignores it)."""

    TYPE: ClassVar[str] = "unlock"
    password: str


@record
class FileUpload:
    """One file's bytes, for widget `widget_id`; `file_id` is the page's (increasing) number."""

    file_id: int
    widget_id: str
    name: str
    type: str
    data: bytes


@record
class UploadFiles:
    """Files picked in a file_uploader or camera_input, sent once, before the widget's new
    value (Note [Uploads] in state/uploads.py); stored, it does not rerun by itself."""

    TYPE: ClassVar[str] = "upload_files"
    files: list[FileUpload]


BackMsg = Union[Rerun, Stop, ClearCache, Unlock, UploadFiles]

ELEMENT_TYPES: tuple[type, ...] = Element.__args__  # type: ignore[attr-defined]  # Union introspection
BLOCK_TYPES: tuple[type, ...] = Block.__args__  # type: ignore[attr-defined]  # Union introspection
FORWARD_TYPES: tuple[type, ...] = ForwardMsg.__args__  # type: ignore[attr-defined]  # Union introspection
BACK_TYPES: tuple[type, ...] = BackMsg.__args__  # type: ignore[attr-defined]  # Union introspection


# ----------------------------------------------------------- (de)serializing


_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})
_SCALARS = (str, int, float, bool, type(None))
# Per class: its tag items ("type"/"kind") and field names if it is a
# dataclass, else None; looked up once (encoding runs for every delta, in
# Pyodide, where each getattr and is_dataclass call is dear; bench/
# rerun_200_elements).
_SHAPES: dict[type, tuple[tuple[tuple[str, JSONValue], ...], tuple[str, ...]] | None] = {}


def _shape(cls: type) -> tuple[tuple[tuple[str, JSONValue], ...], tuple[str, ...]] | None:
    try:
        return _SHAPES[cls]
    except KeyError:
        pass
    shape = None
    if dataclasses.is_dataclass(cls):
        tags = tuple((tag.lower(), cls.__dict__[tag]) for tag in ("TYPE", "KIND") if tag in cls.__dict__)
        shape = (tags, tuple(f.name for f in dataclasses.fields(cls)))
    _SHAPES[cls] = shape
    return shape


_BUFFER_TYPES = (bytes, bytearray, memoryview)


def to_wire(value: Any, buffers: list[Buffer] | None = None) -> JSONValue:
    """A protocol value as plain JSON data, with its tag.

    Bytes (Note [Bulk bytes]) become `{"$bytes": n}`, n indexing `buffers`,
    which they are appended to; without `buffers` they are dropped to that
    placeholder with n = -1 (AppTest's check that a message encodes).
    """
    cls = type(value)
    if cls in _SCALAR_TYPES:
        return value  # one of JSON's scalars
    if cls is list or cls is tuple:
        return [to_wire(v, buffers) for v in value]
    if cls in _BUFFER_TYPES:
        if buffers is None:
            return {"$bytes": -1}
        buffers.append(value)
        return {"$bytes": len(buffers) - 1}
    shape = _shape(cls)
    if shape is not None:
        tags, names = shape
        out: dict[str, JSONValue] = dict(tags)
        fields = getattr(value, "__dict__", None)  # None for a slots dataclass
        for name in names:
            v = fields[name] if fields is not None else getattr(value, name)
            out[name] = v if type(v) in _SCALAR_TYPES else to_wire(v, buffers)
        return out
    if isinstance(value, (list, tuple)):
        return [to_wire(v, buffers) for v in value]
    return value  # JSON already: subclasses of the scalars, the dicts of st.json


def encode(msg: ForwardMsg) -> bytes:
    """`msg` as UTF-8 JSON, its bytes left as placeholders; see `encode_parts`."""
    return json.dumps(to_wire(msg), separators=(",", ":"), allow_nan=False).encode()


def encode_parts(msg: ForwardMsg) -> tuple[bytes, list[Buffer]]:
    """`msg` as UTF-8 JSON plus the bytes it carries, in placeholder order.

    Note [Bulk bytes]
    ~~~~~~~~~~~~~~~~~
    A schema field typed `bytes` (an image, an Arrow IPC stream, a download, an
    upload) never travels inside the JSON: it is replaced by `{"$bytes": n}`
    and its data goes beside the text as the n-th transferred ArrayBuffer (the
    page's channel.ts puts a Uint8Array back in its place before the message is
    applied). In the other direction a BackMsg may hold Uint8Arrays, which the
    page sends the same way and `parse_backmsg` turns back into `bytes`.
    Encoding base64 in Python and decoding it on the main thread would cost a
    third more bytes and two passes over them.
    """
    buffers: list[Buffer] = []
    text = json.dumps(to_wire(msg, buffers), separators=(",", ":"), allow_nan=False).encode()
    return text, buffers


def _bytes_hook(buffers: Sequence[bytes]) -> Callable[[dict[str, Any]], Any]:
    def hook(obj: dict[str, Any]) -> Any:
        if len(obj) == 1 and "$bytes" in obj:
            n = obj["$bytes"]
            if not (type(n) is int and 0 <= n < len(buffers)):
                raise ProtocolError(f"no buffer {n!r} for a $bytes placeholder")
            return buffers[n]
        return obj

    return hook


class ProtocolError(ValueError):
    """A message from the page that does not fit the schema."""


def parse_backmsg(data: str | bytes | dict[str, Any], buffers: Sequence[bytes] = ()) -> BackMsg:
    """A BackMsg from its JSON; `{"$bytes": n}` in it stands for `buffers[n]` (Note [Bulk bytes])."""
    if isinstance(data, (str, bytes)):
        raw = json.loads(data, object_hook=_bytes_hook(buffers)) if buffers else json.loads(data)
    else:
        raw = data
    if not isinstance(raw, dict):
        raise ProtocolError(f"a BackMsg must be an object, got {type(raw).__name__}")
    tag = raw.get("type")
    if tag == Rerun.TYPE:
        widgets = raw.get("widgets")
        if not isinstance(widgets, list):
            raise ProtocolError("rerun.widgets must be a list")
        states = []
        for w in widgets:
            if not (isinstance(w, dict) and isinstance(w.get("id"), str)):
                raise ProtocolError(f"bad widget state: {w!r}")
            states.append(WidgetState(w["id"], w.get("value"), bool(w.get("trigger", False))))
        fragment_id = raw.get("fragment_id")
        if fragment_id is not None and not isinstance(fragment_id, str):
            raise ProtocolError("rerun.fragment_id must be a string or null")
        page, query = raw.get("page"), raw.get("query_string")
        if not all(v is None or isinstance(v, str) for v in (page, query)):
            raise ProtocolError("rerun.page and rerun.query_string must be strings or null")
        new_session = raw.get("new_session", False)
        if not isinstance(new_session, bool):
            raise ProtocolError("rerun.new_session must be a boolean")
        return Rerun(states, fragment_id, page, query, new_session)
    if tag == Stop.TYPE:
        return Stop()
    if tag == ClearCache.TYPE:
        return ClearCache()
    if tag == UploadFiles.TYPE:
        return _parse_upload(raw)
    raise ProtocolError(f"unknown BackMsg type {tag!r}")


def _parse_upload(raw: dict[str, Any]) -> UploadFiles:
    files = raw.get("files")
    if not isinstance(files, list):
        raise ProtocolError("upload_files.files must be a list")
    out = []
    for f in files:
        if not (
            isinstance(f, dict) and type(f.get("file_id")) is int
            and all(isinstance(f.get(k), str) for k in ("widget_id", "name", "type"))
            and isinstance(f.get("data"), (bytes, bytearray, memoryview))
        ):
            raise ProtocolError(f"bad file upload: {f!r}")
        out.append(FileUpload(f["file_id"], f["widget_id"], f["name"], f["type"], bytes(f["data"])))
    return UploadFiles(out)
