// apps/081_button_state_set_exception.py (example 081, NEGATIVE).
import { expect, test } from "./helpers";

test("SS-15 BTN-20 WID-24 setting a button's value through session state raises StreamlitAPIException", async ({ app }) => {
  await app.open("081_button_state_set_exception");
  const exception = app.page.getByTestId("stException");
  await expect(exception).toHaveCount(1);
  // Streamlit raises StreamlitValueAssignmentNotAllowedError, a StreamlitAPIException.
  await expect(exception).toContainText("StreamlitValueAssignmentNotAllowedError");
  await expect(exception).toContainText(/Values for the widget with key\s+['`]?my_button['`]?\s+cannot be set using\s+`?st\.session_state`?/);
});
