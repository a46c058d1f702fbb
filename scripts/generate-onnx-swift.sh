#!/usr/bin/env bash
# Regenerates Sources/DLCFrontend/ONNX/onnx.pb.swift from Protos/onnx.proto. Neither CI nor a user
# runs this: the generated file is committed. Run it only to move to a newer onnx.proto.
#
#   scripts/generate-onnx-swift.sh [path/to/onnx.proto]
#
# With an argument, that onnx.proto (e.g. the one the `onnx` Python package ships, in
# site-packages/onnx/onnx.proto) replaces Protos/onnx.proto first. Needs protoc (Debian's
# protobuf-compiler) and builds swift-protobuf's protoc-gen-swift plugin, at the version
# Package.swift names, in a scratch directory (about 2-10 minutes the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then cp "$1" Protos/onnx.proto; fi
command -v protoc >/dev/null || { echo "error: protoc not found (Debian: apt-get install protobuf-compiler)" >&2; exit 1; }
version=$(sed -n 's|.*apple/swift-protobuf.*from: "\([0-9.]*\)".*|\1|p' Package.swift)
[ -n "$version" ] || { echo "error: no swift-protobuf version in Package.swift" >&2; exit 1; }
scratch=.build-protoc-gen-swift
if [ ! -d "$scratch/swift-protobuf" ]; then
    mkdir -p "$scratch"
    git clone --quiet --depth 1 --branch "$version" https://github.com/apple/swift-protobuf "$scratch/swift-protobuf"
fi
(cd "$scratch/swift-protobuf" && swift build -c release --product protoc-gen-swift)
plugin="$scratch/swift-protobuf/.build/release/protoc-gen-swift"
# The generated types are internal to DLCFrontend: the reader is the only user.
protoc --plugin=protoc-gen-swift="$plugin" --swift_opt=Visibility=Internal \
    --swift_out=Sources/DLCFrontend/ONNX -I Protos Protos/onnx.proto
echo "wrote Sources/DLCFrontend/ONNX/onnx.pb.swift from Protos/onnx.proto (swift-protobuf $version)"
