// End-to-end: the Settings page on the release build. A backup downloads and reads back; a file that
// is not a backup changes nothing; a good one shows a preview, changes nothing on cancel, replaces the
// data on confirm and leaves a snapshot that can be restored; damaged data can be downloaded raw.
// `DIST=dir` tests another build folder (default dist/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch, openPage } from "./browser.mjs";
import { storedData } from "./stored.mjs";

const DIST = process.env.DIST ?? "dist";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const FIXTURE = JSON.parse(readFileSync("tests/fixtures/storage-v1.json", "utf8"));
/** The smallest profile the app accepts, to see the profile row of the preview and the unit switch. */
const PROFILE = {
  unit: "kg",
  inventory: {},
  days_per_week: 3,
  minutes_per_session: 30,
  experience: "new",
  baseline_pain: 4,
  created: "2026-11-01",
};

let browser;
let server;
let scratch;

before(async () => {
  assert.ok(existsSync(`${DIST}/index.html`), `${DIST}/ is missing: run \`make build\` first`);
  browser = await launch();
  server = await serve(DIST, "/");
  scratch = mkdtempSync(join(tmpdir(), "durable-settings-"));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page on /settings with `entries` in local storage (a first visit gets 404.html). */
async function openSettings(entries = {}) {
  const settings = `${server.url}settings`;
  const opened = await openPage(browser, { allow: (url, status) => url === settings && status === 404 });
  await opened.page.goto(server.url);
  // Let the first load finish (icons, service worker) so leaving it aborts no request.
  await opened.page.waitForLoadState("networkidle");
  await opened.page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, entries);
  await opened.page.goto(settings);
  await opened.page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  return opened;
}

/** This app's keys in local storage, without the date of the last backup download. */
function stored(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith("durable.") && key !== "durable.v1.last-backup")
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
}

function section(page, name) {
  return page.getByRole("region", { name });
}

/** An axe-core scan (WCAG 2.1 A and AA) of the page as it is now. */
async function scan(page, name) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, [], `${name} has accessibility violations`);
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("opens with every section, headings in order and no errors", async () => {
  const { context, page, problems } = await openSettings();
  const headings = await page.locator("main h1, main h2").allTextContents();
  assert.deepEqual(headings, [
    "Settings",
    "Your data on this device",
    "Rest timer and screen",
    "Backup",
    "Restore from a backup file",
    "Automatic snapshots",
    "Equipment",
    "Units",
    "Appearance",
    "Start over",
  ]);
  await section(page, "Your data on this device").getByText(/saved in this browser on this device/).waitFor();
  await section(page, "Backup").getByText(/not downloaded a backup from this device yet/).waitFor();
  await section(page, "Automatic snapshots").getByText("There are no snapshots yet.").waitFor();
  assert.ok(await page.getByLabel("Backup file", { exact: true }).isVisible());
  await scan(page, "settings");
  await page.waitForLoadState("networkidle");
  assert.deepEqual(problems, []);
  await context.close();
});

test("backup, a bad file, a preview with cancel, replace, and restoring the snapshot", async () => {
  const { context, page, problems } = await openSettings(FIXTURE);
  const restore = section(page, "Restore from a backup file");
  const snapshots = section(page, "Automatic snapshots");

  // Download a backup: a durable-backup file with the fixture's data; the date is remembered.
  const backup = await download(page, section(page, "Backup").getByRole("button", { name: "Download a backup" }));
  assert.match(backup.name, /^durable-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(backup.text);
  assert.equal(file.format, "durable-backup");
  assert.equal(file.data.program.name, "Back to lifting");
  assert.ok(file.data.sessions.length >= 2 && file.data.checkins.length >= 2);
  await section(page, "Backup").getByText(/^Last backup downloaded on .* \(today\)\.$/).waitFor();
  assert.ok(await page.evaluate(() => localStorage.getItem("durable.v1.last-backup")));
  const fixtureData = await stored(page);

  // A file that is not a backup: the reader's message, and nothing changed.
  await page.getByLabel("Backup file", { exact: true }).setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not json") });
  const alert = restore.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /^This file is not a readable Durable backup\. Line 1, column \d+: .+ Nothing was changed\.$/);
  assert.deepEqual(await stored(page), fixtureData);

  // A file over 20 MB is refused before it is read.
  const big = Buffer.alloc(21 * 1024 * 1024, 32);
  await page.getByLabel("Backup file", { exact: true }).setInputFiles({ name: "big.json", mimeType: "application/json", buffer: big });
  await restore.getByText(/too large to be a Durable backup \(21\.0 MB; a backup is at most 20 MB\)/).waitFor();
  assert.deepEqual(await stored(page), fixtureData);

  // The backup of this very data previews as the same (the session in progress counts on both sides).
  const same = join(scratch, "same.json");
  writeFileSync(same, backup.text);
  await page.getByLabel("Backup file", { exact: true }).setInputFiles(same);
  await restore.getByRole("heading", { name: "Check before replacing" }).waitFor();
  const sameRows = await restore.getByRole("row").allTextContents();
  const cells = await restore.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent)));
  assert.equal(sameRows.length, 6);
  for (const [now, inFile] of cells) assert.equal(now, inFile);
  await restore.getByRole("button", { name: "Cancel" }).click();
  assert.deepEqual(await stored(page), fixtureData);

  // Start over (confirmed), so the backup differs from what is stored.
  await page.getByRole("button", { name: "Erase everything on this device" }).click();
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await page.getByText(/^Everything was erased\./).waitFor();
  const erased = await stored(page);
  assert.equal(erased["durable.v1.program"], undefined);
  await snapshots.getByText(/Taken before reset\. Holds \d+ sessions and \d+ check-ins\./).waitFor();

  // The backup (with a profile added): a preview of what would change, and cancel changes nothing.
  file.data.profile = PROFILE;
  const path = join(scratch, "durable-backup.json");
  writeFileSync(path, JSON.stringify(file));
  await page.getByLabel("Backup file", { exact: true }).setInputFiles(path);
  await restore.getByRole("heading", { name: "Check before replacing" }).waitFor();
  const row = async (name) => (await restore.getByRole("row", { name: new RegExp(`^${name}`) }).locator("td").allTextContents());
  assert.deepEqual(await row("Sessions"), ["0", String(file.data.sessions.length)]);
  assert.deepEqual(await row("Check-ins"), ["0", String(file.data.checkins.length)]);
  assert.deepEqual(await row("Program"), ["None", "Back to lifting"]);
  assert.deepEqual(await row("Profile"), ["None", "Yes"]);
  assert.match((await row("Dates"))[1], /^\d+ \w{3} \d{4} to \d+ \w{3} \d{4}$/);
  await page.getByRole("button", { name: "Erase everything on this device" }).click();
  await scan(page, "settings with a preview and a confirmation open");
  await page.getByRole("button", { name: "Cancel" }).last().click();
  await restore.getByRole("button", { name: "Cancel" }).click();
  await restore.getByRole("heading", { name: "Check before replacing" }).waitFor({ state: "detached" });
  assert.deepEqual(await stored(page), erased);

  // Choose it again and confirm: the data is replaced and a snapshot of the previous data is listed.
  await page.getByLabel("Backup file", { exact: true }).setInputFiles(path);
  await restore.getByRole("button", { name: "Replace my data" }).click();
  await restore.getByRole("status").getByText(/^Your data was replaced with the backup\. An automatic snapshot/).waitFor();
  const replaced = await stored(page);
  assert.match(replaced["durable.v1.program"], /^\{"r":\d+,"s":3,"n":\d+,"z":"/, "stored packed");
  assert.match(storedData(replaced["durable.v1.program"]), /Back to lifting/);
  assert.match(storedData(replaced["durable.v1.profile"]), /"kg"/);
  await snapshots.getByText(/^Taken before import\. Holds 0 sessions and 0 check-ins\.$/).waitFor();

  // Units: the profile's unit is saved.
  await page.getByLabel("Pounds (lb)").check();
  const profileSays = async (pattern) => pattern.test(storedData(await page.evaluate(() => localStorage.getItem("durable.v1.profile"))));
  for (let tries = 0; !(await profileSays(/"lb"/)); tries++) {
    assert.ok(tries < 50, "the unit is saved");
    await page.waitForTimeout(100);
  }
  assert.ok(await page.getByLabel("Pounds (lb)").isChecked());

  // The replaced data survives a reload.
  await page.waitForLoadState("networkidle");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  assert.ok(await page.getByLabel("Pounds (lb)").isChecked());
  assert.deepEqual(Object.keys(await stored(page)), Object.keys(replaced));

  // Restore the snapshot taken before the import (confirmed): the erased state is back.
  const beforeImport = snapshots.getByRole("listitem").filter({ hasText: "Taken before import" });
  await beforeImport.getByRole("button", { name: /^Restore the snapshot from / }).click();
  await beforeImport.getByRole("button", { name: "Yes, restore it" }).click();
  await snapshots.getByText(/^The data from .* is back\./).waitFor();
  const restored = await stored(page);
  assert.equal(restored["durable.v1.program"], undefined);
  assert.equal(restored["durable.v1.profile"], undefined);
  await snapshots.getByText(/Taken before restoring backup/).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("damaged data is listed in plain words and its raw text downloads", async () => {
  const damaged = "{ this is not what Durable wrote";
  const { context, page } = await openSettings({ ...FIXTURE, "durable.v1.log.2026-09": damaged });
  const kept = section(page, "Data that could not be read");
  await kept.getByText("Your training log for September 2026").waitFor();
  const raw = await download(page, kept.getByRole("button", { name: "Download the raw text of your training log for September 2026" }));
  assert.equal(raw.text, damaged);
  await context.close();
});
