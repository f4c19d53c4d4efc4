"""An Arrow IPC stream writer for pandas DataFrames, with numpy and no pyarrow.

Note [Arrow IPC without pyarrow]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
st.dataframe, st.table and st.data_editor send their data as an Arrow IPC
stream (Note [Bulk bytes] in protocol.py). pyarrow writes it, but in Pyodide
pyarrow is a 10.9 MB wheel and a big WebAssembly module, loaded only when
Python imports it (Note [Lazy pandas] in convert.py). For the common column
types this module writes the stream itself, so a pandas app that shows a frame
never imports pyarrow; `encode_table` returns None for anything else and
convert.to_arrow falls back to pyarrow.

The table written is exactly the one convert.to_arrow makes with pyarrow
(tests/dataframe/test_arrow_ipc.py reads both and compares): the index first
as `__index_level_N__` (a RangeIndex too), then the columns named by their
str(), with the Arrow types pyarrow's `Table.from_pandas` infers:

- bool, int8..64, uint8..64, float32/64 numpy columns (NaN is null in a float
  column, as `from_pandas` does); pandas' nullable Int*/UInt*/Float*/boolean
  arrays keep their mask as the validity bitmap (a NaN in Float64 stays NaN);
- strings: an object column of only str and None/NaN/NA is `string` (all
  missing or no rows: `null`); pandas' StringDtype is `string` with python
  storage and `large_string` with pyarrow storage (pandas 3's default "str");
  `large_string` too when the text overflows int32 offsets;
- datetime64 (s/ms/us/ns) is Timestamp with its unit, and the zone name when
  tz-aware (TZ-01: shown as stored); timedelta64 is Duration;
- a Categorical is dictionary-encoded (its codes' int type, its categories of
  strings or numbers as the dictionary, ordered or not): a DictionaryBatch per
  such column comes before the record batch.

The stream (Arrow columnar format, IPC streaming format): each message is the
continuation marker 0xFFFFFFFF, the int32 size of its flatbuffer metadata
(padded to 8 bytes), that flatbuffer (a `Message` of Message.fbs), then its
body: the buffers, each starting at a multiple of 8. First the Schema message,
then one DictionaryBatch per dictionary field, then one RecordBatch, then the
end-of-stream marker (0xFFFFFFFF, 0). Everything is little-endian; validity
bitmaps are LSB first (numpy's packbits with bitorder="little").

The flatbuffers are written by `_Builder`, front to back: a table is its
vtable, then the table (its soffset to the vtable, then its inline scalars,
each aligned to its size) and then the strings, vectors and tables it points
to, whose uoffsets are patched once their position is known. Flatbuffers only
need uoffsets to point forward, which this order guarantees.
"""

from __future__ import annotations

import datetime
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from wasmlit.dataframe.convert import INDEX_PREFIX, _string_names, np, pd

# ------------------------------------------------------------ flatbuffers


@dataclass
class _Table:
    """A flatbuffer table: slot -> (struct format of a scalar, value), or
    ("O", node) for an offset to a string, vector or table."""

    fields: dict[int, tuple[str, Any]]


@dataclass
class _Str:
    text: str


@dataclass
class _Vec:
    """A vector of offsets to tables."""

    items: list[_Table]


@dataclass
class _StructVec:
    """A vector of structs of int64s (FieldNode, Buffer)."""

    items: list[tuple[int, ...]]


_Node = _Table | _Str | _Vec | _StructVec


class _Builder:
    def __init__(self) -> None:
        self.buf = bytearray()

    def pad(self, align: int, rem: int = 0) -> None:
        self.buf += b"\0" * ((rem - len(self.buf)) % align)

    def finish(self, root: _Table) -> bytes:
        self.buf += b"\0" * 4  # the root uoffset
        struct.pack_into("<I", self.buf, 0, self.write(root))
        self.pad(8)
        return bytes(self.buf)

    def write(self, node: _Node) -> int:
        if isinstance(node, _Str):
            self.pad(4)
            pos = len(self.buf)
            raw = node.text.encode()
            self.buf += struct.pack("<I", len(raw)) + raw + b"\0"
            return pos
        if isinstance(node, _StructVec):
            self.pad(8, 4)  # the int64s after the uint32 length are 8-aligned
            pos = len(self.buf)
            self.buf += struct.pack("<I", len(node.items))
            for item in node.items:
                self.buf += struct.pack(f"<{len(item)}q", *item)
            return pos
        if isinstance(node, _Vec):
            self.pad(4)
            pos = len(self.buf)
            self.buf += struct.pack("<I", len(node.items)) + b"\0" * (4 * len(node.items))
            for i, table in enumerate(node.items):
                at = pos + 4 + 4 * i
                struct.pack_into("<I", self.buf, at, self.write(table) - at)
            return pos
        return self._table(node)

    def _table(self, node: _Table) -> int:
        # Inline layout: the soffset, then the fields by size (largest first),
        # each aligned to its size; the table starts 8-aligned.
        layout: dict[int, int] = {}
        end = 4
        for slot, (fmt, _v) in sorted(node.fields.items(),
                                      key=lambda kv: -struct.calcsize("<" + _fmt(kv[1][0]))):
            size = struct.calcsize("<" + _fmt(fmt))
            end += (-end) % size
            layout[slot] = end
            end += size
        end += (-end) % 4
        slots = max(node.fields, default=-1) + 1
        self.pad(2)
        vtable = len(self.buf)
        self.buf += struct.pack(f"<HH{slots}H", 4 + 2 * slots, end,
                                *(layout.get(s, 0) for s in range(slots)))
        self.pad(8)
        pos = len(self.buf)
        self.buf += b"\0" * end
        struct.pack_into("<i", self.buf, pos, pos - vtable)
        children: list[tuple[int, _Node]] = []
        for slot, (fmt, value) in node.fields.items():
            if fmt == "O":
                children.append((pos + layout[slot], value))
            else:
                struct.pack_into("<" + fmt, self.buf, pos + layout[slot], value)
        for at, child in children:
            struct.pack_into("<I", self.buf, at, self.write(child) - at)
        return pos


def _fmt(fmt: str) -> str:
    return "I" if fmt == "O" else fmt


# ------------------------------------------------------------ Arrow types

# Type union members (Schema.fbs) and MessageHeader members (Message.fbs).
_NULL, _INT, _FLOAT, _UTF8, _BOOL, _TIMESTAMP, _DURATION, _LARGE_UTF8 = 1, 2, 3, 5, 6, 10, 18, 20
_SCHEMA, _DICTIONARY_BATCH, _RECORD_BATCH = 1, 2, 3
_V5 = 4  # MetadataVersion.V5
_UNITS = {"s": 0, "ms": 1, "us": 2, "ns": 3}  # TimeUnit
_FLOAT_NAMES = {16: "halffloat", 32: "float", 64: "double"}


@dataclass(frozen=True)
class ArrowType:
    """An Arrow type; str() gives pyarrow's name for it (columns.py reads it)."""

    kind: int
    bits: int = 0  # Int, FloatingPoint
    signed: bool = True
    unit: str = ""  # Timestamp, Duration
    tz: str | None = None

    def __str__(self) -> str:
        if self.kind == _INT:
            return f"{'' if self.signed else 'u'}int{self.bits}"
        if self.kind == _FLOAT:
            return _FLOAT_NAMES[self.bits]
        if self.kind == _TIMESTAMP:
            return f"timestamp[{self.unit}]" if self.tz is None else \
                f"timestamp[{self.unit}, tz={self.tz}]"
        if self.kind == _DURATION:
            return f"duration[{self.unit}]"
        return {_NULL: "null", _BOOL: "bool", _UTF8: "string", _LARGE_UTF8: "large_string"}[self.kind]

    def flatbuffer(self) -> _Table:
        if self.kind == _INT:
            return _Table({0: ("i", self.bits), 1: ("?", self.signed)})
        if self.kind == _FLOAT:
            return _Table({0: ("h", {16: 0, 32: 1, 64: 2}[self.bits])})
        if self.kind == _TIMESTAMP:
            fields: dict[int, tuple[str, Any]] = {0: ("h", _UNITS[self.unit])}
            if self.tz is not None:
                fields[1] = ("O", _Str(self.tz))
            return _Table(fields)
        if self.kind == _DURATION:
            return _Table({0: ("h", _UNITS[self.unit])})
        return _Table({})


@dataclass(frozen=True)
class DictionaryType:
    """A dictionary-encoded column's type (a pandas Categorical)."""

    value_type: ArrowType
    index_type: ArrowType
    ordered: bool

    def __str__(self) -> str:
        return (f"dictionary<values={self.value_type}, indices={self.index_type}, "
                f"ordered={int(self.ordered)}>")


@dataclass
class _Array:
    """One column's Arrow data: length, null count and body buffers."""

    type: ArrowType
    length: int
    null_count: int
    buffers: list[Any]  # bytes-like, in Arrow's order (validity first)


@dataclass
class Field:
    """A schema field; a dictionary field also has its dictionary's values."""

    name: str
    type: ArrowType | DictionaryType
    array: _Array
    dictionary: _Array | None = None
    categories: list[Any] = field(default_factory=list)


# ------------------------------------------------------------ pandas -> arrays


class _Unsupported(Exception):
    """A column this writer does not handle: pyarrow takes over."""


def _validity(valid: Any) -> tuple[int, list[Any]]:
    """The null count and the validity buffer (empty when nothing is null)."""
    nulls = int(len(valid) - np().count_nonzero(valid))
    if nulls == 0:
        return 0, [b""]
    return nulls, [np().packbits(valid, bitorder="little")]


def _fixed(values: Any, arrow: ArrowType, valid: Any | None) -> _Array:
    n = np()
    data = n.ascontiguousarray(values)
    if data.dtype.byteorder == ">":
        raise _Unsupported
    if arrow.kind == _BOOL:
        body = n.packbits(data.astype(bool, copy=False), bitorder="little")
    else:
        body = data
    if valid is None:
        return _Array(arrow, len(data), 0, [b"", body])
    nulls, validity = _validity(valid)
    return _Array(arrow, len(data), nulls, [*validity, body])


def _numeric_type(dtype: Any) -> ArrowType:
    kind = dtype.kind
    if kind == "b":
        return ArrowType(_BOOL)
    if kind in "iu":
        return ArrowType(_INT, dtype.itemsize * 8, kind == "i")
    if kind == "f" and dtype.itemsize in (4, 8):
        return ArrowType(_FLOAT, dtype.itemsize * 8)
    raise _Unsupported


def _strings(values: Any, valid: Any, large: bool) -> _Array:
    """A utf8 array of the object ndarray `values` (str where `valid`)."""
    n = np()
    texts = values.copy()
    texts[~valid] = ""
    # One join and encode; the byte lengths are the character counts when the
    # text is ASCII, else each value's UTF-8 size.
    try:
        data = "".join(texts).encode()
    except UnicodeEncodeError:  # a lone surrogate: pyarrow's error, not bad UTF-8
        raise _Unsupported from None
    lengths = n.fromiter(map(len, texts), dtype=n.int64, count=len(texts))
    if len(data) != int(lengths.sum()):
        lengths = n.fromiter((len(t.encode()) for t in texts),
                             dtype=n.int64, count=len(texts))
    offsets = n.zeros(len(texts) + 1, dtype=n.int64)
    n.cumsum(lengths, out=offsets[1:])
    large = large or len(data) > 2**31 - 1
    arrow = ArrowType(_LARGE_UTF8 if large else _UTF8)
    nulls, validity = _validity(valid)
    return _Array(arrow, len(texts), nulls,
                  [*validity, offsets if large else offsets.astype(n.int32), data])


def _null(length: int) -> _Array:
    return _Array(ArrowType(_NULL), length, length, [])


def _object_strings(values: Any) -> _Array:
    """An object column of only str and missing values (None, NaN, NA; else
    _Unsupported); only missing values, or none at all, is Arrow's null type."""
    p = pd()
    kind = p.api.types.infer_dtype(values, skipna=True)
    if kind == "empty":
        return _null(len(values))
    if kind != "string":
        raise _Unsupported
    return _strings(values, ~p.isna(values), large=False)


def _tz_name(tz: Any) -> str:
    """The zone name pyarrow gives a tzinfo (else _Unsupported)."""
    if isinstance(tz, datetime.timezone):
        offset = tz.utcoffset(None)
        if offset == datetime.timedelta(0):
            return "UTC"
        sign = "-" if offset < datetime.timedelta(0) else "+"
        minutes = abs(int(offset.total_seconds())) // 60
        return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    key = getattr(tz, "key", None)  # zoneinfo.ZoneInfo
    if type(tz).__module__ == "zoneinfo" and isinstance(key, str):
        return key
    zone = getattr(tz, "zone", None)  # pytz
    if type(tz).__module__.startswith("pytz") and isinstance(zone, str):
        return zone
    raise _Unsupported


def _times(values: Any, dtype: Any) -> _Array:
    """datetime64 / timedelta64 (numpy or tz-aware pandas) values."""
    n = np()
    unit = str(getattr(dtype, "unit", "") or n.datetime_data(dtype)[0])
    if unit not in _UNITS:
        raise _Unsupported
    if dtype.kind == "m":
        arrow = ArrowType(_DURATION, unit=unit)
    else:
        tz = getattr(dtype, "tz", None)
        arrow = ArrowType(_TIMESTAMP, unit=unit, tz=None if tz is None else _tz_name(tz))
    ints = n.asarray(values).view(n.int64)
    valid = ints != n.iinfo(n.int64).min  # NaT
    return _fixed(n.where(valid, ints, 0), arrow, valid)


def _masked(array: Any) -> _Array:
    """A pandas nullable (masked) array: Int*, UInt*, Float*, boolean."""
    data, mask = array._data, array._mask
    return _fixed(data, _numeric_type(data.dtype), ~mask)


def _column(values: Any) -> tuple[_Array, DictionaryType | None, _Array | None, list[Any]]:
    """The Arrow array of a Series' values or an Index, and for a Categorical its
    dictionary type, dictionary and categories."""
    p, n = pd(), np()
    dtype = values.dtype
    if isinstance(dtype, p.CategoricalDtype):
        cats = dtype.categories
        if len(cats) == 0:
            raise _Unsupported  # pyarrow types its dictionary null
        codes = n.asarray(values.codes if hasattr(values, "codes") else values.cat.codes)
        index_type = _numeric_type(codes.dtype)
        dictionary, _d, _a, _c = _column(cats)
        if _d is not None or dictionary.type.kind == _NULL:
            raise _Unsupported
        indices = _fixed(codes, index_type, codes >= 0)
        return (indices, DictionaryType(dictionary.type, index_type, bool(dtype.ordered)),
                dictionary, cats.to_numpy().tolist())
    if isinstance(dtype, p.StringDtype):
        arr = values.to_numpy(dtype=object, na_value=None)
        return _strings(arr, ~pd().isna(arr), dtype.storage != "python"), None, None, []
    if isinstance(dtype, p.DatetimeTZDtype):
        return _times(n.asarray(values.array.asi8), dtype), None, None, []
    if hasattr(values, "array") and type(values.array).__name__ in (
            "IntegerArray", "FloatingArray", "BooleanArray"):
        return _masked(values.array), None, None, []
    if not isinstance(dtype, n.dtype):
        raise _Unsupported  # extension types: periods, intervals, sparse, arrow-backed, ...
    if dtype.kind in "mM":
        return _times(values.to_numpy(), dtype), None, None, []
    if dtype.kind == "O":
        return _object_strings(values.to_numpy()), None, None, []
    arrow = _numeric_type(dtype)
    raw = values.to_numpy()
    valid = ~n.isnan(raw) if arrow.kind == _FLOAT else None  # from_pandas: NaN is null
    return _fixed(raw, arrow, valid), None, None, []


def fields(df: Any) -> list[Field] | None:
    """The Arrow fields (index first) of `df` as convert.to_arrow makes them,
    or None when a column or the index has a type this writer does not handle."""
    p = pd()
    if isinstance(df.index, p.MultiIndex):
        return None
    df = _string_names(df)
    names = list(df.columns)
    if len(set(names)) != len(names) or any(nm.startswith(INDEX_PREFIX) for nm in names):
        return None
    try:
        out: list[Field] = []
        index = df.index
        if isinstance(index, p.RangeIndex):
            index = p.Index(index.to_numpy())
        arr, dtype, dictionary, cats = _column(index)
        out.append(Field(INDEX_PREFIX + "0__", dtype or arr.type, arr, dictionary, cats))
        for i, name in enumerate(names):
            arr, dtype, dictionary, cats = _column(df.iloc[:, i])
            out.append(Field(name, dtype or arr.type, arr, dictionary, cats))
    except _Unsupported:
        return None
    return out


# ------------------------------------------------------------ messages


def _message(header_type: int, header: _Table, arrays: list[_Array], rows: int,
             ) -> list[Any]:
    """An encapsulated message (metadata, then body buffers 8-aligned)."""
    body: list[Any] = []
    specs: list[tuple[int, ...]] = []
    offset = 0
    for array in arrays:
        for buf in array.buffers:
            view = memoryview(buf).cast("B")
            specs.append((offset, view.nbytes))
            body.append(view)
            pad = (-view.nbytes) % 8
            if pad:
                body.append(b"\0" * pad)
            offset += view.nbytes + pad
    batch = _Table({
        0: ("q", rows),
        1: ("O", _StructVec([(a.length, a.null_count) for a in arrays])),
        2: ("O", _StructVec(specs)),
    })
    if header_type == _DICTIONARY_BATCH:
        header.fields[1] = ("O", batch)
    else:
        header = batch
    return [*_metadata(header_type, header, offset), *body]


def _metadata(header_type: int, header: _Table, body_length: int) -> list[bytes]:
    meta = _Builder().finish(_Table({
        0: ("h", _V5), 1: ("B", header_type), 2: ("O", header), 3: ("q", body_length),
    }))
    return [struct.pack("<Ii", 0xFFFFFFFF, len(meta)), meta]


def _schema(fields: list[Field]) -> _Table:
    entries: list[_Table] = []
    dict_id = 0
    for f in fields:
        value_type = f.type.value_type if isinstance(f.type, DictionaryType) else f.type
        entry: dict[int, tuple[str, Any]] = {
            0: ("O", _Str(f.name)), 1: ("?", True), 2: ("B", value_type.kind),
            3: ("O", value_type.flatbuffer()), 5: ("O", _Vec([])),
        }
        if isinstance(f.type, DictionaryType):
            entry[4] = ("O", _Table({0: ("q", dict_id), 1: ("O", f.type.index_type.flatbuffer()),
                                     2: ("?", f.type.ordered)}))
            dict_id += 1
        entries.append(_Table(entry))
    return _Table({0: ("h", 0), 1: ("O", _Vec(entries))})  # Endianness.Little


def stream(fields: list[Field]) -> bytes:
    """The Arrow IPC stream of `fields` (Note [Arrow IPC without pyarrow])."""
    parts: list[Any] = _metadata(_SCHEMA, _schema(fields), 0)
    dict_id = 0
    for f in fields:
        if f.dictionary is not None:
            parts += _message(_DICTIONARY_BATCH, _Table({0: ("q", dict_id), 2: ("?", False)}),
                              [f.dictionary], f.dictionary.length)
            dict_id += 1
    rows = fields[0].array.length if fields else 0
    parts += _message(_RECORD_BATCH, _Table({}), [f.array for f in fields], rows)
    parts.append(struct.pack("<Ii", 0xFFFFFFFF, 0))
    return b"".join(parts)


def encode(df: Any) -> bytes | None:
    """`df` (as convert.to_arrow receives it) as an Arrow IPC stream of the table
    to_arrow makes, or None when a column has a type this writer does not handle."""
    found = fields(df)
    return None if found is None else stream(found)


# ------------------------------------------------------------ the table


class Schema:
    """The fields, as columns.build reads a pyarrow Schema."""

    def __init__(self, fields: list[Field]) -> None:
        self._fields = fields

    def __iter__(self) -> Iterator[Field]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    @property
    def names(self) -> list[str]:
        return [f.name for f in self._fields]

    def field(self, name: str) -> Field:
        return next(f for f in self._fields if f.name == name)


class _Categories:
    """`table.column(name)` of a dictionary field, enough for its categories."""

    num_chunks = 1

    def __init__(self, categories: list[Any]) -> None:
        self.dictionary = self
        self._categories = categories

    def chunk(self, _i: int) -> Any:
        return self

    def to_pylist(self) -> list[Any]:
        return list(self._categories)


class EncodedTable:
    """What convert.to_arrow returns when this module wrote the stream: its
    `schema` (names and types, for columns.build), `column(name)` of a
    categorical (its categories), and `ipc`, the stream. Anything else a pyarrow
    Table has (a Styler's `append_column`, ...) is the pyarrow table made
    from the same frame by `fallback`, which imports pyarrow then."""

    def __init__(self, found: list[Field], fallback: Callable[[], Any]) -> None:
        self.schema = Schema(found)
        self._make = fallback
        self._table: Any = None
        self._ipc: bytes | None = None

    def _fallback(self) -> Any:
        if self._table is None:
            self._table = self._make()
        return self._table

    @property
    def ipc(self) -> bytes:
        if self._ipc is None:
            self._ipc = stream(list(self.schema))
        return self._ipc

    @property
    def num_rows(self) -> int:
        found = list(self.schema)
        return found[0].array.length if found else 0

    def column(self, name: str) -> Any:
        f = self.schema.field(name)
        if isinstance(f.type, DictionaryType):
            return _Categories(f.categories)
        return self._fallback().column(name)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._fallback(), name)


def encode_table(df: Any, fallback: Callable[[], Any]) -> EncodedTable | None:
    """`df` as an EncodedTable, or None (Note [Arrow IPC without pyarrow])."""
    found = fields(df)
    return None if found is None else EncodedTable(found, fallback)
