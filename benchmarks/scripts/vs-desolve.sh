#!/usr/bin/env bash
# Escalon vs a compiled deSolve model on the same individuals: times both per individual-cycle and prints the
# ratio and the agreement of the outputs. See docs/numerics.md, "Against deSolve".
#
# Usage: benchmarks/scripts/vs-desolve.sh PEER_DIR [N]
#   PEER_DIR  a directory with the compiled-model source fullmodel.c (deSolve's derivs/initmod interface: the
#             default model with cemsidomide PK as ODE states, first-wave neutrophil variant, 17 states and 12
#             individual parameters, as the driver desolve-driver.R describes) and individuals.csv (an ID column and
#             the parameters CL V DC50_M DC50_T KMAX_CEM KDEXMAX KG LAMBDA M0 CIRC0 MTT EMAXN, rates per day as in
#             docs/model.md §3). Also taken from the environment variable ESCALON_DESOLVE_PEER.
#   N         only the first N individuals (default: all)
#
# Needs R with deSolve and a C compiler. On Debian or Ubuntu:
#   sudo apt-get install -y r-base-core r-base-dev r-cran-desolve
# Both sides run on one thread, one 28-day cycle of 100 ug QD d1-14 + dexamethasone 40 mg weekly, no dose holds,
# rtol 1e-6, atol 1e-9; each side's time is its own loop over the individuals (Escalon: the figure that
# simulate-individuals prints, which excludes JVM start-up but includes the JIT warm-up of the first individuals).
# Escalon runs on the individuals and on the individuals repeated 10 and 40 times, before and after deSolve
# (interleaved). Its cost per individual-cycle is given for the whole short run (JIT warm-up included) and as the
# marginal cost from 10 to 40 passes (steady state), by the wall clock inside the simulation and by the process's
# CPU time; deSolve's by the wall clock and the CPU time of its loop. On a machine with other work (load average
# above the core count) only the CPU-time ratio means much. Every figure is printed.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PEER="${1:-${ESCALON_DESOLVE_PEER:-}}"
N="${2:-}"
if [[ -z "$PEER" || ! -f "$PEER/fullmodel.c" || ! -f "$PEER/individuals.csv" ]]; then
  echo "usage: $0 PEER_DIR [N]  (PEER_DIR with fullmodel.c and individuals.csv, or ESCALON_DESOLVE_PEER)" >&2
  exit 2
fi
if [[ -n "$N" && ! "$N" =~ ^[1-9][0-9]*$ ]]; then
  echo "N = $N: must be a whole number >= 1" >&2
  exit 2
fi
if ! command -v Rscript >/dev/null || ! Rscript -e 'suppressMessages(library(deSolve))' >/dev/null 2>&1; then
  echo "R with the deSolve package is needed. On Debian/Ubuntu:" >&2
  echo "  sudo apt-get install -y r-base-core r-base-dev r-cran-desolve" >&2
  exit 2
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$PEER/fullmodel.c" "$WORK/"
# Escalon refuses parameter values outside the allowed ranges of docs/model.md §3; such individuals are left out
# on both sides (and named).
Rscript - "$PEER/individuals.csv" "$WORK/individuals.csv" "${N:-0}" <<'RSCRIPT'
a <- commandArgs(TRUE)
ind <- read.csv(a[1])
n <- as.integer(a[3])
if (n > 0) ind <- ind[seq_len(min(n, nrow(ind))), ]
ranges <- list(CL = c(0.01, 1000), V = c(1, 50000), DC50_M = c(0.001, 1000), DC50_T = c(0.001, 1000),
               KMAX_CEM = c(0, 10), KDEXMAX = c(0, 10), KG = c(0, 1), LAMBDA = c(0, 1), M0 = c(0.01, 15),
               CIRC0 = c(0.1, 50), MTT = c(10, 1000), EMAXN = c(0, 1))
ok <- rep(TRUE, nrow(ind))
for (k in names(ranges)) ok <- ok & ind[[k]] >= ranges[[k]][1] & ind[[k]] <= ranges[[k]][2]
if (any(!ok)) {
  cat(sprintf("left out (a parameter outside Escalon's allowed range): ID %s\n", paste(ind$ID[!ok], collapse = ", ")))
}
write.csv(ind[ok, ], a[2], row.names = FALSE, quote = FALSE)
RSCRIPT
COUNT=$(($(wc -l < "$WORK/individuals.csv") - 1))
(cd "$WORK" && R CMD SHLIB -o fullmodel.so fullmodel.c >/dev/null)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

# the same individuals repeated 10 and 40 times (IDs made unique): Escalon's marginal cost per individual-cycle
# between the two, without the JIT warm-up that a short run pays (the JIT keeps improving the code for the first
# ten thousand or so individuals; measured: the marginal CPU cost from 10 to 20 passes was 1.6 times that from 20
# to 40)
for k in 10 40; do
  Rscript -e 'a <- commandArgs(TRUE); x <- read.csv(a[1]); k <- as.integer(a[3]);
    y <- do.call(rbind, lapply(seq_len(k), function(r) { z <- x; z$ID <- paste0(x$ID, "_", r); z }));
    write.csv(y, a[2], row.names = FALSE, quote = FALSE)' "$WORK/individuals.csv" "$WORK/individuals$k.csv" "$k"
done

# prints "<individuals> <wall seconds inside the simulation> <process CPU seconds>" of one simulate-individuals
# run on one thread (the CPU time is the whole process: JVM start-up, JIT compiler threads, garbage collector)
escalon_run() {
  local log="$WORK/escalon_$2.log" cpu
  cpu=$( { TIMEFORMAT='%U %S'; time "$ROOT/escalon" simulate-individuals --params "$1" \
    --out "$WORK/escalon_out_$2.csv" --dose-ug 100 --schedule "QD d1-14" --dex-mg 40 --cycles 1 --no-dose-holds \
    --neutrophil-effect proliferation --param GAMMA=0.17 --threads 1 >/dev/null 2>"$log"; } 2>&1 )
  local n_s
  n_s=$(sed -n 's/^escalon: \([0-9]*\) individuals in \([0-9.]*\) s .*/\1 \2/p' "$log")
  if [[ -z "$n_s" ]]; then
    echo "simulate-individuals failed:" >&2
    cat "$log" >&2
    exit 1
  fi
  echo "$n_s $(echo "$cpu" | awk '{print $1 + $2}')"
}
"$ROOT/escalon" --version >/dev/null 2>&1 || true # build the jar first if needed, outside the timed runs
E1=$(escalon_run "$WORK/individuals.csv" 1)
E10=$(escalon_run "$WORK/individuals10.csv" 10)
E40=$(escalon_run "$WORK/individuals40.csv" 40)
D=$(Rscript "$HERE/desolve-driver.R" "$WORK/fullmodel.so" "$WORK/individuals.csv" "$WORK/desolve_out.csv")
echo "$D"
F1=$(escalon_run "$WORK/individuals.csv" 1b)
F10=$(escalon_run "$WORK/individuals10.csv" 10b)
F40=$(escalon_run "$WORK/individuals40.csv" 40b)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
Rscript - "$WORK/escalon_out_1.csv" "$WORK/desolve_out.csv" "$D" "$E1" "$E10" "$E40" "$F1" "$F10" "$F40" <<'RSCRIPT'
a <- commandArgs(TRUE)
e <- read.csv(a[1]); d <- read.csv(a[2])
stopifnot(all(as.character(e$ID) == as.character(d$ID)))
dWall <- as.numeric(sub(".*\\(([0-9.]+) ms per individual-cycle.*", "\\1", a[3]))
dCpu <- as.numeric(sub(".*CPU ([0-9.]+) s.*", "\\1", a[3])) * 1000 / nrow(d)
run <- function(s) as.numeric(strsplit(s, " ")[[1]])
# columns: n, wall s, CPU s
one <- rbind(run(a[4]), run(a[7])); ten <- rbind(run(a[5]), run(a[8])); forty <- rbind(run(a[6]), run(a[9]))
n1 <- one[1, 1]; n10 <- ten[1, 1]; n40 <- forty[1, 1]
wallWhole <- 1000 * one[, 2] / n1
wallMarginal <- 1000 * (forty[, 2] - ten[, 2]) / (n40 - n10)
cpuWhole <- 1000 * one[, 3] / n1
cpuMarginal <- 1000 * (forty[, 3] - ten[, 3]) / (n40 - n10)
cat(sprintf("deSolve: %.3f ms per individual-cycle wall, %.3f ms CPU (its loop)\n", dWall, dCpu))
cat(sprintf("escalon, %d individuals, two runs (ms per individual-cycle):\n", n1))
cat(sprintf("  wall inside the simulation, whole run: %.3f, %.3f; marginal (40x minus 10x): %.3f, %.3f\n",
            wallWhole[1], wallWhole[2], wallMarginal[1], wallMarginal[2]))
cat(sprintf("  process CPU, whole run (JVM start-up and JIT included): %.3f, %.3f; marginal: %.3f, %.3f\n",
            cpuWhole[1], cpuWhole[2], cpuMarginal[1], cpuMarginal[2]))
cat(sprintf("ratio deSolve / Escalon per individual-cycle, best Escalon run: CPU marginal %.1fx, CPU whole run %.1fx; wall marginal %.1fx, wall whole run %.1fx\n",
            dCpu / min(cpuMarginal), dCpu / min(cpuWhole), dWall / min(wallMarginal), dWall / min(wallWhole)))
cols <- list(c("AUC, cycle 1", "auc_cycle1_ng_h_per_ml", "auc"),
             c("M-protein at day 28", "mprotein_end_g_per_dl", "m_end"),
             c("ANC nadir (observed, day ends)", "anc_nadir_e9_per_l", "anc_nadir"),
             c("IKZF3 minimum (deSolve: hourly + parabola)", "min_ikzf3_blood_fraction", "pb_min"))
cat("agreement, relative difference |Escalon - deSolve| / |deSolve| over the individuals:\n")
for (c in cols) {
  r <- abs(e[[c[2]]] - d[[c[3]]]) / abs(d[[c[3]]])
  cat(sprintf("  %-44s median %.1e  max %.1e\n", c[1], median(r), max(r)))
}
RSCRIPT
