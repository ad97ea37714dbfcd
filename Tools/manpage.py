#!/usr/bin/env python3
"""Writes ctst's man page (roff, section 1) from its command definitions.

Reads the JSON that `ctst --experimental-dump-help` prints (swift-argument-parser's tool
info: every command, argument, abstract and discussion) on stdin, and writes ctst.1 on stdout:
NAME, SYNOPSIS, DESCRIPTION, one subsection per command with its options and examples,
EXIT STATUS, ENVIRONMENT and EXAMPLES. The discussions are written as paragraphs of one line
each; an indented block after a line ending in ':' is a list ("Exit codes:") or, after
"Examples:", command lines.

    ctst --experimental-dump-help | python3 Tools/manpage.py --version 0.1.0 > ctst.1
"""

from __future__ import annotations

import argparse
import json
import sys


def esc(text: str) -> str:
    """Escapes text for roff: backslashes, hyphens (so options copy as typed), leading dots."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def blocks(discussion: str):
    """(kind, heading, lines) per block: ('para', None, [text]) or ('list', heading, items)."""
    result = []
    for chunk in discussion.strip().split("\n\n"):
        lines = chunk.split("\n")
        if len(lines) > 1 and lines[0].endswith(":") and all(l.startswith(" ") for l in lines[1:]):
            result.append(("list", lines[0][:-1], [l.strip() for l in lines[1:]]))
        else:
            result.append(("para", None, [" ".join(l.strip() for l in lines)]))
    return result


def name_of(argument) -> str:
    names = argument.get("names") or []
    parts = [("-" if n["kind"] == "short" else "--") + n["name"] for n in names]
    return ", ".join(parts)


def usage(path: str, command) -> str:
    """The usage line in roff: each word kept whole (unbreakable spaces), wrapped with a
    hanging indent."""
    words = [esc(path)]
    for argument in command.get("arguments", []):
        names = [n["name"] for n in argument.get("names", [])]
        if not argument.get("shouldDisplay", True) or "help" in names or "version" in names:
            continue
        value = f"<{argument.get('valueName', 'value')}>"
        if argument["kind"] == "positional":
            word = value
        else:
            preferred = argument.get("preferredName") or argument["names"][0]
            flag = ("-" if preferred["kind"] == "short" else "--") + preferred["name"]
            word = flag if argument["kind"] == "flag" else f"{flag} {value}"
        if argument.get("isRepeating") and argument["kind"] != "flag":
            word += " ..."
        word = f"[{word}]" if argument.get("isOptional") else word
        words.append(esc(word).replace(" ", "\\ "))
    return "\n".join([".PP", ".in +4", ".ti -4", " ".join(words), ".in"])


def options(command, out):
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        value = f" <{argument.get('valueName', 'value')}>" if argument["kind"] == "option" else ""
        label = f"<{argument.get('valueName')}>" if argument["kind"] == "positional" else (
            name_of(argument) + value)
        text = argument.get("abstract", "")
        extras = []
        if argument.get("allValues") and argument["kind"] == "option":
            extras.append("values: " + ", ".join(argument["allValues"]))
        if argument.get("defaultValue") not in (None, "", "false"):
            extras.append("default: " + argument["defaultValue"])
        if extras:
            text += " (" + "; ".join(extras) + ")"
        out += [".TP", f".B {esc(label)}", esc(text)]


def discussion(text: str, out, examples: list, exit_codes: list):
    for kind, heading, lines in blocks(text):
        if kind == "para":
            out += [".PP", esc(lines[0])]
        elif heading == "Exit codes":
            exit_codes += lines
        else:
            if heading == "Examples":
                examples += lines
            out += [".PP", esc(heading + ":"), ".RS 4", ".nf"]
            out += [esc(line) for line in lines]
            out += [".fi", ".RE"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", required=True, help="the version for the page footer")
    options_ = parser.parse_args()
    info = json.load(sys.stdin)
    root = info["command"]
    name = root["commandName"]
    subcommands = [c for c in root.get("subcommands", [])
                   if c.get("shouldDisplay", True) and c["commandName"] != "help"]
    out = [
        f'.TH {name.upper()} 1 "" "{name} {options_.version}" "User Commands"',
        ".SH NAME", f"{name} \\- {esc(root.get('abstract', ''))}",
        ".nh", ".ad l", ".SH SYNOPSIS", f"{name} <command> [options]",
    ]
    out += [usage(f"{name} {c['commandName']}", c) for c in subcommands]
    out += [".SH DESCRIPTION"]
    examples: list = []
    exit_codes: list = []
    discussion(root.get("discussion", ""), out, [], exit_codes)
    out += [".SH COMMANDS"]
    for command in subcommands:
        out += [f".SS {esc(name + ' ' + command['commandName'])}", ".PP",
                esc(command.get("abstract", ""))]
        out.append(usage(f"{name} {command['commandName']}", command))
        discussion(command.get("discussion", ""), out, examples, exit_codes)
        out += [".PP", "Options:", ".RS 4"]
        options(command, out)
        out += [".RE"]
    out += [".SH OPTIONS"]
    options(root, out)
    if exit_codes:
        out += [".SH EXIT STATUS"]
        for line in exit_codes:
            code, _, meaning = line.partition(" ")
            out += [".TP", f".B {esc(code)}", esc(meaning.strip())]
    out += [
        ".SH ENVIRONMENT", ".TP", ".B CTST_ROOT",
        "The workspace folder when \\-\\-root is not given (default: the current folder).",
    ]
    if examples:
        out += [".SH EXAMPLES", ".nf"] + [esc(line) for line in examples] + [".fi"]
    out += [".SH SEE ALSO", f"{esc(name)} help <command>"]
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
