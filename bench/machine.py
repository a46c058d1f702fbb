"""What both benchmarks share: the machine line they print, and the clock."""

import os
import platform
import time
from pathlib import Path


def machine_description():
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores"


def timed(function, count):
    """The times of `count` calls of `function`, in ms."""
    times = []
    for _ in range(count):
        start = time.perf_counter_ns()
        function()
        times.append((time.perf_counter_ns() - start) / 1e6)
    return times
