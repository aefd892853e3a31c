package org.escalon.core.output;

import java.util.List;
import java.util.Objects;
import org.escalon.core.output.PatientResult.DltReason;
import org.escalon.core.pd.AdverseEvent;
import org.escalon.core.pd.IncidenceModel;

/**
 * Judges one patient's simulated course (docs/model.md §4): CTCAE grades of the daily pre-dose counts, grade 4
 * neutropenia episodes, febrile neutropenia, exposure-driven adverse events and the cycle-1 DLT reasons. Reads the
 * daily values recorded in a {@link PatientResultBuffer} and writes the judged outcome into it. Stateless and
 * immutable; thread-safe (the buffer is not).
 *
 * <pre>
 *   grade(ANC), grade(platelets)          CTCAE v5 thresholds ({@link ToxicityCriteria})
 *   neutropenia AE   = worst grade if worse than at baseline, else 0   (likewise thrombocytopenia)
 *   G4 episode       = consecutive days of grade 4 neutropenia
 *   DLT neutropenia  : an episode that starts in the DLT window and lasts ≥ g4NeutropeniaMinDays days
 *   febrile neutropenia on the first day n with  n_G4·h ≥ −ln(1 − u_FN)   (h per grade-4 day, h &gt; 0)
 *     → AE grade 3; a DLT if n is in the window (and the DLT definition counts it)
 *   DLT thrombocytopenia: a grade 4 day in the window
 *   incidence AE k: grade g_k(Cavg_1, u_k), onset cycle o_k; counted when o_k ≤ max(1, cycles started);
 *     a DLT when g_k ≥ 3, o_k = 1 and the event is not haematological
 *   DLT onset day (study day, 1-based) = the earliest of: the first day of the neutropenia episode that becomes a
 *     DLT, the febrile-neutropenia day, the first grade 4 platelet day, and for incidence events
 *     1 + ⌊f·window⌋ with f the onset uniform rescaled to cycle 1 ({@link IncidenceModel#onsetFractionOfCycle1})
 * </pre>
 *
 * @param toxicity CTCAE grading
 * @param dlt the DLT definition
 * @param incidenceModels exposure-driven adverse-event models, in the order of their latent uniforms
 */
public record CourseJudge(ToxicityCriteria toxicity, DltCriteria dlt, List<IncidenceModel> incidenceModels) {

  /**
   * Requires every component and copies the arrays and lists given, so that the record is immutable.
   *
   * @param toxicity CTCAE grading
   * @param dlt the DLT definition
   * @param incidenceModels exposure-driven adverse-event models, in the order of their latent uniforms
   */
  public CourseJudge {
    Objects.requireNonNull(toxicity, "toxicity");
    Objects.requireNonNull(dlt, "dlt");
    incidenceModels = List.copyOf(Objects.requireNonNull(incidenceModels, "incidenceModels"));
  }

  /**
   * Whether a grade 4 neutropenia episode that started in the DLT window is still running on day {@code day}
   * (0-based, recorded) and too short to judge: the course is then followed further.
   *
   * @param course the patient's course so far
   * @param day the study day, 0-based
   * @return whether a grade 4 neutropenia episode that started in the DLT window is still running on day {@code day}
   *     (0-based, recorded) and too short to judge: the course is then followed further
   */
  public boolean episodeNeedsFollowUp(PatientResultBuffer course, int day) {
    double[] anc = course.ancDaily;
    if (toxicity.neutropeniaGrade(anc[day]) < 4) {
      return false;
    }
    int start = day;
    while (start > 0 && toxicity.neutropeniaGrade(anc[start - 1]) == 4) {
      start--;
    }
    int length = day - start + 1;
    return start < dlt.windowDays() && length < dlt.g4NeutropeniaMinDays();
  }

  /**
   * Judges the haematological course over the recorded days: grade ≥ 3 and grade 4 days, the longest grade 4
   * episode, the neutropenia, thrombocytopenia and febrile-neutropenia AE grades and their DLT reasons.
   *
   * @param course the patient's course so far
   * @param circ0 baseline ANC (×10⁹/L): a neutropenia grade not worse than at baseline is no AE
   * @param plt0 baseline platelets (×10⁹/L)
   * @param fnHazardPerDay hazard of febrile neutropenia per day with grade 4 neutropenia, &ge; 0
   * @param fnUniform the patient's latent uniform for febrile neutropenia, in [0, 1)
   */
  public void judgeHaematology(PatientResultBuffer course, double circ0, double plt0, double fnHazardPerDay,
      double fnUniform) {
    double[] anc = course.ancDaily;
    double[] plt = course.plateletsDaily;
    int window = dlt.windowDays();
    double fnThreshold = -Math.log1p(-fnUniform);
    int worstN = 0;
    int worstP = 0;
    int g3Days = 0;
    int g4Days = 0;
    int longest = 0;
    int run = 0;
    int runStart = -1;
    boolean dltNeut = false;
    boolean dltPlt = false;
    int dltNeutStart = -1;
    int dltPltDay = -1;
    double cumHazard = 0;
    int fnDay = -1;
    for (int d = 0; d < course.days; d++) {
      int gN = toxicity.neutropeniaGrade(anc[d]);
      int gP = toxicity.thrombocytopeniaGrade(plt[d]);
      worstN = Math.max(worstN, gN);
      worstP = Math.max(worstP, gP);
      if (gN >= 3) {
        g3Days++;
      }
      if (gN == 4) {
        g4Days++;
        if (run == 0) {
          runStart = d;
        }
        run++;
        longest = Math.max(longest, run);
        if (runStart < window && run >= dlt.g4NeutropeniaMinDays() && !dltNeut) {
          dltNeut = true;
          dltNeutStart = runStart;
        }
        cumHazard += fnHazardPerDay;
        if (fnDay < 0 && cumHazard >= fnThreshold && fnHazardPerDay > 0) {
          fnDay = d;
        }
      } else {
        run = 0;
      }
      if (gP == 4 && d < window && !dltPlt) {
        dltPlt = true;
        dltPltDay = d;
      }
    }
    int[] ae = course.aeGrades;
    ae[AdverseEvent.NEUTROPENIA.ordinal()] = worstN > toxicity.neutropeniaGrade(circ0) ? worstN : 0;
    ae[AdverseEvent.THROMBOCYTOPENIA.ordinal()] = worstP > toxicity.thrombocytopeniaGrade(plt0) ? worstP : 0;
    ae[AdverseEvent.FEBRILE_NEUTROPENIA.ordinal()] = fnDay >= 0 ? 3 : 0;
    course.daysNeutropeniaG3plus = g3Days;
    course.daysNeutropeniaG4 = g4Days;
    course.longestG4EpisodeDays = longest;
    addReason(course, DltReason.NEUTROPENIA_G4_PROLONGED, dltNeut, dltNeutStart + 1);
    addReason(course, DltReason.FEBRILE_NEUTROPENIA, fnDay >= 0 && fnDay < window && dlt.febrileNeutropenia(),
        fnDay + 1);
    addReason(course, DltReason.THROMBOCYTOPENIA_G4, dltPlt && dlt.g4Thrombocytopenia(), dltPltDay + 1);
  }

  /**
   * Judges the exposure-driven adverse events: model k uses the latent uniforms {@code latent[offset + 3k ..
   * offset + 3k + 2]} (occurrence, grade, onset).
   *
   * @param course the patient's course so far
   * @param cavgCycle1NgPerMl average cemsidomide concentration over cycle 1 (ng/mL)
   * @param latent the patient's latent uniforms ({@code LatentUniforms})
   * @param offset the index in {@code latent} of the first incidence model's uniforms
   * @param plannedCycles planned treatment cycles
   * @param cyclesStarted cycles the patient started
   */
  public void judgeIncidence(PatientResultBuffer course, double cavgCycle1NgPerMl, double[] latent, int offset,
      int plannedCycles, int cyclesStarted) {
    int[] ae = course.aeGrades;
    boolean dltNonHaem = false;
    int dltNonHaemDay = Integer.MAX_VALUE;
    for (int k = 0; k < incidenceModels.size(); k++) {
      IncidenceModel m = incidenceModels.get(k);
      int base = offset + 3 * k;
      int g = m.grade(cavgCycle1NgPerMl, latent[base], latent[base + 1]);
      int onset = m.onsetCycle(latent[base + 2], plannedCycles);
      if (g > 0 && onset <= Math.max(1, cyclesStarted)) {
        int idx = m.event().ordinal();
        ae[idx] = Math.max(ae[idx], g);
        if (g >= 3 && onset == 1 && !m.event().haematological()) {
          dltNonHaem = true;
          int day = 1 + (int) (m.onsetFractionOfCycle1(latent[base + 2], plannedCycles) * dlt.windowDays());
          dltNonHaemDay = Math.min(dltNonHaemDay, day);
        }
      }
    }
    addReason(course, DltReason.NON_HAEMATOLOGICAL_G3, dltNonHaem && dlt.nonHaematologicalG3(), dltNonHaemDay);
  }

  /** Adds {@code reason} when present; the DLT's onset day becomes the earliest onset of its reasons. */
  private static void addReason(PatientResultBuffer course, DltReason reason, boolean present, int onsetDay) {
    if (present) {
      course.dltReasons |= 1 << reason.ordinal();
      if (!(course.dltOnsetDay <= onsetDay)) {
        course.dltOnsetDay = onsetDay;
      }
    }
  }
}
