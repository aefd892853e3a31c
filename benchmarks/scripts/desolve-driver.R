# Escalon side-by-side driver for a compiled deSolve model of the default PK/PD model (first-wave neutrophil
# variant). Written for benchmarks/scripts/vs-desolve.sh; see docs/numerics.md, "Against deSolve".
#
# Usage: Rscript desolve-driver.R MODEL_DLL INDIVIDUALS_CSV OUT_CSV [N]
#
# The model library must export derivs() and initmod() with 17 states (cemsidomide depot and central amounts in
# ug, R_PB, R_M, R_T, dexamethasone depot and central amounts in ug, the demargination effect site Ce in ng/mL,
# the dexamethasone biophase in mg, tumour, M-protein, five Friberg neutrophil states, AUC) and 12 parameters
# (CL V DC50_M DC50_T KMAX_CEM KDEXMAX KG LAMBDA M0 CIRC0 MTT EMAXN).
# One 28-day cycle: cemsidomide 100 ug at 0.5 h of days 1-14 (day start + lag), dexamethasone 40 mg
# (bioavailability 0.8) on days 1, 8, 15, 22, no dose holds; lsoda at rtol 1e-6, atol 1e-9, hourly output.
# Timed: the loop over individuals only (wall and CPU), as Escalon's simulate-individuals times its simulation.
suppressMessages(library(deSolve))
args <- commandArgs(TRUE)
dll <- args[1]
ind <- read.csv(args[2])
if (length(args) > 3) ind <- ind[seq_len(as.integer(args[4])), ]
dyn.load(dll)
name <- sub("\\.[^.]*$", "", basename(dll))
events <- rbind(
  data.frame(var = "y1", time = (0:13) * 24 + 0.5, value = 100, method = "add"),
  data.frame(var = "y6", time = c(0, 7, 14, 21) * 24, value = 40 * 1000 * 0.8, method = "add"),
  data.frame(var = "y9", time = c(0, 7, 14, 21) * 24, value = 40, method = "add"))
events <- events[order(events$time), ]
times <- sort(unique(c(seq(0, 672, by = 1), events$time)))
dayEnds <- seq(24, 672, by = 24)
# observed ANC with demargination: Circ * (1 + EMAX_DEX_N * Ce / (EC50_DEX_N + Ce)), Escalon's defaults 1 and 20
emaxDex <- 1
ec50Dex <- 20
res <- matrix(NA_real_, nrow(ind), 4, dimnames = list(NULL, c("auc", "pb_min", "anc_nadir", "m_end")))
wall0 <- proc.time()[["elapsed"]]
cpu0 <- sum(proc.time()[c("user.self", "sys.self")])
for (i in seq_len(nrow(ind))) {
  p <- ind[i, ]
  parms <- c(p$CL, p$V, p$DC50_M, p$DC50_T, p$KMAX_CEM, p$KDEXMAX, p$KG, p$LAMBDA, p$M0, p$CIRC0, p$MTT, p$EMAXN)
  y0 <- c(y1 = 0, y2 = 0, y3 = 1, y4 = 1, y5 = 1, y6 = 0, y7 = 0, y8 = 0, y9 = 0, y10 = 1, y11 = p$M0,
          y12 = p$CIRC0, y13 = p$CIRC0, y14 = p$CIRC0, y15 = p$CIRC0, y16 = p$CIRC0, y17 = 0)
  s <- ode(y0, times, func = "derivs", parms = parms, dllname = name, initfunc = "initmod",
           events = list(data = events), method = "lsoda", rtol = 1e-6, atol = 1e-9)
  # s has one row per output time; at an event time deSolve reports the state before the event
  atEnd <- s[match(dayEnds, s[, "time"]), ]
  anc <- atEnd[, "y16"] * (1 + emaxDex * atEnd[, "y8"] / (ec50Dex + atEnd[, "y8"]))
  # the hourly minimum of R_PB, refined by the parabola through it and its two neighbours
  pb <- s[, "y3"]
  k <- which.min(pb)
  pbMin <- pb[k]
  if (k > 1 && k < length(pb)) {
    d <- pb[k - 1] - 2 * pb[k] + pb[k + 1]
    if (d > 0) pbMin <- pb[k] - (pb[k + 1] - pb[k - 1])^2 / (8 * d)
  }
  res[i, ] <- c(s[nrow(s), "y17"], pbMin, min(anc), s[nrow(s), "y11"])
}
wall <- proc.time()[["elapsed"]] - wall0
cpu <- sum(proc.time()[c("user.self", "sys.self")]) - cpu0
cat(sprintf("desolve: deSolve %s lsoda, %d individuals: wall %.3f s (%.4f ms per individual-cycle), CPU %.3f s\n",
            packageVersion("deSolve"), nrow(ind), wall, 1000 * wall / nrow(ind), cpu))
write.csv(data.frame(ID = ind$ID, res), args[3], row.names = FALSE)
