// The floor's worker: loadPyodide, the requested packages, 1+1. See index.html.
import { loadPyodide } from "./pyodide/pyodide.mjs";

self.onmessage = async (ev) => {
  const { indexURL, packages, marker } = ev.data;
  try {
    const py = await loadPyodide({ indexURL });
    if (packages.length > 0) {
      await py.loadPackage(packages);
      py.runPython(packages.map((p) => `import ${p}`).join("\n"));
    }
    self.postMessage({ ok: true, marker, result: py.runPython("1+1") });
  } catch (err) {
    self.postMessage({ ok: false, error: String(err) });
  }
};
