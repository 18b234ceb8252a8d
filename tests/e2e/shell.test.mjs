// End-to-end: the release build opens, renders, routes, survives a reload on a deep link (at the root
// and under a sub-path), and opens offline once the service worker has cached it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { serve } from "./serve.mjs";
import { launch, openPage, waitForServiceWorker } from "./browser.mjs";

let browser;
let root;
let sub;

before(async () => {
  for (const dir of ["dist", "dist-sub"]) {
    assert.ok(existsSync(`${dir}/index.html`), `${dir}/ is missing: run \`make build build-subpath\` first`);
  }
  browser = await launch();
  root = await serve("dist", "/");
  sub = await serve("dist-sub", "/durable/");
});

after(async () => {
  await browser?.close();
  await root?.close();
  await sub?.close();
});

test("opens, renders the app and reports no errors", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(root.url);
  await page.getByRole("heading", { level: 1, name: /not fragile/i }).waitFor();
  assert.equal(await page.locator("#boot").count(), 0, "the loading shell is replaced by the app");
  assert.ok(await page.getByRole("navigation", { name: "Main" }).isVisible());
  await page.waitForLoadState("networkidle");
  assert.deepEqual(problems, []);
  await context.close();
});

test("navigates in the app and reloads a deep link through the service worker", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(root.url);
  await waitForServiceWorker(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exercises" }).click();
  await page.getByRole("heading", { level: 1, name: "Exercise ladders" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/exercises");
  await page.getByRole("link", { name: "Glute bridge", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Glute bridge" }).waitFor();
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Glute bridge" }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("a first visit straight to a deep link renders it (static host serves 404.html)", async () => {
  const deep = `${root.url}exercises/goblet-squat`;
  const { context, page, problems } = await openPage(browser, { allow: (url, status) => url === deep && status === 404 });
  await page.goto(deep);
  await page.getByRole("heading", { level: 1, name: "Goblet squat" }).waitFor();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(problems, []);
  await context.close();
});

test("works under a sub-path: assets, links and a deep-link reload", async () => {
  const { context, page, problems } = await openPage(browser, { allow: (url, status) => url.endsWith("/durable/learn") && status === 404 });
  await page.goto(`${sub.url}learn`);
  await page.getByRole("heading", { level: 1, name: "The basics" }).waitFor();
  await waitForServiceWorker(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exercises" }).click();
  await page.getByRole("heading", { level: 1, name: "Exercise ladders" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/durable/exercises");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Exercise ladders" }).waitFor();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(problems, []);
  await context.close();
});

test("opens offline once installed", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(root.url);
  await waitForServiceWorker(page);
  await page.waitForLoadState("networkidle");
  await context.setOffline(true);
  await page.goto(`${root.url}learn`);
  await page.getByRole("heading", { level: 1, name: "The basics" }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
