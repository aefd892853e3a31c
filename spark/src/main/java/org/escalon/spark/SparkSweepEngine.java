package org.escalon.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.escalon.examples.sweep.Sweep;
import org.escalon.examples.sweep.SweepEngine;

/**
 * {@code --engine spark}: the sweep's simulations on Apache Spark ({@link SparkSweep}), the outputs written by the
 * driver as for a local run, plus {@code trials.parquet} with {@code --parquet}. Found by {@link
 * java.util.ServiceLoader} (META-INF/services). Stateless.
 *
 * <p>The Spark context: master from {@code --master}, else the one spark-submit set, else {@code local[*]}; with a
 * local master the driver binds to 127.0.0.1 and the web UI is off (both can be changed with {@code --conf}).
 * {@code --conf KEY=VALUE} settings are applied last. The context is stopped when the sweep ends.
 */
public final class SparkSweepEngine implements SweepEngine {

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public List<Sweep.PointResult> run(Job job, Sweep.Monitor monitor) {
    SparkConf conf = conf(job.options(), "escalon sweep " + job.fileName());
    JavaSparkContext jsc;
    try {
      jsc = new JavaSparkContext(conf);
    } catch (RuntimeException e) {
      throw new EngineException("cannot start Spark with master " + conf.get("spark.master") + ": " + e, e);
    }
    try {
      jsc.setLogLevel(conf.get("spark.escalon.logLevel", "WARN"));
      job.log().printf("escalon: spark master %s, %d executor core(s) by default parallelism%n",
          jsc.master(), jsc.defaultParallelism());
      job.log().flush();
      return SparkSweep.run(jsc, job, monitor);
    } finally {
      jsc.stop();
    }
  }

  @Override
  public List<String> writeExtra(List<Sweep.PointResult> results, Job job, Path dir) throws IOException {
    if (!job.options().parquet()) {
      return List.of();
    }
    ParquetTrials.write(results, dir.resolve(ParquetTrials.FILE));
    return List.of(ParquetTrials.FILE);
  }

  /**
   * The Spark settings of a run: {@code options}' master (else spark-submit's, else {@code local[*]}), the driver
   * on 127.0.0.1 and no UI for a local master, then {@code options.conf()}.
   */
  static SparkConf conf(Options options, String appName) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (options.master() != null) {
      conf.setMaster(options.master());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.set("spark.driver.host", "127.0.0.1");
      conf.set("spark.driver.bindAddress", "127.0.0.1");
      conf.set("spark.ui.enabled", "false");
    }
    for (Map.Entry<String, String> e : options.conf().entrySet()) {
      conf.set(e.getKey(), e.getValue());
    }
    return conf;
  }
}
