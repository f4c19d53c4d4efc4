// The bundle's manifest.json, as written by `wasmlit build` (py/wasmlit/build).
// It is read once at boot; a malformed one is a fatal boot error.

import type { Encryption } from "./decrypt";

export interface FileEntry {
  readonly sha256: string;
  readonly size: number;
}

export interface Manifest {
  readonly format: 1;
  readonly wasmlit: string;
  readonly pyodide: string;
  /** The entry script, relative to the app folder. */
  readonly entry: string;
  /** Bundle-relative path of the zip of py/wasmlit (top folder `wasmlit/`). */
  readonly runtime: string;
  /** Bundle-relative path of the zip of the app folder. */
  readonly app: string;
  /** Bundle-relative folder of the Pyodide core and package files ("pyodide/"). */
  readonly pyodide_index: string;
  /** Pyodide lock package names, dependency-closed, for pyodide.loadPackage. */
  readonly packages: readonly string[];
  /** Bundle-relative zip of the packages' pycs, unpacked into site-packages after loadPackage; or null. */
  readonly bytecode: string | null;
  /** Bundle-relative zip of the app's PyPI wheels (requirements.txt), unpacked into site-packages; or null. */
  readonly site: string | null;
  /** Note [Encrypted bundles] in py/wasmlit/build/crypto.py; null: not encrypted. */
  readonly encryption: Encryption | null;
  /** Bundle-relative path of the encrypted secrets.toml, or null. */
  readonly secrets: string | null;
  readonly files: Readonly<Record<string, FileEntry>>;
}

export class ManifestError extends Error {}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function str(raw: Record<string, unknown>, key: string): string {
  const v = raw[key];
  if (typeof v !== "string" || v === "") throw new ManifestError(`manifest.json: "${key}" must be a non-empty string`);
  return v;
}

function parseEncryption(raw: unknown): Encryption | null {
  if (raw === null || raw === undefined) return null;
  if (
    !isRecord(raw) ||
    raw["kdf"] !== "PBKDF2-SHA256" ||
    raw["cipher"] !== "AES-256-GCM" ||
    typeof raw["iterations"] !== "number" ||
    typeof raw["salt"] !== "string" ||
    !/^([0-9a-f]{2})+$/i.test(raw["salt"])
  ) {
    throw new ManifestError('manifest.json: "encryption" must be PBKDF2-SHA256 + AES-256-GCM with a hex salt');
  }
  return { kdf: "PBKDF2-SHA256", cipher: "AES-256-GCM", iterations: raw["iterations"], salt: raw["salt"] };
}

/** Checks the shape of a parsed manifest.json; throws ManifestError. */
export function parseManifest(raw: unknown): Manifest {
  if (!isRecord(raw)) throw new ManifestError("manifest.json is not a JSON object");
  if (raw["format"] !== 1) {
    throw new ManifestError(`manifest.json has format ${JSON.stringify(raw["format"])}; this page reads format 1`);
  }
  const packages = raw["packages"];
  if (!Array.isArray(packages) || !packages.every((p): p is string => typeof p === "string")) {
    throw new ManifestError('manifest.json: "packages" must be a list of names');
  }
  const filesRaw = raw["files"];
  if (!isRecord(filesRaw)) throw new ManifestError('manifest.json: "files" must be an object');
  const files: Record<string, FileEntry> = {};
  for (const [path, entry] of Object.entries(filesRaw)) {
    if (!isRecord(entry) || typeof entry["sha256"] !== "string" || typeof entry["size"] !== "number") {
      throw new ManifestError(`manifest.json: bad entry for ${path}`);
    }
    files[path] = { sha256: entry["sha256"].toLowerCase(), size: entry["size"] };
  }
  let index = str(raw, "pyodide_index");
  if (!index.endsWith("/")) index += "/";
  return {
    format: 1,
    wasmlit: str(raw, "wasmlit"),
    pyodide: str(raw, "pyodide"),
    entry: str(raw, "entry"),
    runtime: str(raw, "runtime"),
    app: str(raw, "app"),
    pyodide_index: index,
    packages,
    bytecode: typeof raw["bytecode"] === "string" && raw["bytecode"] !== "" ? raw["bytecode"] : null,
    site: typeof raw["site"] === "string" && raw["site"] !== "" ? raw["site"] : null,
    encryption: parseEncryption(raw["encryption"]),
    secrets: typeof raw["secrets"] === "string" && raw["secrets"] !== "" ? raw["secrets"] : null,
    files,
  };
}
