// apps/widgets2.py: the range and date sliders, select_slider, date_input,
// time_input, color_picker, pills and segmented_control, each driven once with
// the mouse or the keyboard. The page runs in a zone far from UTC: dates and
// times must show as the script holds them (TZ-06).
import { expect, sliderValue, test } from "./helpers";

test.use({ timezoneId: "Pacific/Honolulu" });

test("WID-36 WID-37 WID-38 TZ-06 new widgets show their defaults, dates in no time zone", async ({ app }) => {
  await app.open("widgets2");
  const text = app.main().getByTestId("stText");
  await expect(text).toHaveText([
    "sliders: rng=(20, 80) day=2024-01-10 size=M",
    "dates: when=2024-01-10 trip=(datetime.date(2024, 1, 5), datetime.date(2024, 1, 9)) alarm=08:45:00",
    "pickers: color=#0000FF tags=['red'] view=List",
    "form: day=2024-01-01 tag=None color=#000000",
  ]);
  await expect(app.slider("Range")).toHaveCount(2);
  const day = app.page.getByTestId("stSlider").filter({ hasText: "Day" });
  await expect(day.getByTestId("stSliderThumbValue")).toHaveText("2024-01-10");
  await expect(day.getByTestId("stSliderTickBarMin")).toHaveText("2023-12-27");
  await expect(app.page.getByTestId("stSlider").filter({ hasText: "Size" }).getByTestId("stSliderThumbValue")).toHaveText("M");
  await expect(app.page.getByTestId("stDateInput").first().getByTestId("stDateInputField")).toHaveValue("2024/01/10");
  const trip = app.page.getByTestId("stDateInput").nth(1).getByTestId("stDateInputField");
  await expect(trip.first()).toHaveValue("2024/01/05");
  await expect(trip.last()).toHaveValue("2024/01/09");
  await expect(app.page.getByTestId("stTimeInput").locator("input")).toHaveValue("08:45");
  await expect(app.page.getByTestId("stColorPicker").first().getByTestId("stColorPickerValue")).toHaveText("#0000FF");
  await expect(app.page.getByTestId("stBaseButton-pillsActive")).toHaveText(["red"]);
  await expect(app.page.getByTestId("stBaseButton-segmented_controlActive")).toHaveText(["List"]);
});

test("WID-33 WID-37 WID-38 each new widget changes with the mouse or the keyboard", async ({ app }) => {
  await app.open("widgets2");
  const sliders = app.main().getByTestId("stText").nth(0);
  const dates = app.main().getByTestId("stText").nth(1);
  const pickers = app.main().getByTestId("stText").nth(2);

  await app.nudge(app.slider("Range").last());
  await expect(sliders).toHaveText("sliders: rng=(20, 81) day=2024-01-10 size=M");
  expect(await sliderValue(app.slider("Range").first())).toBe("20");
  await app.nudge(app.slider("Day"));
  await expect(sliders).toHaveText("sliders: rng=(20, 81) day=2024-01-11 size=M");
  await expect(app.page.getByTestId("stSlider").filter({ hasText: "Day" }).getByTestId("stSliderThumbValue")).toHaveText("2024-01-11");
  await app.nudge(app.slider("Size"));
  await expect(sliders).toHaveText("sliders: rng=(20, 81) day=2024-01-11 size=L");

  const when = app.page.getByLabel("When", { exact: true });
  await when.fill("2024/02/03"); // typed in the widget's format, YYYY/MM/DD
  await expect(dates).toContainText("when=2024-01-10"); // typing alone sends nothing
  await app.rerunBy(() => when.press("Enter"));
  await expect(dates).toContainText("when=2024-02-03 ");
  await when.fill("2024/02/31"); // no such day: back to the last date, no run
  await when.press("Enter");
  await expect(when).toHaveValue("2024/02/03");
  // A pick in the browser's calendar (opened by the button) commits at once.
  const whenBox = app.page.getByTestId("stDateInput").first();
  await expect(whenBox.getByRole("button", { name: "Choose date" })).toBeEnabled();
  const calendar = whenBox.locator('input[type="date"]');
  await app.rerunBy(() => calendar.fill("2024-02-10", { force: true }));
  await expect(dates).toContainText("when=2024-02-10 ");
  await expect(when).toHaveValue("2024/02/10");

  const end = app.page.getByLabel("Trip (end)");
  await end.fill("2024/01/20");
  await app.rerunBy(() => end.blur());
  await expect(dates).toContainText("trip=(datetime.date(2024, 1, 5), datetime.date(2024, 1, 20))");

  const alarm = app.page.getByLabel("Alarm", { exact: true });
  await alarm.fill("10:37"); // typed, 24-hour HH:MM as Streamlit shows it
  await app.rerunBy(() => alarm.press("Enter"));
  await expect(dates).toContainText("alarm=10:37:00");
  await alarm.fill("25:00"); // not a time: back to the last value
  await alarm.press("Enter");
  await expect(alarm).toHaveValue("10:37");

  await app.rerunBy(() => app.page.getByLabel("Color", { exact: true }).fill("#ff0000"));
  await expect(pickers).toContainText("color=#ff0000 ");
  await expect(app.page.getByTestId("stColorPickerValue").first()).toHaveText("#ff0000");

  const tags = app.page.getByTestId("stButtonGroup").filter({ hasText: "Tags" });
  await app.rerunBy(() => tags.getByRole("button", { name: "green" }).click());
  await expect(pickers).toContainText("tags=['red', 'green'] ");
  await tags.getByRole("button", { name: "red" }).focus();
  await app.rerunBy(() => app.page.keyboard.press("Space"));
  await expect(pickers).toContainText("tags=['green'] ");
  await expect(tags.getByRole("button", { name: "green" })).toHaveAttribute("aria-pressed", "true");

  const view = app.page.getByTestId("stButtonGroup").filter({ hasText: "View" });
  await app.rerunBy(() => view.getByRole("button", { name: "Map" }).click());
  await expect(pickers).toHaveText("pickers: color=#ff0000 tags=['green'] view=Map");
  await expect(view.getByTestId("stBaseButton-segmented_controlActive")).toHaveText(["Map"]);
});

test("FORM-02 FORM-03 the new widgets in a form send nothing until the submit, then all at once", async ({ app }) => {
  await app.open("widgets2");
  const form = app.main().getByTestId("stText").nth(3);
  await expect(form).toHaveText("form: day=2024-01-01 tag=None color=#000000");
  const runs = app.page.getByTestId("stApp");
  const before = await runs.getAttribute("data-test-run-count");

  const day = app.page.getByLabel("Form day", { exact: true });
  await expect(day).toHaveValue("01.01.2024");
  await day.fill("15.03.2024");
  await day.press("Enter"); // applies in the form; does not submit it
  await app.page.getByTestId("stButtonGroup").filter({ hasText: "Form tag" }).getByRole("button", { name: "y" }).click();
  await app.page.getByLabel("Form color", { exact: true }).fill("#00ff00");
  await expect(app.page.getByTestId("stBaseButton-pillsActive").filter({ hasText: "y" })).toHaveCount(1);
  await expect(form).toHaveText("form: day=2024-01-01 tag=None color=#000000");
  expect(await runs.getAttribute("data-test-run-count")).toBe(before);

  await app.rerunBy(() => app.page.getByRole("button", { name: "Submit picks" }).click());
  await expect(form).toHaveText("form: day=2024-03-15 tag=y color=#00ff00");
});
