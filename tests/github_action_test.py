#!/usr/bin/env python3
"""Runs the steps of action.yml as a GitHub runner would, in a shell that
imitates the runner's environment (GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY,
GITHUB_OUTPUT, GITHUB_PATH, RUNNER_TEMP, GITHUB_ACTION_PATH), on a workspace
holding the bundled examples, for each format and fail-on; then checks the
annotations (file, line, column), the job summary (well-formed Markdown
tables), the SARIF (OASIS schema) and the step outputs. The `uses:` step
(upload-sarif) is GitHub's own and is not run: its input file is checked.

Usage: github_action_test.py COSTLINT_BUILD_DIR SOURCE_DIR. The install step
builds on in COSTLINT_BUILD_DIR, so that it runs here without a new build.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml

build_dir, source_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
with open(os.path.join(source_dir, "action.yml")) as f:
    action = yaml.safe_load(f)
with open(os.path.join(source_dir, "tests", "sarif", "sarif-schema-2.1.0.json")) as f:
    sarif_schema = json.load(f)

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def evaluate_value(term, inputs, outputs):
    """The value of one term of the expressions action.yml uses: inputs.X,
    steps.ID.outputs.X, a quoted string, always()."""
    term = term.strip()
    if term == "always()":
        return True
    if term.startswith("inputs."):
        return inputs[term[len("inputs."):]]
    m = re.fullmatch(r"steps\.(\w+)\.outputs\.([\w-]+)", term)
    if m:
        return outputs.get(m.group(1), {}).get(m.group(2), "")
    if term.startswith("'") and term.endswith("'"):
        return term[1:-1]
    raise ValueError(f"unknown expression {term}")


def evaluate(expression, inputs, outputs):
    """An `if:` of action.yml: terms compared with == or !=, joined by &&."""
    def clause(text):
        for op in ("==", "!="):
            if op in text:
                left, right = text.split(op)
                same = evaluate_value(left, inputs, outputs) == evaluate_value(right, inputs, outputs)
                return same == (op == "==")
        return bool(evaluate_value(text, inputs, outputs))

    return all(clause(part) for part in expression.split("&&"))


def substitute(text, inputs, outputs):
    return EXPRESSION.sub(lambda m: str(evaluate_value(m.group(1), inputs, outputs)), text)


def run_action(inputs, workspace, runner):
    """Runs the composite steps; returns (exit status of the failing step or 0,
    stdout of the steps, step outputs, what the uses: steps were given)."""
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()} | inputs
    env = dict(os.environ,
               GITHUB_WORKSPACE=workspace, GITHUB_ACTION_PATH=source_dir,
               GITHUB_STEP_SUMMARY=os.path.join(runner, "summary.md"),
               GITHUB_PATH=os.path.join(runner, "path.txt"), RUNNER_TEMP=runner,
               COSTLINT_BUILD_DIR=build_dir, CI="true")
    for name in ("summary.md", "path.txt"):
        open(os.path.join(runner, name), "w").close()
    outputs, uploads, log = {}, [], ""
    for step in action["runs"]["steps"]:
        if "if" in step and not evaluate(step["if"], inputs, outputs):
            continue
        if "uses" in step:
            uploads.append({k: substitute(str(v), inputs, outputs) for k, v in step["with"].items()})
            continue
        output_file = os.path.join(runner, f"output-{step.get('id', 'step')}.txt")
        open(output_file, "w").close()
        with open(env["GITHUB_PATH"]) as f:  # what earlier steps put on PATH
            path = [line.strip() for line in f if line.strip()]
        step_env = dict(env, GITHUB_OUTPUT=output_file,
                        PATH=":".join(path + [env["PATH"]]))
        for key, value in step.get("env", {}).items():
            step_env[key] = substitute(str(value), inputs, outputs)
        script = substitute(step["run"], inputs, outputs)
        done = subprocess.run(["bash", "-e", "-c", script], cwd=workspace, env=step_env,
                              capture_output=True, text=True, timeout=900)
        log += done.stdout
        if "id" in step:
            with open(output_file) as f:
                outputs[step["id"]] = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
        if done.returncode != 0:
            return done.returncode, log, outputs, uploads
    return 0, log, outputs, uploads


def check_markdown(path):
    """Every table has a header, a delimiter row and rows of the same width."""
    with open(path) as f:
        lines = f.read().splitlines()
    assert lines and lines[0].startswith("## costlint: "), lines[:1]
    tables = 0
    i = 0
    while i < len(lines):
        if lines[i].startswith("|"):
            width = lines[i].count(" | ") + 1
            assert re.fullmatch(r"\|( --- \|)+", lines[i + 1]), lines[i + 1]
            assert lines[i + 1].count("---") == width
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                cells = re.split(r"(?<!\\)\|", lines[i])[1:-1]
                assert len(cells) == width, (lines[i], width)
                i += 1
            tables += 1
        i += 1
    return tables


with tempfile.TemporaryDirectory() as scratch:
    workspace = os.path.join(scratch, "workspace")
    shutil.copytree(os.path.join(source_dir, "corpus", "examples"), os.path.join(workspace, "paper"))

    def fresh_runner(name):
        runner = os.path.join(scratch, name)
        os.makedirs(runner)
        return runner

    # Annotations and SARIF, failing on errors: the examples have warnings, no error.
    runner = fresh_runner("both")
    status, log, outputs, uploads = run_action({"paths": "paper"}, workspace, runner)
    assert status == 0, (status, log[-2000:])
    annotations = [line for line in log.splitlines() if line.startswith("::")]
    assert annotations, log[-2000:]
    for line in annotations:
        m = re.match(r"::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+)", line)
        assert m, line
        path = os.path.join(workspace, m.group(2))
        assert os.path.exists(path), f"{m.group(2)} is not a file of the workspace"
        with open(path) as f:
            lines = f.read().splitlines()
        assert int(m.group(3)) <= len(lines) and int(m.group(4)) <= len(lines[int(m.group(3)) - 1]) + 1
    # One known finding, at its place: C106 on the `train` keyword of llama2_7b.
    with open(os.path.join(workspace, "paper", "llm.cost")) as f:
        text = f.read().splitlines()
    row = next(i for i, l in enumerate(text) if l.strip().startswith("train") and i > 0) + 1
    assert any(l.startswith(f"::warning file=paper/llm.cost,line={row},col=3,") and "title=C106::" in l
               for l in annotations), annotations
    assert log.rstrip().splitlines()[-1].startswith("costlint: 0 errors, ")
    assert outputs["check"]["errors"] == "0" and int(outputs["check"]["warnings"]) > 0, outputs
    assert outputs["check"]["sarif-file"] == "costlint.sarif"
    assert uploads == [{"sarif_file": "costlint.sarif", "category": "costlint"}], uploads
    with open(os.path.join(workspace, "costlint.sarif")) as f:
        sarif = json.load(f)
    jsonschema.Draft4Validator(sarif_schema).validate(sarif)
    assert len(sarif["runs"][0]["results"]) == int(outputs["check"]["warnings"]) + sum(
        1 for l in annotations if l.startswith("::notice"))
    assert check_markdown(os.path.join(runner, "summary.md")) >= 2
    with open(os.path.join(runner, "path.txt")) as f:
        assert build_dir in f.read()

    # fail-on warning fails the step; never does not; annotations only writes no SARIF.
    status, _, outputs, _ = run_action({"paths": "paper", "fail-on": "warning"}, workspace,
                                       fresh_runner("warning"))
    assert status == 1, status
    status, log, outputs, uploads = run_action(
        {"paths": "paper", "fail-on": "never", "format": "annotations"}, workspace, fresh_runner("never"))
    assert status == 0 and outputs["check"]["sarif-file"] == "" and not uploads, (status, outputs)
    # A manifest that cannot be checked fails the step whatever fail-on says.
    with open(os.path.join(workspace, "broken.cost"), "w") as f:
        f.write("costlint 1\nmodel m {\n")
    status, log, _, _ = run_action({"paths": "broken.cost", "fail-on": "never"}, workspace,
                                   fresh_runner("broken"))
    assert status == 2 and "::error file=broken.cost,line=2,col=10,title=S001::" in log, (status, log)
print("ok: the action's steps annotate, summarise, write valid SARIF and fail as asked")
