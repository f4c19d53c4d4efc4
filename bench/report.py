"""Figures, ratios and tables from the raw samples bench/measure.mjs returns (see run.py)."""

from __future__ import annotations

import gzip
import re
import statistics
from pathlib import Path
from typing import Any

# Targets from issue #3; the README's performance table states them.
TARGETS = {
    "startup_hello_cold / floor": 1.2,
    "rerun_counter / streamlit": 0.25,
    "rerun_counter median ms": 16.0,
    "main-thread JS gzip KB": 60.0,
}



def stats(xs: list[float]) -> dict[str, float]:
    return {"min": min(xs), "median": statistics.median(xs), "max": max(xs), "n": len(xs)}


def main_js_gzip(bundle: Path) -> int:
    """gzip -9 size of the JS the page's main thread loads at start (the module and its static imports)."""
    html = (bundle / "index.html").read_text()
    todo = re.findall(r'<script type="module" src="([^"]+)"', html)
    seen: set[str] = set()
    total = 0
    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        seen.add(rel)
        path = bundle / rel
        text = path.read_bytes()
        total += len(gzip.compress(text, 9))
        for dep in re.findall(rb'(?:from|import)\s*"(\./[^"]+\.js)"', text):
            todo.append(str(Path(rel).parent / dep.decode()[2:]))
    return total


def summarize(raw: dict[str, Any], has_streamlit: bool) -> dict[str, Any]:
    res = raw["results"]
    figures: dict[str, Any] = {}
    ratios: dict[str, float] = {}
    for name, r in res.items():
        if "sizes" in r:  # bench/apps/data: call → paint per size, and the heap
            base, tail = (name[: -len("_streamlit")], "_streamlit") if name.endswith("_streamlit") else (name, "")
            for size, xs in r["sizes"].items():
                figures[f"{base}_{size}{tail}"] = stats(xs)
            if r["heap_mb"] is not None:
                figures[f"{base}_heap_mb{tail}"] = stats([r["heap_mb"]])
        elif "data_miss" in r:  # bench/apps/cache (CACHE-33): times the script took
            base, tail = (name[: -len("_streamlit")], "_streamlit") if name.endswith("_streamlit") else (name, "")
            for key, xs in r.items():
                figures[f"{base}_{key}{tail}"] = stats(xs)
        elif "cold" in r:
            figures[f"{name}_cold"] = stats(r["cold"])
            figures[f"{name}_warm"] = stats(r["warm"])
            figures[f"{name}_bytes"] = stats([float(b) for b in r["bytes"]])
            figures[f"{name}_bytes_gzip"] = stats([float(b) for b in r["bytes_gzip"]])
            if r["marks"] and r["marks"][0]:
                figures[f"{name}_boot_marks"] = boot_breakdown(r["marks"])
        else:
            figures[name] = stats(r["dom"])
            figures[f"{name}_paint"] = stats(r["paint"])

    def med(key: str) -> float:
        return float(figures[key]["median"])

    for app, floor in (
        ("startup_hello", "startup_floor"),
        ("startup_hello_src", "startup_floor"),
        ("startup_pandas", "startup_floor_pandas"),
    ):
        for phase in ("cold", "warm"):
            if f"{app}_{phase}" in figures and f"{floor}_{phase}" in figures:
                ratios[f"{app}_{phase} / floor"] = med(f"{app}_{phase}") / med(f"{floor}_{phase}")
    if has_streamlit:
        data = tuple(f"data_dataframe_{size}" for size in ("10k", "100k", "1M")) + ("data_dataframe_heap_mb",) + tuple(
            f"cache_overhead_{kind}_{phase}" for kind in ("data", "resource") for phase in ("miss", "hit"))
        for name in ("rerun_counter", "rerun_echo", "rerun_200_elements", "interrupt_loop", *data):
            if name in figures and f"{name}_streamlit" in figures:
                ratios[f"{name} / streamlit"] = med(name) / med(f"{name}_streamlit")
    return {"figures": figures, "ratios": ratios}


def boot_breakdown(runs: list[list[list[Any]]]) -> dict[str, float]:
    """Median time (ms since navigation) of each wasmlit:* performance mark over the cold runs."""
    names = [n for n, _ in runs[0]]
    out: dict[str, float] = {}
    for n in names:
        ts = [t for marks in runs for m, t in marks if m == n]
        if ts:
            out[n.removeprefix("wasmlit:")] = statistics.median(ts)
    return out


def print_table(summary: dict[str, Any], extra: dict[str, Any]) -> None:
    figs = summary["figures"]
    print(f"\n{'figure':<34} {'min':>10} {'median':>10} {'max':>10}   n")
    for name, f in figs.items():
        if name.endswith("_boot_marks"):
            continue
        unit = "B" if "bytes" in name else "MB" if name.endswith(("_mb", "_mb_streamlit")) else "ms"
        print(f"{name:<34} {f['min']:>10.1f} {f['median']:>10.1f} {f['max']:>10.1f}   {f['n']}  {unit}")
    for name, marks in figs.items():
        if name.endswith("_boot_marks"):
            print(f"\n{name} (median ms since navigation, cold):")
            for m, t in marks.items():
                print(f"  {m:<30} {t:>8.1f}")
    print(f"\n{'ratio (medians) or figure':<40} {'value':>8}  target")
    for name, v in {**summary["ratios"], **extra}.items():
        target = TARGETS.get(name)
        verdict = "" if target is None else f"<= {target}  {'met' if v <= target else 'MISSED'}"
        print(f"{name:<40} {v:>8.2f}  {verdict}")


def markdown(record: dict[str, Any]) -> str:
    """The README's performance table for a saved result."""
    figs, ratios, extra = record["figures"], record["ratios"], record["extra"]

    def ms(key: str) -> str:
        f = figs.get(key)
        return "—" if f is None else f"{f['median']:.0f} ms ({f['min']:.0f}–{f['max']:.0f})"

    def verdict(name: str, value: float) -> str:
        target = TARGETS.get(name)
        if target is None:
            return ""
        return f"≤ {target:g}: {'met' if value <= target else '**missed**'}"

    rows = [
        ("Cold start, hello world", ms("startup_hello_cold"), ms("startup_floor_cold"),
         "startup_hello_cold / floor"),
        ("Warm start (same profile), hello world", ms("startup_hello_warm"), ms("startup_floor_warm"),
         "startup_hello_warm / floor"),
        ("Cold start, hello world without shipped bytecode", ms("startup_hello_src_cold"),
         ms("startup_floor_cold"), "startup_hello_src_cold / floor"),
        ("Cold start, pandas + 1,000-row frame", ms("startup_pandas_cold"), ms("startup_floor_pandas_cold"),
         "startup_pandas_cold / floor"),
        ("Rerun: button → counter text", ms("rerun_counter"), ms("rerun_counter_streamlit"),
         "rerun_counter / streamlit"),
        ("Rerun: text input + Enter → echo", ms("rerun_echo"), ms("rerun_echo_streamlit"),
         "rerun_echo / streamlit"),
        ("Rerun: app with 200 elements", ms("rerun_200_elements"), ms("rerun_200_elements_streamlit"),
         "rerun_200_elements / streamlit"),
        ("Interrupt: click while a script loops → new run's first element", ms("interrupt_loop"),
         ms("interrupt_loop_streamlit"), "interrupt_loop / streamlit"),
        *((f"st.dataframe call → grid painted, {size} rows × 10", ms(f"data_dataframe_{size}"),
           ms(f"data_dataframe_{size}_streamlit"), f"data_dataframe_{size} / streamlit")
          for size in ("10k", "100k", "1M")),
    ]
    out = [
        "| measurement | wasmlit | baseline | ratio | target |",
        "|---|---|---|---|---|",
    ]
    for label, ours, base, ratio in rows:
        if ratio in ratios:
            r = ratios[ratio]
            out.append(f"| {label} | {ours} | {base} | {r:.2f} | {verdict(ratio, r)} |")
    counter = extra.get("rerun_counter median ms")
    if counter is not None:
        out.append(f"| Rerun: counter app, median | {counter:.1f} ms | | | "
                   f"{verdict('rerun_counter median ms', counter)} |")
    js = extra.get("main-thread JS gzip KB")
    if js is not None:
        out.append(f"| Main-thread JS, gzip | {js} KB | | | {verdict('main-thread JS gzip KB', js)} |")
    for kind in ("data", "resource"):
        for phase, when in (("miss", "first run"), ("hit", "later runs")):
            key = f"cache_overhead_{kind}_{phase}"
            if key in figs:
                ratio = ratios.get(f"{key} / streamlit")
                out.append(f"| st.cache_{kind} overhead, 1M × 4 DataFrame, {when} | {ms(key)} | "
                           f"{ms(key + '_streamlit')} | {'' if ratio is None else f'{ratio:.2f}'} | |")
    heap = figs.get("data_dataframe_heap_mb")
    if heap is not None:
        theirs = figs.get("data_dataframe_heap_mb_streamlit")
        base = "" if theirs is None else f"{theirs['median']:.0f} MB"
        ratio = "" if theirs is None else f"{heap['median'] / theirs['median']:.2f}"
        out.append(f"| Main-thread JS heap with 1M rows shown | {heap['median']:.0f} MB | {base} | {ratio} | |")
    for app in ("hello", "pandas"):
        b = figs.get(f"startup_{app}_bytes")
        g = figs.get(f"startup_{app}_bytes_gzip")
        if b and g:
            out.append(f"| Bytes for a cold load, {app} | {b['median'] / 1e6:.1f} MB "
                       f"({g['median'] / 1e6:.1f} MB if gzipped) | | | |")
    return "\n".join(out)
