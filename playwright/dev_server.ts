// `wasmlit run` for the specs that test the dev server (ship.spec.ts, deploy.spec.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout's root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The venv's Python (with the test dependencies), else the system's. */
export const python = existsSync(path.join(root, ".venv/bin/python")) ? path.join(root, ".venv/bin/python") : "python3";

/** Starts `wasmlit run SCRIPT --headless --port 0 ...extra` in `cwd`; resolves with its URL. */
export async function wasmlitRun(script: string, extra: string[] = [], cwd: string = root): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env, PYTHONPATH: path.join(root, "py") };
  const child = spawn(python, ["-m", "wasmlit.cli", "run", script, "--headless", "--port", "0", ...extra], { cwd, env });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => reject(new Error(`wasmlit run exited with ${String(code)}:\n${out}`)));
  });
  return { child, url };
}
