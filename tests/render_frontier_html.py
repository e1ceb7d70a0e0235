#!/usr/bin/env python3
"""Renders `costlint frontier --format html` in headless Chromium and checks the
picture: the manifest's systems are labelled in the rendered DOM, the frontier and
the trend band are drawn, and a screenshot is a non-empty PNG.

Usage: render_frontier_html.py COSTLINT SOURCE_DIR. scripts/install-deps installs
Debian's chromium; without it the test fails, it does not skip.
"""
import os
import shutil
import subprocess
import sys
import tempfile

costlint, source_dir = sys.argv[1], sys.argv[2]
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    sys.exit("chromium is not installed: run scripts/install-deps")

manifest = os.path.join(source_dir, "tests", "golden", "rules",
                        "p602_intensive_progress_without_cheaper_comparison.cost")
reference = os.path.join(source_dir, "tests", "golden", "rules", "benchmarks",
                         "toy-classification.csv")
with tempfile.TemporaryDirectory() as folder:
    page = os.path.join(folder, "frontier.html")
    html = subprocess.run([costlint, "frontier", "--format", "html", "--root", source_dir,
                           "--reference", reference, manifest],
                          capture_output=True, text=True, check=True).stdout
    assert "<script" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""), "the page must fetch and run nothing"
    with open(page, "w") as f:
        f.write(html)
    flags = [chromium, "--headless", "--disable-gpu", "--no-sandbox",
             "--user-data-dir=" + os.path.join(folder, "profile")]
    dom = subprocess.run(flags + ["--dump-dom", "file://" + page],
                         capture_output=True, text=True, timeout=120).stdout
    for label in ["huge", "lean", "compared", "logistic", "xl-j"]:
        assert f">{label}" in dom or f"<title>{label}</title>" in dom, f"{label} is not drawn"
    assert 'class="frontier"' in dom, "no frontier step line"
    assert 'class="trend"' in dom, "no trend band"
    png = os.path.join(folder, "frontier.png")
    subprocess.run(flags + ["--screenshot=" + png, "--window-size=800,1200", "file://" + page],
                   capture_output=True, timeout=120)
    with open(png, "rb") as f:
        data = f.read()
    assert data.startswith(b"\x89PNG") and len(data) > 10000, "the screenshot is empty"
print("ok: the frontier page renders, its systems labelled")
