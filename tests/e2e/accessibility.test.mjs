// End-to-end: an accessibility scan (axe-core, WCAG 2.1 A and AA) of every page, before and after
// onboarding. Any violation fails with its rule id and the elements involved.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { serve } from "./serve.mjs";
import { launch, openPage } from "./browser.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
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

async function scan(page, name) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, [], `${name} has accessibility violations`);
}

test("every page passes an axe scan", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(site.url);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await scan(page, "welcome");

  for (const [path, heading] of [["learn", "The basics"], ["exercises", "Exercise ladders"], ["exercises/goblet-squat", "Goblet squat"]]) {
    await page.goto(site.url + path);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await scan(page, path);
  }

  await page.goto(site.url + "start");
  await page.getByRole("button", { name: "Continue" }).waitFor();
  await scan(page, "onboarding, safety step");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Make my program" }).waitFor();
  await scan(page, "onboarding, about you");
  await page.getByRole("group", { name: /usual back pain/i }).getByRole("button", { name: "4", exact: true }).click();
  await page.getByLabel("What you can train with").selectOption({ label: "A few dumbbells" });
  await page.getByRole("button", { name: "Make my program" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  await scan(page, "today");

  for (const [path, heading] of [["check-in", "Morning check-in"], ["weekly", "Weekly check"], ["safety", "Safety questions"], ["session/0", null]]) {
    await page.goto(site.url + path);
    await (heading ? page.getByRole("heading", { level: 1, name: heading }) : page.getByRole("heading", { level: 1 })).first().waitFor();
    await scan(page, path);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
