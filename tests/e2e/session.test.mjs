// End-to-end: the gym screen at 390 × 844 in headless Chromium, as a new user would use it, with a
// faked clock (Playwright's `clock`): one tap per set, a stepper and a typed "12,5" kg, a reload
// mid-session with the rest timer still right, an easier exercise in place, finishing with a set not
// logged, the summary, Today after it, and a timed hold. Then a seeded 3 × 3 session "as prescribed"
// whose taps are counted, a benchmark of ✓ to stored and shown, axe-core on the logger, the timer
// and the summary, every control measured, and no sideways scroll.
//
// The Screen Wake Lock is stubbed: headless Chromium has no screen to keep awake and refuses the
// request, so `navigator.wakeLock` is replaced by a recorder before the app loads, and the test checks
// that the app asks for the lock and lets it go.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve } from "./serve.mjs";
import { axeViolations, launch, openPage } from "./browser.mjs";
import { storedData } from "./stored.mjs";

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

/** Replaces navigator.wakeLock with a recorder of requests and releases (see the top of the file). */
function stubWakeLock() {
  window.__wake = { requests: 0, releases: 0, held: 0 };
  const wakeLock = {
    request: async (type) => {
      window.__wake.requests += 1;
      window.__wake.held += 1;
      const sentinel = {
        type,
        released: false,
        release: async () => {
          if (!sentinel.released) {
            sentinel.released = true;
            window.__wake.releases += 1;
            window.__wake.held -= 1;
          }
        },
      };
      return sentinel;
    },
  };
  Object.defineProperty(Navigator.prototype, "wakeLock", { configurable: true, get: () => wakeLock });
}

async function scan(page, name) {
  assert.deepEqual(await axeViolations(page), [], `${name} has accessibility violations`);
}

/** Every visible control smaller than 44 × 44 px, and whether the page scrolls sideways. */
async function measure(page, within) {
  return page.evaluate((within) => {
    const small = [];
    const root = within ? document.querySelector(within) : document;
    for (const control of root.querySelectorAll("button, a[href], input, select, textarea, summary, [role=button]")) {
      const box = control.getBoundingClientRect();
      const hidden = box.width === 0 || box.height === 0 || control.closest(".visually-hidden");
      if (!hidden && (box.width < 44 || box.height < 44)) {
        small.push(`${control.tagName.toLowerCase()} "${(control.getAttribute("aria-label") ?? control.textContent).trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    const page = document.scrollingElement;
    return { small, sideways: page.scrollWidth > page.clientWidth, width: page.scrollWidth };
  }, within);
}

/** Checks every control (of the part `within` selects, else the page) and sideways scrolling. */
async function checkSizes(page, name, within) {
  const measured = await measure(page, within);
  assert.deepEqual(measured.small, [], `${name}: controls under 44 × 44 px`);
  assert.equal(measured.sideways, false, `${name} scrolls sideways (${measured.width} px)`);
}

/** The seconds shown by the rest bar. */
async function restLeft(page) {
  const text = await page.getByRole("region", { name: "Rest timer" }).locator(".rest-clock").textContent();
  const [minutes, seconds] = text.split(":").map(Number);
  return minutes * 60 + seconds;
}

test("a new user's session: one tap a set, a stepper, a reload, an easier exercise, finish, summary, Today, a hold", async () => {
  const { context, page, problems } = await openPage(browser);
  await context.addInitScript(stubWakeLock);
  await context.clock.install({ time: new Date("2026-11-30T17:00:00") });
  await page.goto(site.url);
  await page.getByRole("link", { name: "Get started" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("group", { name: /usual back pain/i }).getByRole("button", { name: "4", exact: true }).click();
  await page.getByLabel("What you can train with").selectOption({ label: "A few dumbbells" });
  await page.getByRole("button", { name: "Make my program" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  await page.getByRole("link", { name: "Start this session" }).click();

  const cards = page.locator("section.exercise");
  await cards.first().waitFor();
  const count = await cards.count();
  assert.ok(count >= 4, `Day A has ${count} exercises`);
  assert.ok((await page.evaluate(() => window.__wake.held)) >= 1, "the screen is kept awake while the session is open");

  // Exercise 1: one tap per set, each prefilled with its target.
  const first = cards.nth(0);
  const firstName = (await first.locator("h2").first().textContent()).trim();
  await first.getByRole("button", { name: /^Log set 1 of / }).click();
  await first.getByRole("button", { name: /^Set 1 of .* logged\. Undo$/ }).waitFor();
  const rest = await restLeft(page);
  assert.ok(rest > 30 && rest <= 90, `the rest timer starts on ✓ (${rest} s)`);
  await first.getByRole("button", { name: /^Log set 2 of / }).click();
  await first.getByRole("group", { name: "Highest pain during this exercise" }).getByRole("button", { name: "1", exact: true }).click();
  await first.getByRole("button", { name: `Open ${firstName}` }).waitFor();

  // Exercise 2: an easier exercise in place from now on (the domain tests "today only"), then its sets.
  const second = cards.nth(1);
  const before = (await second.locator("h2").first().textContent()).trim();
  await second.getByRole("button", { name: "Change exercise" }).click();
  await second.getByRole("group", { name: "For how long?" }).getByRole("button", { name: "From now on" }).click();
  const easier = second.getByRole("button", { name: /^Easier: / }).first();
  const easierName = (await easier.textContent()).replace("Easier: ", "").trim();
  await easier.click();
  await second.locator("h2", { hasText: easierName }).first().waitFor();
  assert.notEqual(easierName, before);
  await second.getByRole("button", { name: /^Log set 1 of / }).click();
  await second.getByRole("button", { name: /^Log set 2 of / }).click();
  await second.getByRole("group", { name: "Highest pain during this exercise" }).getByRole("button", { name: "2", exact: true }).click();

  // Exercise 3 (a dumbbell row): one more rep with the stepper and "12,5" kg typed.
  const third = cards.nth(2);
  await third.getByRole("button", { name: /^Change set 1: / }).click();
  const reps = third.getByLabel("Reps", { exact: true });
  const target = Number(await reps.inputValue());
  await third.getByRole("button", { name: "More" }).click();
  assert.equal(Number(await reps.inputValue()), target + 1);
  const load = third.getByLabel("Load (kg)");
  await load.fill("12,5");
  await load.press("Tab");
  await third.getByRole("button", { name: `Log set 1 of ${(await third.locator("h2").first().textContent()).trim()}: ${target + 1} reps at 12.5 kg` }).click();
  await third.getByText(`${target + 1} reps · 12.5 kg · about right`).waitFor();

  // A reload mid-session: every set is there and the rest timer still right.
  const leftBefore = await restLeft(page);
  await page.reload();
  await page.getByText(/session you started earlier/).waitFor();
  await page.locator("section.exercise").nth(2).getByText(`${target + 1} reps · 12.5 kg · about right`).waitFor();
  const leftAfter = await restLeft(page);
  assert.ok(Math.abs(leftAfter - leftBefore) <= 2, `the rest survives a reload: ${leftBefore} s → ${leftAfter} s`);
  await context.clock.fastForward(30_000);
  await page.waitForFunction((was) => {
    const timer = document.querySelector(".rest-bar .rest-clock");
    if (!timer) return false;
    const [m, s] = timer.textContent.split(":").map(Number);
    return m * 60 + s <= was - 29;
  }, leftAfter);
  // The large countdown, then the end of the rest.
  await page.getByRole("button", { name: /^Rest \S+ left: show it large$/ }).click();
  await page.getByRole("dialog", { name: "Rest timer, large" }).waitFor();
  await page.getByRole("dialog", { name: "Rest timer, large" }).getByRole("button", { name: "+15 s" }).click();
  await page.getByRole("button", { name: "Back to the sets" }).click();
  await context.clock.fastForward(120_000);
  await page.getByRole("region", { name: "Rest timer" }).waitFor({ state: "detached" });
  assert.ok((await page.evaluate(() => window.__wake.held)) >= 1, "the lock is asked for again after the reload");

  // The row's second set carries the typed load forward.
  const row = page.locator("section.exercise").nth(2);
  await row.getByRole("button", { name: /^Log set 2 of .* at 12\.5 kg$/ }).click();
  await row.getByRole("group", { name: "Highest pain during this exercise" }).getByRole("button", { name: "2", exact: true }).click();

  // The rest: every set with one tap, except the very last one.
  for (let index = 3; index < count; index += 1) {
    const card = page.locator("section.exercise").nth(index);
    const sets = await card.locator("li.set-row").count();
    const last = index === count - 1;
    for (let set = 1; set <= sets - (last ? 1 : 0); set += 1) {
      await card.getByRole("button", { name: new RegExp(`^Log set ${set} of `) }).click();
    }
    if (!last) {
      await card.getByRole("group", { name: "Highest pain during this exercise" }).getByRole("button", { name: "1", exact: true }).click();
    }
  }
  await page.getByRole("group", { name: "Pain right after the session" }).getByRole("button", { name: "1", exact: true }).click();
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByText("1 set is not logged. Finish without it, or go back and do it?").waitFor();
  await page.getByRole("button", { name: "Not done: finish" }).click();

  // The summary: done against last time, and what changes next time and why.
  await page.getByRole("heading", { level: 1, name: "Session done" }).waitFor();
  const next = page.locator("section.summary").filter({ has: page.getByRole("heading", { name: "Next time" }) });
  const nextText = await next.textContent();
  assert.match(nextText, new RegExp(easierName), "the easier exercise is kept next time");
  assert.match(nextText, /Your next session: Day B, from Wednesday\./, "the next session and the day it is due (48 h later)");
  await page.waitForFunction(() => window.__wake.held === 0);
  assert.ok((await page.evaluate(() => window.__wake.releases)) >= 1, "the lock is released when the session ends");

  // Today: the next prescription follows the log (Day B next, from Wednesday; nothing to resume).
  await page.getByRole("link", { name: "Back to today" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  await page.getByRole("heading", { name: "A rest day" }).waitFor();
  await page.getByText("Next: Day B, from Wednesday — or train today if you feel like it.").waitFor();
  assert.equal(await page.getByRole("link", { name: "Resume the session" }).count(), 0);
  const log = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("durable.v1.log.")).map((key) => localStorage.getItem(key)));
  const sessions = log.flatMap((text) => JSON.parse(storedData(text)).d?.S ?? JSON.parse(storedData(text)).S ?? []);
  assert.equal(sessions.length, 1, "one session in the log");

  // Day B, trained today anyway: a timed hold fills in its seconds.
  await page.getByRole("button", { name: "Train today instead" }).click();
  await page.getByRole("heading", { name: "Next session: Day B" }).waitFor();
  await page.getByRole("link", { name: "Start this session" }).click();
  const hold = page.locator("section.exercise").filter({ has: page.locator("button.hold") }).first();
  await hold.getByRole("button", { name: "Time the hold of set 1" }).click();
  await context.clock.fastForward(25_000);
  await hold.getByRole("button", { name: /^Stop 0:2[5-6]$/ }).click();
  await hold.getByRole("button", { name: /^Log set 1 of .*: 2[5-6] s at body weight$/ }).click();
  await hold.getByText(/^2[5-6] s · body weight$/).waitFor();

  // Discard asks first and can be undone.
  await page.getByRole("button", { name: "Discard session" }).click();
  await page.getByRole("button", { name: "Discard", exact: true }).click();
  await page.getByText("Session discarded. Nothing from it is kept.").waitFor();
  await page.getByRole("button", { name: "Undo" }).click();
  await hold.getByText(/^2[5-6] s · body weight$/).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

/** Storage seeded with a schema-2 profile and a program of one day, three exercises × 3 sets. */
function seeded(today) {
  const fixture = JSON.parse(readFileSync(new URL("../fixtures/storage-v2.json", import.meta.url), "utf8"));
  const profile = JSON.parse(fixture["durable.v1.profile"]);
  profile.d.P.created = today;
  profile.d.P.screens = [{ d: today, yes: [] }];
  const program = JSON.parse(fixture["durable.v1.program"]);
  const slot = (exercise, ladder, pattern, load, implement) => ({
    e: exercise,
    ...(implement ? { im: implement } : {}),
    l: load,
    ladder,
    pattern,
    scheme: { high: 15, low: 12, target_rir: 2, z: 3 },
  });
  program.d.G.start = today;
  program.d.G.phases = [];
  program.d.G.days = [
    {
      name: "Day A",
      slots: [
        slot("goblet-squat", "squat", "squat", { k: "mass", v: 8000 }, "kettlebell"),
        slot("kb-deadlift-block", "hinge", "hinge", { k: "mass", v: 8000 }),
        slot("dead-bug", "dead-bug", "trunk", { k: "bodyweight" }),
      ],
    },
  ];
  return {
    "durable.v1.meta": JSON.stringify({ schema: 2, app: "0.1.0" }),
    "durable.v1.profile": JSON.stringify(profile),
    "durable.v1.program": JSON.stringify(program),
  };
}

test("3 × 3 as prescribed in at most 12 taps; ✓ to stored and shown; axe, sizes and no sideways scroll", async () => {
  const { context, page, problems } = await openPage(browser);
  await context.addInitScript(stubWakeLock);
  await page.goto(site.url);
  await page.waitForLoadState("networkidle");
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  });
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, seeded(today));
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  await scan(page, "today before the session");

  let taps = 0;
  const tap = async (locator) => {
    taps += 1;
    await locator.click();
  };
  await tap(page.getByRole("link", { name: "Start this session" }));
  const cards = page.locator("section.exercise");
  await cards.nth(2).waitFor();
  assert.equal(await cards.count(), 3);
  await scan(page, "logger");
  await checkSizes(page, "logger");
  // The steppers open: measured and scanned too.
  await cards.nth(0).getByRole("button", { name: /^Change set 1: / }).click();
  await checkSizes(page, "logger with a stepper");
  await scan(page, "logger with a stepper");
  await cards.nth(0).getByRole("button", { name: /^Change set 1: / }).click();

  // The benchmark: from the tap on ✓ to the set stored and shown, in the page itself.
  const timings = [];
  for (let set = 1; set <= 3; set += 1) {
    taps += 1;
    timings.push(
      await page.evaluate(async (set) => {
        const card = document.querySelectorAll("section.exercise")[0];
        const button = [...card.querySelectorAll("button.tick")].find((tick) => tick.getAttribute("aria-label").startsWith(`Log set ${set} of `));
        const key = "durable.v1.session-in-progress";
        const storedBefore = localStorage.getItem(key);
        const start = performance.now();
        button.click();
        for (;;) {
          const shown = card.querySelectorAll("li.set-row.done").length === set;
          const stored = localStorage.getItem(key) !== storedBefore;
          if (shown && stored) return performance.now() - start;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      }, set),
    );
  }
  const median = [...timings].sort((a, b) => a - b)[1];
  console.log(`✓ to stored and shown (exercise 1, sets 1–3): ${timings.map((ms) => ms.toFixed(1)).join(", ")} ms; median ${median.toFixed(1)} ms (target ≤ 16 ms)`);

  // The rest timer: compact bar and full screen, scanned and measured.
  await page.getByRole("region", { name: "Rest timer" }).waitFor();
  await scan(page, "logger with the rest bar");
  await checkSizes(page, "rest bar");
  await page.getByRole("button", { name: /^Rest \S+ left: show it large$/ }).click();
  await page.getByRole("dialog", { name: "Rest timer, large" }).waitFor();
  await scan(page, "full-screen timer");
  await checkSizes(page, "full-screen timer");
  await page.getByRole("button", { name: "Back to the sets" }).click();

  for (const index of [1, 2]) {
    for (let set = 1; set <= 3; set += 1) {
      await tap(cards.nth(index).getByRole("button", { name: new RegExp(`^Log set ${set} of `) }));
    }
  }
  await tap(page.getByRole("group", { name: "Pain right after the session" }).getByRole("button", { name: "1", exact: true }));
  await tap(page.getByRole("button", { name: "Finish session" }));
  await page.getByRole("heading", { level: 1, name: "Session done" }).waitFor();
  console.log(`taps for a 3 × 3 session logged as prescribed (start to summary): ${taps}`);
  assert.ok(taps <= 12, `${taps} taps`);
  await scan(page, "summary");
  await checkSizes(page, "summary");

  // Logged as prescribed: every set at its target with "about right", and the plan reads it green.
  const log = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("durable.v1.log.")).map((key) => localStorage.getItem(key)));
  const session = JSON.parse(storedData(log[0])).S[0];
  assert.equal(session.x.length, 3);
  for (const exercise of session.x) {
    assert.deepEqual(exercise.z.map((set) => set.v), [12, 12, 12]);
    assert.ok(exercise.z.every((set) => set.r === 2), "effort about right");
  }
  assert.equal(session.pa, 1);
  const nextText = await page.locator("section.summary").filter({ has: page.getByRole("heading", { name: "Next time" }) }).textContent();
  assert.match(nextText, /Goblet squat: 3 × 13 reps at 8 kg/, `next time asks for one more rep: ${nextText}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Settings: the rest alert says what this phone can do, and the screen is not kept on when turned off", async () => {
  const { context, page, problems } = await openPage(browser);
  await context.addInitScript(stubWakeLock);
  await page.goto(site.url);
  await page.waitForLoadState("networkidle");
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  });
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, seeded(today));
  await page.goto(site.url + "settings");
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Rest timer and screen" }) });
  await section.waitFor();
  const alerts = section.getByRole("group", { name: "When a rest ends" });
  assert.equal(await alerts.getByRole("button", { name: "Sound" }).getAttribute("aria-pressed"), "true", "sound by default");
  await alerts.getByRole("button", { name: "Silence" }).click();
  await section.getByRole("button", { name: "Test the alert" }).click();
  await section.getByRole("status").getByText(/^Silence: the rest timer shows/).waitFor();
  await alerts.getByRole("button", { name: "Vibration" }).click();
  await section.getByRole("button", { name: "Test the alert" }).click();
  await section.getByRole("status").getByText(/vibrate/).waitFor();
  await scan(page, "settings");
  // The rest of Settings is another part's; this section's controls are measured.
  await checkSizes(page, "settings, rest timer and screen", "section[aria-labelledby=gym-settings]");
  const awake = section.getByLabel("Keep the screen on during a session");
  assert.equal(await awake.isChecked(), true, "on by default");
  await awake.uncheck();
  await page.reload();
  await section.waitFor();
  assert.equal(await section.getByLabel("Keep the screen on during a session").isChecked(), false);
  assert.equal(await alerts.getByRole("button", { name: "Vibration" }).getAttribute("aria-pressed"), "true");
  await page.goto(site.url);
  await page.getByRole("link", { name: "Start this session" }).click();
  await page.locator("section.exercise").first().waitFor();
  assert.equal(await page.evaluate(() => window.__wake.requests), 0, "no wake lock when turned off");
  assert.deepEqual(problems, []);
  await context.close();
});
