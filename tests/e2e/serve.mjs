// A plain static file server for the end-to-end tests, with the behaviour of common static hosts
// (GitHub Pages and others): files are served as they are under a base path, and an unknown path gets
// the site's 404.html with status 404. No rewrites, no SPA fallback: the app must cope on its own.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Serves `root` at `base` (e.g. "/" or "/durable/"); resolves to { url, close }. */
export function serve(root, base = "/") {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const send = async (file, status) => {
      const body = await readFile(file);
      response.writeHead(status, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    };
    try {
      if (path.startsWith(base)) {
        let file = normalize(join(root, path.slice(base.length)));
        if (!file.startsWith(normalize(root))) throw new Error("outside root");
        const info = await stat(file).catch(() => null);
        if (info?.isDirectory()) file = join(file, "index.html");
        if (await stat(file).catch(() => null)) return await send(file, 200);
      }
      const notFound = join(root, "404.html");
      if (await stat(notFound).catch(() => null)) return await send(notFound, 404);
      response.writeHead(404).end("not found");
    } catch {
      response.writeHead(500).end("server error");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

// `node tests/e2e/serve.mjs DIR [BASE]` serves a folder by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] ?? "dist", process.argv[3] ?? "/");
  console.log(`serving ${process.argv[2] ?? "dist"} at ${url}`);
}
