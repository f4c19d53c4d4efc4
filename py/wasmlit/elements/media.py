"""Media: st.image, st.pyplot, st.audio, st.video and st.logo.

Note [Media bytes]
~~~~~~~~~~~~~~~~~~
Images, sounds and videos given as bytes (or arrays, PIL images, figures,
files) travel as `bytes` fields, beside the JSON (Note [Bulk bytes] in
protocol.py); the page makes a Blob URL of them. A URL is passed on only
when its scheme is safe for the element: http(s), or data:image/ for images
(data:audio/ and data:video/ for media); a string without a scheme is a file
of the app, read here. NumPy arrays become PNG (or WAV) here with the
standard library, so an app that never imports PIL never loads Pillow.

Note [Matplotlib backend]
~~~~~~~~~~~~~~~~~~~~~~~~~
As Streamlit's bootstrap does, MPLBACKEND is set to Agg: figures are only
ever rendered to PNG (st.pyplot), never to a window or a canvas (in Pyodide
Pyodide itself points MPLBACKEND at matplotlib-pyodide's browser backend,
which needs a DOM the worker does not have: `from js import document` fails).
"""

from __future__ import annotations

import io
import os
import struct
import zlib
from collections.abc import Sequence
from typing import Any, Literal

from wasmlit import protocol
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException

os.environ["MPLBACKEND"] = "Agg"  # Note [Matplotlib backend]

_SAFE_IMAGE_PREFIXES = ("http://", "https://", "data:image/")


# ------------------------------------------------------------ small helpers


def sniff_image_mime(data: bytes) -> str:
    """An image's MIME type from its first bytes."""
    head = data[:16]
    if head.startswith(b"\x89PNG"):
        return "image/png"
    if head.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"BM"):
        return "image/bmp"
    text = data[:512].lstrip().lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in data[:2048].lower()):
        return "image/svg+xml"
    return "image/png"


def encode_png(pixels: Any) -> bytes:
    """A PNG of a uint8 array of shape (h, w), (h, w, 1), (h, w, 3) or (h, w, 4)."""
    import numpy as np

    arr = np.ascontiguousarray(pixels, dtype=np.uint8)
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    if arr.ndim == 2:
        color_type, channels = 0, 1
    elif arr.ndim == 3 and arr.shape[2] in (3, 4):
        color_type, channels = (2 if arr.shape[2] == 3 else 6), arr.shape[2]
    else:
        raise StreamlitAPIException(f"Invalid image shape: {arr.shape}")
    height, width = arr.shape[0], arr.shape[1]
    rows = arr.reshape(height, width * channels)
    raw = np.zeros((height, width * channels + 1), dtype=np.uint8)  # filter byte 0 per row
    raw[:, 1:] = rows

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw.tobytes(), 6)) + chunk(b"IEND", b""))


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise StreamlitAPIException(f"Error opening '{path}'") from e


def _is_pil(obj: Any) -> bool:
    return any(c.__module__.startswith("PIL.") and c.__name__ == "Image" for c in type(obj).__mro__)


# ------------------------------------------------------------------ images


def _array_image(arr: Any, clamp: bool, channels: str) -> bytes:
    import numpy as np

    a = np.asarray(arr)
    if a.dtype.kind == "b":
        a = a.astype(np.uint8) * 255
    elif a.dtype.kind == "f":
        if clamp:
            a = np.clip(a, 0.0, 1.0)
        elif a.size and (a.min() < 0.0 or a.max() > 1.0):
            raise RuntimeError("Data is outside [0.0, 1.0] and clamp is not set.")
        a = (a * 255).round().astype(np.uint8)
    else:
        if clamp:
            a = np.clip(a, 0, 255)
        elif a.size and (a.min() < 0 or a.max() > 255):
            raise RuntimeError("Data is outside [0, 255] and clamp is not set.")
        a = a.astype(np.uint8)
    if channels == "BGR" and a.ndim == 3 and a.shape[2] >= 3:
        a = a.copy()
        a[:, :, :3] = a[:, :, 2::-1]
    return encode_png(a)


def _pil_image(img: Any, output_format: str) -> tuple[bytes, str]:
    fmt = output_format.upper()
    if fmt == "AUTO":
        fmt = img.format if img.format in ("PNG", "JPEG", "GIF") else (
            "PNG" if img.mode in ("RGBA", "LA", "P", "1", "L", "I", "F") else "JPEG"
        )
    if fmt == "JPG":
        fmt = "JPEG"
    if fmt == "JPEG" and img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    return buf.getvalue(), f"image/{fmt.lower()}"


def image_item(image: Any, caption: str | None, *, clamp: bool = False, channels: str = "RGB",
               output_format: str = "auto") -> protocol.ImageItem:
    """One image of any kind st.image takes (Note [Media bytes])."""
    if isinstance(image, str):
        text = image.strip()
        if text.startswith("<svg") or text.startswith("<?xml"):
            return protocol.ImageItem(text.encode(), None, "image/svg+xml", caption)
        if text.startswith(_SAFE_IMAGE_PREFIXES):
            return protocol.ImageItem(None, text, "", caption)
        if "://" in text or text.lower().startswith(("javascript:", "data:")):
            raise StreamlitAPIException(f"Unsupported image URL: {text[:40]!r}")
        data = _read_file(text)
        return protocol.ImageItem(data, None, sniff_image_mime(data), caption)
    if isinstance(image, os.PathLike):
        data = _read_file(os.fspath(image))
        return protocol.ImageItem(data, None, sniff_image_mime(data), caption)
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        return protocol.ImageItem(data, None, sniff_image_mime(data), caption)
    if isinstance(image, io.IOBase) or hasattr(image, "getvalue") or hasattr(image, "read"):
        if hasattr(image, "seek"):
            image.seek(0)
        data = image.getvalue() if hasattr(image, "getvalue") else image.read()
        return protocol.ImageItem(bytes(data), None, sniff_image_mime(bytes(data)), caption)
    if _is_pil(image):
        data, mime = _pil_image(image, output_format)
        return protocol.ImageItem(data, None, mime, caption)
    if hasattr(image, "savefig"):  # a matplotlib figure
        buf = io.BytesIO()
        image.savefig(buf, format="png")
        return protocol.ImageItem(buf.getvalue(), None, "image/png", caption)
    if hasattr(image, "shape") and hasattr(image, "dtype"):
        return protocol.ImageItem(_array_image(image, clamp, channels), None, "image/png", caption)
    raise StreamlitAPIException(f"Unrecognized image type: {type(image).__name__}")


def _split_images(image: Any) -> list[Any]:
    if isinstance(image, (list, tuple)):
        return list(image)
    if hasattr(image, "shape") and hasattr(image, "ndim") and image.ndim == 4:
        return list(image)  # a batch of images
    return [image]


def _width(width: Any, use_container_width: bool | None, use_column_width: Any) -> tuple[int | None, bool]:
    if use_column_width is not None and use_container_width is not None:
        raise StreamlitAPIException(
            "`use_container_width` and `use_column_width` cannot be set at the same time.",
            "Please utilize `use_container_width` since `use_column_width` is deprecated.",
        )
    full = bool(use_container_width) or use_column_width in (True, "always")
    if width is None or width == -1 or width == -2:
        return None, full
    if not isinstance(width, int) or isinstance(width, bool) or width <= 0:
        raise StreamlitAPIException("Image width must be positive.")
    return width, full


@command
def image(
    dg: DeltaGenerator,
    image: Any,
    caption: str | Sequence[str] | None = None,
    width: int | None = None,
    use_column_width: Any = None,
    clamp: bool = False,
    channels: Literal["RGB", "BGR"] = "RGB",
    output_format: Literal["JPEG", "PNG", "auto"] = "auto",
    *,
    use_container_width: bool | None = None,
) -> DeltaGenerator:
    """One image or a list of them (CHECKLIST EL-16): NumPy arrays, PIL images,
    bytes, files, URLs (http(s) and data:image only), SVG text."""
    if channels not in ("RGB", "BGR"):
        raise StreamlitAPIException(
            f'Invalid channels "{channels}". Channels must be "RGB" or "BGR".'
        )
    if str(output_format).upper() not in ("JPEG", "JPG", "PNG", "AUTO"):
        raise StreamlitAPIException(
            f'Invalid output_format "{output_format}". Output format must be "JPEG", "PNG" or "auto".'
        )
    images = _split_images(image)
    if caption is None:
        captions: list[str | None] = [None] * len(images)
    elif isinstance(caption, str):
        captions = [caption] + [None] * (len(images) - 1)
    else:
        captions = [None if c is None else str(c) for c in caption]
        if len(captions) != len(images):
            raise StreamlitAPIException(
                "Cannot pair %d captions with %d images." % (len(captions), len(images))
            )
    w, full = _width(width, use_container_width, use_column_width)
    items = [image_item(img, cap, clamp=clamp, channels=channels, output_format=output_format)
             for img, cap in zip(images, captions)]
    return dg._enqueue(protocol.ImageList(items, w, full, False))


@command
def pyplot(
    dg: DeltaGenerator,
    fig: Any = None,
    clear_figure: bool | None = None,
    use_container_width: bool = True,
    **kwargs: Any,
) -> DeltaGenerator:
    """A matplotlib figure as a PNG (Note [Matplotlib backend]); without `fig`, the
    global figure, which is then cleared (Streamlit's deprecated way)."""
    try:
        import matplotlib  # noqa: F401
        import matplotlib.pyplot as plt
    except ImportError as e:
        raise ImportError("pyplot() command requires matplotlib") from e
    if fig is None:
        fig = plt.gcf()
        clear = True if clear_figure is None else clear_figure
    else:
        clear = bool(clear_figure)
    options = {"bbox_inches": "tight", "dpi": 200, "format": "png", **kwargs}
    buf = io.BytesIO()
    fig.savefig(buf, **options)
    if clear:
        fig.clf()
    item = protocol.ImageItem(buf.getvalue(), None, "image/png", None)
    return dg._enqueue(protocol.ImageList([item], None, bool(use_container_width), True))


@command
def logo(
    dg: DeltaGenerator,
    image: Any,
    *,
    size: Literal["small", "medium", "large"] = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """The app's logo, at the top left of the page (and of the sidebar)."""
    from wasmlit.elements.tree import EVENT

    if size not in ("small", "medium", "large"):
        raise StreamlitAPIException(
            f'The size argument to st.logo must be "small", "medium", or "large". \n'
            f"The argument passed was {size}."
        )
    if link is not None and not link.startswith(("http://", "https://")):
        raise StreamlitAPIException(
            f"Invalid link: {link} - the link param supports external links only and must "
            "start with either http:// or https://."
        )
    main = image_item(image, None)
    icon = image_item(icon_image, None) if icon_image is not None else None
    EVENT._enqueue(protocol.Logo(main, icon, link, size))


# ------------------------------------------------------------ audio, video


def _time(value: Any, name: str) -> float | None:
    import datetime

    if value is None:
        return None
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        text = value.strip().lower()
        units = {"s": 1, "sec": 1, "second": 1, "seconds": 1, "m": 60, "min": 60,
                 "minute": 60, "minutes": 60, "h": 3600, "hour": 3600, "hours": 3600}
        for unit, scale in sorted(units.items(), key=lambda kv: -len(kv[0])):
            if text.endswith(unit):
                try:
                    return float(text[: -len(unit)].strip()) * scale
                except ValueError:
                    break
        try:
            return float(text)
        except ValueError:
            pass
    raise StreamlitAPIException(
        f'Failed to convert \'{name}\' to a timedelta. Please use a string in a format '
        f"supported by [Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
        f'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {value}'
    )


def encode_wav(data: Any, sample_rate: int) -> bytes:
    """A 16-bit WAV of a NumPy array: one channel (n,) or channels first (c, n)."""
    import numpy as np

    arr = np.asarray(data, dtype=float)
    channels = 1 if arr.ndim == 1 else arr.shape[0]
    if arr.ndim == 2:
        arr = arr.T.reshape(-1)  # interleave the channels
    peak = float(np.max(np.abs(arr))) if arr.size else 0.0
    scaled = (arr / peak * 32767).astype("<i2") if peak > 0 else arr.astype("<i2")
    import wave  # only for arrays: not at every page load

    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(scaled.tobytes())
    return buf.getvalue()


def _media_source(data: Any, kind: str, sample_rate: int | None) -> tuple[bytes | None, str | None]:
    if isinstance(data, str):
        text = data.strip()
        if text.startswith(("http://", "https://", f"data:{kind}/")):
            return None, text
        if "://" in text or text.lower().startswith(("javascript:", "data:")):
            raise StreamlitAPIException(f"Unsupported {kind} URL: {text[:40]!r}")
        return _read_file(text), None
    if isinstance(data, os.PathLike):
        return _read_file(os.fspath(data)), None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), None
    if hasattr(data, "getvalue") or hasattr(data, "read"):
        if hasattr(data, "seek"):
            data.seek(0)
        raw = data.getvalue() if hasattr(data, "getvalue") else data.read()
        return bytes(raw), None
    if hasattr(data, "shape") and hasattr(data, "dtype"):
        if kind != "audio":
            raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")
        if sample_rate is None:
            raise StreamlitAPIException(
                "`sample_rate` must be specified when `data` is a numpy array."
            )
        return encode_wav(data, sample_rate), None
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


def _subtitles(subtitles: Any) -> list[protocol.Subtitle]:
    if subtitles is None:
        return []
    if not isinstance(subtitles, dict):
        subtitles = {"default": subtitles}
    out = []
    for label, source in subtitles.items():
        if isinstance(source, str) and not os.path.isfile(source):
            text = source.encode()
        else:
            raw, url = _media_source(source, "text", None)
            if raw is None:
                raise StreamlitAPIException("Subtitles must be text, bytes or a file, not a URL.")
            text = raw
        if text.lstrip().startswith(b"1") and b"-->" in text and b"WEBVTT" not in text[:10]:
            text = b"WEBVTT\n\n" + text.replace(b",", b".")  # SRT to WebVTT
        out.append(protocol.Subtitle(str(label), text))
    return out


def _media(
    dg: DeltaGenerator,
    kind: Literal["audio", "video"],
    data: Any,
    format: str,
    start_time: Any,
    sample_rate: int | None,
    end_time: Any,
    loop: bool,
    autoplay: bool,
    muted: bool,
    subtitles: Any,
) -> DeltaGenerator:
    start = _time(start_time, "start_time") or 0.0
    end = _time(end_time, "end_time")
    if start < 0 or (end is not None and end <= start):
        raise StreamlitAPIException("Invalid start_time and end_time combination.")
    raw, url = _media_source(data, kind, sample_rate)
    mime = "audio/wav" if raw is not None and sample_rate is not None and kind == "audio" else format
    return dg._enqueue(protocol.Media(kind, raw, url, mime, start, end, bool(loop),
                                      bool(autoplay), bool(muted), _subtitles(subtitles)))


@command
def audio(
    dg: DeltaGenerator,
    data: Any,
    format: str = "audio/wav",
    start_time: Any = 0,
    *,
    sample_rate: int | None = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
) -> DeltaGenerator:
    """An audio player (CHECKLIST EL-16): bytes, a file, an http(s) URL, or a NumPy
    array with its `sample_rate` (sent as WAV)."""
    return _media(dg, "audio", data, format, start_time, sample_rate, end_time, loop,
                  autoplay, False, None)


@command
def video(
    dg: DeltaGenerator,
    data: Any,
    format: str = "video/mp4",
    start_time: Any = 0,
    *,
    subtitles: Any = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    muted: bool = False,
) -> DeltaGenerator:
    """A video player (CHECKLIST EL-16): bytes, a file or an http(s) URL;
    `subtitles` as WebVTT/SRT text, bytes or files (one, or a dict label ->
    source)."""
    return _media(dg, "video", data, format, start_time, None, end_time, loop, autoplay,
                  muted, subtitles)
