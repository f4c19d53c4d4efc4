"""The `wasmlit` command: build, serve, hello.

User-facing failures are BuildErrors, printed as one `wasmlit: error: ...`
line each with exit code 1; a traceback means a bug in wasmlit.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from wasmlit.build import BuildError, BuildOptions, BuildResult, build, remote
from wasmlit.build.appconfig import ConfigSources, check_config
from wasmlit.build.constants import PYODIDE_VERSION, WASMLIT_VERSION
from wasmlit.build.crypto import read_password
from wasmlit.build.errors import stderr_warn
from wasmlit.build.paths import display, package_dir, user_cache_dir
from wasmlit.build.serve import is_loopback, make_server

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8501


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    script_args: list[str] = []
    if "run" in words and "--" in words[words.index("run") :]:  # `wasmlit run app.py -- args`
        cut = words.index("--", words.index("run"))
        words, script_args = words[:cut], words[cut + 1 :]
    try:
        words, flags = split_config_flags(words)
    except BuildError as e:
        for line in e.lines:
            print(f"wasmlit: error: {line}", file=sys.stderr)
        return 2
    args = _parser().parse_args(words)
    args.script_args = script_args
    args.config_flags = tuple(flags)
    if flags and args.command not in ("build", "run", "config"):
        print(f"wasmlit: error: {args.command} takes no config flags (--{flags[0][0]})", file=sys.stderr)
        return 2
    try:
        result: int = args.run(args)
        return result
    except BuildError as e:
        for line in e.lines:
            print(f"wasmlit: error: {line}", file=sys.stderr)
        return 1
    except OSError as e:  # disk full, permission denied, ...: not a bug, still one line
        where = f": {e.filename}" if e.filename else ""
        print(f"wasmlit: error: {e.strerror or e}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


_APP_HELP = "the app's main script: a path, or an http(s) URL to download it from (EXE-26)"
_CONFIG_FLAG = re.compile(r"--([A-Za-z]+\.[A-Za-z][A-Za-z0-9]*)(?:=(.*))?", re.S)


def split_config_flags(words: Sequence[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Take out `--section.option value` / `--section.option=value` (CFG-04)."""
    rest: list[str] = []
    flags: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        m = _CONFIG_FLAG.fullmatch(words[i])
        if m is None:
            rest.append(words[i])
        elif m.group(2) is not None:
            flags.append((m.group(1), m.group(2)))
        elif i + 1 < len(words):
            flags.append((m.group(1), words[i + 1]))
            i += 1
        else:
            raise BuildError(f"--{m.group(1)} needs a value")
        i += 1
    return rest, flags


def _config_sources(args: argparse.Namespace) -> ConfigSources:
    return ConfigSources(
        flags=args.config_flags, global_secrets=getattr(args, "global_secrets", False)
    )


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="wasmlit", description="Streamlit apps with no server (Python in the browser)."
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"wasmlit {WASMLIT_VERSION} (Pyodide {PYODIDE_VERSION})",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="build an app into a static bundle folder")
    b.add_argument("app", type=remote.app_argument, metavar="APP.py", help=_APP_HELP)
    b.add_argument("--out", type=Path, default=Path("dist"), help="output folder (default: dist)")
    _packages_arg(b)
    b.add_argument(
        "--no-bytecode",
        action="store_true",
        help="ship Python sources only, not precompiled bytecode (starts slower; for comparison)",
    )
    b.add_argument(
        "--pyodide",
        choices=("bundle", "cdn"),
        default="bundle",
        help="bundle: ship Pyodide in the bundle (default); cdn: load Pyodide and its packages "
        "from the Pyodide CDN at run time, each file checked against its sha256",
    )
    b.add_argument(
        "--single-file",
        action="store_true",
        help="write ONE .html file (--out app.html) that works when opened from disk, with no server",
    )
    b.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 1) when the compatibility report finds code that will not work in a browser",
    )
    b.add_argument(
        "--password",
        action="store_true",
        help="encrypt .streamlit/secrets.toml: visitors must enter the password "
        "(read from $WASMLIT_PASSWORD, else asked on the terminal; never an argument)",
    )
    b.add_argument(
        "--encrypt-app",
        action="store_true",
        help="with --password: encrypt the app's sources and data files too",
    )
    _global_secrets_arg(b)
    b.set_defaults(run=_cmd_build)

    r = sub.add_parser(
        "run",
        help="build an app, serve it on loopback, and rerun the open page when a file changes",
        usage="wasmlit run [options] APP.py [-- script args]",
    )
    r.add_argument("app", type=remote.app_argument, metavar="APP.py", help=_APP_HELP)
    r.add_argument("--headless", action="store_true", help="do not open a browser")
    _global_secrets_arg(r)
    _packages_arg(r)
    _serve_args(r)
    r.set_defaults(run=_cmd_run)

    s = sub.add_parser("serve", help="serve a built bundle folder over HTTP")
    s.add_argument("dir", type=Path, metavar="DIR")
    _serve_args(s)
    s.set_defaults(run=_cmd_serve)

    c = sub.add_parser(
        "config",
        help="show the config options wasmlit honours (config show [APP.py] [--section.option value])",
    )
    c.add_argument("action", choices=("show",))
    c.add_argument(
        "app", type=Path, nargs="?", default=None, metavar="APP.py",
        help="the app whose .streamlit/config.toml to read (default: the current folder's)",
    )
    c.set_defaults(run=_cmd_config)

    h = sub.add_parser("hello", help="build and serve the bundled demo app")
    h.add_argument(
        "--out", type=Path, default=None, help=f"output folder (default: {display(_hello_out())})"
    )
    _packages_arg(h)
    _serve_args(h)
    h.set_defaults(run=_cmd_hello)
    return p


def _packages_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--pyodide-packages",
        type=Path,
        metavar="DIR",
        help="folder with Pyodide package files (else $WASMLIT_PYODIDE_PACKAGES, "
        "the user cache, or a download from the Pyodide CDN)",
    )


def _global_secrets_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--global-secrets",
        action="store_true",
        help="also bundle ~/.streamlit/secrets.toml, merged under the project's secrets "
        "(it is left out by default: a bundle is public)",
    )


def _serve_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="0 picks a free port")
    p.add_argument("--host", default=None, help=f"address to listen on (default: {DEFAULT_HOST})")


def _cmd_build(args: argparse.Namespace) -> int:
    if args.encrypt_app and not args.password:
        raise BuildError("--encrypt-app needs --password")
    password = read_password() if args.password else None
    if args.single_file:
        return _build_single_file(args, password)
    _build_and_report(
        args.app, args.out, args.pyodide_packages, bytecode=not args.no_bytecode, strict=args.strict,
        password=password, encrypt_app=args.encrypt_app, pyodide=args.pyodide,
        config=_config_sources(args),
    )
    print(f"Serve it with: wasmlit serve {display(args.out)}")
    return 0


def _build_single_file(args: argparse.Namespace, password: str | None) -> int:
    if args.pyodide == "cdn":
        raise BuildError("--single-file embeds Pyodide so that the file works offline; drop --pyodide cdn")
    from wasmlit.build.single_file import build_single_file

    out: Path = args.out if args.out != Path("dist") else Path(args.app.stem + ".html")
    result = build_single_file(
        BuildOptions(
            entry=args.app, out=out, pyodide_packages=args.pyodide_packages, bytecode=False,
            strict=args.strict, password=password, encrypt_app=args.encrypt_app,
            config=_config_sources(args),
        )
    )
    size = out.stat().st_size
    print(f"Built {display(args.app)} into {display(out)} ({size / 1e6:.1f} MB, one file)")
    print(f"Pyodide packages: {', '.join(result.manifest['packages']) or '(none)'}")
    print(f"Open it in a browser (no server needed): {out.resolve().as_uri()}")
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    import webbrowser

    from wasmlit.build import devserver

    out = devserver.run_out_dir(user_cache_dir().parent, args.app)
    _build_and_report(args.app, out, args.pyodide_packages, config=_config_sources(args))
    changes = devserver.Changes()
    folder = args.app.resolve().parent
    sources = _config_sources(args)
    watcher = devserver.Watcher(
        folder, changes, merged_config=lambda: check_config(folder, lambda _: None, sources)[1]
    )
    server = devserver.make_dev_server(
        out, args.host or DEFAULT_HOST, args.port, args.script_args, changes, args.app, display(args.app)
    )
    print(f"Running {display(args.app)} at {server.url}", flush=True)
    print("Saving a file in the app's folder reruns the open page. Press Ctrl+C to stop.", flush=True)
    if not args.headless:
        webbrowser.open(server.url)
    devserver.serve_until_interrupted(server, watcher)
    return 0


def _cmd_config(args: argparse.Namespace) -> int:
    from wasmlit.build.showconfig import show_config

    folder = args.app.resolve().parent if args.app is not None else Path.cwd()
    print(show_config(folder, _config_sources(args), stderr_warn), end="")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    return _serve(args.dir, args.host, args.port)


def _cmd_hello(args: argparse.Namespace) -> int:
    demo = package_dir() / "demo" / "streamlit_app.py"
    if not demo.is_file():
        raise BuildError(f"the demo app {demo} is missing from this wasmlit checkout")
    out: Path = args.out or _hello_out()
    _build_and_report(demo, out, args.pyodide_packages)
    return _serve(out, args.host, args.port)


def _hello_out() -> Path:
    return user_cache_dir().parent / "hello"


def _build_and_report(
    app: Path, out: Path, packages: Path | None, *, bytecode: bool = True, strict: bool = False,
    password: str | None = None, encrypt_app: bool = False, pyodide: str = "bundle",
    config: ConfigSources | None = None,
) -> BuildResult:
    result = build(
        BuildOptions(
            entry=app, out=out, pyodide_packages=packages, bytecode=bytecode, strict=strict,
            password=password, encrypt_app=encrypt_app, pyodide=pyodide,
            config=config or ConfigSources(),
        )
    )
    m = result.manifest
    print(
        f"Built {display(app)} into {display(out)}/ "
        f"({len(m['files'])} files, {result.total_bytes / 1e6:.1f} MB)"
    )
    print(f"Pyodide packages: {', '.join(m['packages']) or '(none)'}")
    return result


def _serve(directory: Path, host: str | None, port: int) -> int:
    bind = host or DEFAULT_HOST
    if not is_loopback(bind):
        stderr_warn(
            f"listening on {bind}: anyone who can reach this machine "
            f"on port {port} can open the app"
        )
    server = make_server(directory, bind, port)
    print(f"Serving {display(directory)} at {server.url}", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("Stopped.")
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
