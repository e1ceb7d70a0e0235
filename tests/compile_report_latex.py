#!/usr/bin/env python3
"""Compiles `costlint report --format latex` with pdflatex (booktabs, siunitx)
and checks the PDF names every system of the bundled examples.

Usage: compile_report_latex.py COSTLINT SOURCE_DIR. scripts/install-deps installs
Debian's texlive-latex-recommended and texlive-science; without pdflatex this
exits 77 (skipped) and says so.
"""
import os
import shutil
import subprocess
import sys
import tempfile

costlint, source_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
pdflatex = shutil.which("pdflatex")
if not pdflatex:
    print("skipped: pdflatex is not installed (scripts/install-deps installs it)")
    sys.exit(77)

examples = os.path.join(source_dir, "corpus", "examples")
with tempfile.TemporaryDirectory() as folder:
    tex = subprocess.run([costlint, "report", "--format", "latex", "--root", examples, examples],
                         capture_output=True, text=True, check=True).stdout
    assert "\\usepackage{booktabs}" in tex and "\\usepackage{siunitx}" in tex
    assert "% costlint: begin" in tex and "% costlint: end" in tex
    with open(os.path.join(folder, "report.tex"), "w") as f:
        f.write(tex)
    run = subprocess.run([pdflatex, "-interaction=nonstopmode", "-halt-on-error", "report.tex"],
                         cwd=folder, capture_output=True, text=True, timeout=300)
    log = run.stdout
    if run.returncode != 0:
        errors = [line for line in log.splitlines() if line.startswith("!")]
        sys.exit(f"pdflatex failed: {errors[:5]}")
    with open(os.path.join(folder, "report.pdf"), "rb") as f:
        assert f.read(5) == b"%PDF-", "not a PDF"
    for name in ["llama2\\_7b", "llama2\\_13b", "tabtiny", "xgb", "efficientnet\\_b0", "resnet50"]:
        assert name in tex, f"{name} is not in the report"
print("ok: the LaTeX report compiles with pdflatex")
