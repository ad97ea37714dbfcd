"""What a forum lead meets: the template written safely, validate on any file from any folder,
findings on stdout, escaped source lines, and the JSON Schema checked by a real validator."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from check_cli import output, run, scratch_workspace

FORUMS = ("CTTF", "TPTWG", "SCCP", "BMG", "TEL")
CORPUS = Path(__file__).resolve().parent.parent / "Corpus"


def check_template_out_never_replaces_and_writes_nothing_on_failure(ctx):
    root = scratch_workspace(ctx)
    target = root / "reports" / "2026" / "submissions" / "SCCP.yaml"
    before = target.read_bytes()
    result = run(ctx, "template", "SCCP", "--root", str(root), "--out", str(target))
    assert result.returncode == 73, (result.returncode, result.stderr)
    assert "exists; nothing was written" in result.stderr and "--force" in result.stderr, result.stderr
    assert target.read_bytes() == before
    fresh = Path(ctx.tmp) / "new.yaml"
    result = run(ctx, "template", "SCCP", "--root", str(root), "--period", "20266", "--out", str(fresh))
    assert result.returncode == 64 and not fresh.exists(), (result.returncode, result.stderr)
    result = run(ctx, "template", "sccp", "--root", str(root), "--out", str(fresh))
    assert result.returncode == 0, result.stderr
    text = fresh.read_text()
    assert text.startswith("# yaml-language-server: $schema=../../../schemas/SCCP.schema.json\n")
    assert "docs/forum-lead-guide.md" in text and "Plugins/README.md" not in text
    assert "  customs: |\n" in text
    assert "      VNM: yes   # Viet Nam; 2025 value" in text, text[:3000]
    result = run(ctx, "template", "SCCP", "--root", str(root), "--out", str(target), "--force")
    assert result.returncode == 0 and target.read_text() == text
    leftovers = [p.name for p in target.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == [], leftovers


def check_template_hints_agree_with_the_guide(ctx):
    root = scratch_workspace(ctx)
    result = run(ctx, "template", "BMG", "--root", str(root))
    assert result.returncode == 0, output(result)
    text = result.stdout
    assert "none is better" not in text and "capacity_building: true" not in text, text[:2000]
    line = next(l for l in text.splitlines() if l.startswith("  # Invalid passports detected"))
    assert line.startswith("  # Invalid passports detected through RMAS — count, not judged by"
                           " direction (a rise is not in itself better or worse); baseline"), line
    guide = (Path(__file__).resolve().parents[2] / "docs" / "forum-lead-guide.md").read_text()
    assert "capacity_building: yes" in guide and "capacity_building: true" not in guide
    for forum in ("CTTF", "TPTWG"):
        result = run(ctx, "template", forum, "--root", str(root))
        assert "capacity_building: true" not in result.stdout, forum


def check_validate_a_file_anywhere_from_a_subfolder(ctx):
    root = scratch_workspace(ctx)
    mail = Path(ctx.tmp) / "mail"
    mail.mkdir()
    sent = mail / "from-lead.yaml"
    sent.write_text((root / "reports/2026/submissions/TEL.yaml").read_text()
                    .replace("status: draft", "status: Draft"))
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    cwd = root / "reports" / "2026"
    result = run(ctx, "validate", str(sent), cwd=str(cwd), env=env)
    assert result.returncode == 0, output(result)
    assert result.stdout.splitlines()[-1] == "checked 1 file, 0 errors, 0 warnings", result.stdout
    bad = mail / "SCCP.yaml"
    bad.write_text('forum: SCCP\nperiod: "2026"\nstatus: draft\nnarrative:\n'
                   "  customs: Key results: 130 officers\n")
    result = run(ctx, "validate", "--forum", "sccp", str(bad), cwd=str(cwd), env=env)
    assert result.returncode == 65, output(result)
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{bad}:5:23: error: the text of 'customs' contains ': '"), lines
    assert "note:   customs: |" in lines, lines
    assert lines[-1] == "checked 1 file, 1 error, 0 warnings", lines
    result = run(ctx, "validate", "--format", "json", str(bad), cwd=str(cwd), env=env)
    document = json.loads(result.stdout)
    assert document["errors"] == 1 and document["findings"][0]["line"] == 5, document
    result = run(ctx, "validate", cwd=ctx.tmp, env=env)
    assert result.returncode == 66, output(result)
    assert f"neither {Path(ctx.tmp).resolve()} nor any folder above it holds config/ctst.yaml" in (
        result.stderr), result.stderr
    assert "--root" in result.stderr


def check_validate_a_file_naming_no_forum_is_a_finding_at_its_top(ctx):
    root = scratch_workspace(ctx)
    lost = Path(ctx.tmp) / "m3.yaml"
    lost.write_text('period: "2026"\nstatus: draft\n')
    result = run(ctx, "validate", "--root", str(root), str(lost))
    assert result.returncode == 65, output(result)
    assert result.stdout.splitlines()[0] == (
        f"{lost}:1:1: error: cannot tell whose submission this is: it has no 'forum:' line and"
        " its name 'm3' is no forum's id; write your forum's id at the top, such as"
        " 'forum: CTTF' (forums: CTTF, TPTWG, SCCP, BMG, TEL)"), result.stdout


def check_validate_findings_go_to_stdout_with_the_summary_last(ctx):
    root = scratch_workspace(ctx)
    result = run(ctx, "validate", "--root", str(root), "--forum", "tptwg")
    assert result.returncode == 0, output(result)
    assert result.stderr == "", result.stderr
    lines = result.stdout.splitlines()
    assert ": warning: " in lines[0] and lines[-1].startswith("checked period 2026:"), lines


def check_source_lines_under_findings_are_escaped_on_a_terminal(ctx):
    root = scratch_workspace(ctx)
    target = root / "reports" / "2026" / "submissions" / "SCCP.yaml"
    target.write_bytes(b'forum: SCCP\nperiod: "2026"\nstatus: draft\n'
                       b"contact: {name: \x1b[2J\x1b]0;owned\x07}\n")
    script = ("import os, pty, sys\n"
              "pid, fd = pty.fork()\n"
              "if pid == 0:\n"
              "    os.execv(sys.argv[1], sys.argv[1:])\n"
              "data = b''\n"
              "while True:\n"
              "    try:\n"
              "        chunk = os.read(fd, 65536)\n"
              "    except OSError:\n"
              "        break\n"
              "    if not chunk:\n"
              "        break\n"
              "    data += chunk\n"
              "os.waitpid(pid, 0)\n"
              "sys.stdout.buffer.write(data)\n")
    result = subprocess.run(
        [sys.executable, "-c", script, ctx.binary, "validate", "--root", str(root), "--forum", "SCCP"],
        capture_output=True, timeout=120)
    shown = result.stdout
    assert (b"4:17: error: cannot read the file: an invisible control character (U+001B) here is"
            b" not allowed; delete it (text pasted from another program can carry one)") in shown, shown
    assert b"\x1b" not in shown and b"\x07" not in shown, shown
    assert b"\\u{1B}[2J\\u{1B}]0;owned\\u{7}" in shown, shown


def check_schemas_are_current_and_a_real_validator_agrees(ctx):
    root = Path(ctx.root)
    bad_cases = ["value-quoted-amount-and-yes.yaml", "value-thousands-separators.yaml",
                 "ref-economy-names.yaml", "value-text-NA.yaml", "ref-list-item-location.yaml",
                 "schema-unknown-keys.yaml", "value-dates-as-written.yaml",
                 "schema-value-for-mapping.yaml"]
    checker = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    for forum in FORUMS:
        result = run(ctx, "schema", forum, "--root", str(root))
        assert result.returncode == 0, result.stderr
        schema = json.loads(result.stdout)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        committed = root / "schemas" / f"{forum}.schema.json"
        assert committed.read_text() == result.stdout, f"{committed} is stale: run ctst schema {forum} --out {committed}"
        indicators = schema["properties"]["indicators"]["anyOf"][0]["properties"]
        assert indicators and all(i.startswith(forum.lower() + ".") for i in indicators), list(indicators)
        submissions = sorted((root / "reports").glob(f"*/submissions/{forum}.yaml"))
        assert submissions, forum
        template = Path(ctx.tmp) / f"{forum}-template.yaml"
        run(ctx, "template", forum, "--root", str(root), "--out", str(template))
        good = subprocess.run([checker, "--schemafile", str(committed), *map(str, submissions),
                               str(template)], capture_output=True, text=True, timeout=300)
        assert good.returncode == 0, (forum, good.stdout[-1500:], good.stderr[-500:])
    sccp = root / "schemas" / "SCCP.schema.json"
    for name in bad_cases:
        bad = subprocess.run([checker, "--schemafile", str(sccp), str(CORPUS / name)],
                             capture_output=True, text=True, timeout=300)
        assert bad.returncode == 1, (name, bad.stdout[-800:], bad.stderr[-300:])
