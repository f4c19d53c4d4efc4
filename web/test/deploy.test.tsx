// The Deploy dialog's decisions (chrome/DeployDialog.tsx, CHECKLIST CHROME-09):
// which of Streamlit's "Unable to deploy" / "Are you sure" dialogs a git state
// gives, the Community Cloud URL, and the static-host build command.
import { describe, expect, it } from "vitest";
import { buildCommand, deployAppUrl, deployProblem, type GitInfo } from "../src/app/chrome/DeployDialog";

const pushed: GitInfo = {
  repository: "octo/hello-app",
  branch: "main",
  module: "apps/app.py",
  untracked_files: [],
  uncommitted_files: [],
  state: "default",
};

describe("Deploy dialog", () => {
  it("CHROME-09 Deploy now opens share.streamlit.io/deploy with repository, branch and main file, encoded", () => {
    expect(deployProblem(pushed)).toBeNull();
    const url = deployAppUrl({ ...pushed, branch: "feature/x&y", module: "my apps/app #1.py" });
    expect(url).toBe("https://share.streamlit.io/deploy?repository=octo%2Fhello-app&branch=feature%2Fx%26y&mainModule=my+apps%2Fapp+%231.py");
    const q = new URL(url).searchParams;
    expect([q.get("repository"), q.get("branch"), q.get("mainModule")]).toEqual(["octo/hello-app", "feature/x&y", "my apps/app #1.py"]);
  });

  it("CHROME-09 blocking problems: no GitHub repository, detached HEAD, main file not added", () => {
    const title = (g: GitInfo | null) => {
      const p = deployProblem(g);
      return p && [p.title, p.canContinue];
    };
    expect(title(null)).toEqual(["Unable to deploy", false]);
    expect(title({ ...pushed, repository: null })).toEqual(["Unable to deploy", false]);
    expect(title({ ...pushed, repository: null, branch: null, state: "head_detached" })).toEqual(["Unable to deploy", false]);
    expect(title({ ...pushed, untracked_files: ["apps/app.py"] })).toEqual(["Unable to deploy", false]);
  });

  it("CHROME-09 warnings that may be continued: uncommitted main file, commits not pushed, untracked files", () => {
    const sure = ["Are you sure you want to deploy this app?", true];
    for (const g of [
      { ...pushed, uncommitted_files: ["apps/app.py"] },
      { ...pushed, state: "ahead_of_remote" as const },
      { ...pushed, untracked_files: ["notes.txt"] },
    ]) {
      const p = deployProblem(g);
      expect(p && [p.title, p.canContinue]).toEqual(sure);
    }
    expect(deployProblem({ ...pushed, uncommitted_files: ["other.py"] })).toBeNull();
  });

  it("CHROME-09 the static-host command quotes the path for a shell", () => {
    expect(buildCommand("app.py")).toBe("wasmlit build app.py --out site");
    expect(buildCommand("my apps/app.py")).toBe("wasmlit build 'my apps/app.py' --out site");
    expect(buildCommand("it's.py")).toBe("wasmlit build 'it'\\''s.py' --out site");
  });
});
