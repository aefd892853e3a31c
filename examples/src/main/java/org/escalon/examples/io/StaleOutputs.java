package org.escalon.examples.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Recovery from a run that was killed outright (SIGKILL, out of memory, power loss), where no shutdown hook ran:
 * before a destination is staged again, the leftovers of dead processes beside it are finished. A directory that
 * was set aside while the destination is missing is the interrupted swap: it is rolled forward when the staged
 * directory is complete (it carries the marker, written last), else rolled back. Everything else left over
 * (staging, set-aside old output, trash) is deleted. Leftovers of live processes are not touched. Internal.
 */
final class StaleOutputs {

  /** Infix of staging siblings: {@code .NAME.escalon-new-PID-N}. */
  static final String NEW = ".escalon-new-";

  /** Infix of set-aside old outputs: {@code .NAME.escalon-old-PID-N}. */
  static final String OLD = ".escalon-old-";

  private StaleOutputs() {}

  /** Finishes or removes the leftovers of dead Escalon processes beside {@code dest}. */
  static void recover(Path dest) throws IOException {
    Path parent = dest.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String prefix = "." + dest.getFileName();
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, p -> isLeftover(p, prefix))) {
      s.forEach(leftovers::add);
    }
    leftovers.sort(java.util.Comparator.comparing(p -> p.getFileName().toString().contains(OLD) ? 0 : 1));
    for (Path p : leftovers) {
      String name = p.getFileName().toString();
      if (name.startsWith(prefix + OLD) && !name.endsWith(".trash") && Files.exists(p)
          && !Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
        Path staged = parent.resolve(prefix + NEW + name.substring((prefix + OLD).length()));
        if (Files.isDirectory(staged) && Files.exists(staged.resolve(OutputRules.MARKER))) {
          FileOps.rename(staged, dest);
        } else {
          FileOps.rename(p, dest);
          continue;
        }
      }
      FileOps.delete(p);
    }
  }

  private static boolean isLeftover(Path p, String prefix) {
    String name = p.getFileName().toString();
    String id;
    if (name.startsWith(prefix + NEW)) {
      id = name.substring((prefix + NEW).length());
    } else if (name.startsWith(prefix + OLD)) {
      id = name.substring((prefix + OLD).length());
    } else {
      return false;
    }
    int dash = id.indexOf('-');
    try {
      long pid = Long.parseLong(dash < 0 ? id : id.substring(0, dash));
      return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
