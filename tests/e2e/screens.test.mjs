// End-to-end: every screen at 390 × 844 with a year of history (made by `durable synth` and restored
// through Settings). On each: the page never scrolls sideways, every control is at least 44 × 44 px,
// and axe-core (WCAG 2.1 A and AA) reports no violation. A screenshot of each screen goes to
// test-results/screens/ (ignored by git), as the phone shows it first and as a whole page; two are
// committed under docs/screens/ for the README.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { serve } from "./serve.mjs";
import { axeViolations, launch, openPage } from "./browser.mjs";
import { synthYear } from "./synth.mjs";

const DIST = process.env.DIST ?? "dist";
const SHOTS = "test-results/screens";
/** The smallest target a thumb hits reliably, in CSS pixels. */
const TAP = 44;

let browser;
let server;
let yearFile;

before(async () => {
  assert.ok(existsSync(`${DIST}/index.html`), `${DIST}/ is missing: run \`make build\` first`);
  yearFile = synthYear("screens");
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
  server = await serve(DIST, "/");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Sideways overflow, controls smaller than a thumb, and axe violations of the page as it is. */
async function check(page, name) {
  // What the phone shows first, and the whole page.
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await page.screenshot({ path: `${SHOTS}/${name}-full.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, `${name} scrolls sideways by ${overflow} px at 390 px`);
  const small = await page.evaluate((tap) => {
    // Links inside running text are exempt (WCAG 2.5.5's inline exception); everything else is a
    // control: buttons, fields, disclosure summaries, button-like and navigation links. A checkbox
    // or radio counts with its label, which is part of its target.
    const controls = document.querySelectorAll(
      "button, select, textarea, input:not([type=checkbox]):not([type=radio]), summary, a.button, nav a, a.row-link, a.inline-tap, .check, .choices label",
    );
    const found = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const hidden = box.width === 0 && box.height === 0;
      if (!hidden && (box.width < tap - 0.5 || box.height < tap - 0.5)) {
        found.push(`${control.tagName.toLowerCase()}${control.className ? "." + control.className : ""} "${(control.textContent || control.getAttribute("aria-label") || "").trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return found;
  }, TAP);
  assert.deepEqual(small, [], `${name} has controls smaller than ${TAP} × ${TAP} px`);
  assert.deepEqual(await axeViolations(page), [], `${name} has accessibility violations`);
}

test("every screen at 390 × 844 with a year of data: no sideways scroll, thumb-sized controls, no axe violations", async () => {
  const allow = (url, status) => status === 404 && url.startsWith(server.url);
  const { context, page, problems } = await openPage(browser, { allow });

  // Before any data: the welcome and the first onboarding step.
  await page.goto(server.url);
  await page.getByRole("heading", { level: 1, name: "Your back is not fragile. It adapts." }).waitFor();
  await page.waitForLoadState("networkidle");
  await check(page, "welcome");
  await page.getByRole("link", { name: "Get started" }).click();
  await page.getByRole("button", { name: "Continue" }).waitFor();
  await check(page, "onboarding-safety");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Make my program" }).waitFor();
  await page.getByText("Change it item by item").click();
  await check(page, "onboarding-about-you");

  // A year of history.
  await page.goto(server.url + "settings");
  const restore = page.getByRole("region", { name: "Restore from a backup file" });
  await page.getByLabel("Backup file", { exact: true }).setInputFiles(yearFile);
  await restore.getByRole("button", { name: "Replace my data" }).click();
  await restore.getByRole("status").getByText(/^Your data was replaced with the backup\./).waitFor();

  const screens = [
    ["today", "", "Today"],
    ["check-in", "check-in", "Morning check-in"],
    ["weekly", "weekly", "Weekly check"],
    ["safety", "safety", "Safety questions"],
    ["progress", "progress", "Progress"],
    ["report", "report", null],
    ["history", "history", "History"],
    ["learn", "learn", "The basics"],
    ["exercises", "exercises", "Exercise ladders"],
    ["exercise", "exercises/goblet-squat", "Goblet squat"],
    ["settings", "settings", "Settings"],
    ["session", "session/0", null],
    ["program", "program", "Your plan"],
  ];
  for (const [name, path, heading] of screens) {
    await page.goto(server.url + path);
    const h1 = heading ? page.getByRole("heading", { level: 1, name: heading }) : page.getByRole("heading", { level: 1 }).first();
    await h1.waitFor();
    await check(page, name);
  }

  // Dark screens (as the device is set): still readable, still accessible.
  await page.emulateMedia({ colorScheme: "dark" });
  for (const [name, path, heading] of [["today", "", "Today"], ["progress", "progress", "Progress"], ["history", "history", "History"], ["program", "program", "Your plan"], ["exercise", "exercises/bird-dog", "Bird dog"], ["settings", "settings", "Settings"]]) {
    await page.goto(server.url + path);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await check(page, `${name}-dark`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  // The choice in Settings wins over the device, and is kept.
  await page.getByLabel("Dark", { exact: true }).check();
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  await page.getByLabel("As my device is set").check();
  await page.waitForFunction(() => document.documentElement.dataset.theme === undefined);

  // Exercises: "you are here" on each rung the plan uses now; filters by movement and equipment.
  await page.goto(server.url + "exercises");
  await page.getByRole("heading", { level: 1, name: "Exercise ladders" }).waitFor();
  assert.ok((await page.getByText("you are here").count()) >= 4, "the current rungs are marked");
  const rungs = await page.locator(".list li").count();
  await page.getByLabel("Only what I can do with my equipment").check();
  assert.ok((await page.locator(".list li").count()) <= rungs);
  await page.getByLabel("Movement").selectOption({ label: "Squat" });
  assert.deepEqual(await page.locator("main h2").allTextContents(), ["Squat"]);
  await check(page, "exercises-filtered");

  // Today with "not today" open, and one session opened from History.
  await page.goto(server.url);
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  const notToday = page.getByText("Not today? My back feels off");
  if (await notToday.count()) {
    await notToday.click();
    await check(page, "today-not-today");
  }
  await page.goto(server.url + "history");
  await page.locator("a.session-link").first().click();
  await page.getByRole("button", { name: "Save changes" }).waitFor();
  await check(page, "history-session");
  // A week's check-ins opened, one check-in opened, then deleted: History's list offers the undo.
  await page.goto(server.url + "history");
  const week = page.locator("section.card").filter({ has: page.locator("details") }).first();
  await week.locator("details > summary").click();
  await check(page, "history-checkins");
  await week.locator("details a.row-link").first().click();
  await page.getByRole("button", { name: "Delete this check-in" }).waitFor();
  await check(page, "history-checkin");
  await page.getByRole("button", { name: "Delete this check-in" }).click();
  await page.getByRole("link", { name: "Back to history" }).click();
  const deleted = page.getByRole("status", { name: "Deleted" });
  await deleted.waitFor();
  await check(page, "history-undo");
  await deleted.getByRole("button", { name: "Undo" }).click();
  await deleted.waitFor({ state: "detached" });

  assert.deepEqual(problems, []);
  await context.close();
});
