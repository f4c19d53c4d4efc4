"""Uploaded files: Streamlit's `UploadedFile`, and the per-session store of their bytes.

Note [Uploads]
~~~~~~~~~~~~~~
A file picked in st.file_uploader (or a photo from st.camera_input) crosses
the channel once: the page numbers it (`file_id`, increasing for the life of
the page) and sends its bytes in an `UploadFiles` BackMsg, beside the JSON
(Note [Bulk bytes] in protocol.py); the session keeps them here, in its
`UploadStore`, without a rerun. The widget's value is then only a
`FileUploaderState`: the infos (id, name, type, size) of the files it holds,
and `max_file_id`, the newest id the page had made when it sent that value.
So a later rerun resends a few ids, never the bytes, as with Streamlit's
UploadedFileManager.

A file leaves the store when its widget's value no longer lists it and its id
is at most that value's `max_file_id` (Streamlit's rule for orphans): inside
an st.form the page keeps sending the last submitted value (Note [Form
batching] in web/src/app/widgets.ts), whose `max_file_id` is older than the
files picked since, so unsubmitted uploads are kept until the submit. The
files of a widget that is gone leave after the first full run that did not
draw it (only those that had arrived before the run started).
"""

from __future__ import annotations

import io
import threading
from typing import Any

from wasmlit import protocol


class UploadedFile(io.BytesIO):
    """A file from st.file_uploader or st.camera_input: a BytesIO of its bytes.

    Works wherever a binary file does (`pd.read_csv(f)`, `PIL.Image.open(f)`).
    Two are equal when they hold the same upload (`file_id`).
    """

    def __init__(self, upload: protocol.FileUpload) -> None:
        super().__init__(upload.data)
        self.file_id = str(upload.file_id)
        self.name = upload.name
        self.type = upload.type
        self.size = len(upload.data)
        self._file_urls = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    __hash__ = None  # type: ignore[assignment]  # mutable, equal by file id (Streamlit's)

    def __repr__(self) -> str:
        return (f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, "
                f"type={self.type!r}, size={self.size})")

    def info(self) -> protocol.UploadedFileInfo:
        return protocol.UploadedFileInfo(int(self.file_id), self.name, self.type, self.size)


def state_of(files: Any) -> protocol.FileUploaderState:
    """The wire value for what a widget returns (None, one UploadedFile, or a list)."""
    items = [] if files is None else list(files) if isinstance(files, (list, tuple)) else [files]
    infos = [f.info() for f in items if isinstance(f, UploadedFile)]
    return protocol.FileUploaderState(max((i.file_id for i in infos), default=0), infos)


def parse_state(value: Any) -> tuple[int, list[int]]:
    """(max_file_id, file ids) of a wire value; (0, []) for None or anything malformed."""
    if isinstance(value, protocol.FileUploaderState):
        return value.max_file_id, [f.file_id for f in value.files]
    if not isinstance(value, dict):
        return 0, []
    files = value.get("files")
    ids = [f["file_id"] for f in files if isinstance(f, dict) and type(f.get("file_id")) is int] \
        if isinstance(files, list) else []
    top = value.get("max_file_id")
    return (top if type(top) is int else 0), ids


class UploadStore:
    """A session's uploaded files by id (Note [Uploads])."""

    def __init__(self) -> None:
        self._files: dict[int, protocol.FileUpload] = {}
        self._lock = threading.Lock()  # the page may upload while a script reads

    def add(self, files: list[protocol.FileUpload]) -> None:
        with self._lock:
            for f in files:
                self._files[f.file_id] = f

    def newest_id(self) -> int:
        with self._lock:
            return max(self._files, default=0)

    def files_for(self, widget_id: str, value: Any) -> list[UploadedFile]:
        """The files a widget's wire value names (fresh objects, read from the start);
        drops the widget's orphans (Note [Uploads])."""
        top, ids = parse_state(value)
        with self._lock:
            for fid, f in list(self._files.items()):
                if f.widget_id == widget_id and fid <= top and fid not in ids:
                    del self._files[fid]
            found = [self._files[i] for i in ids if i in self._files]
        return [UploadedFile(f) for f in found]

    def forget_widgets(self, live: set[str], up_to: int) -> None:
        """After a full run: drop files (with id <= `up_to`) of widgets no longer shown."""
        with self._lock:
            for fid, f in list(self._files.items()):
                if fid <= up_to and f.widget_id not in live:
                    del self._files[fid]

    def __len__(self) -> int:
        return len(self._files)

