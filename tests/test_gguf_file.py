"""GGUFFile against files written by gguf's own writer, and its errors on broken files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from gguf import GGMLQuantizationType, GGUFReader, GGUFWriter
from gguf.quants import dequantize as gguf_dequantize

from local_engine.api import ModelLoadError
from local_engine.gguf_file import GGUFFile
from local_engine.models import architectures, arch_spec
from local_engine.quants import dequantize
from local_engine.testing.quant_blocks import random_blocks

T = GGMLQuantizationType


def write_gguf(path: Path, tensors: dict[str, tuple[T, np.ndarray]], arch: str = "llama") -> Path:
    """A small real GGUF file: assorted metadata plus `tensors` (name -> (type, raw blocks or floats))."""
    w = GGUFWriter(path, arch)
    w.add_string("general.name", "tiny ünïcode")
    w.add_uint32(f"{arch}.block_count", 2)
    w.add_float32(f"{arch}.rope.freq_base", 10000.0)
    w.add_bool("tokenizer.ggml.add_bos_token", True)
    w.add_array("tokenizer.ggml.tokens", ["<s>", "a", "é", "🙂"])
    w.add_array("tokenizer.ggml.scores", [0.0, -1.5, -2.0, -3.25])
    w.add_array("tokenizer.ggml.token_type", [3, 1, 1, 1])
    for name, (t, arr) in tensors.items():
        if t == T.F32:
            w.add_tensor(name, arr)
        else:
            w.add_tensor(name, arr, raw_dtype=t)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


@pytest.fixture()
def tiny(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    return write_gguf(
        tmp_path / "tiny.gguf",
        {
            "norm.weight": (T.F32, rng.standard_normal(64).astype(np.float32)),
            "q8.weight": (T.Q8_0, random_blocks(T.Q8_0, 6, 64, rng)),
            "q4k.weight": (T.Q4_K, random_blocks(T.Q4_K, 3, 256, rng)),
            "q6k.weight": (T.Q6_K, random_blocks(T.Q6_K, 2, 512, rng)),
        },
    )


def test_metadata_and_tensors_match_gguf_reader(tiny: Path) -> None:
    f = GGUFFile.open(tiny)
    reader = GGUFReader(tiny)
    for key, field in reader.fields.items():
        got = f.metadata[key]
        assert (got.tolist() if isinstance(got, np.ndarray) else got) == field.contents(), key
    assert f.arch == "llama"
    assert f.arch_value("block_count") == 2
    assert f.metadata["tokenizer.ggml.tokens"] == ["<s>", "a", "é", "🙂"]
    assert f.metadata["tokenizer.ggml.scores"].dtype == np.float32
    assert f.quant_types == {"F32": 1, "Q8_0": 1, "Q4_K": 1, "Q6_K": 1}
    for t in reader.tensors:
        w = f.tensor(t.name)
        assert w.shape == tuple(int(d) for d in reversed(t.shape.tolist()))
        assert w.ggml_type == t.tensor_type
        want = t.data if t.tensor_type == T.F32 else gguf_dequantize(t.data, t.tensor_type)
        np.testing.assert_array_equal(dequantize(w).view(np.uint32), np.asarray(want).view(np.uint32))
    assert f.tensor("q6k.weight").shape == (2, 512)
    assert f.weights_bytes == sum(t.n_bytes for t in reader.tensors)


def test_tensor_data_is_zero_copy(tiny: Path) -> None:
    w = GGUFFile.open(tiny).tensor("q8.weight")
    assert w.data is not None and not w.data.flags.owndata and not w.data.flags.writeable


def test_missing_tensor_is_named(tiny: Path) -> None:
    with pytest.raises(ModelLoadError, match="missing tensor 'output.weight'"):
        GGUFFile.open(tiny).tensor("output.weight")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="not found"):
        GGUFFile.open(tmp_path / "nope.gguf")


@pytest.mark.parametrize("content", [b"", b"GG", b"PK\x03\x04" + b"\0" * 60])
def test_not_gguf(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "bad.gguf"
    p.write_bytes(content)
    with pytest.raises(ModelLoadError, match="not a GGUF|cannot map|truncated"):
        GGUFFile.open(p)


def test_bad_magic(tiny: Path) -> None:
    data = bytearray(tiny.read_bytes())
    data[0:4] = b"GGML"
    tiny.write_bytes(bytes(data))
    with pytest.raises(ModelLoadError, match="not a GGUF file"):
        GGUFFile.open(tiny)


@pytest.mark.parametrize("keep", [0.02, 0.2, 0.5, 0.9, -40])
def test_truncated_anywhere(tiny: Path, keep: float) -> None:
    """Cut in the header, in the tensor infos, in the data, and in the last tensor (past its padding)."""
    data = tiny.read_bytes()
    tiny.write_bytes(data[: int(len(data) * keep) if keep > 0 else len(data) + int(keep)])
    with pytest.raises(ModelLoadError, match="truncated"):
        GGUFFile.open(tiny)


@pytest.mark.parametrize("cut", [2, 9, 12])
def test_truncated_inside_a_string_array(tiny: Path, cut: int) -> None:
    """The vocabulary's fast string-array reader stops at the end of the file: inside a length, inside a string."""
    data = tiny.read_bytes()
    at = data.index(b"\xf0\x9f\x99\x82")  # the last token, after its u64 length
    tiny.write_bytes(data[: at - 8 + cut])
    with pytest.raises(ModelLoadError, match="truncated"):
        GGUFFile.open(tiny)


def test_corrupt_value_type(tiny: Path) -> None:
    data = bytearray(tiny.read_bytes())
    key = b"general.name"
    at = data.index(key) + len(key)  # the u32 value type follows the key
    data[at : at + 4] = (77).to_bytes(4, "little")
    tiny.write_bytes(bytes(data))
    with pytest.raises(ModelLoadError, match="corrupt.*value type 77"):
        GGUFFile.open(tiny)


def test_unsupported_tensor_type_names_tensor_and_type(tmp_path: Path) -> None:
    raw = np.random.default_rng(1).integers(0, 256, (2, 66), dtype=np.uint8)  # IQ2_XXS: 66 bytes / 256
    p = write_gguf(tmp_path / "iq2.gguf", {"blk.0.ffn_up.weight": (T.IQ2_XXS, raw)})
    with pytest.raises(ModelLoadError, match=r"'blk\.0\.ffn_up\.weight' has unsupported type IQ2_XXS"):
        GGUFFile.open(p)


def test_unknown_tensor_type_id_names_tensor(tiny: Path) -> None:
    data = bytearray(tiny.read_bytes())
    name = b"q8.weight"
    at = data.index(name) + len(name) + 4 + 2 * 8  # n_dims u32, two u64 dims, then the type u32
    assert int.from_bytes(data[at : at + 4], "little") == T.Q8_0.value
    data[at : at + 4] = (250).to_bytes(4, "little")
    tiny.write_bytes(bytes(data))
    with pytest.raises(ModelLoadError, match="'q8.weight' has unknown type id 250"):
        GGUFFile.open(tiny)


def test_architecture_check() -> None:
    assert {"llama", "qwen2", "qwen3", "gemma3"} <= set(architectures())
    assert arch_spec("gemma3").name == "gemma3"
    with pytest.raises(ModelLoadError, match="unsupported architecture 'gpt2'.*gemma3, granite, llama, phi3, qwen2, qwen3, qwen3moe, smollm3"):
        arch_spec("gpt2")


@pytest.mark.realmodel
def test_real_models_open_fast_and_match_reader(smollm2_path: Path, gemma3_path: Path) -> None:
    smol = GGUFFile.open(smollm2_path)
    assert smol.arch == "llama" and smol.quant_types == {"Q8_0": 1, "F32": 61, "Q4_1": 210}
    assert smol.tensor("token_embd.weight").shape == (49152, 576)
    assert len(smol.metadata["tokenizer.ggml.tokens"]) == 49152
    gemma = GGUFFile.open(gemma3_path)
    assert gemma.arch == "gemma3" and gemma.arch_value("attention.sliding_window") == 512
    assert gemma.tensor("blk.0.ffn_down.weight").shape == (640, 2048)
    assert gemma.metadata["tokenizer.ggml.scores"].shape == (262144,)
    assert set(gemma.quant_types) == {"F32", "Q8_0", "Q5_0", "Q4_K", "Q6_K"}
