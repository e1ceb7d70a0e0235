#!/usr/bin/env python3
"""Renders `costlint report --format html` in headless Chromium: every system of
the bundled examples has its section and table in the rendered DOM, and the
frontier plots are inline.

Usage: render_report_html.py COSTLINT SOURCE_DIR. scripts/install-deps installs
Debian's chromium; without it the test fails, it does not skip.
"""
import os
import shutil
import subprocess
import sys
import tempfile

costlint, source_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    sys.exit("chromium is not installed: run scripts/install-deps")

examples = os.path.join(source_dir, "corpus", "examples")
with tempfile.TemporaryDirectory() as folder:
    html = subprocess.run([costlint, "report", "--format", "html", "--root", examples, examples],
                          capture_output=True, text=True, check=True).stdout
    assert "<script" not in html, "the page must run nothing"
    page = os.path.join(folder, "report.html")
    with open(page, "w") as f:
        f.write(html)
    flags = [chromium, "--headless", "--disable-gpu", "--no-sandbox",
             "--user-data-dir=" + os.path.join(folder, "profile")]
    dom = subprocess.run(flags + ["--dump-dom", "file://" + page],
                         capture_output=True, text=True, timeout=120).stdout
    for name in ["llama2_7b", "llama2_13b", "tabtiny", "xgb", "efficientnet_b0", "resnet50"]:
        assert f'<section class="system" id="{name}">' in dom, f"{name} has no section"
        assert f"<h2><code>{name}</code>" in dom, f"{name} is not labelled"
    assert dom.count("<table>") >= 6, "a system's table is missing"
    assert "<svg" in dom and 'class="frontier"' in dom, "no frontier plot inline"
    shot = os.path.join(folder, "report.png")
    subprocess.run(flags + ["--screenshot=" + shot, "--window-size=1200,1600", "file://" + page],
                   capture_output=True, timeout=120)
    with open(shot, "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n", "no screenshot"
print("ok: the HTML report renders, every system labelled")
