#!/usr/bin/env bash
# Installs what dlc needs and this machine lacks: LLVM (llvm-dev), a C compiler driver, CMake and
# Ninja, Graphviz, zlib, Fashion-MNIST, and NumPy, safetensors, onnx and ONNX Runtime for the reference
# checks. Safe to run again; installs nothing twice.
set -euo pipefail

apt_packages=()
have_llvm_config() {
    [ -n "${LLVM_CONFIG:-}" ] && return 0
    command -v llvm-config >/dev/null 2>&1 && return 0
    ls /usr/lib/llvm-1[4-9]/bin/llvm-config >/dev/null 2>&1
}
have_llvm_config || apt_packages+=(llvm-dev)
command -v cc >/dev/null 2>&1 || apt_packages+=(gcc)
# c++: the tests compile every generated header as C++ too.
command -v c++ >/dev/null 2>&1 || apt_packages+=(g++)
command -v cmake >/dev/null 2>&1 || apt_packages+=(cmake)
command -v ninja >/dev/null 2>&1 || apt_packages+=(ninja-build)
command -v dot >/dev/null 2>&1 || apt_packages+=(graphviz)
# libgomp: the OpenMP runtime compiled models use for their parallel loops.
ldconfig -p 2>/dev/null | grep -q 'libgomp.so.1 ' || apt_packages+=(libgomp1)
# zlib: gzipped IDX datasets and .npz archives.
[ -f /usr/include/zlib.h ] || apt_packages+=(zlib1g-dev)
# Fashion-MNIST (IDX files under /usr/share/datasets/fashion-mnist): what the training examples learn.
[ -d /usr/share/datasets/fashion-mnist ] || apt_packages+=(dataset-fashion-mnist)

if [ ${#apt_packages[@]} -gt 0 ]; then
    echo "Installing: ${apt_packages[*]}"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${apt_packages[@]}"
fi

# NumPy and safetensors: independent readers and writers the tests check dlc's files against.
# onnx and ONNX Runtime: the ONNX backend test cases and the reference outputs of ONNX models
# (the versions bench/requirements.txt pins).
python_packages=(numpy safetensors onnx==1.23.2 onnxruntime==1.32.0)
if ! python3 -c 'import numpy, safetensors, onnx, onnxruntime
assert onnx.__version__ == "1.23.2" and onnxruntime.__version__ == "1.32.0"' >/dev/null 2>&1; then
    echo "Installing ${python_packages[*]}"
    python3 -m pip install --quiet "${python_packages[@]}" \
        || python3 -m pip install --quiet --break-system-packages "${python_packages[@]}"
fi
