"""AppTest's views of elements, with Streamlit's names, properties and methods."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from wasmlit import protocol
from wasmlit.state.widgets import PREFIX
from wasmlit.testing.tree import Node, walk

if TYPE_CHECKING:
    from wasmlit.testing.app_test import AppTest

_HEADINGS = {1: "title", 2: "header", 3: "subheader"}


def type_name(payload: Any) -> str:
    """Streamlit's element type name (`at.get(name)`) for a payload."""
    if isinstance(payload, protocol.Heading):
        return _HEADINGS.get(payload.level, "header")
    if isinstance(payload, protocol.Markdown):
        return "caption" if payload.caption else "markdown"
    if isinstance(payload, protocol.Alert):
        return payload.level
    if isinstance(payload, protocol.Celebration):
        return payload.effect  # at.get("balloons"), at.get("snow")
    if isinstance(payload, protocol.Feedback):
        return "button_group"  # Streamlit draws st.feedback as a button group
    if isinstance(payload, protocol.FormSubmitButton):
        return "button"  # Streamlit's AppTest lists submit buttons with buttons (FORM-22)
    return str(payload.KIND)


class Element:
    def __init__(self, node: Node, root: AppTest) -> None:
        self.proto = node.payload
        self.root = root
        self.type = type_name(node.payload)
        self.key: str | None = None

    @property
    def value(self) -> Any:
        return getattr(self.proto, "body", None)

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(value={self.value!r})"


class Markdown(Element):
    @property
    def body(self) -> str:
        return str(self.proto.body)


class Heading(Markdown):
    @property
    def anchor(self) -> str | None:
        return self.proto.anchor  # type: ignore[no-any-return]  # protocol field


class Code(Element):
    @property
    def language(self) -> str | None:
        return self.proto.language  # type: ignore[no-any-return]  # protocol field


class Alert(Element):
    @property
    def icon(self) -> str | None:
        return self.proto.icon  # type: ignore[no-any-return]  # protocol field


class Toast(Element):
    @property
    def icon(self) -> str | None:
        return self.proto.icon  # type: ignore[no-any-return]  # protocol field


class Exception(Element):  # noqa: A001 - Streamlit's name for AppTest's exception view
    @property
    def value(self) -> str:
        return str(self.proto.message)

    @property
    def message(self) -> str:
        return str(self.proto.message)

    @property
    def stack_trace(self) -> list[str]:
        return list(self.proto.stack_trace)

    @property
    def is_warning(self) -> bool:
        return bool(self.proto.is_warning)

    @property
    def type_name(self) -> str:
        return str(self.proto.type_name)


class Progress(Element):
    @property
    def value(self) -> int:
        return int(self.proto.value)


class Spinner(Element):
    @property
    def value(self) -> str:
        return str(self.proto.text)


# ------------------------------------------------------------------ widgets

_UNSET = object()


class Widget(Element):
    def __init__(self, node: Node, root: AppTest) -> None:
        super().__init__(node, root)
        self.id: str = self.proto.id
        self.key = widget_key(self.id)
        self._value: Any = _UNSET

    @property
    def label(self) -> str:
        return str(self.proto.label)

    @property
    def help(self) -> str | None:
        return self.proto.help  # type: ignore[no-any-return]  # protocol field

    @property
    def disabled(self) -> bool:
        return bool(self.proto.disabled)

    @property
    def value(self) -> Any:
        if self._value is not _UNSET:
            return self._value
        return self.root._widget_value(self.id)

    def set_value(self, v: Any) -> Widget:
        self._value = v
        self.root._pending[self.id] = self
        return self

    def widget_state(self) -> protocol.WidgetState:
        """What the page would send: its shown value, or the value the test set."""
        if self._value is _UNSET:
            return protocol.WidgetState(self.id, self.proto.value, False)
        return protocol.WidgetState(self.id, self.root._serialize(self.id, self._value), False)


def widget_key(widget_id: str) -> str | None:
    rest = widget_id[len(PREFIX):]
    _, _, key = rest.partition("-")
    return None if key == "None" else key


class Button(Widget):
    @property
    def value(self) -> bool:
        if self._value is not _UNSET:
            return bool(self._value)
        return bool(self.root._widget_value(self.id))

    @property
    def form_id(self) -> str:
        """The form a submit button submits ("" for st.button), as in Streamlit's AppTest."""
        return str(getattr(self.proto, "form_id", ""))

    def click(self) -> Button:
        self.set_value(True)
        return self

    def widget_state(self) -> protocol.WidgetState:
        return protocol.WidgetState(self.id, bool(self._value is True), True)


class Checkbox(Widget):
    def check(self) -> Checkbox:
        return self.set_value(True)  # type: ignore[return-value]  # same object

    def uncheck(self) -> Checkbox:
        return self.set_value(False)  # type: ignore[return-value]  # same object


class TextInput(Widget):
    @property
    def placeholder(self) -> str:
        return str(self.proto.placeholder)

    @property
    def max_chars(self) -> int | None:
        return self.proto.max_chars  # type: ignore[no-any-return]  # protocol field

    def input(self, v: str) -> TextInput:
        """Type `v`: ignored beyond max_chars, as the page would."""
        if self.max_chars is not None and len(v) > self.max_chars:
            return self
        return self.set_value(v)  # type: ignore[return-value]  # same object


class NumberInput(Widget):
    @property
    def min(self) -> float | None:
        return self.proto.min_value  # type: ignore[no-any-return]  # protocol field

    @property
    def max(self) -> float | None:
        return self.proto.max_value  # type: ignore[no-any-return]  # protocol field

    @property
    def step(self) -> float:
        return self.proto.step  # type: ignore[no-any-return]  # protocol field

    @property
    def format(self) -> str:
        return str(self.proto.format)

    def increment(self) -> NumberInput:
        v = (self.value or 0) + self.step
        if self.max is not None:
            v = min(v, self.max)
        return self.set_value(v)  # type: ignore[return-value]  # same object

    def decrement(self) -> NumberInput:
        v = (self.value or 0) - self.step
        if self.min is not None:
            v = max(v, self.min)
        return self.set_value(v)  # type: ignore[return-value]  # same object


class Slider(Widget):
    @property
    def min(self) -> float:
        return self.proto.min_value  # type: ignore[no-any-return]  # protocol field

    @property
    def max(self) -> float:
        return self.proto.max_value  # type: ignore[no-any-return]  # protocol field

    @property
    def step(self) -> float:
        return self.proto.step  # type: ignore[no-any-return]  # protocol field

    def set_range(self, lower: Any, upper: Any) -> Slider:
        return self.set_value((lower, upper))  # type: ignore[return-value]  # same object


class Selectbox(Widget):
    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    @property
    def placeholder(self) -> str:
        return str(self.proto.placeholder)

    @property
    def index(self) -> int | None:
        if self._value is _UNSET:
            return self.proto.value  # type: ignore[no-any-return]  # the shown index
        return self.root._serialize(self.id, self._value)  # type: ignore[no-any-return]  # an index

    def select(self, v: Any) -> Selectbox:
        return self.set_value(v)  # type: ignore[return-value]  # same object

    def select_index(self, index: int | None) -> Selectbox:
        self._value = _UNSET
        self.root._pending[self.id] = _IndexChoice(self, index)
        return self


class Toggle(Widget):
    @property
    def value(self) -> bool:
        return bool(super().value)


class Radio(Widget):
    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    @property
    def horizontal(self) -> bool:
        return bool(self.proto.horizontal)

    @property
    def index(self) -> int | None:
        if self._value is _UNSET:
            return self.proto.value  # type: ignore[no-any-return]  # the shown index
        return self.root._serialize(self.id, self._value)  # type: ignore[no-any-return]  # an index


class Multiselect(Widget):
    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    @property
    def placeholder(self) -> str:
        return str(self.proto.placeholder)

    @property
    def max_selections(self) -> int | None:
        return self.proto.max_selections  # type: ignore[no-any-return]  # protocol field

    @property
    def value(self) -> list[Any]:
        return list(super().value)

    @property
    def indices(self) -> list[int]:
        if self._value is _UNSET:
            return list(self.proto.value)
        return list(self.root._serialize(self.id, self._value))

    def select(self, v: Any) -> Multiselect:
        current = self.value
        if v not in current:
            current.append(v)
        return self.set_value(current)  # type: ignore[return-value]  # same object

    def unselect(self, v: Any) -> Multiselect:
        current = self.value
        if v in current:
            current.remove(v)
        return self.set_value(current)  # type: ignore[return-value]  # same object


class TextArea(TextInput):
    pass


class SelectSlider(Widget):
    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    def set_range(self, lower: Any, upper: Any) -> SelectSlider:
        return self.set_value((lower, upper))  # type: ignore[return-value]  # same object


class DateInput(Widget):
    @property
    def min(self) -> date:
        return date.fromisoformat(self.proto.min_value)

    @property
    def max(self) -> date:
        return date.fromisoformat(self.proto.max_value)

    @property
    def is_range(self) -> bool:
        return bool(self.proto.is_range)


class TimeInput(Widget):
    @property
    def step(self) -> int:
        return int(self.proto.step)

    def increment(self) -> TimeInput:
        """One `step` later, as in Streamlit's AppTest."""
        return self._move(1)

    def decrement(self) -> TimeInput:
        return self._move(-1)

    def _move(self, sign: int) -> TimeInput:
        current = self.value
        if current is None:
            return self
        moved = datetime.combine(date(2000, 1, 1), current) + sign * timedelta(seconds=self.step)
        return self.set_value(moved.time())  # type: ignore[return-value]  # same object


class ColorPicker(Widget):
    def pick(self, v: str) -> ColorPicker:
        return self.set_value(v)  # type: ignore[return-value]  # same object


class ButtonGroup(Widget):
    """st.pills and st.segmented_control (Streamlit's AppTest calls both button_group)."""

    @property
    def options(self) -> list[str]:
        return list(self.proto.options)

    @property
    def indices(self) -> list[int]:
        if self._value is _UNSET:
            return list(self.proto.value)
        return list(self.root._serialize(self.id, self._value))

    def _selected(self) -> list[Any]:
        v = self.value
        if isinstance(v, list):
            return list(v)
        return [] if v is None else [v]

    def select(self, v: Any) -> ButtonGroup:
        if self.proto.selection_mode == "single":
            return self.set_value(v)  # type: ignore[return-value]  # same object
        current = self._selected()
        if v not in current:
            current.append(v)
        return self.set_value(current)  # type: ignore[return-value]  # same object

    def unselect(self, v: Any) -> ButtonGroup:
        if self.proto.selection_mode == "single":
            return self.set_value(None if self.value == v else self.value)  # type: ignore[return-value]  # same object
        current = self._selected()
        if v in current:
            current.remove(v)
        return self.set_value(current)  # type: ignore[return-value]  # same object


class FileUploader(Widget):
    """st.file_uploader and st.camera_input (Streamlit 1.41's AppTest has no accessor for
    them: `at.get("file_uploader")`, `at.get("camera_input")`). Files are given as
    `upload(name, data, type=None)`; the test's next `run()` sends them, as the page would
    (Note [Uploads] in state/uploads.py)."""

    @property
    def accept(self) -> list[str]:
        """The extensions `type=` allows (".csv"); empty: any file."""
        return list(getattr(self.proto, "accept", []))

    @property
    def multiple_files(self) -> bool:
        return bool(getattr(self.proto, "multiple", False))

    def _current(self) -> list[Any]:
        v = self.value
        return [] if v is None else list(v) if isinstance(v, list) else [v]

    def upload(self, name: str, data: bytes | str, type: str | None = None) -> FileUploader:
        """Picks one more file (a single-file uploader or camera replaces its file)."""
        import mimetypes

        from wasmlit.state.uploads import UploadedFile

        store = self.root._session.uploads
        upload = protocol.FileUpload(
            max(store.newest_id(), self._newest()) + 1, self.id, name,
            type or mimetypes.guess_type(name)[0] or "application/octet-stream",
            data.encode() if isinstance(data, str) else bytes(data),
        )
        store.add([upload])
        added = UploadedFile(upload)
        files = self._current() + [added] if self.multiple_files else [added]
        return self.set_value(files if self.multiple_files else added)  # type: ignore[return-value]  # same object

    def remove(self, name: str) -> FileUploader:
        """Removes the file named `name` (the page's x button)."""
        files = [f for f in self._current() if f.name != name]
        return self.set_value(files if self.multiple_files else (files[0] if files else None))  # type: ignore[return-value]  # same object

    def clear(self) -> FileUploader:
        return self.set_value([] if self.multiple_files else None)  # type: ignore[return-value]  # same object

    def _newest(self) -> int:
        return int(self.proto.value.max_file_id)

    def widget_state(self) -> protocol.WidgetState:
        if self._value is _UNSET:
            return protocol.WidgetState(self.id, self.proto.value, False)
        from wasmlit.state.uploads import state_of

        state = state_of(self._value)
        # Every file the widget held before is now older than the value: gone unless listed.
        top = max(state.max_file_id, self._newest(), self.root._session.uploads.newest_id())
        return protocol.WidgetState(self.id, protocol.FileUploaderState(top, state.files), False)
class ChatInput(Widget):
    """`at.chat_input[i]`: a trigger (Note [Chat input] in elements/chat.py);
    `set_value("hi")` submits "hi" in the next run only."""

    @property
    def placeholder(self) -> str:
        return str(self.proto.placeholder)

    @property
    def max_chars(self) -> int | None:
        return self.proto.max_chars  # type: ignore[no-any-return]  # protocol field

    def widget_state(self) -> protocol.WidgetState:
        value = None if self._value is _UNSET else self._value
        return protocol.WidgetState(self.id, value, True)


class Feedback(ButtonGroup):
    """st.feedback, listed with `at.button_group` as in Streamlit's AppTest:
    `set_value(i)` chooses the option whose value is i."""

    @property
    def label(self) -> str:
        return ""

    @property
    def help(self) -> str | None:
        return None

    def select(self, v: Any) -> Feedback:
        return self.set_value(v)  # type: ignore[return-value]  # same object

    def unselect(self, v: Any) -> Feedback:
        return self.set_value(None if self.value == v else self.value)  # type: ignore[return-value]  # same object


@dataclass
class _IndexChoice:
    widget: Selectbox
    index: int | None

    def widget_state(self) -> protocol.WidgetState:
        return protocol.WidgetState(self.widget.id, self.index, False)


VIEWS: dict[str, type[Element]] = {
    "markdown": Markdown, "caption": Markdown, "title": Heading, "header": Heading,
    "subheader": Heading, "text": Element, "code": Code, "divider": Element, "json": Element,
    "success": Alert, "info": Alert, "warning": Alert, "error": Alert, "toast": Toast,
    "exception": Exception, "progress": Progress, "spinner": Spinner, "empty": Element,
    "button": Button, "download_button": Button, "checkbox": Checkbox, "text_input": TextInput,
    "number_input": NumberInput, "slider": Slider, "selectbox": Selectbox,
    "toggle": Toggle, "radio": Radio, "multiselect": Multiselect, "text_area": TextArea,
    "select_slider": SelectSlider, "date_input": DateInput, "time_input": TimeInput,
    "color_picker": ColorPicker, "button_group": ButtonGroup, "chat_input": ChatInput,
    "file_uploader": FileUploader, "camera_input": FileUploader,
    "custom_component": Widget,
}
#: Views chosen by the payload's kind where one AppTest name covers several kinds.
KIND_VIEWS: dict[str, type[Element]] = {"feedback": Feedback}

E = TypeVar("E", bound=Element)


class ElementList(Sequence[E], Generic[E]):
    def __init__(self, items: list[E]) -> None:
        self._items = items

    @overload
    def __getitem__(self, i: int) -> E: ...
    @overload
    def __getitem__(self, i: slice) -> ElementList[E]: ...
    def __getitem__(self, i: int | slice) -> E | ElementList[E]:
        if isinstance(i, slice):
            return ElementList(self._items[i])
        return self._items[i]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[E]:
        return iter(self._items)

    def __call__(self, key: str | None = None) -> E:
        """The widget with this key (`at.button(key="submit")`, `at.button("cancel")`)."""
        for item in self._items:
            if item.key == key:
                return item
        raise KeyError(key)

    @property
    def values(self) -> list[Any]:
        return [e.value for e in self._items]

    def __repr__(self) -> str:
        return f"ElementList({self._items!r})"


class Block:
    """A container view (`at.main`, `at.sidebar`, `at.columns[i]`) with AppTest's accessors."""

    def __init__(self, node: Node, root: AppTest) -> None:
        self.node = node
        self.root = root

    @property
    def children(self) -> list[Element | Block]:
        out: list[Element | Block] = []
        for _, child in self.node.ordered():
            out.append(Block(child, self.root) if child.is_block else self.root._view(child))
        return out

    def get(self, element_type: str) -> ElementList[Any]:
        view = BLOCK_VIEWS.get(element_type)
        if view is not None:
            return ElementList(
                [view(n, self.root) for n in walk(self.node)
                 if n.is_block and getattr(n.payload, "KIND", None) == element_type]
            )
        if element_type in ("column", "columns"):
            return ElementList(
                [Column(n, self.root) for n in walk(self.node)
                 if isinstance(n.payload, protocol.Column)]
            )
        return ElementList(
            [self.root._view(n) for n in walk(self.node)
             if not n.is_block and type_name(n.payload) == element_type]
        )

    def __getattr__(self, name: str) -> ElementList[Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "columns":
            return self.get("column")
        if name == "tabs":
            return self.get("tab")
        if name in VIEWS or name in BLOCK_VIEWS:
            return self.get(name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"Block({type(self.node.payload).__name__})"


class LabeledBlock(Block):
    """A block whose payload has a `label` (status, expander, tab, popover)."""

    @property
    def label(self) -> str:
        return str(self.node.payload.label)


class Status(LabeledBlock):
    """`at.status[i]`: st.status's label, state and expanded flag, and its contents."""

    @property
    def state(self) -> str:
        return str(self.node.payload.state)

    @property
    def expanded(self) -> bool:
        return bool(self.node.payload.expanded)


class Column(Block):
    """`at.columns[i]`: one column of st.columns, with its share of the row's width."""

    @property
    def weight(self) -> float:
        return float(self.node.payload.weight)


class Expander(LabeledBlock):
    """`at.expander[i]`: st.expander's label and icon, and its contents."""

    @property
    def icon(self) -> str | None:
        icon = self.node.payload.icon
        return None if icon is None else str(icon)


class Tab(LabeledBlock):
    """`at.tabs[i]`: one tab of st.tabs, with its label and contents."""


class Popover(LabeledBlock):
    """`at.get("popover")[i]`: st.popover's label and contents."""


class ChatMessage(Block):
    """`at.chat_message[i]`: the author's name and avatar, and the message's contents."""

    @property
    def name(self) -> str:
        return str(self.node.payload.name)

    @property
    def avatar(self) -> str:
        return str(self.node.payload.avatar)


class Dialog(Block):
    """`at.get("dialog")[i]`: an open @st.dialog's title and contents."""

    @property
    def title(self) -> str:
        return str(self.node.payload.title)


BLOCK_VIEWS: dict[str, type[Block]] = {
    "status": Status, "expander": Expander, "tab": Tab, "popover": Popover,
    "chat_message": ChatMessage, "dialog": Dialog,
}


def _register_data_views() -> None:
    from wasmlit.testing.data_views import DATA_VIEWS

    VIEWS.update(DATA_VIEWS)


_register_data_views()


def _register_chart_views() -> None:
    from wasmlit.testing.chart_views import CHART_VIEWS

    VIEWS.update(CHART_VIEWS)


_register_chart_views()
