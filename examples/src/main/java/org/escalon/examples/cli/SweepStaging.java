package org.escalon.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.escalon.examples.sweep.SweepOutputs;

/**
 * Where a sweep writes while it runs: a temporary directory beside {@code --out} and, with {@code
 * --export-patients}, a temporary file beside it. {@link #commit()} moves both into place; {@link #close()} (and a
 * shutdown hook, for Ctrl-C) deletes them when the run did not commit. Not thread-safe apart from the hook.
 */
final class SweepStaging implements AutoCloseable {

  private final Path out;
  private final Path dir;
  private final Path exportPatients;
  private final Path exportTmp;
  private final AtomicBoolean finished = new AtomicBoolean();
  private final Thread cleanup;

  private SweepStaging(Path out, Path dir, Path exportPatients, Path exportTmp) {
    this.out = out;
    this.dir = dir;
    this.exportPatients = exportPatients;
    this.exportTmp = exportTmp;
    this.cleanup = new Thread(() -> {
      if (!finished.get()) {
        deleteTemporaries();
        System.err.println();
        System.err.println("escalon: interrupted; nothing written to " + out);
      }
    }, "escalon-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Creates the temporary directory (and file); errors name the option. */
  static SweepStaging open(Path out, Path exportPatients) {
    Path tmp;
    try {
      tmp = SweepOutputs.tempDirFor(out);
    } catch (IOException e) {
      throw new UsageException("cannot create the output directory " + out + ": " + e);
    }
    Path exportTmp = null;
    if (exportPatients != null) {
      try {
        Path abs = exportPatients.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        exportTmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".tmp-", ".csv");
      } catch (IOException e) {
        SweepOutputs.deleteTree(tmp);
        throw new UsageException("cannot write --export-patients " + exportPatients + ": " + e);
      }
    }
    return new SweepStaging(out, tmp, exportPatients, exportTmp);
  }

  /** The temporary output directory. */
  Path dir() {
    return dir;
  }

  /** A writer on the temporary export file, or {@code null} without {@code --export-patients}. */
  Writer exportWriter() throws IOException {
    return exportTmp == null ? null : Files.newBufferedWriter(exportTmp, StandardCharsets.UTF_8);
  }

  /** Moves the directory (and the export file) into place; call after every file is written and closed. */
  void commit() throws IOException {
    if (exportTmp != null) {
      try {
        Files.setPosixFilePermissions(exportTmp, java.nio.file.attribute.PosixFilePermissions.fromString(
            "rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system
      }
    }
    SweepOutputs.moveIntoPlace(dir, out);
    if (exportTmp != null) {
      Files.move(exportTmp, exportPatients, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    finished.set(true);
  }

  /** Deletes what was not committed and removes the shutdown hook. */
  @Override
  public void close() {
    if (!finished.get()) {
      deleteTemporaries();
    }
    finished.set(true);
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // shutting down: the hook runs
    }
  }

  private void deleteTemporaries() {
    SweepOutputs.deleteTree(dir);
    if (exportTmp != null) {
      SweepOutputs.deleteTree(exportTmp);
    }
  }
}
