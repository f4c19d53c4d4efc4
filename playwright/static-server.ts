// A static file server for built bundles, on 127.0.0.1 and a free port.
//
// Note [A plain static host]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~
// It sends what any static host sends: a content type and the bytes. No
// COOP/COEP headers (bundles must work without cross-origin isolation), and
// every bundle lives under a sub-path (/<name>/), as on GitHub Pages. It sends
// `application/wasm` for .wasm so that Pyodide can compile it while streaming.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".whl": "application/zip",
  ".py": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json",
};

export type StaticServer = { url: string; close: () => Promise<void> };

export function startStaticServer(dir: string): Promise<StaticServer> {
  const rootDir = path.resolve(dir);
  const server = createServer((req, res) => {
    void (async () => {
      const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      let file = path.resolve(rootDir, "." + urlPath);
      if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        let info = await stat(file);
        if (info.isDirectory()) {
          if (!urlPath.endsWith("/")) {
            res.writeHead(301, { Location: urlPath + "/" }).end();
            return;
          }
          file = path.join(file, "index.html");
          info = await stat(file);
        }
        res.writeHead(200, {
          "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
          "Content-Length": info.size,
          "Cache-Control": "no-store",
        });
        if (req.method === "HEAD") res.end();
        else createReadStream(file).pipe(res);
      } catch {
        res.writeHead(404, { "Content-Type": "text/plain" }).end(`not found: ${urlPath}`);
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo; // listen() on a TCP port: always AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
