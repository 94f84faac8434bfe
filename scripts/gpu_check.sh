#!/usr/bin/env bash
# The GPU checks on a host with an NVIDIA GPU, in one go (what the CPU-only suite cannot show):
#   1. the GPU test modules against the real CUDA target (HYBRIDGATE_GPU_TESTS=cuda), and
#   2. bench/gpu_offload.py: the device stack alone, then prefill/decode per n_gpu_layers.
# Usage: [PY=python] bash scripts/gpu_check.sh OUT_DIR [MODELS]
# PY needs numba with numba-cuda (the `gpu` extra) and the project's dependencies. Output:
# OUT_DIR/env.txt, gpu-tests.txt, gpu-breakdown.txt, gpu-offload-layers.txt, gpu-offload.txt (tables on stdout too).
set -uo pipefail
PY=${PY:-.venv/bin/python}
OUT=${1:?usage: gpu_check.sh OUT_DIR [MODELS]}
MODELS=${2:-llama-1b:q4_k_m}
mkdir -p "$OUT"
export NUMBA_CACHE_DIR=${NUMBA_CACHE_DIR:-$PWD/.cache/numba} LITELLM_LOCAL_MODEL_COST_MAP=True PYTHONUNBUFFERED=1
unset NUMBA_ENABLE_CUDASIM
{
  date -u; nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv 2>&1
  "$PY" -c "import sys, numpy, numba; from numba import cuda; print(sys.version.split()[0], 'numpy', numpy.__version__, 'numba', numba.__version__, 'cuda', cuda.is_available())"
  "$PY" -m pip list 2>/dev/null | grep -i -E "^(numba|numba-cuda|llvmlite|cuda-bindings|gguf|llguidance) "
  nproc
} 2>&1 | tee "$OUT/env.txt"
echo "== GPU tests on the real CUDA target"
HYBRIDGATE_GPU_TESTS=cuda timeout 300 "$PY" -m pytest -q -ra -p no:cacheprovider --durations=8 \
  tests/test_gpu_kernels.py tests/test_gpu_layers.py tests/test_gpu_engine.py 2>&1 | tee "$OUT/gpu-tests.txt"
echo "tests rc=${PIPESTATUS[0]}" | tee -a "$OUT/gpu-tests.txt"
echo "== decode-step breakdown"
timeout 120 "$PY" bench/gpu_offload.py --models "$MODELS" --breakdown 2>&1 | tee "$OUT/gpu-breakdown.txt"
echo "== device stack alone"
timeout 150 "$PY" bench/gpu_offload.py --models "$MODELS" --layers-only --reps 1 --decode-tokens 32 2>&1 | tee "$OUT/gpu-offload-layers.txt"
echo "== offload sweep"
timeout 300 "$PY" bench/gpu_offload.py --models "$MODELS" --reps 1 --decode-tokens 32 --threads 2 2>&1 | tee "$OUT/gpu-offload.txt"
