package org.escalon.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.escalon.examples.sweep.GridPoint;
import org.escalon.examples.sweep.Sweep;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.TrialMetric;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.escalon.simulation.trial.DoseLevel;

/**
 * {@code --parquet}: the per-trial table of {@code trials.csv} (same columns, same rows, same order; trial
 * 1-based) as one Parquet file, written by the driver into the output set's staging directory (so it appears
 * with the other outputs or not at all). Snappy-compressed; {@code duration_days} is the double itself, not its
 * text.
 */
final class ParquetTrials {

  /** The file's name in the output directory. */
  static final String FILE = "trials.parquet";

  /** The schema: the columns of trials.csv. */
  static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message trials {
        required int32 point;
        required binary point_label (STRING);
        required binary arm (STRING);
        required binary design (STRING);
        required int32 trial;
        required int32 patients;
        required double duration_days;
        required int32 mtd_level;
        optional double mtd_dose_ug;
        required int32 rp2d_level;
        optional double rp2d_dose_ug;
        required int32 escalation_patients;
        required int32 dlts;
        required int32 patients_above_true_mtd;
        required binary stop_reason (STRING);
      }""");

  private ParquetTrials() {}

  /** The per-trial columns after {@code duration_days}, as trials.csv has them (a dose of "none" is null). */
  private static Group selected(Group g, CoupledTrialResult t, CoupledStudy.ArmResult arm) {
    List<DoseLevel> lv = arm.arm().levels();
    int trueMtd = arm.truth().trueMtd();
    g.append("mtd_level", t.mtd());
    if (t.mtd() > 0) {
      g.append("mtd_dose_ug", lv.get(t.mtd() - 1).doseUg());
    }
    g.append("rp2d_level", t.rp2d());
    if (t.rp2d() > 0) {
      g.append("rp2d_dose_ug", lv.get(t.rp2d() - 1).doseUg());
    }
    return g.append("escalation_patients", t.escalationSize())
        .append("dlts", (int) TrialMetric.DLTS.of(t, trueMtd))
        .append("patients_above_true_mtd", (int) TrialMetric.PATIENTS_ABOVE_TRUE_MTD.of(t, trueMtd))
        .append("stop_reason", t.stopReason().name().toLowerCase(java.util.Locale.ROOT));
  }

  /** Writes every trial of {@code results} into {@code file} (which must not exist). */
  static void write(List<Sweep.PointResult> results, Path file) throws IOException {
    SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(SCHEMA)
        .withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
      for (Sweep.PointResult pr : results) {
        GridPoint gp = pr.point();
        List<CoupledStudy.ArmResult> arms = pr.result().arms();
        for (int a = 0; a < arms.size(); a++) {
          int d = 0;
          for (Map.Entry<String, CoupledOc> e : arms.get(a).designs().entrySet()) {
            for (int i = 0; i < pr.trials(a, d); i++) {
              Group g = rows.newGroup().append("point", gp.index()).append("point_label", gp.label())
                  .append("arm", arms.get(a).arm().name()).append("design", e.getKey()).append("trial", i + 1)
                  .append("patients", pr.sampleSize(a, d, i)).append("duration_days", pr.durationDays(a, d, i));
              w.write(selected(g, pr.trialResult(a, d, i), arms.get(a)));
            }
            d++;
          }
        }
      }
    }
  }
}
