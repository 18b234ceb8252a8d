// End-to-end: exercise pictures. The pose file is fetched only when a picture is shown, a tap moves
// the figure and nothing else does, reduced motion shows start and end side by side, and a contact
// sheet of every exercise's start and end at phone size is written to test-results/pictures/; and a
// picture shows offline once the app is installed (the service worker precaches the pose file).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { serve } from "./serve.mjs";
import { launch, openPage, waitForServiceWorker } from "./browser.mjs";

const OUT = "test-results/pictures";
let browser;
let site;

before(async () => {
  browser = await launch();
  site = await serve("dist", "/");
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** The markup of the moving figure. */
const figure = (page) => page.locator(".pose-move").innerHTML();

test("the welcome page does not fetch the pose file; an exercise page does, and a tap moves the figure", async () => {
  const { context, page, problems } = await openPage(browser);
  const fetched = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(site.url);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  assert.ok(!fetched.includes("/poses.json"), "the first page fetched the pose file");

  await page.goto(site.url + "exercises/bird-dog");
  const button = page.getByRole("button", { name: "Bird dog: show the end position" });
  await button.waitFor();
  assert.ok(fetched.includes("/poses.json"));
  const caption = await page.locator(".pose figcaption").textContent();
  assert.match(caption, /^Bird dog, seen from the side\. Start: on hands and knees\. End: one arm forward/);
  const box = await button.boundingBox();
  assert.ok(box.width >= 44 && box.height >= 44, `the tap target is ${box.width} x ${box.height}`);

  const still = await figure(page);
  await page.waitForTimeout(600);
  assert.equal(await figure(page), still, "the figure moved on its own");

  await button.click();
  await page.waitForTimeout(400);
  const moving = await figure(page);
  assert.notEqual(moving, still, "a tap did not move the figure");
  await page.getByRole("button", { name: "Bird dog: show the start position" }).waitFor();
  await page.waitForTimeout(2600);
  const ended = await figure(page);
  await page.waitForTimeout(500);
  assert.equal(await figure(page), ended, "the figure kept moving after reaching the end");

  const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(scrollsSideways, false);
  assert.deepEqual(problems, []);
  await context.close();
});

test("with reduced motion the start and end stand side by side; a contact sheet of every exercise", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(site.url + "exercises");
  await page.getByRole("heading", { level: 1, name: "Exercise ladders" }).waitFor();
  const links = await page.locator("ol.list a").evaluateAll((anchors) =>
    anchors.map((anchor) => ({ href: anchor.getAttribute("href"), name: anchor.textContent })),
  );
  assert.ok(links.length >= 50, `only ${links.length} exercises listed`);

  mkdirSync(OUT, { recursive: true });
  const shots = [];
  for (const { href, name } of links) {
    await page.goto(new URL(href, site.url).href);
    const pair = page.locator(".pose-still");
    await pair.waitFor();
    assert.equal(await page.locator(".pose-move").isVisible(), false, `${name}: the moving figure shows`);
    assert.equal(await pair.locator("svg").count() >= 2, true, `${name}: no start and end`);
    const id = href.split("/").pop();
    const png = await pair.screenshot({ path: `${OUT}/${id}.png` });
    shots.push({ name, png: png.toString("base64") });
  }

  const cells = shots
    .map(({ name, png }) => `<figure><img src="data:image/png;base64,${png}"><figcaption>${name}</figcaption></figure>`)
    .join("");
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.setContent(
    `<style>body{margin:8px;font:12px system-ui;display:grid;grid-template-columns:repeat(4,1fr);gap:6px}
     figure{margin:0}img{width:100%}</style>${cells}`,
  );
  writeFileSync(`${OUT}/contact-sheet.png`, await page.screenshot({ fullPage: true }));
  assert.deepEqual(problems, []);
  await context.close();
});

test("a picture shows offline once the app is installed", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(site.url);
  await waitForServiceWorker(page);
  await page.waitForLoadState("networkidle");
  await context.setOffline(true);
  await page.goto(site.url + "exercises/glute-bridge");
  await page.getByRole("button", { name: "Glute bridge: show the end position" }).waitFor();
  assert.match(await page.locator(".pose figcaption").textContent(), /^Glute bridge, seen from the side\./);
  assert.deepEqual(problems, []);
  await context.close();
});

test("under a sub-path the pose file is fetched beside the app", async () => {
  const sub = await serve("dist-sub", "/durable/");
  const { context, page, problems } = await openPage(browser);
  await page.goto(sub.url + "exercises/bird-dog");
  await page.getByRole("button", { name: "Bird dog: show the end position" }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
  await sub.close();
});
