// End-to-end: what a person sees when storage misbehaves, in the real browser against the release
// build. Nothing is lost: blocked storage still runs and offers a backup, a full quota keeps the change
// on screen with a backup offer, a damaged key is named and set aside while the rest loads, data from a
// newer version opens read-only, and a second tab follows the first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./serve.mjs";
import { launch, openPage } from "./browser.mjs";

let browser;
let site;

before(async () => {
  browser = await launch();
  site = await serve(process.env.DIST ?? "dist", "/");
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Onboards with the defaults and waits for Today. */
async function onboard(page) {
  await page.goto(site.url + "start");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("group", { name: /usual back pain/i }).getByRole("button", { name: "4", exact: true }).click();
  await page.getByRole("button", { name: "Make my program" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
}

/** Saves a morning check-in with pain `pain` and waits for Today. */
async function checkIn(page, pain) {
  await page.goto(site.url + "check-in");
  await page.getByRole("group", { name: "Back pain on waking" }).getByRole("button", { name: String(pain), exact: true }).click();
  await page.getByRole("button", { name: "Save check-in" }).click();
}

test("blocked storage: the app runs, warns that nothing is kept, and offers a backup", async () => {
  const { context, page, problems } = await openPage(browser);
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto(site.url);
  await page.getByText(/not letting Durable keep data/).waitFor();
  await onboard(page);
  await page.getByText(/not letting Durable keep data/).waitFor();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download a backup" }).first().click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^durable-backup-\d{4}-\d{2}-\d{2}\.json$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a full quota keeps the change on screen, says so and offers a backup; stored data is undamaged", async () => {
  const { context, page, problems } = await openPage(browser);
  await onboard(page);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.startsWith("durable.")).sort()));
  // Fill the origin's storage with junk until the browser refuses.
  await page.evaluate(() => {
    let index = 0;
    for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
      const chunk = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`junk.${index++}`, chunk);
        } catch {
          break;
        }
      }
    }
  });
  await checkIn(page, 3);
  await page.getByRole("alert").getByText(/storage is full/).waitFor();
  assert.ok(await page.getByRole("alert").getByRole("button", { name: "Download a backup" }).isVisible());
  // The answers stay on screen, and the check-in is kept in memory: Today no longer asks for it.
  assert.equal(await page.getByRole("group", { name: "Back pain on waking" }).getByRole("button", { name: "3", exact: true }).getAttribute("aria-pressed"), "true");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  assert.equal(await page.getByRole("heading", { name: "Morning check-in" }).count(), 0);
  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.startsWith("durable.")).sort()));
  assert.equal(after, before, "nothing already stored was changed");
  await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("junk.")).forEach((key) => localStorage.removeItem(key)));
  assert.deepEqual(problems, []);
  await context.close();
});

test("a damaged key is named and kept aside; everything else loads", async () => {
  const { context, page, problems } = await openPage(browser);
  await onboard(page);
  await checkIn(page, 2);
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  const key = await page.evaluate(() => Object.keys(localStorage).find((key) => key.startsWith("durable.v1.checkins.")));
  assert.ok(key, "a check-in shard exists");
  await page.evaluate((key) => localStorage.setItem(key, "{this is not json"), key);
  await page.reload();
  await page.getByText(/could not be read/).first().waitFor();
  await page.getByRole("heading", { name: /Next session/ }).waitFor();
  const kept = await page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith("durable.v1.quarantine.")).map(([, value]) => value));
  assert.ok(kept.includes("{this is not json"), "the damaged text is kept, never deleted");
  assert.deepEqual(problems, []);
  await context.close();
});

test("data from a newer version opens read-only", async () => {
  const { context, page, problems } = await openPage(browser);
  await onboard(page);
  await page.evaluate(() => {
    const meta = JSON.parse(localStorage.getItem("durable.v1.meta"));
    localStorage.setItem("durable.v1.meta", JSON.stringify({ ...meta, schema: 99, app: "9.0.0" }));
  });
  await page.reload();
  await page.getByText(/saved by a newer version of Durable/).first().waitFor();
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await checkIn(page, 5);
  await page.getByRole("alert").getByText(/newer version/).waitFor();
  assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before, "no writes in read-only mode");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a second tab follows the first", async () => {
  const { context, page, problems } = await openPage(browser);
  await onboard(page);
  const other = await context.newPage();
  await other.goto(site.url);
  await other.getByRole("heading", { name: "Morning check-in" }).waitFor();
  await checkIn(page, 2);
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  await other.getByRole("heading", { name: "Morning check-in" }).waitFor({ state: "detached" });
  assert.deepEqual(problems, []);
  await context.close();
});
