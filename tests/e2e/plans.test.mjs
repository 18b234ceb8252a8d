// End-to-end: sharing a plan. A plan is exported in one browser context (file, link, QR code) and
// imported in a fresh one by file and by link: the preview shows first, "keep beside" and undo
// work, and importing twice adds nothing. The QR code drawn on the page is photographed and
// decoded (jsQR) back into the same link. Hostile files change nothing and markup shows as text.
// axe-core scans the Program page, the share sheet and the import preview.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { axeViolations, launch, openPage } from "./browser.mjs";

const DIST = process.env.DIST ?? "dist";
const require = createRequire(import.meta.url);
const JSQR = require.resolve("jsqr/dist/jsQR.js");

let browser;
let server;
let scratch;

before(async () => {
  assert.ok(existsSync(`${DIST}/index.html`), `${DIST}/ is missing: run \`make build\` first`);
  browser = await launch();
  server = await serve(DIST, "/");
  scratch = mkdtempSync(join(tmpdir(), "durable-plans-"));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function scan(page, name) {
  assert.deepEqual(await axeViolations(page), [], `${name} has accessibility violations`);
}

/** Everything this app keeps in localStorage, to compare before and after. */
async function stored(page) {
  return page.evaluate(() => Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)]));
}

/** Photographs the QR code as drawn and decodes the picture with jsQR in the page. */
async function decodeQr(page) {
  // In the middle of the screen, clear of the header and the tab bar, as a person would show it.
  await page.locator("svg.qr").evaluate((svg) => svg.scrollIntoView({ block: "center" }));
  const png = await page.locator("svg.qr").screenshot({ scale: "device" });
  await page.addScriptTag({ path: JSQR });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height);
    return window.jsQR(pixels.data, image.width, image.height)?.data ?? null;
  }, png.toString("base64"));
}

test("a plan shared in one browser opens in another by file and by link", async () => {
  // The clinician's browser, with a phone's screen density: a built-in plan, used, then shared.
  const sender = await openPage(browser, { deviceScaleFactor: 3 });
  const page = sender.page;
  await page.goto(server.url + "program");
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
  await page.getByRole("button", { name: "Look at “Bands and bells”" }).click();
  await page.getByText("Nothing is saved yet").waitFor();
  await scan(page, "import preview");
  await page.getByRole("button", { name: "Use this plan now" }).click();
  await page.getByText("You now train on “Bands and bells”.").waitFor();
  await page.getByRole("heading", { name: "Share this plan" }).waitFor();
  await scan(page, "program page with the share sheet");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the plan file" }).click();
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^durable-plan-bands-and-bells-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(scratch, download.suggestedFilename());
  await download.saveAs(file);
  const written = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(written.format, "durable-plan");
  assert.equal(written.name, "Bands and bells");

  const link = await page.getByLabel(/Link to this plan/).inputValue();
  assert.ok(link.startsWith(server.url + "program#plan="), link);
  const length = Number((await page.getByText(/\d+ characters/).first().textContent()).match(/(\d+) characters/)[1]);
  assert.equal(length, link.length);
  console.log(`link to "Bands and bells": ${link.length} characters`);
  assert.equal(await decodeQr(page), link, "the QR code drawn on the page decodes to the link");
  assert.deepEqual(sender.problems, []);
  await sender.context.close();

  // The patient's browser, fresh: by file first, kept beside, then undone.
  const receiver = await openPage(browser);
  const other = receiver.page;
  await other.goto(server.url + "program");
  await other.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
  const empty = await stored(other);
  await other.getByLabel("Plan file (.json)").setInputFiles(file);
  await other.getByText("Nothing is saved yet").waitFor();
  await other.getByRole("heading", { level: 2, name: "Bands and bells" }).waitFor();
  assert.deepEqual(await stored(other), empty, "a preview saves nothing");
  await other.getByRole("button", { name: "Keep it beside my plan" }).click();
  await other.getByText("“Bands and bells” is kept beside your plan.").waitFor();
  await other.getByRole("heading", { name: "Plans you kept" }).waitFor();
  await other.getByRole("button", { name: "Undo" }).click();
  await other.getByText("Undone: your plans are as they were.").waitFor();
  assert.equal(await other.getByRole("heading", { name: "Plans you kept" }).count(), 0);

  // Then by link: the preview again, used now; the editor shows the plan.
  await other.goto(link);
  await other.getByText("Nothing is saved yet").waitFor();
  assert.equal(new URL(other.url()).hash, "", "the plan leaves the address once read");
  await other.getByRole("button", { name: "Use this plan now" }).click();
  await other.getByText("You now train on “Bands and bells”.").waitFor();
  assert.equal(await other.getByLabel("Name", { exact: true }).inputValue(), "Bands and bells");

  // The same plan a second time adds nothing.
  await other.goto(link);
  await other.getByText("You already have this plan: adding it again changes nothing.").waitFor();
  await other.getByRole("button", { name: "Keep it beside my plan" }).click();
  await other.getByText("You already have this plan, so nothing was added.").waitFor();
  assert.deepEqual(receiver.problems, []);
  await receiver.context.close();
});

test("hostile plan files change nothing, and markup and right-to-left text show as text", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.url + "program");
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
  await page.getByRole("button", { name: "Look at “Floor to feet”" }).click();
  await page.getByRole("button", { name: "Use this plan now" }).click();
  await page.getByText("You now train on “Floor to feet”.").waitFor();
  const before = await stored(page);

  const picker = page.getByLabel("Plan file (.json)");
  for (const [name, message] of [
    ["over-the-limit.json", "days[2].slots[1].scheme.high: 40 is above the limit of 30"],
    ["newer-version.json", "This plan was written for a newer version of Durable"],
    ["a-backup.json", "This file is a Durable backup, not a plan."],
    ["deep-nesting.json", "the data is nested too deeply"],
    ["duplicate-keys.json", "the field “name” appears twice in one place"],
  ]) {
    await picker.setInputFiles(`tests/plans/${name}`);
    await page.getByRole("alert").filter({ hasText: message }).waitFor();
    await page.getByRole("alert").getByRole("button", { name: "Close" }).click();
  }
  await picker.setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(10 * 1024 * 1024, 32) });
  await page.getByRole("alert").filter({ hasText: "This file is too large to be a Durable plan" }).waitFor();
  await page.getByLabel("Or paste a plan or a link to one").fill("Day A: squats 3x10");
  await page.getByRole("button", { name: "Read what I pasted" }).click();
  await page.getByRole("alert").filter({ hasText: "This is not a readable Durable plan." }).waitFor();
  assert.deepEqual(await stored(page), before, "refused files change nothing");

  await picker.setInputFiles("tests/plans/markup-in-names.json");
  const title = page.locator("#import-title");
  await title.waitFor();
  assert.equal(await title.textContent(), "<script>alert('plan')</script>");
  assert.equal(await page.locator(".import-preview script, .import-preview img, .import-preview iframe").count(), 0);
  await page.getByRole("button", { name: "Cancel" }).click();

  await picker.setInputFiles("tests/plans/right-to-left.json");
  await page.getByRole("heading", { level: 2, name: "خطة الظهر 💪 Back plan" }).waitFor();
  assert.equal(await page.locator("#import-title").getAttribute("dir"), "auto");
  await page.getByRole("button", { name: "Cancel" }).click();
  assert.deepEqual(await stored(page), before, "a cancelled preview changes nothing");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the editor saves each change at once and undoes it", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.url + "program");
  await page.getByRole("button", { name: "Look at “Short on time”" }).click();
  await page.getByRole("button", { name: "Use this plan now" }).click();
  await page.getByText("You now train on “Short on time”.").waitFor();
  await page.getByRole("button", { name: "Move Glute bridge up" }).click();
  await page.getByText("Saved: moving Glute bridge.").waitFor();
  const first = page.locator(".day-edit").first().locator(".slot-edit strong").first();
  assert.equal(await first.textContent(), "Glute bridge");
  await page.locator("#d0s0-high").fill("40");
  await page.locator("#d0s0-high").press("Tab");
  await page.getByText("Not saved: days[0].slots[0].scheme.high: 40 is above the limit of 30.").waitFor();
  await page.getByLabel("Change Glute bridge for").selectOption({ label: "Hip hinge with a broom handle (a harder step)" });
  await page.getByText("Saved: changing Glute bridge for Hip hinge with a broom handle.").waitFor();
  await page.getByRole("button", { name: "Undo changing Glute bridge for Hip hinge with a broom handle" }).click();
  await page.getByText("Undone: changing Glute bridge for Hip hinge with a broom handle.").waitFor();
  await page.reload();
  await page.getByRole("heading", { name: "Change your plan" }).waitFor();
  assert.equal(await page.locator(".day-edit").first().locator(".slot-edit strong").first().textContent(), "Glute bridge");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "nothing scrolls sideways at 390 px");
  await page.screenshot({ path: join(scratch, "program.png"), fullPage: false });
  assert.deepEqual(problems, []);
  await context.close();
});
