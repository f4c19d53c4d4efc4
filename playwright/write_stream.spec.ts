// apps/write_stream.py: st.write_stream shows text as a generator yields it.
import { expect, test } from "./helpers";

test("st.write_stream shows each chunk as it arrives, then returns the whole text", async ({ app }) => {
  await app.open("write_stream");
  await app.button("Stream").click();
  const main = app.main();
  // Part of the text is on the page before the generator has finished.
  await expect(main).toContainText("Streaming one");
  await expect(main).not.toContainText("returned:");
  await expect(main).toContainText("returned: Streaming one word at a time.", { timeout: 30_000 });
  await expect(main).toContainText("async: async words arrive");
  await app.waitReady();
});
