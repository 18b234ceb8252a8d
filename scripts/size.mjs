// Prints what a first visit downloads (html + js + wasm + css), raw, gzip and brotli, from a dist folder.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const files = readdirSync(dir).filter((name) => /\.(html|js|wasm|css)$/.test(name) && name !== "404.html" && name !== "sw.js");
let total = { raw: 0, gzip: 0, brotli: 0 };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
console.log(`First visit (${dir}/):`);
console.log(`${"file".padEnd(44)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
for (const name of files.sort()) {
  const body = readFileSync(join(dir, name));
  const sizes = {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const key of Object.keys(total)) total[key] += sizes[key];
  console.log(`${name.padEnd(44)}${kb(sizes.raw)}${kb(sizes.gzip)}${kb(sizes.brotli)}`);
}
console.log(`${"total".padEnd(44)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
