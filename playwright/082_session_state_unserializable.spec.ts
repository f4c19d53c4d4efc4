// apps/082_session_state_unserializable/ (example 082, NEGATIVE; app.py as
// streamlit_app.py, with .streamlit/config.toml turning on
// runner.enforceSerializableSessionState).
import { expect, test } from "./helpers";

test("SS-28 SS-29 with enforceSerializableSessionState on, storing a lambda raises UnserializableSessionStateError", async ({ app }) => {
  await app.open("082_session_state_unserializable");
  const exception = app.page.getByTestId("stException");
  await expect(exception).toHaveCount(1);
  await expect(exception).toContainText("UnserializableSessionStateError");
  await expect(exception).toContainText("unserializable");
});
