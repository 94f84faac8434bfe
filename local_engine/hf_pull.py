"""Pull GGUF files from the Hugging Face hub by reference (`hf:ORG/REPO[:QUANT|/FILE.gguf]`).

Everything that speaks to the hub is huggingface_hub's: the repo listing (`HfApi.list_repo_tree`,
which also gives each LFS file's sha256), the file metadata (`get_hf_file_metadata`: commit, etag,
size, redirect), the authenticated streaming download with its tqdm progress bar and in-call
retries (`http_get`), and the token (`HF_TOKEN` or `hf auth login`, via `build_hf_headers`).
`HF_ENDPOINT` points it at a mirror. What we add is what `hf_hub_download` stopped doing
(1.x writes to a per-process temporary file and deletes it on failure): the bytes go to a
`.partial` file named after the expected sha256, so an interrupted pull resumes where it stopped
on the next run (`Range` request), and the finished file must hash to the sha256 the hub lists.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path

from local_engine.model_store import (
    DEFAULT_QUANT,
    ModelRef,
    ModelStoreError,
    PulledModel,
    models_dir,
    quant_of_filename,
    read_manifest,
    record_pull,
    sha256_of,
)

_SPLIT = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)


def _hub_error(ref: ModelRef, exc: Exception) -> ModelStoreError:
    """One clear sentence for the ways the hub can refuse (names the repo, says what to do)."""
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    if isinstance(exc, OfflineModeIsEnabled):
        return ModelStoreError(f"{ref.text}: HF_HUB_OFFLINE is set, so the hub cannot be reached (unset it to pull)")
    if isinstance(exc, GatedRepoError):
        return ModelStoreError(f"{ref.text}: {ref.repo} is gated: accept its terms on the hub and set HF_TOKEN")
    if isinstance(exc, RepositoryNotFoundError):
        return ModelStoreError(
            f"{ref.text}: repository {ref.repo} not found on the hub (private? set HF_TOKEN to a token that can read it)"
        )
    if isinstance(exc, RevisionNotFoundError):
        return ModelStoreError(f"{ref.text}: revision not found in {ref.repo}")
    if isinstance(exc, HfHubHTTPError):
        return ModelStoreError(f"{ref.text}: the hub refused: {str(exc).splitlines()[0]}")
    return ModelStoreError(f"{ref.text}: cannot reach the hub ({type(exc).__name__}: {exc})")


def _choose(ref: ModelRef, files: dict[str, tuple[int, str | None]]) -> str:
    """The repo file a reference means: the named file, the one of the requested quant, the
    default quant, or the repo's only GGUF; errors list what the repo offers."""
    ggufs = sorted(f for f in files if f.lower().endswith(".gguf") and "mmproj" not in f.lower())
    offered = sorted({q for f in ggufs if (q := quant_of_filename(f))})
    if ref.file:
        if ref.file not in files:
            raise ModelStoreError(f"{ref.text}: {ref.repo} has no file {ref.file} (GGUF files: {', '.join(ggufs) or 'none'})")
        return ref.file
    if not ggufs:
        raise ModelStoreError(f"{ref.text}: {ref.repo} holds no GGUF file")
    want = ref.quant or DEFAULT_QUANT
    matches = [f for f in ggufs if quant_of_filename(f) == want]
    if not matches and ref.quant is None and len(ggufs) == 1:
        matches = ggufs
    if not matches:
        raise ModelStoreError(f"{ref.text}: {ref.repo} has no {want} GGUF (quantizations offered: "
                              f"{', '.join(offered) or 'none recognised'}; or name a file: hf:{ref.repo}/FILE.gguf)")
    if len(matches) > 1 or _SPLIT.search(matches[0]):
        raise ModelStoreError(f"{ref.text}: the {want} model is split over several files ({', '.join(matches)}); "
                              "split GGUF files are not supported: pick a single-file quantization")
    return matches[0]


def _listing(ref: ModelRef, token: str | None) -> dict[str, tuple[int, str | None]]:
    """path -> (size, LFS sha256 or None) for every file in the repo (one paginated API call)."""
    from huggingface_hub import HfApi
    from huggingface_hub.hf_api import RepoFile

    try:
        tree = HfApi(token=token).list_repo_tree(ref.repo, recursive=True)
        return {f.path: (f.size, f.lfs.sha256 if f.lfs else None) for f in tree if isinstance(f, RepoFile)}
    except Exception as exc:  # noqa: BLE001 - mapped to one message per failure kind
        raise _hub_error(ref, exc) from exc


def pull_hf(ref: ModelRef, log: Callable[[str], None] = print, token: str | None = None) -> Path:
    """Download (or resume, or confirm) the file `ref` names; verify its sha256; record it. Returns its path."""
    from huggingface_hub import get_hf_file_metadata, hf_hub_url
    from huggingface_hub.file_download import http_get
    from huggingface_hub.utils import build_hf_headers

    files = _listing(ref, token)
    name = _choose(ref, files)
    size, sha = files[name]
    target = models_dir() / "hf" / ref.repo / name
    known = next((e for e in read_manifest() if e.repo == ref.repo and e.file == name), None)
    if known and sha and known.sha256 == sha and target.is_file() and target.stat().st_size == size:
        record_pull(known, ref)  # remember this spelling of the reference too
        log(f"{ref.text}: already pulled at {target} (sha256 {sha[:12]}… matches the hub)")
        return target
    try:
        meta = get_hf_file_metadata(hf_hub_url(ref.repo, name), token=token)
    except Exception as exc:  # noqa: BLE001
        raise _hub_error(ref, exc) from exc
    want = sha or meta.etag  # an LFS file's etag is its sha256; a plain git file has no sha256 listed
    if meta.size is not None:
        size = meta.size
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{name.rsplit('/', 1)[-1]}.{(want or 'unknown')[:16]}.partial")
    for stale in target.parent.glob(f"{target.name}.*.partial"):
        if stale != partial:
            stale.unlink()  # left by a pull of an older version of the file
    with open(partial, "ab") as fh:
        resume = fh.tell()
        if resume > size:
            fh.truncate(0)
            resume = 0
        log(f"{ref.text}: {name} ({size / 1e6:.1f} MB) from {ref.repo}@{(meta.commit_hash or '?')[:12]}"
            + (f", resuming at {resume / 1e6:.1f} MB" if resume else ""))
        try:
            http_get(meta.location, fh, resume_size=resume, headers=build_hf_headers(token=token),
                     expected_size=size, displayed_filename=name.rsplit("/", 1)[-1])
        except Exception as exc:  # noqa: BLE001 - the partial file stays for the next run to resume
            raise ModelStoreError(f"{_hub_error(ref, exc)} ({partial.stat().st_size / 1e6:.1f} MB kept in "
                                  f"{partial}: pull again to resume)") from exc
    log(f"{ref.text}: verifying sha256")
    digest = sha256_of(partial)
    if want and len(want) == 64 and digest != want:
        partial.unlink()
        raise ModelStoreError(
            f"{ref.text}: sha256 mismatch for {name}: downloaded {digest}, the hub lists {want}; "
            "the download was deleted and nothing was installed (pull again; if it persists the mirror is corrupt)"
        )
    os.replace(partial, target)
    entry = PulledModel(ref.repo, name, meta.commit_hash or "", digest, size,
                        str(target.relative_to(models_dir())), pulled_at=time.time())
    record_pull(entry, ref)
    log(f"{ref.text}: installed {target} ({size / 1e6:.1f} MB, sha256 {digest[:12]}…)")
    return target
