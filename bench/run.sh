#!/usr/bin/env bash
# bench/run.sh N [TOOLS...]
#
# Runs the shared PFOCR benchmark (shared/bench/run_anchor.sh) with figsite
# plugged in as `cmd:figsite`, then times `cp -r` of figsite's output tree
# (floor-cp-r-figsite), prints report.py's table and bench/ratios.py's ratios.
#
# TOOLS default: cmd:figsite hugo, plus jekyll when N <= 10000.  Any tool that
# run_anchor.sh knows works (hugo-nogenes, jekyll-fix, ...).
#
# Environment (all optional; run_anchor.sh's own REPEATS, INCREMENTAL, FLOOR,
# TIMEOUT, SEED, VERIFY_SAMPLE, CLEAN_BUILDS, INCR_REPEATS pass through):
#   BENCH_ROOT         corpora, outputs, logs, results   (default /work/bench-root if it
#                      exists, else bench/work in this repo)
#   SHARED_BENCH       folder holding run_anchor.sh        (default ../shared/bench next to
#                      the repo, or next to the main checkout when this is a git worktree)
#   FIGSITE_JAR        the jar to benchmark                (default target/figsite.jar;
#                      built with `mvn -B -q -DskipTests package` if missing)
#   FIGSITE_JAVA_OPTS  more JVM options for the figsite runs (default -Xmx768m; ./figsite adds
#                      -XX:+UseParallelGC -XX:InlineSmallCode=1000 and its JIT choice)
#   FIGSITE_CONFIG     the site config                     (default bench/figsite-bench.yml: the
#                      site Hugo's is equivalent to; bench/figsite-full.yml adds per-figure downloads)
#   FIGSITE_ARGS       extra `figsite build` arguments     (default none, e.g. --threads 1)
#   MVN_ARGS           extra Maven arguments for that build (e.g. -o)
#   FIGSITE_CDS        1 (default): run figsite with a class-data-sharing archive dumped once,
#                      untimed, per jar (beside it); 0: without
#   FIGSITE_QUICK_JIT  1 (default): ./figsite starts a build that may be incremental with C1 only;
#                      0: always the full JIT
#   INCREMENTAL_ONLY   tools whose incremental rebuild is measured (default: all, as INCREMENTAL
#                      says), e.g. "cmd:figsite": Hugo's rebuild at 100,000 is another full build
#   BENCH_SETTLE       seconds a timed step waits after the last deletion of an output (default
#                      360 on ext4 without a journal, else 0; see "settling" below)
#   BENCH_DROP_CACHES  1 (default, when run as root): drop the page cache and read the corpus
#                      back in before each tool (see "page cache" below); 0: leave it as it is
set -euo pipefail

N="${1:?usage: bench/run.sh N [TOOLS...]}"
shift
case "$N" in ''|*[!0-9]*) echo "bench/run.sh: N must be a number, got '$N'" >&2; exit 2;; esac

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
PY="${PYTHON:-python3}"

log() { printf '[%s] bench/run.sh: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ------------------------------------------------------------- locations ----
if [ -z "${SHARED_BENCH:-}" ]; then
  SHARED_BENCH="$REPO/../shared/bench"
  if [ ! -f "$SHARED_BENCH/run_anchor.sh" ]; then
    # a git worktree (e.g. /work/wt/NAME): look beside the main checkout instead
    common="$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
    [ -n "$common" ] && SHARED_BENCH="$(dirname "$common")/../shared/bench"
  fi
fi
[ -f "$SHARED_BENCH/run_anchor.sh" ] || { log "run_anchor.sh not found under '$SHARED_BENCH'; set SHARED_BENCH"; exit 2; }
SHARED_BENCH="$(cd "$SHARED_BENCH" && pwd)"

if [ -z "${BENCH_ROOT:-}" ]; then
  if [ -d /work/bench-root ]; then BENCH_ROOT=/work/bench-root; else BENCH_ROOT="$REPO/bench/work"; fi
fi
mkdir -p "$BENCH_ROOT"
BENCH_ROOT="$(cd "$BENCH_ROOT" && pwd)"
export BENCH_ROOT

if [ "$#" -gt 0 ]; then TOOLS=("$@"); else
  TOOLS=(cmd:figsite hugo)
  [ "$N" -le 10000 ] && TOOLS+=(jekyll)
fi
with_figsite=0
for t in "${TOOLS[@]}"; do [ "$t" = cmd:figsite ] && with_figsite=1; done

# --------------------------------------------------------------- figsite ----
FIGSITE_JAVA_OPTS="${FIGSITE_JAVA_OPTS--Xmx768m}"
FIGSITE_ARGS="${FIGSITE_ARGS:-}"
CONFIG="${FIGSITE_CONFIG:-$HERE/figsite-bench.yml}"
[ -f "$CONFIG" ] || { log "FIGSITE_CONFIG=$CONFIG does not exist"; exit 2; }
CONFIG="$(cd "$(dirname "$CONFIG")" && pwd)/$(basename "$CONFIG")"
JAR="${FIGSITE_JAR:-$REPO/target/figsite.jar}"
if [ "$with_figsite" = 1 ]; then
  if [ ! -f "$JAR" ]; then
    [ -z "${FIGSITE_JAR:-}" ] || { log "FIGSITE_JAR=$JAR does not exist"; exit 2; }
    log "no $JAR: building it (mvn -B -q -DskipTests package ${MVN_ARGS:-})"
    # shellcheck disable=SC2086
    (cd "$REPO" && mvn -B -q -DskipTests ${MVN_ARGS:-} package)
  fi
  JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
  # figsite runs through its launcher (./figsite), as users run it: it adds the collector, the
  # JIT settings and a class-data-sharing archive beside the jar, and starts a build that may be
  # incremental with C1 only. The archive is dumped here, untimed, by a build of the sample site.
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
  # run_anchor.sh substitutes {corpus} {out} {work} {n} and runs this with `bash -c` from
  # {work}.  The corpus is a flat folder of *.md; figsite reads CONTENT/figures/*.md, so
  # CONTENT = {work}/content with figures -> {corpus} (a symlink: free, and the
  # incremental case re-points it at its private copy).  The config is copied into
  # {work} so anything figsite keeps next to it (a cache) stays inside {work}.
  # shellcheck disable=SC2089
  BENCH_CMD_figsite="mkdir -p \"{work}/content\" && ln -sfn \"{corpus}\" \"{work}/content/figures\" && cp $(q "$CONFIG") \"{work}/figsite.yml\" && FIGSITE_JAVA_OPTS=$(q "$FIGSITE_JAVA_OPTS") exec $(q "$REPO/figsite") build --content \"{work}/content\" --output \"{out}\" --config \"{work}/figsite.yml\" $FIGSITE_ARGS"
  # figsite's cache is on by default, so the plain build again is the incremental rebuild
  BENCH_INCR_figsite="$BENCH_CMD_figsite"
  # any figsite cache inside {work} (up to two levels down: {work}, {work}/content) and any
  # staging/old/lock folder a killed build left beside {out}
  BENCH_CLEAN_figsite='find "{work}" -maxdepth 2 -name ".figsite-cache*" -prune -exec rm -rf {} +; o="{out}"; rm -rf "${o%/*}/.${o##*/}.figsite-"*'
  export BENCH_CMD_figsite BENCH_INCR_figsite BENCH_CLEAN_figsite
fi

# --------------------------------------------------------------- settling ----
# On ext4 without a journal (this VM's disk: no /proc/fs/jbd2 entry), the inode allocator skips
# every free inode deleted in the last 60 s, or 360 s while its inode-table block is dirty
# (fs/ext4/ialloc.c, recently_deleted()), and it looks at each such inode again for every new
# file. Creating a site's 200,000 files within minutes of deleting another's then costs about
# 0.5 ms of kernel time per file instead of 25 µs: `perf` shows recently_deleted() and
# find_inode_bit() as the top kernel symbols, and a figsite build at 100,000 went from 26 s to
# 76 s (104 s of system time). run_anchor.sh deletes the previous output right before each timed
# build, and a tool's floor and incremental steps delete a whole output too, so whichever tool
# runs next would pay for them. So here: previous outputs are moved aside (a rename frees no
# inode) and deleted at the end, each tool runs in its own run_anchor.sh call, and a timed step
# waits until the last deletion is BENCH_SETTLE seconds old. Journaled ext4 (laptops, CI
# runners) does not do this check, and there BENCH_SETTLE defaults to 0.
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
settle() {  # settle WHAT: wait until the last deletion is BENCH_SETTLE seconds old
  [ "$BENCH_SETTLE" -gt 0 ] && [ -f "$DELETED_AT" ] || return 0
  local wait=$(( $(cat "$DELETED_AT") + BENCH_SETTLE - $(date +%s) ))
  if [ "$wait" -gt 0 ]; then
    log "waiting ${wait} s before $1: files deleted less than ${BENCH_SETTLE} s ago slow down file creation on this file system (ext4 without a journal; see bench/README.md)"
    sleep "$wait"
  fi
}
set_aside() {  # set_aside PATH...: move previous outputs out of run_anchor.sh's way, undeleted
  local p
  for p in "$@"; do
    [ -e "$p" ] || continue
    mkdir -p "$TRASH"
    mv "$p" "$TRASH/$(basename "$p").$(date +%s%N)"
  done
}
# ------------------------------------------------------------ page cache ----
# How full the page cache is decides much of a build's system time here: with the cache full of
# earlier outputs, every new page is reclaimed first (100,000-record figsite builds: 8.1-8.7 s
# of system time after dropping the cache, 8.9-24.6 s in back-to-back runs; Hugo's 15 GiB heap
# has to be reclaimed the same way). So before each tool's timed step, when this runs as root,
# the cache is dropped (after a sync) and the corpus, Hugo's copy of it and the tools' program
# files are read back in: every tool starts with its input and program cached and the rest of
# memory free. BENCH_DROP_CACHES=0 turns this off.
DROP_CACHES="${BENCH_DROP_CACHES:-1}"
[ -w /proc/sys/vm/drop_caches ] || DROP_CACHES=0
fresh_memory() {  # fresh_memory WHAT
  [ "$DROP_CACHES" = 1 ] || return 0
  log "dropping the page cache and reading the corpus back in before $1"
  sync
  echo 3 > /proc/sys/vm/drop_caches
  local c
  for c in "$BENCH_ROOT/corpus/seed${SEED:-1}-n$N" "$BENCH_ROOT/corpus/seed${SEED:-1}-n$N.hugo" \
      $(program_files); do
    [ -e "$c" ] && find "$c" -type f -print0 | xargs -0 -r cat > /dev/null
  done
  return 0
}
# The tools' own files, read back in with the corpus so that no tool starts from a cold disk: the
# JDK, figsite's jar and class archive, Hugo, and Ruby with its gems for Jekyll.
program_files() {
  local java
  java="$(readlink -f "$(command -v java)" 2>/dev/null)" && echo "${java%/bin/java}/lib"
  [ -z "${JAR:-}" ] || echo "$JAR" "${JAR%.jar}.jsa"
  command -v hugo > /dev/null && readlink -f "$(command -v hugo)"
  if command -v jekyll > /dev/null; then
    echo /usr/lib/ruby /usr/share/rubygems-integration /var/lib/gems
    readlink -f "$(command -v ruby)"
  fi
  return 0
}
label_of() { case "$1" in cmd:*) echo "cmd-${1#cmd:}";; *) echo "$1";; esac; }
if [ "$BENCH_SETTLE" -gt 0 ] && [ "${REPEATS:-3}" -gt 1 ]; then
  log "note: REPEATS=${REPEATS:-3}: run_anchor.sh deletes each repeat's output right before the next, so repeats after the first pay for that deletion (REPEATS=1 avoids it)"
fi

# ------------------------------------------------------------------- run ----
log "N=$N tools: ${TOOLS[*]}  BENCH_ROOT=$BENCH_ROOT  SHARED_BENCH=$SHARED_BENCH  BENCH_SETTLE=$BENCH_SETTLE"
rc=0
RESULTS="$BENCH_ROOT/results/results.jsonl"
OUT="$BENCH_ROOT/out/cmd-figsite-n$N"
WORK="$BENCH_ROOT/work/cmd-figsite-n$N"
SEED_FILE="PMC8023395__nihms-1688996-f0002"

figsite_checks() {  # after figsite's run_anchor.sh call: its own verifier, incremental check, floor
  [ -d "$OUT" ] || return 0
  # The shared verifier counts one gene-table row per raw gene row, reads only sitemap.xml, and
  # expects nothing but figure pages and stubs in figures/; figsite differs on purpose (distinct
  # rows, a sitemap index past 50,000 URLs, index pages). verify_figsite.py re-runs the shared
  # verifier and accepts exactly those differences; its verdict replaces the shared one.
  if [ "${CLEAN_BUILDS:-1}" = 1 ]; then
    if "$PY" "$HERE/verify_figsite.py" --corpus "$BENCH_ROOT/corpus/seed${SEED:-1}-n$N" --out "$OUT" \
         --sample "${VERIFY_SAMPLE:-100}" --json "$BENCH_ROOT/results/verify-cmd-figsite-n$N.json"; then
      log "verify cmd-figsite N=$N (with documented differences): OK"
      [ "$1" = 0 ] || log "(run_anchor.sh's failure above is the shared verifier on figsite's output; see verify_figsite.py)"
    else
      log "verify cmd-figsite N=$N: FAILED"; rc=1
    fi
  elif [ "$1" != 0 ]; then
    rc=1
  fi
  # run_anchor.sh checks the edited caption after Hugo's and Jekyll's incremental
  # rebuilds but not after a cmd: tool's; do it here
  if [ "${INCREMENTAL:-1}" = 1 ] && [ -f "$WORK/.touched" ]; then
    if grep -q "Edited-$(cat "$WORK/.touched")" "$OUT/figures/$SEED_FILE.html"; then
      log "cmd-figsite-incr: edited caption is in the output"
    else
      log "cmd-figsite-incr: edited caption NOT in the output"; rc=1
    fi
  fi
  # the floor for figsite's own output tree (run_anchor.sh's floor-cp-r copies Hugo's)
  if [ "${FLOOR:-1}" = 1 ]; then
    settle "the cp -r floor"
    log "floor: cp -r of figsite's output tree"
    "$PY" "$SHARED_BENCH/measure.py" --label floor-cp-r-figsite --n "$N" --results "$RESULTS" \
      --log-dir "$BENCH_ROOT/logs" --timeout "${TIMEOUT:-3600}" --repeats "${REPEATS:-3}" \
      --clean "rm -rf '$OUT.copy'; sync" --out "$OUT.copy" -- cp -r "$OUT" "$OUT.copy" || rc=1
    rm -rf "$OUT.copy"
    mark_deleted
  fi
}

for tool in "${TOOLS[@]}"; do
  label="$(label_of "$tool")"
  set_aside "$BENCH_ROOT/out/$label-n$N" "$BENCH_ROOT/out/$label-n$N.copy" "$BENCH_ROOT/work/$label-n$N"
  settle "$tool"
  fresh_memory "$tool"
  incremental="${INCREMENTAL:-1}"
  case " ${INCREMENTAL_ONLY:-$tool} " in *" $tool "*) ;; *) incremental=0;; esac
  trc=0
  INCREMENTAL="$incremental" "$SHARED_BENCH/run_anchor.sh" "$N" "$tool" || trc=$?
  # its floor and incremental steps delete whole outputs
  mark_deleted
  if [ "$tool" = cmd:figsite ]; then
    figsite_checks "$trc"
  elif [ "$trc" != 0 ]; then
    log "run_anchor.sh $N $tool exited $trc (a build or a verification failed; see above)"
    rc=1
  fi
done
if [ -d "$TRASH" ]; then
  log "deleting the previous outputs set aside in $TRASH"
  rm -rf "$TRASH"
  mark_deleted
fi

# ---------------------------------------------------------------- report ----
if [ -f "$RESULTS" ]; then
  echo
  echo "## All results ($RESULTS)"
  echo
  "$PY" "$SHARED_BENCH/report.py" "$RESULTS" --verify-dir "$BENCH_ROOT/results"
  echo
  echo "## Ratios, N=$N"
  echo
  "$PY" "$HERE/ratios.py" "$RESULTS" "$N"
fi
exit "$rc"
