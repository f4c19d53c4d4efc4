"""`wasmlit build`: an app script in, a static bundle folder out.

The steps, in order: check the inputs (entry, output folder, node_modules),
collect and parse the app's files, resolve its imports against the Pyodide
lock, then write into a staging folder (web assets, Pyodide core, package
files, runtime zip, app zip, manifest) and swap it in (Note [Replacing the
output folder] in outdir.py). Everything that can fail because of the user's
input fails before the staging folder is written.
"""

from __future__ import annotations

import ast
import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from . import appconfig, appfiles, cdn, imports, lock, outdir, scan, secretfiles
from .bytecode import add_bytecode, add_package_bytecode
from .crypto import Encryptor
from .constants import (
    APP_SIZE_WARNING_BYTES,
    PYODIDE_CORE_FILES,
    PYODIDE_VERSION,
    RUNTIME_PACKAGES,
)
from .errors import BuildError, Warn, stderr_info, stderr_warn
from .fetch import Sources, fetch_into
from .hosting import write_hosting_files
from .manifest import Manifest, write_manifest
from .paths import display, pyodide_npm_dir, repo_root, user_cache_dir
from . import requirements
from .runtime import write_runtime_zip
from .webassets import WebBuild, node_web_build
from .zips import write_hashed_zip_bytes


@dataclass(frozen=True)
class BuildOptions:
    entry: Path
    out: Path
    pyodide_packages: Path | None = None  # else $WASMLIT_PYODIDE_PACKAGES
    cache_dir: Path | None = None  # else the user cache (paths.user_cache_dir)
    warn: Warn = stderr_warn
    info: Warn = stderr_info  # progress lines (downloads)
    web_build: WebBuild = field(default=node_web_build)
    root: Path | None = None  # the checkout holding node_modules; else paths.repo_root()
    bytecode: bool = True  # ship precompiled pycs (Note [Shipping bytecode] in bytecode.py)
    strict: bool = False  # compatibility findings fail the build (Note [Compatibility report] in scan.py)
    pyodide: str = "bundle"  # or "cdn" (Note [CDN bundles] in cdn.py)
    password: str | None = None  # encrypt the secrets (Note [Encrypted bundles] in crypto.py)
    encrypt_app: bool = False  # with a password: the app's files too
    # global config, STREAMLIT_* variables, --section.option flags, --global-secrets
    config: appconfig.ConfigSources = field(default_factory=appconfig.ConfigSources)


@dataclass(frozen=True)
class BuildResult:
    out: Path
    manifest: Manifest

    @property
    def total_bytes(self) -> int:
        return sum(f["size"] for f in self.manifest["files"].values())


def build(opts: BuildOptions) -> BuildResult:
    entry = _check_entry(opts.entry)
    npm_pyodide = _check_pyodide(opts.root or repo_root())
    outdir.check_output_folder(opts.out, entry.parent)
    sources = Sources.from_env(opts.pyodide_packages, opts.cache_dir or user_cache_dir())
    if sources.local is not None and not sources.local.is_dir():
        raise BuildError(f"the Pyodide packages folder {display(sources.local)} does not exist")

    app = appfiles.collect(entry, excluded=[opts.out], warn=opts.warn)
    cfg, config_toml = appconfig.check_config(app.folder, opts.warn, opts.config)
    secrets, secrets_toml = appconfig.merge_global_secrets(
        app.folder, appconfig.read_secrets(app.folder), opts.config, opts.warn
    )
    secrets, secrets_toml = appconfig.merge_env_secrets(  # Note [Secrets from the environment]
        secrets, secrets_toml, opts.config
    )
    if opts.encrypt_app and opts.password is None:
        raise BuildError("--encrypt-app needs --password")
    if secrets is not None and opts.password is None:
        appconfig.warn_plain_secrets(secrets, opts.warn)
    encryptor = None if opts.password is None else Encryptor.from_password(opts.password)
    zipped = {rel: app.folder / rel for rel in app.files}
    generated = {appconfig.CONFIG: config_toml, appconfig.SECRETS: secrets_toml}
    if encryptor is not None:
        zipped.pop(appconfig.SECRETS, None)
        del generated[appconfig.SECRETS]
    trees = appfiles.parse_sources(app)
    for rel in secretfiles.check(app, trees, password=opts.password is not None,  # SEC-13
                                 encrypt_app=opts.encrypt_app, warn=opts.warn, info=opts.info):
        zipped[rel] = app.folder / rel
    _report_compatibility(trees, opts)
    sites = [
        site
        for rel, tree in trees.items()
        for site in imports.scan(display(app.folder / rel), tree)
    ]
    the_lock = lock.PyodideLock.load(npm_pyodide / "pyodide-lock.json")
    stdlib = lock.Stdlib.load(npm_pyodide / "python_stdlib.zip")
    req_lines = requirements.read(app.folder, opts.warn)  # Note [PyPI requirements]
    reqs = requirements.resolve(
        req_lines,
        {requirements.normalize(name): name for name in the_lock.packages},
        (opts.cache_dir or user_cache_dir()) / "pypi", opts.info,
        _pypi_fallback(the_lock, sources) if req_lines else None,
    )
    packages = lock.resolve(
        sites, app.local_module_names() | frozenset(reqs.modules), the_lock, stdlib,
        app.namespace_names(),
    )
    packages = [*packages, *reqs.packages]
    packages = [*packages, *appconfig.implied_packages(trees)]  # st.connection
    from .data_packages import implied  # Note [Data element packages]

    extra = implied(trees, (site.module for site in sites), the_lock.packages)
    packages = the_lock.closure([*packages, *extra, *RUNTIME_PACKAGES])

    stage = outdir.staging_folder(opts.out)
    try:
        opts.web_build(stage)
        write_hosting_files(stage)
        pyodide_out = stage / "pyodide"
        pyodide_out.mkdir()
        for name in PYODIDE_CORE_FILES:
            shutil.copyfile(npm_pyodide / name, pyodide_out / name)
        for name in packages:
            fetch_into(the_lock.packages[name], sources, pyodide_out, opts.warn, opts.info)
        runtime = write_runtime_zip(stage)
        package_pycs = None
        if opts.bytecode:
            cache = opts.cache_dir or user_cache_dir()
            runtime = add_bytecode(npm_pyodide, stage, runtime, cache, opts.warn)
            if packages:
                wheels = [pyodide_out / the_lock.packages[name].file_name for name in packages]
                names = sorted({i for name in packages for i in the_lock.packages[name].imports})
                package_pycs = add_package_bytecode(npm_pyodide, wheels, names, stage, cache, opts.warn)
        site_zip = requirements.write_site_zip(stage, reqs.wheels)
        contents = {rel: path.read_bytes() for rel, path in zipped.items()}
        contents.update({rel: data for rel, data in generated.items() if data is not None})
        app_zip = "app/" + write_hashed_zip_bytes(stage / "app", "app", contents)
        _warn_if_large(stage / app_zip, app, opts.warn)
        secrets_file = None
        if encryptor is not None:
            if secrets is not None:
                data = secrets_toml or (app.folder / appconfig.SECRETS).read_bytes()
                secrets_file = _write_encrypted(stage, "secrets", encryptor.encrypt(data))
            if opts.encrypt_app:
                sealed = encryptor.encrypt((stage / app_zip).read_bytes())
                (stage / app_zip).unlink()
                app_zip = _write_encrypted(stage, "app", sealed)
        if opts.encrypt_app and cfg.enable_static_serving:
            opts.warn("static/ is not served in an --encrypt-app build (its files would be readable)")
        else:
            appconfig.copy_static(app.folder, cfg, stage / "app", opts.warn)
        if opts.encrypt_app:
            if appfiles.component_folders(app):
                opts.warn("custom component folders are not served in an --encrypt-app build")
        else:
            appfiles.copy_components(app, stage / "components")
        requirements.copy_site_components(stage / "components" / "site", reqs.wheels)
        manifest = write_manifest(
            stage, entry=app.entry, runtime=runtime, app=app_zip, packages=packages,
            bytecode=package_pycs, site=site_zip,
            encryption=None if encryptor is None else encryptor.manifest_entry(),
            secrets=secrets_file,
        )
        if opts.pyodide == "cdn":
            manifest = cdn.externalize(stage, manifest, npm_pyodide)
        outdir.swap_in(stage, opts.out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return BuildResult(opts.out, manifest)


def _pypi_fallback(the_lock: lock.PyodideLock, sources: Sources) -> dict[str, str]:
    """Pure-Python lock packages to take from PyPI: those the build has no file
    of, when the CDN is out of reach (Note [PyPI requirements])."""
    dirs = [d for d in (sources.local, sources.cache) if d is not None]
    have = {
        name: (pkg.file_name, any((d / pkg.file_name).is_file() for d in dirs))
        for name, pkg in the_lock.packages.items()
    }
    if all(ok for _f, ok in have.values()):
        return {}
    return requirements.pure_offline(have, requirements.cdn_reachable(sources.cdn))


def _write_encrypted(stage: Path, stem: str, sealed: bytes) -> str:
    """`app/<stem>-<hash>.enc`; returns its bundle-relative path."""
    name = f"{stem}-{hashlib.sha256(sealed).hexdigest()[:12]}.enc"
    (stage / "app").mkdir(exist_ok=True)
    (stage / "app" / name).write_bytes(sealed)
    return f"app/{name}"


def _report_compatibility(trees: dict[str, ast.Module], opts: BuildOptions) -> None:
    lines = scan.report_lines(scan.scan_app(trees))
    if lines and opts.strict:
        raise BuildError(*lines, f"--strict: {len(lines)} compatibility problem(s) found")
    for line in lines:
        opts.warn(line)


def _check_entry(entry: Path) -> Path:
    if not entry.exists():
        raise BuildError(f"{display(entry)}: no such file")
    if not entry.is_file():
        raise BuildError(
            f"{display(entry)} is not a file; pass the app's main script (e.g. app.py)"
        )
    if entry.suffix != ".py":
        raise BuildError(f"{display(entry)} is not a Python script (.py)")
    return entry.resolve()


def _check_pyodide(root: Path) -> Path:
    npm = pyodide_npm_dir(root)
    missing = [n for n in PYODIDE_CORE_FILES if not (npm / n).is_file()]
    if missing:
        raise BuildError(
            f"the Pyodide core is missing from {npm} ({', '.join(missing)}); run `npm ci` in {root}"
        )
    try:
        version = json.loads((npm / "package.json").read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        version = None
    if version != PYODIDE_VERSION:
        raise BuildError(
            f"{npm} holds pyodide {version}, wasmlit needs {PYODIDE_VERSION}; "
            f"run `npm ci` in {root}"
        )
    return npm


def _warn_if_large(zip_path: Path, app: appfiles.AppFiles, warn: Warn) -> None:
    size = zip_path.stat().st_size
    if size <= APP_SIZE_WARNING_BYTES:
        return
    biggest = sorted(app.files, key=lambda rel: (app.folder / rel).stat().st_size, reverse=True)
    warn(
        f"the app's files take {size / 1e6:.0f} MB zipped; every visitor downloads them. "
        f"Largest: {', '.join(biggest[:3])}"
    )
