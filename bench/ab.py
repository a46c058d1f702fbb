"""Two builds of dlc on the same models, side by side in one process, interleaved.

For a compiler change whose effect is a few percent — under this shared machine's noise when
the two versions run as separate processes at different times. Both libraries of a model are
compiled from the same weights, loaded into this process, checked to agree (relative error at
most 1e-4), then timed in alternating rounds; it prints each side's median and new / baseline.

    git worktree add /tmp/base HEAD~1 && (cd /tmp/base && swift build -c release)
    bench/.venv/bin/python bench/ab.py --baseline /tmp/base/.build/release/dlc examples/resnet50.swiftgraph
"""

import argparse
import json
import statistics
import tempfile
from pathlib import Path
from types import SimpleNamespace

from bench import ROOT, Library, Prepared, relative_error, run, timed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--baseline", type=Path, required=True, help="the dlc binary to compare against")
    parser.add_argument("--dlc", type=Path, default=ROOT / ".build/release/dlc")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--runs", type=int, default=5, help="runs of each side per round")
    arguments = parser.parse_args()

    print("| model | threads | baseline (ms) | new (ms) | new / baseline |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as directory:
        work = Path(directory)
        for model in arguments.models:
            weights = work / f"{model.stem}.safetensors"
            run([arguments.dlc, "weights", "init", model, "-o", weights])
            graph = json.loads(run([arguments.dlc, "graph", model, "-O0", "--format", "json", "--weights", weights]))
            for threads in [int(t) for t in arguments.threads.split(",")]:
                libraries = []
                for side, dlc in (("baseline", arguments.baseline), ("new", arguments.dlc)):
                    path = work / f"{model.stem}.{side}.t{threads}.so"
                    run([dlc, "compile", model, "--weights", weights, "--threads", str(threads), "-o", path])
                    libraries.append(path)
                inputs = Prepared.inputs(SimpleNamespace(graph=graph))
                baseline, new = (Library(path, graph, inputs) for path in libraries)
                for name, reference in baseline().items():
                    error = relative_error(new()[name], reference.copy())
                    if error > 1e-4:
                        raise SystemExit(f"{model.stem}: output {name} differs by {error:.1e} relative")
                times = ([], [])
                for _ in range(arguments.rounds):
                    for side, library in enumerate((baseline, new)):
                        times[side].append(statistics.median(timed(library, arguments.runs)))
                old, fresh = (statistics.median(side) for side in times)
                print(f"| {model.stem} | {threads} | {old:.3f} | {fresh:.3f} | {fresh / old:.3f} |", flush=True)


if __name__ == "__main__":
    main()
