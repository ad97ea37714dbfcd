#!/usr/bin/env bash
# The ctst benchmark, run by `make bench` (not by CI: benchmarks are not timed tests).
#
#   run_bench.sh CTST CTST_BENCH FLOOR PYTHON ROOT OUT
#
# Generates workspaces of 100,000 and 1,000,000 indicator values into OUT (once per seed and
# size; delete OUT to regenerate), checks that ctst validates them with 0 errors, then measures
# `ctst consolidate --format xlsx,txt,md` on the shipped sample (ROOT) and on both, next to
# the C floor (floor.c, which writes ctst's Data sheet) and the analyst's script (analyst.py,
# which writes an earlier, smaller Data sheet) from the same submissions: the two periods the
# report reads (bench-window.txt). Wall time is hyperfine's mean for the sample and the Python
# script; at 100,000 and 1,000,000 values ctst and the floor are run in turn (alternate.py:
# A B B A ..., mean of each), so the machine's drift during a run weighs on both sides of their
# ratio alike; peak memory is /usr/bin/time's maximum resident set size. Prints the figures,
# the ratios and each target met or not; with BENCH_BASELINE=/path/to/other/ctst it
# also checks that both builds write byte-identical files (same_outputs.sh).
set -euo pipefail

ctst=$(realpath "$1")
bench=$(realpath "$2")
floor=$(realpath "$3")
python=$4
root=$(realpath "$5")
out=$6
analyst=$(realpath "$(dirname "$0")/analyst.py")
alternate=$(realpath "$(dirname "$0")/alternate.py")
seed=${BENCH_SEED:-1}
runs_sample=${BENCH_RUNS_SAMPLE:-20}
runs_100k=${BENCH_RUNS_100K:-5}
runs_1m=${BENCH_RUNS_1M:-3}

mkdir -p "$out"
out=$(realpath "$out")

# Workspaces: N values, N/1000 activities.
generate() { # name values
  local dir="$out/ws-$1"
  if [ ! -f "$dir/bench-window.txt" ] || [ "$(cat "$dir/.seed" 2>/dev/null)" != "$seed" ]; then
    "$bench" generate --values "$2" --activities $(($2 / 1000)) --seed "$seed" --out "$dir" \
      --from "$root" --force
    echo "$seed" >"$dir/.seed"
  fi
  if ! "$ctst" validate --root "$dir" >/dev/null 2>"$out/validate-$1.log"; then
    cat "$out/validate-$1.log" >&2
    echo "error: ctst validate found errors in $dir" >&2
    exit 65
  fi
  tail -n 1 "$out/validate-$1.log"
}
generate 100k 100000
generate 1m 1000000

# The sample's report window: the submissions of the latest two periods.
sample_window=$(cd "$root" && ls reports/2025/submissions/*.yaml reports/2026/submissions/*.yaml)

# mean wall seconds of a command (hyperfine), run in $3
wall() { # warmup runs dir command
  local json
  json=$(mktemp)
  (cd "$3" && hyperfine --style none --warmup "$1" --runs "$2" --export-json "$json" "$4" \
    >/dev/null 2>>"$out/hyperfine-warnings.log")
  "$python" -c 'import json, sys
print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["mean"])' "$json"
  rm -f "$json"
}

# peak resident set size in MiB of one run; its standard error goes to $out/last.err
rss() { # dir command
  local log
  log=$(mktemp)
  (cd "$1" && /usr/bin/time -f "%M" -o "$log" bash -c "$2" >/dev/null 2>"$out/last.err")
  awk '{printf "%.0f", $1 / 1024}' "$log"
  rm -f "$log"
}

printf '\n%-7s %9s | %10s %9s | %10s %9s | %10s %9s | %8s %8s %8s %8s\n' \
  case values "ctst s" "ctst MiB" "floor s" "floor MiB" "python s" "py MiB" \
  "t/floor" "t/py" "m/floor" "m/py"
declare -A ctst_wall ctst_rss floor_wall
for case in sample 100k 1m; do
  case $case in
    sample) dir=$root runs=$runs_sample py_runs=5 window=$sample_window ;;
    100k) dir=$out/ws-100k runs=$runs_100k py_runs=2 ;;
    1m) dir=$out/ws-1m runs=$runs_1m py_runs=1 ;;
  esac
  if [ "$case" != sample ]; then window=$(cat "$dir/bench-window.txt"); fi
  window=$(echo $window)
  report="'$ctst' consolidate --root '$dir' --out '$out/out-$case' --format xlsx,txt,md"
  floor_cmd="'$floor' '$out/floor-$case.xlsx' $window"
  python_cmd="'$python' '$analyst' '$out/python-$case.xlsx' $window"
  if [ "$case" = sample ]; then
    cw=$(wall 1 "$runs" "$dir" "$report")
    fw=$(wall 1 "$runs" "$dir" "$floor_cmd")
  else
    read -r cw fw < <("$python" "$alternate" "$runs" 1 "$dir" "$report" "$floor_cmd")
  fi
  cm=$(rss "$dir" "$report")
  fm=$(rss "$dir" "$floor_cmd")
  values=$(awk '/rows/ {print $2}' "$out/last.err")
  pw=$(wall 0 "$py_runs" "$dir" "$python_cmd")
  pm=$(rss "$dir" "$python_cmd")
  ctst_wall[$case]=$cw
  ctst_rss[$case]=$cm
  floor_wall[$case]=$fw
  printf '%-7s %9s | %10s %9s | %10s %9s | %10s %9s | %8s %8s %8s %8s\n' \
    "$case" "$values" "$cw" "$cm" "$fw" "$fm" "$pw" "$pm" \
    "$(awk "BEGIN {printf \"%.2f\", $cw / $fw}")" "$(awk "BEGIN {printf \"%.2f\", $cw / $pw}")" \
    "$(awk "BEGIN {printf \"%.1f\", $cm / $fm}")" "$(awk "BEGIN {printf \"%.2f\", $cm / $pm}")"
  if [ "$case" = 1m ]; then python_1m=$pw; fi
done

echo
echo "cores: $(nproc); values: indicator values in the two periods the report reads"
check() { # description condition
  if awk "BEGIN {exit !($2)}"; then echo "met:     $1"; else echo "NOT MET: $1"; fi
}
check "sample under 50 ms (${ctst_wall[sample]} s)" "${ctst_wall[sample]} < 0.05"
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
check "1M at most 1.4x the C floor ($(ratio "${ctst_wall[1m]}" "${floor_wall[1m]}")x)" \
  "${ctst_wall[1m]} <= 1.4 * ${floor_wall[1m]}"
check "1M faster than the Python script (${ctst_wall[1m]} s vs $python_1m s)" \
  "${ctst_wall[1m]} < $python_1m"
check "1M peak memory under 192 MiB (${ctst_rss[1m]} MiB)" "${ctst_rss[1m]} < 192"
check "100k to 1M at most 11x the time ($(ratio "${ctst_wall[1m]}" "${ctst_wall[100k]}")x)" \
  "${ctst_wall[1m]} <= 11 * ${ctst_wall[100k]}"

# Byte identity against another build (BENCH_BASELINE, e.g. main's release ctst): the report
# and the review pack of the sample and of the 100,000-value workspace in every format
# (BENCH_FORMATS to choose; a build from before JSON was streamed refuses JSON at 100,000).
if [ -n "${BENCH_BASELINE:-}" ]; then
  echo
  for case in sample 100k; do
    dir=$root
    if [ "$case" = 100k ]; then dir=$out/ws-100k; fi
    if FORMATS=${BENCH_FORMATS:-xlsx,txt,md,json,csv} "$(dirname "$0")/same_outputs.sh" \
      "$BENCH_BASELINE" "$ctst" "$dir" "$out/same-$case" >"$out/same-$case.log"; then
      echo "met:     $case outputs byte-identical to $BENCH_BASELINE ($(grep -c '^same' \
        "$out/same-$case.log") files)"
    else
      grep -v '^same' "$out/same-$case.log" | sed "s/^/  $case: /"
      echo "NOT MET: $case outputs byte-identical to $BENCH_BASELINE"
    fi
  done
fi
