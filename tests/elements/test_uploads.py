"""st.file_uploader and st.camera_input (Note [Uploads] in state/uploads.py)."""

from __future__ import annotations

import io
import pickle

import pytest

from wasmlit import protocol
from wasmlit.elements.uploads import normalize_types
from wasmlit.state.uploads import UploadedFile, UploadStore
from wasmlit.testing import AppTest

CSV_APP = '''
import pandas as pd
import streamlit as st

f = st.file_uploader("Data", type="csv")
if f is None:
    st.text("no file")
else:
    df = pd.read_csv(f)
    st.text(f"{f.name} {f.type} {f.size} rows={len(df)}")
'''


def test_WID_39_returns_None_then_a_file_pandas_reads() -> None:
    """WID-39: None until a file is uploaded, then a file-like object pd.read_csv accepts."""
    at = AppTest.from_string(CSV_APP, default_timeout=30).run()
    assert at.text[0].value == "no file"
    at.get("file_uploader")[0].upload("data.csv", b"a,b\n1,2\n3,4\n5,6\n").run()
    assert at.text[0].value == "data.csv text/csv 16 rows=3"
    at.run()  # a later rerun: the same file again, read from its start
    assert at.text[0].value == "data.csv text/csv 16 rows=3"


def test_uploaded_file_is_a_bytesio_with_streamlits_attributes() -> None:
    f = UploadedFile(protocol.FileUpload(7, "w", "a.txt", "text/plain", b"hello"))
    assert isinstance(f, io.BytesIO)
    assert (f.file_id, f.name, f.type, f.size) == ("7", "a.txt", "text/plain", 5)
    assert f.read() == b"hello" and f.getvalue() == b"hello"
    f.seek(1)
    assert f.read(2) == b"el"
    assert f == UploadedFile(protocol.FileUpload(7, "w", "a.txt", "text/plain", b"hello"))
    assert f != UploadedFile(protocol.FileUpload(8, "w", "a.txt", "text/plain", b"hello"))
    copy = pickle.loads(pickle.dumps(f))
    assert copy.name == "a.txt" and copy.getvalue() == b"hello"


def test_multiple_files_in_order_and_removal_fires_on_change() -> None:
    app = '''
    import streamlit as st

    def changed():
        st.session_state.changes = st.session_state.get("changes", 0) + 1

    files = st.file_uploader("Files", accept_multiple_files=True, on_change=changed, key="up")
    st.text(f"{[f.name for f in files]} changes={st.session_state.get('changes', 0)}")
    '''
    at = AppTest.from_string(app).run()
    assert at.text[0].value == "[] changes=0"
    up = at.get("file_uploader")[0]
    up.upload("a.txt", b"A").upload("b.txt", b"B").run()
    assert at.text[0].value == "['a.txt', 'b.txt'] changes=1"
    at.get("file_uploader")[0].upload("c.txt", b"C").run()
    assert at.text[0].value == "['a.txt', 'b.txt', 'c.txt'] changes=2"
    at.run()  # nothing changed: no callback
    assert at.text[0].value == "['a.txt', 'b.txt', 'c.txt'] changes=2"
    at.get("file_uploader")[0].remove("b.txt").run()
    assert at.text[0].value == "['a.txt', 'c.txt'] changes=3"
    assert [f.name for f in at.session_state["up"]] == ["a.txt", "c.txt"]


def test_a_single_file_uploader_replaces_its_file_and_frees_the_old_bytes() -> None:
    app = '''
    import streamlit as st
    f = st.file_uploader("One")
    st.text("none" if f is None else f.read().decode())
    '''
    at = AppTest.from_string(app).run()
    at.get("file_uploader")[0].upload("a.txt", "first").run()
    assert at.text[0].value == "first"
    at.get("file_uploader")[0].upload("b.txt", "second").run()
    assert at.text[0].value == "second"
    assert len(at._session.uploads) == 1  # the first file is an orphan, dropped
    at.get("file_uploader")[0].clear().run()
    assert at.text[0].value == "none"
    assert len(at._session.uploads) == 0


def test_store_keeps_files_newer_than_the_value_it_got() -> None:
    """Inside a form the page sends the last submitted value: uploads made since (ids above
    its max_file_id) must survive until the submit."""
    store = UploadStore()
    store.add([protocol.FileUpload(1, "w", "a", "t", b"1"), protocol.FileUpload(2, "w", "b", "t", b"2")])
    old = protocol.FileUploaderState(1, [protocol.UploadedFileInfo(1, "a", "t", 1)])
    assert [f.name for f in store.files_for("w", old)] == ["a"]
    assert len(store) == 2
    new = protocol.FileUploaderState(2, [protocol.UploadedFileInfo(2, "b", "t", 1)])
    assert [f.name for f in store.files_for("w", new)] == ["b"]
    assert len(store) == 1


def test_files_of_a_widget_that_is_gone_are_dropped() -> None:
    app = '''
    import streamlit as st
    if not st.checkbox("hide"):
        st.file_uploader("One")
    '''
    at = AppTest.from_string(app).run()
    at.get("file_uploader")[0].upload("a.txt", "x").run()
    assert len(at._session.uploads) == 1
    at.checkbox[0].check().run()
    assert len(at._session.uploads) == 0


def test_file_uploader_in_a_form_sends_on_submit() -> None:
    app = '''
    import streamlit as st
    with st.form("f", clear_on_submit=True):
        f = st.file_uploader("In form")
        st.form_submit_button("Send")
    st.text("none" if f is None else f.name)
    '''
    at = AppTest.from_string(app).run()
    at.get("file_uploader")[0].upload("a.txt", "x")
    at.button[0].click().run()
    assert at.text[0].value == "a.txt"
    assert at.get("file_uploader")[0].proto.value.files == []  # cleared on submit
    at.run()
    assert at.text[0].value == "none"
    assert len(at._session.uploads) == 0  # the cleared file's bytes are freed


def test_SS_16_BTN_20_WID_24_file_uploader_value_cannot_be_set_through_session_state() -> None:
    """SS-16 / BTN-20 / WID-24: st.file_uploader has no configurable default, and its key
    cannot be set through Session State (Streamlit's error)."""
    at = AppTest.from_string('''
    import streamlit as st
    st.session_state.up = None
    st.file_uploader("Up", key="up")
    ''').run()
    assert at.exception[0].value == (
        "Values for the widget with key 'up' cannot be set using `st.session_state`."
    )
    at = AppTest.from_string('import streamlit as st\nst.file_uploader("x", value=1)\n').run()
    assert "unexpected keyword argument 'value'" in at.exception[0].value  # no default at all


def test_type_is_normalized_as_streamlit_does() -> None:
    assert normalize_types(None) == []
    assert normalize_types("CSV") == [".csv"]
    assert normalize_types(["png", ".JPG"]) == [".png", ".jpg", ".jpeg"]
    at = AppTest.from_string('import streamlit as st\nst.file_uploader("x", type=["csv", "txt"])\n')
    at.run()
    up = at.get("file_uploader")[0]
    assert up.accept == [".csv", ".txt"] and up.proto.max_upload_size_mb == 200
    assert up.value is None


def test_identity_depends_on_type_and_multiple() -> None:
    at = AppTest.from_string('''
    import streamlit as st
    st.file_uploader("x", type="csv")
    st.file_uploader("x", type="txt")
    st.file_uploader("x", accept_multiple_files=True)
    ''').run()
    assert not at.exception
    assert len({w.id for w in at.get("file_uploader")}) == 3


def test_TEST_26_file_uploader_and_camera_input_through_at_get() -> None:
    """TEST-26: Streamlit's AppTest has no accessor for these; `at.get(...)` shows their protos."""
    at = AppTest.from_string('''
    import streamlit as st
    st.file_uploader("Up", help="h", disabled=True, label_visibility="collapsed")
    st.camera_input("Cam")
    ''').run()
    up = at.get("file_uploader")[0]
    assert (up.label, up.help, up.disabled, up.proto.label_visibility) == ("Up", "h", True, "collapsed")
    cam = at.get("camera_input")[0]
    assert isinstance(cam.proto, protocol.CameraInput) and cam.label == "Cam"


def test_camera_input_returns_the_photo_as_an_uploaded_file() -> None:
    at = AppTest.from_string('''
    import streamlit as st
    photo = st.camera_input("Take a picture")
    st.text("none" if photo is None else f"{photo.name} {photo.type} {len(photo.getvalue())}")
    ''').run()
    assert at.text[0].value == "none"
    at.get("camera_input")[0].upload("image.jpg", b"\xff\xd8\xff\xe0jpeg").run()
    assert at.text[0].value == "image.jpg image/jpeg 8"
    at.get("camera_input")[0].clear().run()
    assert at.text[0].value == "none"


def test_EXE_19_the_app_sees_viewer_files_only_through_file_uploader() -> None:
    """EXE-19: files arrive only through st.file_uploader (or the camera through
    st.camera_input); an upload for a widget does not rerun by itself."""
    at = AppTest.from_string('''
    import streamlit as st
    st.text(str(st.file_uploader("Up")))
    ''').run()
    runs = at._session.last_run_id
    wid = at.get("file_uploader")[0].id
    at._session.receive(
        '{"type":"upload_files","files":[{"file_id":1,"widget_id":"%s","name":"a","type":"t",'
        '"data":{"$bytes":0}}]}' % wid, [b"abc"])
    assert at._session.last_run_id == runs and len(at._session.uploads) == 1


def test_parse_upload_backmsg_checks_its_fields() -> None:
    msg = protocol.parse_backmsg(
        '{"type":"upload_files","files":[{"file_id":3,"widget_id":"w","name":"n","type":"t",'
        '"data":{"$bytes":0}}]}', [b"xyz"])
    assert msg == protocol.UploadFiles([protocol.FileUpload(3, "w", "n", "t", b"xyz")])
    with pytest.raises(protocol.ProtocolError):
        protocol.parse_backmsg('{"type":"upload_files","files":[{"file_id":"3"}]}')


def test_an_uploaded_image_opens_with_PIL() -> None:
    pil = pytest.importorskip("PIL.Image")
    png = io.BytesIO()
    pil.new("RGB", (3, 2), "red").save(png, format="PNG")
    at = AppTest.from_string('''
    import streamlit as st
    from PIL import Image
    f = st.file_uploader("Image", type=["png", "jpg"])
    if f is not None:
        st.text(f"size={Image.open(f).size}")
    ''', default_timeout=30).run()
    at.get("file_uploader")[0].upload("dot.png", png.getvalue()).run()
    assert at.text[0].value == "size=(3, 2)"


def test_UploadedFile_imports_from_streamlits_module_path() -> None:
    """Apps type-hint with `streamlit.runtime.uploaded_file_manager.UploadedFile`."""
    at = AppTest.from_string('''
    import streamlit as st
    from streamlit.runtime.uploaded_file_manager import UploadedFile

    f = st.file_uploader("Up")
    st.text(f"{isinstance(f, UploadedFile)}")
    ''').run()
    at.get("file_uploader")[0].upload("a.txt", "x").run()
    assert at.text[0].value == "True"
