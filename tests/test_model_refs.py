"""Model references (built-in names, paths with ~, hf: references) and what `policy check` says about them."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.cli import main
from gateway.policy.schema import parse_keep_alive
from local_engine.model_store import (
    ModelStoreError,
    PulledModel,
    missing_reason,
    parse_ref,
    quant_of_filename,
    record_pull,
    resolve_model,
)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HYBRIDGATE_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    return tmp_path / "models"


def test_parse_ref_forms() -> None:
    r = parse_ref("hf:bartowski/Llama-3.2-1B-Instruct-GGUF:q4_k_m")
    assert (r.kind, r.repo, r.quant, r.file) == ("hf", "bartowski/Llama-3.2-1B-Instruct-GGUF", "Q4_K_M", None)
    r = parse_ref("hf:org/repo/sub/Model-IQ4_XS.gguf")
    assert (r.repo, r.file, r.quant) == ("org/repo", "sub/Model-IQ4_XS.gguf", None)
    assert parse_ref("hf:org/repo").hf_key == "hf:org/repo"
    assert parse_ref("smollm2-135m-instruct").kind == "builtin"
    alias = parse_ref("llama3.2:1b")
    assert (alias.kind, alias.repo, alias.quant) == ("hf", "bartowski/Llama-3.2-1B-Instruct-GGUF", "Q4_K_M")
    assert parse_ref("~/m.gguf").path == Path.home() / "m.gguf"
    assert parse_ref("./x.gguf").kind == "path"
    for bad in ("hf:justrepo", "hf:org/repo:Q4 K", "hf:org/repo/notgguf.bin", "smollm2-typo"):
        with pytest.raises(ModelStoreError):
            parse_ref(bad)


def test_quant_of_filename() -> None:
    assert quant_of_filename("Llama-3.2-1B-Instruct-Q4_K_M.gguf") == "Q4_K_M"
    assert quant_of_filename("qwen2.5-0.5b-instruct-q3_k_l.gguf") == "Q3_K_L"
    assert quant_of_filename("Phi-4-mini-instruct-IQ4_XS.gguf") == "IQ4_XS"
    assert quant_of_filename("model-Q8_0-00001-of-00002.gguf") == "Q8_0"
    assert quant_of_filename("model.BF16.gguf") == "BF16"
    assert quant_of_filename("model.gguf") is None


def test_keep_alive_durations() -> None:
    assert parse_keep_alive("5m") == 300 and parse_keep_alive("1h30m") == 5400 and parse_keep_alive("250ms") == 0.25
    assert parse_keep_alive(30) == 30 and parse_keep_alive("0") == 0
    assert parse_keep_alive(-1) is None and parse_keep_alive("-1m") is None and parse_keep_alive(None) is None
    with pytest.raises(ValueError, match="duration"):
        parse_keep_alive("five minutes")


def test_pulled_reference_resolves_offline(store: Path) -> None:
    ref = parse_ref("hf:org/Repo-GGUF:Q4_K_M")
    assert "hybridgate models pull hf:org/Repo-GGUF:Q4_K_M" in (missing_reason(ref) or "")
    path = store / "hf" / "org" / "Repo-GGUF" / "Repo-Q4_K_M.gguf"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"GGUF")
    record_pull(PulledModel("org/Repo-GGUF", "Repo-Q4_K_M.gguf", "c" * 40, "0" * 64, 4,
                            "hf/org/Repo-GGUF/Repo-Q4_K_M.gguf"), ref)
    for text in ("hf:org/Repo-GGUF:Q4_K_M", "hf:org/Repo-GGUF:q4_k_m", "hf:org/Repo-GGUF/Repo-Q4_K_M.gguf"):
        assert resolve_model(text) == path
    with pytest.raises(ModelStoreError, match="has not been pulled"):
        resolve_model("hf:org/Repo-GGUF:Q8_0")


POLICY = """\
version: 1
default_route: good
routes:
  good:
    backend: local
    model: ~/models/present.gguf
  typo:
    backend: local
    model: smollm2-135m-instrct
"""

MISSING = """\
version: 1
default_route: good
routes:
  good:
    backend: local
    model: ~/models/present.gguf
  unpulled:
    backend: local
    model: hf:org/Repo-GGUF:Q4_K_M
  nofile:
    backend: local
    model: /nowhere/model.gguf
  cloud:
    backend: litellm
    model: openai/gpt-4o-mini
"""


def test_policy_check_reports_unknown_and_missing_models(store: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    present = tmp_path / "home" / "models" / "present.gguf"
    present.parent.mkdir()
    present.write_bytes(b"GGUF")
    typo = tmp_path / "typo.yaml"
    typo.write_text(POLICY)
    assert main(["policy", "check", str(typo)]) == 1
    err = capsys.readouterr().err
    assert f"{typo}:9: routes.typo.model: unknown model 'smollm2-135m-instrct'" in err
    assert "smollm2-135m-instruct" in err  # the known names are listed

    missing = tmp_path / "missing.yaml"
    missing.write_text(MISSING)
    assert main(["policy", "check", str(missing)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [
        f"{missing}:9: routes.unpulled.model: model 'hf:org/Repo-GGUF:Q4_K_M' has not been pulled: "
        "run `hybridgate models pull hf:org/Repo-GGUF:Q4_K_M`",
        f"{missing}:12: routes.nofile.model: model file not found: /nowhere/model.gguf",
    ]
    ok = tmp_path / "ok.yaml"
    ok.write_text(POLICY.split("  typo:")[0])
    assert main(["policy", "check", str(ok)]) == 0
