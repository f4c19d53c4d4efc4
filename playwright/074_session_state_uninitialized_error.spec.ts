// apps/074_session_state_uninitialized_error.py (example 074, NEGATIVE).
import { expect, test } from "./helpers";

test("SS-06 EXE-24 reading an uninitialised key shows Streamlit's KeyError", async ({ app }) => {
  await app.open("074_session_state_uninitialized_error");
  const exception = app.page.getByTestId("stException");
  await expect(exception).toHaveCount(1);
  await expect(exception).toContainText("KeyError");
  await expect(exception).toContainText('st.session_state has no key "value". Did you forget to initialize it?');
});
