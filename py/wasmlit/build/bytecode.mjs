// Compiles Python bytecode for a bundle, inside Pyodide itself under Node (the
// host's CPython may be another version; bytecode is version-specific).
// See Note [Shipping bytecode] in bytecode.py, which runs this script as:
//
//   node bytecode.mjs JOB.json
//
// JOB.json is one of
//   {"pyodide": dir of the npm package, "runtime": runtime zip, "out": zip}
//     -> "stdlib/<module path>.pyc" for every stdlib module a boot imports
//        (Pyodide's own start, the wasmlit runtime and a first run of a small
//        app), and "runtime/<path>/__pycache__/<name>.cpython-312.pyc" for
//        every module of the runtime;
//   {"pyodide": ..., "wheels": [package files], "imports": [names], "out": zip}
//     -> "<path>/__pycache__/<name>.cpython-312.pyc" (relative to
//        site-packages) for every module that importing `imports` loads from
//        those packages.
// All are unchecked-hash pycs (PEP 552).

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { loadPyodide } = await import(pathToFileURL(join(job.pyodide, "pyodide.mjs")).href);
const py = await loadPyodide({ indexURL: job.pyodide + "/", stdout: () => {}, stderr: (s) => console.error(s) });
const PYC = String.raw`
import importlib.util
from importlib._bootstrap_external import _code_to_hash_pyc

def pyc(source, filename):
    code = compile(source, filename, "exec", dont_inherit=True)
    return bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False))
`;

if (job.wheels) {
  await py.loadPackage(job.wheels, { messageCallback: () => {}, errorCallback: (s) => console.error(s) });
  py.globals.set("IMPORTS", py.toPy(job.imports));
  py.runPython(PYC + String.raw`
import importlib
import sys
import zipfile

SITE = "/lib/python3.12/site-packages/"
for name in IMPORTS:
    try:
        importlib.import_module(name)
    except Exception as e:  # a package that cannot import here still works without pycs
        print(f"bytecode: import {name} failed: {e!r}", file=sys.stderr)
fontlist = None
if "matplotlib" in sys.modules:  # Note [Matplotlib's font list] in bytecode.py
    try:
        import matplotlib.font_manager as fm
        fm.json_dump(fm.fontManager, "/tmp/fontlist.json")
        with open("/tmp/fontlist.json", "rb") as f:
            fontlist = ("matplotlib/fontlist.json", f.read())
    except Exception as e:
        print(f"bytecode: matplotlib's font list failed: {e!r}", file=sys.stderr)
files = sorted({
    m.__file__ for m in list(sys.modules.values())
    if (getattr(m, "__file__", None) or "").startswith(SITE) and m.__file__.endswith(".py")
})
with zipfile.ZipFile("/tmp/out.zip", "w", zipfile.ZIP_DEFLATED) as out:
    for path in files:
        with open(path, "rb") as f:
            out.writestr(importlib.util.cache_from_source(path)[len(SITE):], pyc(f.read(), path))
    if fontlist is not None:
        out.writestr(*fontlist)
`);
  writeFileSync(job.out, py.FS.readFile("/tmp/out.zip"));
  process.exit(0);
}

py.FS.writeFile("/tmp/runtime.zip", new Uint8Array(readFileSync(job.runtime)));
// entry.py imports the worker's host module at import time; it is not called.
py.registerJsModule("_wasmlit_host", { post() {}, wait: () => Promise.resolve(), persist: () => Promise.resolve() });

py.runPython(PYC + String.raw`
import sys
import zipfile

STDLIB = "/lib/python312.zip/"
SITE = "/lib/python3.12/site-packages/"
APP = '''
import streamlit as st
st.title("Hello")
st.write("A", 1, [1, 2], {"a": 1})
if st.button("Go"):
    st.success("Gone")
name = st.text_input("Name")
st.markdown(f"Hi **{name}**")
x = 1
x
'''

with zipfile.ZipFile("/tmp/runtime.zip") as z:
    z.extractall(SITE)
    runtime_files = [n for n in z.namelist() if n.endswith(".py")]
importlib.invalidate_caches()

import wasmlit.worker.entry  # noqa: E402,F401
from wasmlit import alias  # noqa: E402
from wasmlit.runtime.host import Host  # noqa: E402
from wasmlit.runtime.session import AppSession  # noqa: E402

class _Quiet(Host):
    def post(self, data, buffers):
        pass

alias.install()
with open("/tmp/app.py", "w") as f:
    f.write(APP)
session = AppSession("/tmp/app.py", _Quiet())
session.request_initial_run()
session.drain()

stdlib = zipfile.ZipFile("/lib/python312.zip")
wanted = sorted({
    m.__file__[len(STDLIB):]
    for m in list(sys.modules.values())
    if (getattr(m, "__file__", None) or "").startswith(STDLIB) and m.__file__.endswith(".py")
})
with zipfile.ZipFile("/tmp/out.zip", "w", zipfile.ZIP_DEFLATED) as out:
    for name in wanted:
        out.writestr("stdlib/" + name[:-3] + ".pyc", pyc(stdlib.read(name), STDLIB + name))
    for name in runtime_files:
        with open(SITE + name, "rb") as f:
            source = f.read()
        out.writestr("runtime/" + importlib.util.cache_from_source(name), pyc(source, SITE + name))
`);
writeFileSync(job.out, py.FS.readFile("/tmp/out.zip"));
