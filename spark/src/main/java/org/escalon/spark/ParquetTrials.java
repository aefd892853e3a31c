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
import org.escalon.simulation.pkpd.CoupledStudy;

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
      }""");

  private ParquetTrials() {}

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
              w.write(rows.newGroup().append("point", gp.index()).append("point_label", gp.label())
                  .append("arm", arms.get(a).arm().name()).append("design", e.getKey()).append("trial", i + 1)
                  .append("patients", pr.sampleSize(a, d, i)).append("duration_days", pr.durationDays(a, d, i)));
            }
            d++;
          }
        }
      }
    }
  }
}
