// apps/echo.py: st.echo reads the app's own source inside the browser.
import { expect, test } from "./helpers";

test("st.echo shows the block's source above its output", async ({ app }) => {
  await app.open("echo");
  const code = app.main().getByTestId("stCode");
  await expect(code).toContainText('greeting = "Hello from st.echo"');
  await expect(code).toContainText("st.write(greeting)");
  await expect(app.main().getByTestId("stMarkdown")).toHaveText("Hello from st.echo");
  const [codeBox, textBox] = [await code.boundingBox(), await app.main().getByTestId("stMarkdown").boundingBox()];
  expect((codeBox?.y ?? 0) < (textBox?.y ?? 0)).toBe(true);
});
