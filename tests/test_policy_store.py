"""Hot reload: a broken edit is refused with its precise message and the last good policy serves."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from gateway.policy import PolicyError, PolicyStore

GOOD = """\
default_route: local
routes:
  local: {backend: local, model: smollm2-135m-instruct}
  cloud: {backend: litellm, model: openai/gpt-4o-mini, fallbacks: [local]}
"""
GOOD_V2 = GOOD + """\
rules:
  - name: all-cloud
    route: cloud
"""
BROKEN = GOOD.replace("fallbacks: [local]", "fallbacks: [local], timeout_s: slow")


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(GOOD)
    return path


def test_initial_load_and_status(policy_file: Path) -> None:
    store = PolicyStore(policy_file)
    assert store.current.default_route == "local"
    assert len(store.version) == 12
    status = store.status()
    assert status["mode"] == "hybrid" and status["rejections"] == 0 and status["last_error"] is None


def test_broken_initial_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BROKEN)
    with pytest.raises(PolicyError, match=r"bad\.yaml:4: routes\.cloud\.timeout_s"):
        PolicyStore(path)


def test_unchanged_file_does_not_reload(policy_file: Path) -> None:
    store = PolicyStore(policy_file)
    first = store.current
    assert store.reload() is False
    policy_file.write_text(GOOD)  # same content, new mtime
    assert store.reload() is False and store.current is first


def test_broken_edit_keeps_last_good_then_fix_is_picked_up(policy_file: Path,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    store = PolicyStore(policy_file)
    good, version = store.current, store.version
    policy_file.write_text(BROKEN)
    with caplog.at_level(logging.ERROR, logger="gateway.policy.loader"):
        assert store.reload() is False
        assert store.reload() is False  # the same broken edit is reported once
    assert store.current is good and store.version == version
    assert store.rejections == 1
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert f"{policy_file}:4: routes.cloud.timeout_s: Input should be a valid number" in errors[0].getMessage()
    assert store.last_error is not None and "timeout_s" in store.last_error

    caplog.clear()
    policy_file.write_text(GOOD_V2)
    with caplog.at_level(logging.INFO, logger="gateway.policy.loader"):
        assert store.reload() is True
    assert [r.name for r in store.current.rules] == ["all-cloud"]
    assert store.version != version and store.last_error is None and store.reloads == 1
    assert any(f"policy reloaded from {policy_file} (2 routes, 1 rules" in r.getMessage() for r in caplog.records)


def test_deleted_file_keeps_serving(policy_file: Path) -> None:
    store = PolicyStore(policy_file)
    policy_file.unlink()
    assert store.reload() is False
    assert store.current.default_route == "local" and store.rejections == 1


def test_local_only_override(policy_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert PolicyStore(policy_file, override_local_only=True).current.mode == "local_only"
    monkeypatch.setenv("HYBRIDGATE_LOCAL_ONLY", "1")
    store = PolicyStore(policy_file)
    assert store.current.mode == "local_only"
    policy_file.write_text(GOOD_V2)
    assert store.reload() is True and store.current.mode == "local_only"  # the override survives reloads


async def test_watch_applies_valid_edits_and_refuses_broken_ones(policy_file: Path) -> None:
    store = PolicyStore(policy_file)
    task = asyncio.create_task(store.watch(interval_s=0.05))
    try:
        policy_file.write_text(BROKEN)
        await _until(lambda: store.rejections == 1)
        assert store.current.rules == []
        policy_file.write_text(GOOD_V2)
        await _until(lambda: len(store.current.rules) == 1)
    finally:
        task.cancel()


async def _until(condition: object, timeout_s: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not condition():  # type: ignore[operator]
        assert loop.time() < deadline, f"not within {timeout_s} s"
        await asyncio.sleep(0.02)
