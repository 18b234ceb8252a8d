// End-to-end: the walking track on the release build. Onboarding asks how much the person walks now;
// Today shows this week's minutes against the target that starts there, logs a walk in one tap, takes
// a mistaken tap back, keeps the morning check-in prompt, and keeps the walk after a reload; no
// sideways scrolling at 390 px, no axe violations. A screenshot goes to test-results/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { serve } from "./serve.mjs";
import { launch, openPage } from "./browser.mjs";

const DIST = process.env.DIST ?? "dist";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let browser;
let site;

before(async () => {
  assert.ok(existsSync(`${DIST}/index.html`), `${DIST}/ is missing: run \`make build\` first`);
  browser = await launch();
  site = await serve(DIST, "/");
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test("onboarding's walking answer sets the target, and Today logs a walk in one tap", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(site.url + "start");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("group", { name: /usual back pain/i }).getByRole("button", { name: "4", exact: true }).click();
  await page.getByLabel("How much do you walk in a usual week now?").selectOption({ label: "About an hour a week" });
  await page.getByRole("button", { name: "Make my program" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();

  const walking = page.getByRole("region", { name: "Walking" });
  await walking.getByText("This week so far: 0 of 60 minutes, 0 walks.").waitFor();
  await walking
    .getByText("This week's walking target is 60 minutes: about 5 walks of 12 minutes, at a pace that feels comfortable. It starts from what you walk now.")
    .waitFor();

  // One tap logs the suggested walk; another length is one tap too; undo takes the last one back.
  await walking.getByRole("button", { name: "I walked 12 minutes" }).click();
  await walking.getByText("This week so far: 12 of 60 minutes, 1 walk.").waitFor();
  await walking.getByRole("group", { name: "Other walk lengths" }).getByRole("button", { name: "20 min" }).click();
  await walking.getByText("This week so far: 32 of 60 minutes, 1 walk.").waitFor();
  await walking.getByRole("status").getByText("Logged a 20-minute walk.").waitFor();
  await walking.getByRole("button", { name: "Undo" }).click();
  await walking.getByText("This week so far: 12 of 60 minutes, 1 walk.").waitFor();
  assert.equal(await walking.getByRole("button", { name: "Undo" }).count(), 0);

  // A walk alone is not the morning check-in: the prompt stays.
  await page.getByRole("region", { name: "Morning check-in" }).getByRole("link", { name: /^More:/ }).waitFor();

  // Every control is big enough for a thumb, and nothing scrolls sideways.
  for (const button of await walking.getByRole("button").all()) {
    const box = await button.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `button ${await button.textContent()} is ${box.width}×${box.height}`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "no sideways scrolling at 390 px");
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/walking-today-390.png", fullPage: true });

  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, [], "Today with walking has accessibility violations");

  // The walk is saved: a reload shows it, and the check-in form shows today's minutes.
  await page.reload();
  await page.getByRole("region", { name: "Walking" }).getByText("This week so far: 12 of 60 minutes, 1 walk.").waitFor();
  await page.getByRole("region", { name: "Morning check-in" }).getByRole("link", { name: /^More:/ }).click();
  assert.equal(await page.getByLabel(/^Minutes walked today/).inputValue(), "12");
  await page.waitForLoadState("networkidle");
  assert.deepEqual(problems, []);
  await context.close();
});
