// The Deploy dialog (CHECKLIST CHROME-09), loaded on the first click of the
// Deploy button (DeployButton.tsx).
//
// Note [Deploy dialog]
// ~~~~~~~~~~~~~~~~~~~~
// Two ways to publish the app:
// - "Streamlit Community Cloud", as in Streamlit: "Deploy now" opens
//   share.streamlit.io/deploy with the repository, branch and main file
//   prefilled, or says why it cannot (Streamlit's DeployErrorDialogs: no
//   GitHub remote, detached HEAD, main file not in the repo). Streamlit 1.67
//   only has those three; the older "Are you sure you want to deploy this
//   app?" questions (the main file has uncommitted changes, commits not pushed,
//   untracked files) come back here with a "Continue", since Community Cloud
//   deploys what is pushed, not what `wasmlit run` shows.
// - "Static host": a wasmlit app needs no server, so the dialog shows the
//   `wasmlit build` command whose output folder any static host serves.
// The git facts come from the dev server (GET __wasmlit__/git, Note [Git info]
// in py/wasmlit/build/gitinfo.py), asked afresh each time the dialog opens,
// so a commit or push made meanwhile is seen.

import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Modal as ModalType } from "./MainMenu";

export interface GitInfo {
  repository: string | null;
  branch: string | null;
  module: string | null;
  untracked_files: string[];
  uncommitted_files: string[];
  state: "default" | "head_detached" | "ahead_of_remote";
}

export interface DevGitAnswer {
  script: string;
  git: GitInfo | null;
}

export const DEPLOY_URL = "https://share.streamlit.io/deploy";
const DOCS_URL = "https://docs.streamlit.io/deploy/streamlit-community-cloud";

/** Community Cloud's deploy page with the repository, branch and main file filled in. */
export function deployAppUrl(git: GitInfo): string {
  const url = new URL(DEPLOY_URL);
  url.searchParams.set("repository", git.repository ?? "");
  url.searchParams.set("branch", git.branch ?? "");
  url.searchParams.set("mainModule", git.module ?? "");
  return url.toString();
}

export interface DeployProblem {
  title: string;
  body: JSX.Element;
  /** A warning: the user may go on and deploy what was pushed. */
  canContinue: boolean;
}

const PRIMARY = { kind: "primary" }; // Streamlit's attribute (styles.css), not in Preact's types

const UNABLE = "Unable to deploy";
const SURE = "Are you sure you want to deploy this app?";

/** Why "Deploy now" cannot (or should not yet) open Community Cloud; null when it can. */
export function deployProblem(git: GitInfo | null): DeployProblem | null {
  if (git?.state === "head_detached") {
    return {
      title: UNABLE,
      body: (
        <>
          <p>This Git tree is in a detached HEAD state.</p>
          <p>Please commit the latest changes and push to GitHub to continue.</p>
        </>
      ),
      canContinue: false,
    };
  }
  if (git === null || !git.repository || !git.branch || !git.module) {
    return {
      title: UNABLE,
      body: (
        <p>
          The app’s code is not connected to a remote GitHub repository. To deploy on Streamlit Community Cloud,
          please put your code in a GitHub repository and publish the current branch. Read more in{" "}
          <a href={DOCS_URL} target="_blank" rel="noopener noreferrer">
            our documentation
          </a>
          .
        </p>
      ),
      canContinue: false,
    };
  }
  const module = git.module;
  if (git.untracked_files.includes(module)) {
    return {
      title: UNABLE,
      body: (
        <p>
          The app’s main file <code>{module}</code> has not been pushed to GitHub. Please add it to continue.
        </p>
      ),
      canContinue: false,
    };
  }
  if (git.uncommitted_files.includes(module)) {
    return {
      title: SURE,
      body: (
        <>
          <p>
            The file <code>{module}</code> has uncommitted changes.
          </p>
          <p>Please commit the latest changes and push to GitHub to continue.</p>
        </>
      ),
      canContinue: true,
    };
  }
  if (git.state === "ahead_of_remote") {
    return {
      title: SURE,
      body: <p>This Git repo has commits that are not pushed to GitHub. You may want to push them before continuing.</p>,
      canContinue: true,
    };
  }
  if (git.untracked_files.length > 0) {
    return {
      title: SURE,
      body: (
        <>
          <p>This Git repo has untracked files. You may want to commit them and push to GitHub before continuing.</p>
          <p>
            Alternatively, you can either delete the files (if they’re not needed) or add them to your{" "}
            <code>.gitignore</code>.
          </p>
        </>
      ),
      canContinue: true,
    };
  }
  return null;
}

/** A path as a POSIX shell word. */
export function shellWord(s: string): string {
  return /^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

/** The command whose output folder a static host serves. */
export function buildCommand(script: string): string {
  return `wasmlit build ${shellWord(script)} --out site`;
}

async function askDevServer(): Promise<DevGitAnswer> {
  const r = await fetch(new URL("__wasmlit__/git", document.baseURI), { cache: "no-store" });
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  // Cast: the dev server's JSON (devserver.py DevRequestHandler._git).
  return (await r.json()) as DevGitAnswer;
}

/** `Modal` is MainMenu's, handed down so that this chunk does not import MainMenu (which would split it out of app.js). */
export function DeployDialog({ onClose, Modal }: { onClose: () => void; Modal: typeof ModalType }): JSX.Element {
  const [answer, setAnswer] = useState<Promise<DevGitAnswer> | null>(null);
  const [info, setInfo] = useState<DevGitAnswer | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [problem, setProblem] = useState<DeployProblem | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const p = askDevServer();
    setAnswer(p);
    p.then(setInfo, (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, []);

  const open = (git: GitInfo): void => {
    window.open(deployAppUrl(git), "_blank", "noopener");
    onClose();
  };
  const deployNow = (): void => {
    // Awaited within the click's user activation: the answer is local and usually already here.
    void answer?.then((a) => {
      const found = deployProblem(a.git);
      if (found === null && a.git !== null) open(a.git);
      else setProblem(found);
    }, () => undefined); // failed: the dialog says so already
  };

  if (problem !== null) {
    return (
      <Modal title={problem.title} onClose={onClose}>
        <div class="wl-deploy-problem" data-testid="stDeployErrorDialog">
          {problem.body}
          <div class="wl-deploy-actions">
            {problem.canContinue && info?.git ? (
              <button type="button" class="wl-btn" {...PRIMARY} onClick={() => info.git && open(info.git)}>
                Continue
              </button>
            ) : null}
            <button type="button" class="wl-btn" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      </Modal>
    );
  }

  const command = buildCommand(info?.script || "app.py");
  return (
    <Modal title="Deploy this app" onClose={onClose}>
      <div class="wl-deploy-cards" data-testid="stDeployDialog">
        <section class="wl-deploy-card" data-testid="stDeployDialogCommunityCloud">
          <h3>Streamlit Community Cloud</h3>
          <p class="wl-deploy-sub">For community, always free</p>
          <ul>
            <li>Deploy from a public GitHub repository</li>
            <li>Runs the app on Streamlit’s servers</li>
          </ul>
          <div class="wl-deploy-actions">
            <button type="button" class="wl-btn" {...PRIMARY} disabled={answer === null} onClick={deployNow}>
              Deploy now
            </button>
            <a class="wl-btn" href={DOCS_URL} target="_blank" rel="noopener noreferrer">
              Learn more
            </a>
          </div>
          {failed !== null ? (
            <p class="wl-deploy-sub" role="alert">
              Could not ask <code>wasmlit run</code> about the Git repository ({failed}). Is it still running?
            </p>
          ) : null}
        </section>
        <section class="wl-deploy-card" data-testid="stDeployDialogStaticHost">
          <h3>Static host (GitHub Pages, any static host)</h3>
          <p class="wl-deploy-sub">No server: Python runs in each visitor’s browser</p>
          <p>Build the app into a folder of static files, then publish that folder:</p>
          <code class="wl-deploy-cmd" data-testid="stDeployBuildCommand">
            {command}
          </code>
          <div class="wl-deploy-actions">
            <button
              type="button"
              class="wl-btn"
              onClick={() => {
                void navigator.clipboard.writeText(command).then(() => setCopied(true));
              }}
            >
              {copied ? "Copied" : "Copy command"}
            </button>
          </div>
        </section>
      </div>
    </Modal>
  );
}
