#!/usr/bin/env bash
# Byte identity of two ctst builds: both write the consolidated report and the review pack of
# a workspace in every format, and every file must be the same, byte for byte.
#
#   same_outputs.sh CTST_A CTST_B ROOT OUT
#
# OUT gets a/ and b/ with the files; prints one line per file and exits 1 on any difference.
# Used by `make bench` (the build against itself, then against BENCH_BASELINE when given), and
# by hand to compare a branch's build with main's on the sample and on a bench workspace.
set -euo pipefail

a=$(realpath "$1")
b=$(realpath "$2")
root=$(realpath "$3")
out=$4
formats=${FORMATS:-xlsx,txt,md,json,csv}

rm -rf "$out/a" "$out/b"
mkdir -p "$out/a" "$out/b"
for side in a b; do
  bin=$a
  if [ "$side" = b ]; then bin=$b; fi
  for command in consolidate review; do
    # Findings make the exit status 65; the files are written all the same.
    "$bin" "$command" --root "$root" --out "$out/$side" --format "$formats" \
      >/dev/null 2>"$out/$side-$command.err" || [ $? -eq 65 ]
  done
done

status=0
count=0
for file in "$out"/a/*; do
  name=$(basename "$file")
  count=$((count + 1))
  if cmp -s "$file" "$out/b/$name"; then
    echo "same:      $name"
  else
    echo "DIFFERENT: $name"
    status=1
  fi
done
if [ "$(ls "$out/b" | wc -l)" != "$count" ]; then
  echo "DIFFERENT: the two builds wrote different sets of files"
  status=1
fi
if [ "$count" -eq 0 ]; then
  echo "error: no files written" >&2
  status=1
fi
exit $status
