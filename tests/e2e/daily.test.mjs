// End-to-end: the daily frame as a new person lives it, on a faked clock (playwright's page.clock).
// Onboarding with equipment item by item → Today's one action is Start → a session → Today names
// the next session's day and does not offer to start now → the next morning's one-tap check-in →
// "not today": a rest day, then a smaller session, and the next prescription is back to the plan →
// a check-in with new leg symptoms opens the safety questions and the session waits for them → an
// urgent answer pauses training until cleared, an emergency answer stops it with what to do now →
// "I'm having a flare" in one tap on Today gives a flare session (and can be undone) → History: correct a session's time and a set's load,
// correct a check-in, delete each and undo, on its page and from History's list after leaving it.
// Then the demo: it opens, is marked on every screen and leaves no trace. Each step reads what the
// person reads.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./serve.mjs";
import { launch, openPage } from "./browser.mjs";

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

const DAY = "24:00:00";

/** The text of the first exercise's lines on Today: name, prescription and summary. */
async function firstExercise(page) {
  const item = page.locator(".plan > li").first();
  return {
    name: (await item.locator("h3").textContent()).trim(),
    prescription: (await item.locator(".prescription").textContent()).trim(),
    summary: (await item.locator("p.summary").count()) ? (await item.locator("p.summary").textContent()).trim() : "",
  };
}

/** Logs set 1 of the first exercise of the open session with one tap, as shown, and finishes (with
 * pain right after when given; the sets not done are finished as not done), back to Today. */
async function logOneSetAndFinish(page, painAfter = null) {
  const card = page.locator("section.exercise").first();
  await card.getByRole("button", { name: /^Log set 1 of / }).click();
  await card.getByRole("button", { name: /^Set 1 of .* logged\. Undo$/ }).waitFor();
  if (painAfter !== null) {
    await page.getByRole("group", { name: "Pain right after the session" }).getByRole("button", { name: String(painAfter), exact: true }).click();
  }
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByText(/ not logged\. Finish without/).waitFor();
  await page.getByRole("button", { name: "Not done: finish" }).click();
  await page.getByRole("heading", { level: 1, name: "Session done" }).waitFor();
  await page.getByRole("link", { name: "Back to today" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
}

async function goHome(page) {
  await page.getByRole("link", { name: "Durable" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
}

async function checkIn(page, tick) {
  await page.goto(site.url + "check-in");
  await page.getByRole("heading", { level: 1, name: "Morning check-in" }).waitFor();
  await page.getByLabel(tick).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
}

async function answerSafety(page, ticks) {
  await page.getByRole("heading", { level: 1, name: "Safety questions" }).waitFor();
  // Each group asks "Do any of these apply?"; its questions open on tap to tick the one that does.
  assert.equal(await page.getByText("Do any of these apply to you now?").count(), 3);
  for (const tick of ticks) {
    const group = page.getByRole("group").filter({ has: page.getByLabel(tick) });
    await group.getByText("Yes, one of these: choose which").click();
    await page.getByLabel(tick).check();
  }
  await page.getByRole("button", { name: "Save my answers" }).click();
}

test("a week of the daily frame, from onboarding to history", async () => {
  const { context, page, problems } = await openPage(browser);
  // Monday 2 March 2026, 08:00 on this device.
  await page.clock.install({ time: new Date(2026, 2, 2, 8, 0, 0) });
  await page.goto(site.url);
  await page.getByRole("link", { name: "Get started" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("group", { name: /usual back pain/i }).getByRole("button", { name: "4", exact: true }).click();
  await page.getByLabel("What you can train with").selectOption({ label: "A few dumbbells" });
  // Item by item after the preset: one 12 kg kettlebell, with a mistyped weight said at the field.
  await page.getByText("Change it item by item").click();
  const kettlebells = page.getByRole("group", { name: "Kettlebells" });
  await kettlebells.getByLabel("Add one kettlebell: its weight (kg)").fill("twelve");
  await kettlebells.getByRole("button", { name: "Add" }).click();
  await kettlebells.getByText("Enter a weight in kg, like 12 or 12.5.").waitFor();
  await kettlebells.getByLabel("Add one kettlebell: its weight (kg)").fill("12");
  await kettlebells.getByRole("button", { name: "Add" }).click();
  await kettlebells.getByText("A 12 kg kettlebell").waitFor();
  assert.equal(await kettlebells.getByText(/Enter a weight/).count(), 0, "the field error goes once it reads well");
  await page.getByLabel("2 days").check();
  await page.getByRole("button", { name: "Make my program" }).click();

  // Today: one primary action, Start; no weekly check on day 1; a prescription with its why.
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  await page.getByRole("heading", { name: "Next session: Day A" }).waitFor();
  assert.equal(await page.locator("main a.button, main button:not(.rating-choice):not(.secondary):not(.link)").first().textContent(), "Start this session");
  assert.equal(await page.getByRole("link", { name: /weekly check/i }).count(), 0, "no weekly check on day 1");
  const monday = await firstExercise(page);
  assert.match(monday.prescription, /^\d+ × \d+–\d+ /);
  assert.equal(monday.summary, "", "a first session's line is not repeated");
  await page.locator(".plan > li").first().getByText("Why").click();
  await page.locator(".plan > li").first().getByText(/first session of this exercise/).waitFor();

  // The session (it hurt: 5/10 right after), then Today names the next day and when, does not
  // offer to start now, and offers "hurt is not harm" at the moment it matters.
  await page.getByRole("link", { name: "Start this session" }).click();
  await logOneSetAndFinish(page, 5);
  await page.getByRole("heading", { name: "It hurt. That is not harm." }).waitFor();
  assert.equal(await page.getByRole("link", { name: "Read it on Learn" }).getAttribute("href"), "/learn#hurt");
  await page.getByRole("heading", { name: "A rest day" }).waitFor();
  await page.getByText("Next: Day B, from Wednesday — or train today if you feel like it.").waitFor();
  assert.equal(await page.getByRole("link", { name: "Start this session" }).count(), 0);

  // Tuesday morning: the page left open moves to the new day; one tap checks in.
  await page.clock.fastForward(DAY);
  await page.getByText("Next: Day B, tomorrow — or train today if you feel like it.").waitFor();
  await page.getByRole("group", { name: /How is your back/ }).getByRole("button", { name: "2", exact: true }).click();
  await page.getByText("Checked in today: back pain 2/10.").waitFor();

  // Wednesday: Day B is due. Not today: a rest day, logged as the person's choice.
  await page.clock.fastForward(DAY);
  await page.getByRole("heading", { name: "Next session: Day B" }).waitFor();
  const planned = await firstExercise(page);
  await page.getByText("Not today? My back feels off").click();
  await page.getByRole("button", { name: "Take a rest day" }).click();
  await page.getByRole("heading", { name: "A rest day, as you chose" }).waitFor();
  await page.getByText("You chose a rest day. Nothing is missed: your next session waits for tomorrow.").waitFor();

  // Thursday: the gentle 10-minute session, read and taken back; then a smaller session instead:
  // one set fewer and the easier version, said as a choice.
  await page.clock.fastForward(DAY);
  await page.getByRole("heading", { name: "Next session: Day B" }).waitFor();
  await page.getByText("Not today? My back feels off").click();
  await page.getByRole("button", { name: "Swap it for a gentle 10-minute session" }).click();
  await page.getByText("You chose a short gentle session today, about 10 minutes. It is shown below.").waitFor();
  await page.getByRole("heading", { name: "A gentle day, as you chose" }).waitFor();
  const gentle = await firstExercise(page);
  assert.match(gentle.summary, /^A short gentle session, as you chose: /);
  // The flare-day dose: half the sets (at least one), lighter, well within what the person can do.
  const gentleSets = Number(gentle.prescription.split(" ")[0]);
  assert.equal(gentleSets, Math.max(1, Math.ceil(Number(planned.prescription.split(" ")[0]) / 2)), `${planned.prescription} → ${gentle.prescription}`);
  await page.getByRole("button", { name: "Back to the planned session" }).click();
  await page.getByText("Not today? My back feels off").click();
  await page.getByRole("button", { name: "Make today's session smaller" }).click();
  await page.getByText("You chose a smaller session today. It is shown below.").waitFor();
  const smaller = await firstExercise(page);
  assert.match(smaller.summary, /^A smaller session, as you chose: /);
  const plannedSets = Number(planned.prescription.split(" ")[0]);
  const smallerSets = Number(smaller.prescription.split(" ")[0]);
  assert.equal(smallerSets, Math.max(1, plannedSets - 1), `${planned.prescription} → ${smaller.prescription}`);
  await page.getByRole("link", { name: "Start this session" }).click();
  await page.locator("section.exercise h2").first().getByText(smaller.name).waitFor();
  await logOneSetAndFinish(page);

  // Saturday: Day A (the smaller session is not a missed one); finish it to come round to Day B.
  await page.clock.fastForward(DAY);
  await page.clock.fastForward(DAY);
  await page.getByRole("heading", { name: "Next session: Day A" }).waitFor();
  await page.getByRole("link", { name: "Start this session" }).click();
  await logOneSetAndFinish(page);

  // Monday: Day B's prescription is back to the plan, not the smaller session's easier version.
  await page.clock.fastForward(DAY);
  await page.clock.fastForward(DAY);
  await page.getByRole("heading", { name: "Next session: Day B" }).waitFor();
  const after = await firstExercise(page);
  assert.equal(after.name, planned.name, "the smaller session did not move the plan down");
  assert.doesNotMatch(after.summary, /as you chose/);

  // New leg symptoms in the check-in open the safety questions, with what was reported.
  await checkIn(page, "New numbness, tingling or weakness in a leg");
  await page.getByRole("heading", { level: 1, name: "Safety questions" }).waitFor();
  await page.getByRole("heading", { name: "What you told us" }).waitFor();
  await page.getByText(/you noted new leg symptoms/i).waitFor();
  assert.equal(await page.getByText("Your safety answers are clear. Training can go ahead.").count(), 0);
  // The session page waits for them.
  await page.goto(site.url + "session/1");
  await page.getByRole("heading", { level: 1, name: "Before this session: the safety questions" }).waitFor();
  await page.getByRole("link", { name: "Answer the safety questions" }).click();

  // An urgent answer pauses training until a clinician clears the person.
  await answerSafety(page, ["A fever, or feeling generally unwell?"]);
  await page.getByRole("heading", { level: 1, name: "Before this session: the safety questions" }).or(page.getByRole("heading", { level: 1, name: "Training is paused" })).first().waitFor();
  await goHome(page);
  await page.getByRole("alert").getByText(/Please see a doctor within the next day or two/).waitFor();
  assert.equal(await page.getByRole("link", { name: "Start this session" }).count(), 0);
  await page.getByRole("link", { name: "Safety questions and clearance" }).click();
  await page.getByLabel("A clinician has checked me and cleared me to train").check();
  await page.getByRole("button", { name: "Resume training" }).click();
  await goHome(page);
  await page.getByRole("link", { name: "Start this session" }).waitFor();

  // An emergency answer stops training with what to do now.
  await page.goto(site.url + "safety");
  await answerSafety(page, ["Loss of control of your bowels?"]);
  await page.getByRole("alert").getByText(/Please stop and get emergency care now/).waitFor();
  assert.equal(await page.getByRole("link", { name: "Start this session" }).count(), 0);
  await page.getByRole("link", { name: "Safety questions and clearance" }).click();
  await page.getByLabel("A clinician has checked me and cleared me to train").check();
  await page.getByRole("button", { name: "Resume training" }).click();

  // "I'm having a flare" the next morning: a flare session on Today, and what happens now.
  // One tap on Today, beside the check-in; it can be taken back the same day.
  await page.clock.fastForward(DAY);
  await goHome(page);
  await page.getByRole("button", { name: "I'm having a flare" }).click();
  await page.getByRole("heading", { name: "A flare: easier sessions for now" }).waitFor();
  await page.getByText(/Flares are common and are not damage/).first().waitFor();
  await page.getByRole("button", { name: "Not a flare after all: undo" }).click();
  await page.getByRole("button", { name: "I'm having a flare" }).waitFor();
  assert.equal(await page.getByRole("heading", { name: "A flare: easier sessions for now" }).count(), 0);
  await page.getByRole("button", { name: "I'm having a flare" }).click();
  await page.getByText("You told us you are having a flare today.").waitFor();
  await page.getByRole("heading", { name: "A flare: easier sessions for now" }).waitFor();
  await page.getByText(/Flares are common and are not damage/).first().waitFor();
  await page.getByRole("heading", { name: "About flares" }).waitFor();
  const flare = await firstExercise(page);
  assert.match(flare.summary, /^A gentle flare-day session: /);
  assert.match(flare.prescription, /^1 × /);

  // History: the sessions by week; open the latest, change its time and a set's load (a load that
  // does not read is marked at its field and nothing is saved), delete it, undo.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await page.getByRole("heading", { level: 1, name: "History" }).waitFor();
  const latest = page.locator("a.session-link").first();
  assert.match(await latest.textContent(), /^Day A · Saturday 7 March, 08:00/);
  await latest.click();
  await page.getByLabel("Time").fill("17:45");
  // A set of the row that was not logged then, added with the plan's load, which is corrected.
  const row = page.getByRole("region", { name: "One-arm dumbbell row with support" });
  await row.getByLabel("Add a set of One-arm dumbbell row with support: count").fill("10");
  await row.getByRole("button", { name: "Add set" }).click();
  const load = row.getByLabel("Set 1: load (kg)");
  await load.fill("heavy");
  await load.blur();
  const loadError = page.locator(`#${await load.getAttribute("aria-describedby")}`);
  assert.equal(await loadError.textContent(), "Enter a weight in kg above 0 and up to 500 kg.");
  assert.equal(await load.getAttribute("aria-invalid"), "true");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Correct the marked fields first. Nothing was saved.").waitFor();
  await load.fill("13,5");
  await load.blur();
  assert.equal(await loadError.textContent(), "");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByRole("status").getByText("Saved.").waitFor();
  await page.getByRole("button", { name: "Delete this session" }).click();
  await page.getByText("The session was deleted.").waitFor();
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText("The session is back.").waitFor();
  await page.getByRole("link", { name: "All sessions" }).click();
  assert.match(await page.locator("a.session-link").first().textContent(), /^Day A · Saturday 7 March, 17:45/);
  // The corrected load is what the session shows after a reload.
  await page.reload();
  await page.locator("a.session-link").first().click();
  const rowAgain = page.getByRole("region", { name: "One-arm dumbbell row with support" });
  assert.equal(await rowAgain.getByLabel("Set 1: count").inputValue(), "10");
  assert.equal(await rowAgain.getByLabel("Set 1: load (kg)").inputValue(), "13.5");

  // Deleted, then left: History's list offers the undo for the rest of the visit.
  await page.getByRole("button", { name: "Delete this session" }).click();
  await page.getByRole("link", { name: "Back to history" }).click();
  await page.getByRole("heading", { level: 1, name: "History" }).waitFor();
  const deleted = page.getByRole("status", { name: "Deleted" });
  assert.equal((await deleted.locator("p").textContent()).trim(), "Deleted: Day A · Saturday 7 March, 17:45.");
  assert.doesNotMatch(await page.locator("a.session-link").first().textContent(), /Saturday 7 March/);
  await deleted.getByRole("button", { name: "Undo" }).click();
  await deleted.waitFor({ state: "detached" });
  assert.match(await page.locator("a.session-link").first().textContent(), /^Day A · Saturday 7 March, 17:45/);

  // A check-in opened from History and corrected: a bad number is marked at its field and nothing
  // is saved; the corrected answers show in the list.
  const week = page.locator("section.card").filter({ has: page.locator("details") }).first();
  await week.locator("details > summary").click();
  await week.getByRole("link", { name: /a flare/ }).click();
  await page.getByRole("heading", { level: 1, name: /^Check-in of / }).waitFor();
  const checkinTitle = (await page.getByRole("heading", { level: 1 }).textContent()).trim();
  await page.getByLabel("Back pain on waking, 0–10").selectOption("1");
  await page.getByLabel("Minutes walked").fill("lots");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Correct the marked fields first. Nothing was saved.").waitFor();
  assert.equal(await page.locator("#checkin-walk-error").textContent(), "Minutes walked should be a whole number from 0 to 1440.");
  await page.getByLabel("Minutes walked").fill("25");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByRole("status").getByText("Saved.").waitFor();
  assert.equal(await page.locator("#checkin-walk-error").textContent(), "");
  await page.getByRole("link", { name: "All of history" }).click();
  await week.locator("details > summary").click();
  await week.getByRole("link", { name: /back pain 1\/10 · walked 25 min · a flare/ }).waitFor();
  // Deleted and put back from its page.
  await week.getByRole("link", { name: /back pain 1\/10/ }).click();
  await page.getByRole("button", { name: "Delete this check-in" }).click();
  await page.getByText("The check-in was deleted.").waitFor();
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText("The check-in is back.").waitFor();
  assert.equal(await page.getByLabel("Minutes walked").inputValue(), "25");
  // Deleted, then left: undone from the list.
  await page.getByRole("button", { name: "Delete this check-in" }).click();
  await page.getByRole("link", { name: "Back to history" }).click();
  assert.equal((await deleted.locator("p").textContent()).trim(), `Deleted: ${checkinTitle}.`);
  await deleted.getByRole("button", { name: "Undo" }).click();
  await deleted.waitFor({ state: "detached" });
  await week.locator("details > summary").click();
  await week.getByRole("link", { name: /back pain 1\/10 · walked 25 min · a flare/ }).waitFor();

  // Deleted for good: gone from History after a reload too, and no undo left over.
  await page.locator("a.session-link").first().click();
  await page.getByRole("button", { name: "Delete this session" }).click();
  await page.getByRole("link", { name: "Back to history" }).click();
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "History" }).waitFor();
  assert.doesNotMatch(await page.locator("a.session-link").first().textContent(), /Saturday 7 March/);
  assert.equal(await deleted.count(), 0);

  assert.deepEqual(problems, []);
  await context.close();
});

test("the demo opens with a year of made-up data, is marked on every screen and leaves no trace", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(site.url);
  await page.getByRole("heading", { level: 1, name: "Your back is not fragile. It adapts." }).waitFor();
  const stored = () => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((key) => key.startsWith("durable.")).map((key) => [key, localStorage.getItem(key)])));
  const before = await stored();

  await page.getByRole("button", { name: "Look around with example data" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  const mark = page.getByRole("status", { name: "Demo" });
  await mark.getByText("Demo with made-up data.").waitFor();
  for (const tab of ["Progress", "History", "Exercises", "Settings", "Today"]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: tab }).click();
    await page.getByRole("heading", { level: 1, name: tab === "Exercises" ? "Exercise ladders" : tab }).waitFor();
    assert.ok(await mark.isVisible(), `the demo is marked on ${tab}`);
  }
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await page.getByRole("button", { name: "Show earlier weeks" }).waitFor();
  assert.ok((await page.locator("a.session-link").count()) >= 12, "months of sessions");
  assert.deepEqual(await stored(), before, "nothing of the demo is written to this browser's storage");

  await mark.getByRole("button", { name: "Leave the demo" }).click();
  await page.getByRole("heading", { level: 1, name: "Your back is not fragile. It adapts." }).waitFor();
  assert.equal(await mark.count(), 0);
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Your back is not fragile. It adapts." }).waitFor();
  assert.deepEqual(await stored(), before, "no trace after leaving");
  assert.deepEqual(problems, []);
  await context.close();
});
