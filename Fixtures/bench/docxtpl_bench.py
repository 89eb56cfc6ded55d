#!/usr/bin/env python3
"""Renders a template with docxtpl N times and prints timings as JSON (for `make bench`).

Usage: docxtpl_bench.py TEMPLATE(.docx|folder) DATA.json RUNS
Each run does what hoso's does: open the template, render the data, write the .docx to memory.
Prints {"median_ms": …, "min_ms": …, "runs": N, "peak_mb": …}.

       docxtpl_bench.py --fill TEMPLATE.docx DATA.json OUT.docx
What `hoso fill` does, once, as a whole process (timed from outside): read the data, render,
write the file."""
import io
import json
import os
import resource
import statistics
import sys
import time
import zipfile

from docxtpl import DocxTemplate


def template_bytes(path):
    if not os.path.isdir(path):
        with open(path, "rb") as f:
            return f.read()
    buffer = io.BytesIO()
    names = []
    for root, _, files in os.walk(path):
        for name in files:
            full = os.path.join(root, name)
            names.append(os.path.relpath(full, path).replace(os.sep, "/"))
    order = sorted(names, key=lambda n: (n != "[Content_Types].xml", n != "_rels/.rels", n))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in order:
            archive.write(os.path.join(path, name), name)
    return buffer.getvalue()


def fill(template, data_path, out):
    with open(data_path, encoding="utf-8") as f:
        context = json.load(f)
    document = DocxTemplate(template)
    document.render(context)
    document.save(out)


def main():
    if sys.argv[1] == "--fill":
        fill(*sys.argv[2:5])
        return
    template, data_path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    source = template_bytes(template)
    with open(data_path, encoding="utf-8") as f:
        context = json.load(f)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        document = DocxTemplate(io.BytesIO(source))
        document.render(context)
        output = io.BytesIO()
        document.save(output)
        times.append((time.perf_counter() - start) * 1000)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"median_ms": statistics.median(times), "min_ms": min(times), "runs": runs,
                      "peak_mb": peak_kb / 1024, "bytes": len(output.getvalue())}))


if __name__ == "__main__":
    main()
