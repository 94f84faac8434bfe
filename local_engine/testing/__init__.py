"""Test support, not shipped in the wheel: the float64 reference forward pass (reference.py),
tiny random GGUF models of every architecture (synthetic.py) and random valid quantized blocks
(quant_blocks.py). Tests and benchmarks in the source tree import it; the engine never does."""
