"""Media (EL-16): st.image, st.pyplot, st.audio, st.video and st.logo send their
bytes as bytes (Note [Media bytes]) and only safe URLs."""

from __future__ import annotations

import io
import struct
import wave
import zlib

import pytest

from wasmlit import protocol
from wasmlit.elements.media import encode_png, sniff_image_mime
from wasmlit.testing import AppTest

np = pytest.importorskip("numpy")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_encode_png_is_a_valid_png() -> None:
    arr = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)
    data = encode_png(arr)
    assert _png_size(data) == (3, 2)
    # IDAT decompresses to one filter byte + 9 bytes per row
    idat_len = struct.unpack(">I", data[33:37])[0]
    raw = zlib.decompress(data[41:41 + idat_len])
    assert raw == b"\x00" + arr[0].tobytes() + b"\x00" + arr[1].tobytes()


def test_EL_16_image_from_numpy_bytes_url_list_with_captions() -> None:
    at = AppTest.from_string(
        """
        import numpy as np, streamlit as st
        from wasmlit.elements.media import encode_png
        png = encode_png(np.zeros((2, 2), dtype=np.uint8))
        st.image([np.ones((4, 6, 3)), png, "https://example.com/a.png"],
                 caption=["float", "bytes", "url"], width=120)
        st.image(np.zeros((3, 3, 3), dtype=np.uint8), use_container_width=True)
        """
    ).run()
    assert not at.exception
    first, second = (el.proto for el in at.get("image_list"))
    a, b, c = first.images
    assert _png_size(a.data) == (6, 4) and a.mime == "image/png" and a.caption == "float"
    assert b.data[:4] == b"\x89PNG" and b.caption == "bytes"
    assert c.data is None and c.url == "https://example.com/a.png"
    assert first.width == 120 and not first.use_container_width
    assert second.use_container_width and second.images[0].caption is None


@pytest.mark.parametrize(
    "call, message",
    [
        ('st.image(np.full((2, 2), 2.0))', "Data is outside [0.0, 1.0] and clamp is not set."),
        ('st.image([b"a", b"b"], caption=["x"])', "Cannot pair 1 captions with 2 images."),
        ('st.image("javascript:alert(1)")', "Unsupported image URL"),
        ('st.image(np.zeros((2, 2)), channels="XYZ")', 'Invalid channels "XYZ".'),
    ],
    ids=["clamp", "captions", "js-url", "channels"],
)
def test_image_errors(call: str, message: str) -> None:
    at = AppTest.from_string(f"import numpy as np, streamlit as st\n{call}\n").run()
    assert message in at.exception[0].message


def test_image_clamp_and_bgr() -> None:
    at = AppTest.from_string(
        """
        import numpy as np, streamlit as st
        st.image(np.full((1, 1, 3), 2.0), clamp=True)
        st.image(np.array([[[255, 0, 0]]], dtype=np.uint8), channels="BGR")
        """
    ).run()
    clamped, bgr = (el.proto.images[0].data for el in at.get("image_list"))
    assert _png_size(clamped) == (1, 1)
    idat_len = struct.unpack(">I", bgr[33:37])[0]
    assert zlib.decompress(bgr[41:41 + idat_len]) == b"\x00\x00\x00\xff"  # red became blue


def test_image_from_pil_and_svg_text() -> None:
    pytest.importorskip("PIL")
    at = AppTest.from_string(
        """
        import streamlit as st
        from PIL import Image
        st.image(Image.new("RGB", (5, 4), "red"))
        st.image('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>')
        """
    ).run()
    pil, svg = (el.proto.images[0] for el in at.get("image_list"))
    assert pil.mime == "image/jpeg" and pil.data[:2] == b"\xff\xd8"
    assert svg.mime == "image/svg+xml"


def test_sniff_image_mime() -> None:
    assert sniff_image_mime(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert sniff_image_mime(b"GIF89a....") == "image/gif"
    assert sniff_image_mime(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"


def test_pyplot_sends_the_figure_as_png_and_clears_the_global_figure() -> None:
    pytest.importorskip("matplotlib")
    at = AppTest.from_string(
        """
        import matplotlib.pyplot as plt, streamlit as st
        fig, ax = plt.subplots(figsize=(2, 1))
        ax.plot([1, 2, 3])
        st.pyplot(fig)
        st.text(str(len(fig.axes)))  # an explicit figure is kept
        plt.plot([1, 2])
        st.pyplot()
        st.text(str(len(plt.gcf().axes)))  # the global one is cleared
        """
    ).run()
    assert not at.exception
    views = at.get("image_list")
    assert all(v.proto.pyplot for v in views)
    width, height = _png_size(views[0].proto.images[0].data)
    assert width > height > 100  # dpi 200
    assert at.text.values == ["1", "0"]


def test_EL_16_audio_from_numpy_is_wav_and_video_url_with_options() -> None:
    at = AppTest.from_string(
        """
        import numpy as np, streamlit as st
        st.audio(np.sin(np.linspace(0, 100, 800)), sample_rate=8000, loop=True)
        st.video("https://example.com/v.mp4", start_time="2s", end_time=5, muted=True,
                 autoplay=True, subtitles={"English": "WEBVTT\\n\\n00:00.000 --> 00:01.000\\nHi"})
        """
    ).run()
    assert not at.exception
    audio, video = (el.proto for el in at.get("media"))
    assert audio.media_type == "audio" and audio.mime == "audio/wav" and audio.loop
    with wave.open(io.BytesIO(audio.data)) as w:
        assert w.getframerate() == 8000 and w.getnframes() == 800
    assert video.url == "https://example.com/v.mp4" and video.data is None
    assert (video.start_time, video.end_time, video.muted, video.autoplay) == (2.0, 5.0, True, True)
    assert video.subtitles[0].label == "English"
    assert video.subtitles[0].data.startswith(b"WEBVTT")


def test_audio_errors() -> None:
    at = AppTest.from_string(
        """
        import numpy as np, streamlit as st
        st.audio(np.zeros(3))
        """
    ).run()
    assert "`sample_rate` must be specified when `data` is a numpy array." in at.exception[0].message


def test_media_bytes_travel_beside_the_json() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.audio(b"RIFF....WAVE", format="audio/wav")
        """
    ).run()
    (delta,) = [m for m in at._host.messages
                if isinstance(m, protocol.ElementDelta) and isinstance(m.element, protocol.Media)]
    text, buffers = protocol.encode_parts(delta)
    assert b"RIFF" not in text and bytes(buffers[0]) == b"RIFF....WAVE"


def test_logo_goes_to_the_event_root_with_its_link() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.logo("https://example.com/logo.png", link="https://streamlit.io", size="large")
        """
    ).run()
    (logo,) = at.get("logo")
    assert logo.proto.image.url == "https://example.com/logo.png"
    assert logo.proto.link == "https://streamlit.io" and logo.proto.size == "large"


def test_logo_link_must_be_external() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.logo("https://example.com/logo.png", link="javascript:alert(1)")
        """
    ).run()
    assert "the link param supports external links only" in at.exception[0].message
