#!/usr/bin/env bash
# bench/run_layouts.sh N
#
# Issue #12: builds, side by side in one run, the same N figures in the old layout (the shared
# benchmark's corpus, front matter with genes/chemicals/diseases lists) and in the current PFOCR
# layout (bench/gen_current_corpus.py: _figures/*.md + _data/*.tsv) with figsite, each from
# clean under GNU time (shared/bench/measure.py), then prints bench/layout_ratios.py's table:
# wall, CPU, peak RSS, output files and bytes of each, and current/old. The #12 target at
# N = 100,000: current wall <= 1.3x old wall, peak RSS <= 1 GiB.
#
#   old layout      figsite build --content WORK/content (figures -> the shared corpus, as
#                   bench/run.sh does)
#   current layout  figsite build --content CURRENT (CURRENT/_figures, CURRENT/_data)
#
# Corpora (generated when missing, kept for the next run):
#   old      $BENCH_ROOT/corpus/seed$SEED-n$N  (shared/bench/gen_corpus.py, exactly as
#            run_anchor.sh makes it, so bench/run.sh uses the same one)
#   current  $BENCH_ROOT/current-$N (SEED 1) or $BENCH_ROOT/current-$N-seed$SEED
#
# Environment (all optional), as in bench/run.sh: BENCH_ROOT, SHARED_BENCH, FIGSITE_JAR,
# FIGSITE_JAVA_OPTS (default -Xmx768m), FIGSITE_CONFIG, FIGSITE_ARGS, MVN_ARGS, FIGSITE_CDS,
# FIGSITE_QUICK_JIT (read by ./figsite), BENCH_SETTLE, BENCH_DROP_CACHES, SEED (1), REPEATS (3), TIMEOUT (3600), VERIFY_SAMPLE (100);
# and
#   LAYOUTS        which halves to run, in order (default "old current")
#   VERIFY         1 (default): check each output (old: verify_figsite.py; current:
#                  verify_current.py); 0: don't
set -euo pipefail

N="${1:?usage: bench/run_layouts.sh N}"
case "$N" in ''|*[!0-9]*) echo "bench/run_layouts.sh: N must be a number, got '$N'" >&2; exit 2;; esac

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
PY="${PYTHON:-python3}"
SEED="${SEED:-1}"
REPEATS="${REPEATS:-3}"
TIMEOUT="${TIMEOUT:-3600}"
LAYOUTS="${LAYOUTS:-old current}"

log() { printf '[%s] bench/run_layouts.sh: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ------------------------------------------------------------- locations ----
if [ -z "${SHARED_BENCH:-}" ]; then
  SHARED_BENCH="$REPO/../shared/bench"
  if [ ! -f "$SHARED_BENCH/measure.py" ]; then
    common="$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
    [ -n "$common" ] && SHARED_BENCH="$(dirname "$common")/../shared/bench"
  fi
fi
[ -f "$SHARED_BENCH/measure.py" ] || { log "measure.py not found under '$SHARED_BENCH'; set SHARED_BENCH"; exit 2; }
SHARED_BENCH="$(cd "$SHARED_BENCH" && pwd)"
export SHARED_BENCH
if [ -z "${BENCH_ROOT:-}" ]; then
  if [ -d /work/bench-root ]; then BENCH_ROOT=/work/bench-root; else BENCH_ROOT="$REPO/bench/work"; fi
fi
mkdir -p "$BENCH_ROOT"/{corpus,results,logs,work,out}
BENCH_ROOT="$(cd "$BENCH_ROOT" && pwd)"
RESULTS="$BENCH_ROOT/results/results.jsonl"
OLD="$BENCH_ROOT/corpus/seed$SEED-n$N"
if [ "$SEED" = 1 ]; then CUR="$BENCH_ROOT/current-$N"; else CUR="$BENCH_ROOT/current-$N-seed$SEED"; fi

# --------------------------------------------------------------- corpora ----
if [ ! -f "$OLD.done" ]; then
  log "generating the old-layout corpus N=$N seed=$SEED -> $OLD"
  rm -rf "$OLD"
  "$PY" "$SHARED_BENCH/gen_corpus.py" --count "$N" --seed "$SEED" --out "$OLD" --stats "$OLD.stats.json"
  touch "$OLD.done"
fi
if [ ! -f "$CUR.done" ]; then
  log "generating the current-layout corpus N=$N seed=$SEED -> $CUR"
  rm -rf "$CUR"
  "$PY" "$HERE/gen_current_corpus.py" --count "$N" --seed "$SEED" --out "$CUR" --stats "$CUR.stats.json"
  touch "$CUR.done"
fi
log "old corpus: $OLD; current corpus: $CUR"

# --------------------------------------------------------------- figsite ----
FIGSITE_JAVA_OPTS="${FIGSITE_JAVA_OPTS--Xmx768m}"
FIGSITE_ARGS="${FIGSITE_ARGS:-}"
CONFIG="${FIGSITE_CONFIG:-$HERE/figsite-bench.yml}"
[ -f "$CONFIG" ] || { log "FIGSITE_CONFIG=$CONFIG does not exist"; exit 2; }
CONFIG="$(cd "$(dirname "$CONFIG")" && pwd)/$(basename "$CONFIG")"
JAR="${FIGSITE_JAR:-$REPO/target/figsite.jar}"
if [ ! -f "$JAR" ]; then
  [ -z "${FIGSITE_JAR:-}" ] || { log "FIGSITE_JAR=$JAR does not exist"; exit 2; }
  log "no $JAR: building it (mvn -B -q -DskipTests package ${MVN_ARGS:-})"
  # shellcheck disable=SC2086
  (cd "$REPO" && mvn -B -q -DskipTests ${MVN_ARGS:-} package)
fi
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
export FIGSITE_JAR="$JAR"
if [ "${FIGSITE_CDS:-1}" = 1 ] && { [ ! -f "${JAR%.jar}.jsa" ] || [ "$JAR" -nt "${JAR%.jar}.jsa" ]; }; then
  log "dumping the class-data-sharing archive ${JAR%.jar}.jsa (untimed)"
  cds_tmp="$(mktemp -d)"
  "$REPO/figsite" build --content "$REPO/content" --config "$REPO/figsite.yml" --output "$cds_tmp/out" > /dev/null 2>&1 || true
  rm -rf "$cds_tmp"
fi
log "figsite: $JAR ($(date -r "$JAR" '+%F %T'); repo at $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?'))"
log "figsite JVM options: ${FIGSITE_JAVA_OPTS:-(none)}  extra args: ${FIGSITE_ARGS:-(none)}  config: $CONFIG"
q() { printf '%q' "$1"; }

# ------------------------------------------- settling and the page cache ----
# As in bench/run.sh (see bench/README.md, "Deleted files and ext4 without a journal" and "The
# page cache"): previous outputs are moved aside and deleted at the end, each timed step waits
# until the last deletion is BENCH_SETTLE seconds old, and (as root) the page cache is dropped
# and the layout's corpus and the program files read back in before each layout's builds.
dev="$(df --output=source "$BENCH_ROOT" 2>/dev/null | tail -1)"
dev="${dev##*/}"
if [ -z "${BENCH_SETTLE:-}" ]; then
  BENCH_SETTLE=0
  if [ -n "$dev" ] && [ -d "/proc/fs/ext4/$dev" ] && ! ls -d /proc/fs/jbd2/"$dev"-* > /dev/null 2>&1; then
    BENCH_SETTLE=360
  fi
fi
DELETED_AT="$BENCH_ROOT/.last-deletion"
TRASH="$BENCH_ROOT/trash"
mark_deleted() { date +%s > "$DELETED_AT"; }
settle() {
  [ "$BENCH_SETTLE" -gt 0 ] && [ -f "$DELETED_AT" ] || return 0
  local wait=$(( $(cat "$DELETED_AT") + BENCH_SETTLE - $(date +%s) ))
  if [ "$wait" -gt 0 ]; then
    log "waiting ${wait} s before $1: files deleted less than ${BENCH_SETTLE} s ago slow down file creation on this file system (ext4 without a journal; see bench/README.md)"
    sleep "$wait"
  fi
}
set_aside() {
  local p
  for p in "$@"; do
    [ -e "$p" ] || continue
    mkdir -p "$TRASH"
    mv "$p" "$TRASH/$(basename "$p").$(date +%s%N)"
  done
}
DROP_CACHES="${BENCH_DROP_CACHES:-1}"
[ -w /proc/sys/vm/drop_caches ] || DROP_CACHES=0
fresh_memory() {  # fresh_memory WHAT CORPUS
  [ "$DROP_CACHES" = 1 ] || return 0
  log "dropping the page cache and reading the corpus back in before $1"
  sync
  echo 3 > /proc/sys/vm/drop_caches
  local java c
  java="$(readlink -f "$(command -v java)" 2>/dev/null)" || java=
  for c in "$2" ${java:+"${java%/bin/java}/lib"} "$JAR" "${JAR%.jar}.jsa"; do
    [ -e "$c" ] && find "$c" -type f -print0 | xargs -0 -r cat > /dev/null
  done
  return 0
}
if [ "$BENCH_SETTLE" -gt 0 ] && [ "$REPEATS" -gt 1 ]; then
  log "note: REPEATS=$REPEATS: each repeat deletes the previous output right before it, so repeats after the first pay for that deletion (REPEATS=1 avoids it)"
fi

# ------------------------------------------------------------------- run ----
log "N=$N layouts: $LAYOUTS  BENCH_ROOT=$BENCH_ROOT  BENCH_SETTLE=$BENCH_SETTLE  REPEATS=$REPEATS"
rc=0
for layout in $LAYOUTS; do
  label="figsite-$layout-layout"
  work="$BENCH_ROOT/work/$label-n$N"
  out="$BENCH_ROOT/out/$label-n$N"
  set_aside "$out" "$work"
  mkdir -p "$work"
  cp "$CONFIG" "$work/figsite.yml"
  launch="FIGSITE_JAVA_OPTS=$(q "$FIGSITE_JAVA_OPTS") exec $(q "$REPO/figsite") build"
  case "$layout" in
    old)
      corpus="$OLD"
      # figsite's own layout reads CONTENT/figures/*.md: CONTENT/figures -> the flat corpus
      mkdir -p "$work/content"
      ln -sfn "$OLD" "$work/content/figures"
      cmd="$launch --content $(q "$work/content") --output $(q "$out") --config $(q "$work/figsite.yml") $FIGSITE_ARGS"
      ;;
    current)
      corpus="$CUR"
      cmd="$launch --content $(q "$CUR") --output $(q "$out") --config $(q "$work/figsite.yml") $FIGSITE_ARGS"
      ;;
    *) log "unknown layout '$layout' (old or current)"; exit 2 ;;
  esac
  settle "the $layout layout"
  fresh_memory "the $layout layout" "$corpus"
  # clean step: the output, figsite's cache beside it, and any staging/old/lock folder
  clean="rm -rf $(q "$out") $(q "$(dirname "$out")")/.$(q "$(basename "$out")").figsite-*; sync"
  log "$label N=$N: $REPEATS clean builds: $cmd"
  trc=0
  "$PY" "$SHARED_BENCH/measure.py" --label "$label" --n "$N" --results "$RESULTS" \
    --log-dir "$BENCH_ROOT/logs" --timeout "$TIMEOUT" --repeats "$REPEATS" --cwd "$work" \
    --clean "$clean" --out "$out" -- bash -c "$cmd" || trc=$?
  [ "$REPEATS" -gt 1 ] && mark_deleted
  if [ "$trc" != 0 ]; then
    log "$label N=$N: a build failed (exit status in $BENCH_ROOT/logs/$label.n$N.run*.log)"; rc=1
  fi
  if [ "${VERIFY:-1}" = 1 ] && [ -d "$out" ]; then
    vjson="$BENCH_ROOT/results/verify-$label-n$N.json"
    if [ "$layout" = old ]; then
      vcmd=("$PY" "$HERE/verify_figsite.py" --corpus "$OLD" --out "$out" --sample "${VERIFY_SAMPLE:-100}" --json "$vjson")
    else
      vcmd=("$PY" "$HERE/verify_current.py" --corpus "$CUR" --out "$out" --sample "${VERIFY_SAMPLE:-100}" --json "$vjson")
    fi
    if "${vcmd[@]}"; then log "verify $label N=$N: OK"; else log "verify $label N=$N: FAILED ($vjson)"; rc=1; fi
  fi
done
if [ -d "$TRASH" ]; then
  log "deleting the previous outputs set aside in $TRASH"
  rm -rf "$TRASH"
  mark_deleted
fi

# ---------------------------------------------------------------- report ----
echo
"$PY" "$HERE/layout_ratios.py" "$RESULTS" "$N" --old-corpus "$OLD" --current-corpus "$CUR" \
  --verify-dir "$BENCH_ROOT/results"
exit "$rc"
