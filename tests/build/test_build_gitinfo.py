"""The Deploy dialog's git facts under `wasmlit run` (CHECKLIST CHROME-09;
py/wasmlit/build/gitinfo.py, served at /__wasmlit__/git by devserver.py; the
page's side is in playwright/deploy.spec.ts)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import urllib.request
from pathlib import Path

import pytest

from wasmlit.build import devserver
from wasmlit.build.gitinfo import GitInfo, git_info, github_repository

from build_support import fake_web_build

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(cwd: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.com", GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def pushed_repo(tmp_path: Path, url: str, branch: str = "main") -> tuple[Path, Path]:
    """A repo whose `apps/app.py` is committed and pushed to a local bare remote named
    origin that also carries the GitHub-like `url` (the first URL git lists)."""
    bare = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", branch, str(bare))
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", branch)
    (repo / "apps").mkdir()
    (repo / "apps" / "app.py").write_text("import streamlit as st\n")
    git(repo, "add", "apps/app.py")
    git(repo, "commit", "-q", "-m", "one")
    git(repo, "remote", "add", "origin", str(bare))
    git(repo, "push", "-q", "-u", "origin", branch)
    git(repo, "remote", "set-url", "origin", url)  # push URL stays the bare one below
    git(repo, "remote", "set-url", "--push", "origin", str(bare))
    return repo, repo / "apps" / "app.py"


@pytest.mark.parametrize("url, expected", [
    ("https://github.com/octo/hello-app.git", "octo/hello-app"),
    ("https://github.com/octo/hello-app", "octo/hello-app"),
    ("https://user:token@github.com/octo/hello-app/", "octo/hello-app"),
    ("git@github.com:octo/hello.app.git", "octo/hello.app"),
    ("ssh://git@github.com:22/octo/hello-app.git", "octo/hello-app"),
    ("https://gitlab.com/octo/hello-app.git", None),
    ("git@bitbucket.org:octo/hello-app.git", None),
])
def test_CHROME_09_github_repository_from_https_and_ssh_remotes(url: str, expected: str | None) -> None:
    assert github_repository(url) == expected


@pytest.mark.parametrize("url", ["https://github.com/octo/hello-app.git", "git@github.com:octo/hello-app.git"])
def test_CHROME_09_pushed_app_in_a_github_repo_gives_repository_branch_and_path(tmp_path: Path, url: str) -> None:
    """The facts that prefill Community Cloud's deploy page, from an https or an ssh remote."""
    _, script = pushed_repo(tmp_path, url, branch="dev/feature")
    assert git_info(script) == GitInfo("octo/hello-app", "dev/feature", "apps/app.py", [], [], "default")


def test_CHROME_09_uncommitted_untracked_and_ahead_are_reported(tmp_path: Path) -> None:
    repo, script = pushed_repo(tmp_path, "https://github.com/octo/hello-app.git")
    script.write_text("import streamlit as st\nst.write(1)\n")
    (repo / "notes.txt").write_text("x")
    info = git_info(script)
    assert info is not None
    assert (info.uncommitted_files, info.untracked_files, info.state) == (["apps/app.py"], ["notes.txt"], "default")
    git(repo, "add", "apps/app.py")  # staged is still not committed
    assert git_info(script) == GitInfo("octo/hello-app", "main", "apps/app.py", ["notes.txt"], ["apps/app.py"])
    git(repo, "commit", "-q", "-m", "two")
    info = git_info(script)
    assert info is not None and info.uncommitted_files == [] and info.state == "ahead_of_remote"
    git(repo, "push", "-q")
    info = git_info(script)
    assert info is not None and info.state == "default"


def test_CHROME_09_new_script_not_added_is_untracked(tmp_path: Path) -> None:
    repo, _ = pushed_repo(tmp_path, "https://github.com/octo/hello-app.git")
    new = repo / "apps" / "new_app.py"
    new.write_text("x = 1\n")
    info = git_info(new)
    assert info is not None and info.module == "apps/new_app.py" and "apps/new_app.py" in info.untracked_files


def test_CHROME_09_non_github_remote_or_no_upstream_gives_no_repository(tmp_path: Path) -> None:
    repo, script = pushed_repo(tmp_path, "https://gitlab.com/octo/hello-app.git")
    assert git_info(script) == GitInfo(None, "main", "apps/app.py", [], [], "default")
    git(repo, "checkout", "-q", "-b", "local-only")  # no upstream at all
    assert git_info(script) == GitInfo(None, "local-only", "apps/app.py", [], [], "default")


def test_CHROME_09_detached_head(tmp_path: Path) -> None:
    repo, script = pushed_repo(tmp_path, "https://github.com/octo/hello-app.git")
    git(repo, "checkout", "-q", "--detach", "HEAD")
    info = git_info(script)
    assert info is not None and info.state == "head_detached" and info.module == "apps/app.py"


def test_CHROME_09_no_repository_or_a_file_outside_it(tmp_path: Path) -> None:
    outside = tmp_path / "plain" / "app.py"
    outside.parent.mkdir()
    outside.write_text("x = 1\n")
    if subprocess.run(["git", "rev-parse"], cwd=outside.parent, capture_output=True).returncode == 0:
        pytest.skip("the temp folder is inside a git repository")
    assert git_info(outside) is None
    pushed_repo(tmp_path, "https://github.com/octo/hello-app.git")  # a repo next to it changes nothing
    assert git_info(outside) is None


def test_CHROME_09_git_info_ignores_a_redirecting_git_index_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Note [Git info]: GIT_DIR / GIT_INDEX_FILE in the environment do not change the answer."""
    _, script = pushed_repo(tmp_path, "https://github.com/octo/hello-app.git")
    monkeypatch.setenv("GIT_INDEX_FILE", str(tmp_path / "elsewhere-index"))
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "remote.git"))
    assert git_info(script) == GitInfo("octo/hello-app", "main", "apps/app.py", [], [], "default")


def test_CHROME_09_dev_server_answers_git_afresh_on_each_request(tmp_path: Path) -> None:
    """GET /__wasmlit__/git: the script as typed (for `wasmlit build`) and git facts that
    follow a commit made while the server runs."""
    repo, script = pushed_repo(tmp_path, "git@github.com:octo/hello-app.git")
    site = tmp_path / "site"
    site.mkdir()
    fake_web_build(site)
    server = devserver.make_dev_server(site, "127.0.0.1", 0, [], devserver.Changes(), script, "apps/app.py")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        def get() -> dict[str, object]:
            with urllib.request.urlopen(server.url + "__wasmlit__/git") as r:
                assert r.headers["Cache-Control"] == "no-store"
                return json.loads(r.read())

        assert get() == {"script": "apps/app.py", "git": {
            "repository": "octo/hello-app", "branch": "main", "module": "apps/app.py",
            "untracked_files": [], "uncommitted_files": [], "state": "default",
        }}
        script.write_text("x = 2\n")
        git(repo, "commit", "-q", "-am", "two")
        assert get()["git"] == {
            "repository": "octo/hello-app", "branch": "main", "module": "apps/app.py",
            "untracked_files": [], "uncommitted_files": [], "state": "ahead_of_remote",
        }
    finally:
        server.shutdown()
        server.server_close()
