"""Every example network through ONNX and back, at full size (the test suite stops at half a
billion MACs): `dlc export` with seeded weights, ONNX Runtime on the exported file, and `dlc
import` of it, run with the JIT; prints the largest relative differences.

    python3 scripts/onnx/round_trip_examples.py [EXAMPLE ...]   # default: every example

Needs a release build (swift build -c release) and the onnxruntime package.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnxruntime

ROOT = Path(__file__).resolve().parents[2]
DLC = ROOT / ".build" / "release" / "dlc"


def relative(actual, reference):
    scale = float(np.max(np.abs(reference)))
    return float(np.max(np.abs(actual.astype(np.float64) - reference))) / (scale if scale > 0 else 1.0)


def round_trip(example, work):
    source = ROOT / "examples" / f"{example}.swiftgraph"
    exported, imported = work / f"{example}.onnx", work / f"{example}.swiftgraph"
    subprocess.run([DLC, "export", source, "--seed", "7", "-o", exported], check=True, capture_output=True)
    subprocess.run([DLC, "import", exported, "-o", imported], check=True, capture_output=True)
    session = onnxruntime.InferenceSession(str(exported), providers=["CPUExecutionProvider"])
    generator = np.random.default_rng(3)
    feeds, arguments = {}, []
    for tensor in session.get_inputs():
        shape = [d if isinstance(d, int) else 1 for d in tensor.shape]
        if "int" in tensor.type:
            value = generator.integers(0, 10, size=shape).astype(np.int64 if "int64" in tensor.type else np.int32)
        else:
            value = generator.standard_normal(shape).astype(np.float32)
        feeds[tensor.name] = value
        np.save(work / f"{example}.{tensor.name}.npy", value)
        arguments += ["--input", f"{tensor.name}={work / f'{example}.{tensor.name}.npy'}"]
    names = [output.name for output in session.get_outputs()]
    reference = session.run(names, feeds)

    def run(model, extra, directory):
        subprocess.run([DLC, "run", model, "--backend", "jit", "--output", directory] + extra + arguments,
                       check=True, capture_output=True)
        return [np.load(directory / f"{name}.npy") for name in names]

    original = run(source, ["--seed", "7"], work / f"{example}.original")
    again = run(imported, [], work / f"{example}.imported")
    against_ort = max(relative(a, r) for a, r in zip(original, reference))
    against_original = max(relative(a, o) for a, o in zip(again, original))
    return against_ort, against_original


def main():
    examples = sys.argv[1:] or sorted(path.stem for path in (ROOT / "examples").glob("*.swiftgraph"))
    failed = False
    with tempfile.TemporaryDirectory() as directory:
        for example in examples:
            against_ort, against_original = round_trip(example, Path(directory))
            ok = against_ort <= 1e-4 and against_original <= 1e-4
            failed |= not ok
            print(f"{example:16} dlc vs ONNX Runtime {against_ort:.1e}   imported vs original {against_original:.1e}"
                  + ("" if ok else "   ABOVE 1e-4"), flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
