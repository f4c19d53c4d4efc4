"""Git facts about the script `wasmlit run` serves, for the page's "Deploy" dialog.

CHECKLIST CHROME-09. Streamlit's server answers the page's `load_git_info`
with a GitInfo message (streamlit/git_util.py: owner/repo from a GitHub
remote, the upstream branch, the script's path in the repository, untracked
and uncommitted files, detached HEAD or commits ahead of the upstream); the
dev server answers GET `/__wasmlit__/git` with the same facts as JSON
(devserver.py), computed afresh on each request, so a commit or push made
while the page is open is seen the next time the dialog opens.

Note [Git info]
~~~~~~~~~~~~~~~
Everything comes from `git` subprocesses (no dependency), run in the
script's folder with the variables that would point git elsewhere removed
(GIT_DIR, GIT_INDEX_FILE, ...: a shell inside a commit hook or a private
index must not change the answer), with no prompt and a timeout; any failure
is "no information", never an error of `wasmlit run`.

Where Streamlit gives no information at all (no upstream, a detached HEAD),
this says what it knows, so the page can name the problem: a detached HEAD
gives `state: "head_detached"` (Streamlit's DetachedHead dialog, which its own
server never reaches), and a branch with no GitHub upstream gives
`repository: null` (the "not connected to a remote GitHub repository"
dialog). `uncommitted_files` compares the work tree with HEAD, so a staged but
uncommitted edit counts too (Streamlit lists unstaged edits only): either way
Community Cloud would deploy what was pushed, not what is on disk.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path

_GITHUB_URL = re.compile(r"github\.com(?::\d+)?[/:]([^/]+)/([^/]+?)(?:\.git)?/?$")
_REDIRECTING_VARS = (
    "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES",
)
GIT_TIMEOUT = 5.0


@dataclass(frozen=True)
class GitInfo:
    """What the Deploy dialog needs (Streamlit's GitInfo message, Note [Git info])."""

    repository: str | None  # "owner/repo" of the upstream's GitHub remote
    branch: str | None  # the upstream's branch name (else the local branch's)
    module: str | None  # the script's path from the repository root, with "/"
    untracked_files: list[str] = field(default_factory=list)
    uncommitted_files: list[str] = field(default_factory=list)
    state: str = "default"  # "default" | "head_detached" | "ahead_of_remote"

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def github_repository(url: str) -> str | None:
    """`owner/repo` from a GitHub remote URL (https, ssh:// or scp-like `git@github.com:o/r.git`)."""
    m = _GITHUB_URL.search(url.strip())
    return f"{m.group(1)}/{m.group(2)}" if m else None


def _git(args: list[str], cwd: Path) -> str | None:
    """stdout of `git ARGS` run in `cwd`, None when git fails or is missing."""
    env = {k: v for k, v in os.environ.items() if k not in _REDIRECTING_VARS}
    env.update(GIT_OPTIONAL_LOCKS="0", GIT_TERMINAL_PROMPT="0", GIT_PAGER="", PAGER="")
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
            capture_output=True, timeout=GIT_TIMEOUT, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def _paths(out: str | None) -> list[str]:
    return [p for p in (out or "").split("\0") if p]


def git_info(script: Path) -> GitInfo | None:
    """The Deploy dialog's facts for `script`; None when it is in no git repository."""
    script = script.resolve()
    here = script.parent
    top = _git(["rev-parse", "--show-toplevel"], here)
    if top is None or not top.strip():
        return None
    root = Path(top.rstrip("\n")).resolve()
    try:
        module: str | None = script.relative_to(root).as_posix()
    except ValueError:  # a symlink out of the repository, say
        module = None
    untracked = _paths(_git(["ls-files", "-z", "--others", "--exclude-standard"], root))
    changed = _git(["diff", "HEAD", "--name-only", "-z"], root)
    if changed is None:  # no commit yet: HEAD does not exist
        changed = _git(["diff", "--name-only", "-z"], root)
    uncommitted = _paths(changed)
    head = (_git(["rev-parse", "--abbrev-ref", "HEAD"], here) or "").strip()
    if head == "HEAD":
        return GitInfo(None, None, module, untracked, uncommitted, "head_detached")
    upstream = (_git(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"], here) or "").strip()
    remote, _, branch = upstream.partition("/")
    repository = None
    if remote and branch:
        urls = (_git(["remote", "get-url", "--all", "--", remote], here) or "").splitlines()
        repository = next((r for r in map(github_repository, urls) if r is not None), None)
    if repository is None:
        return GitInfo(None, head or None, module, untracked, uncommitted)
    ahead = (_git(["rev-list", "@{upstream}..HEAD", "--"], here) or "").split()
    return GitInfo(repository, branch, module, untracked, uncommitted, "ahead_of_remote" if ahead else "default")
