// Trunk post_build hook: writes this build's file list and id into the service worker, and copies the
// shell to 404.html so static hosts that serve 404.html (GitHub Pages and most others) open deep links.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from "node:fs";
import { join, relative } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("sw-precache: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(staging)
  .map((path) => relative(staging, path).split("\\").join("/"))
  .filter((path) => path !== "sw.js" && path !== "404.html")
  .sort();
const hash = createHash("sha256");
for (const file of files) hash.update(file).update(readFileSync(join(staging, file)));
const buildId = hash.digest("hex").slice(0, 16);
const precache = ["./", ...files.filter((file) => file !== "index.html")];

const swPath = join(staging, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace('"__DURABLE_BUILD_ID__"', JSON.stringify(buildId))
  .replace("__DURABLE_PRECACHE__", JSON.stringify(precache));
writeFileSync(swPath, sw);
copyFileSync(join(staging, "index.html"), join(staging, "404.html"));
console.log(`sw-precache: build ${buildId}, ${precache.length} files precached`);
