package org.escalon.examples.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules an output path must obey, checked before any work starts (see the package documentation). Every
 * violation is an {@link IllegalArgumentException} with one line {@code OPTION = 'PATH': must be …}; {@code
 * force} overrides only the marker rule. Paths are compared both as typed (absolute, normalised) and with
 * symbolic links resolved, so a link cannot smuggle in a forbidden directory. Stateless.
 */
public final class OutputRules {

  /** The marker file in every directory Escalon writes; only directories that carry it are replaced. */
  public static final String MARKER = ".escalon-output";

  private OutputRules() {}

  /**
   * What a destination is.
   */
  public enum Kind {
    /** A directory of outputs ({@code --out DIR}), replaced as a whole. */
    DIRECTORY,
    /** One output file ({@code --out FILE}, {@code --export-patients FILE}). */
    FILE
  }

  /**
   * One destination of a run.
   *
   * @param option the option that named it, for messages (e.g. {@code --out})
   * @param path the path as given
   * @param kind directory or file
   * @param force whether a non-empty directory without the marker may be replaced (directories only)
   */
  public record Target(String option, Path path, Kind kind, boolean force) {
    /**
     * Validates that the fields are present.
     *
     * @param option the option that named it, for messages (e.g. {@code --out})
     * @param path the path as given
     * @param kind directory or file
     * @param force whether a non-empty directory without the marker may be replaced (directories only)
     */
    public Target {
      if (option == null || path == null || kind == null) {
        throw new IllegalArgumentException("option, path and kind = null: must be given");
      }
    }
  }

  /**
   * Checks every output against the rules, the inputs, the working directory and the others.
   *
   * @param outputs the destinations of one run
   * @param inputs files the run reads (their directories and ancestors are never replaced)
   * @throws IllegalArgumentException naming the first violation
   */
  public static void check(List<Target> outputs, List<Path> inputs) {
    Path cwd = real(Path.of("").toAbsolutePath());
    Path home = real(Path.of(System.getProperty("user.home", "/")).toAbsolutePath());
    List<Path> ins = new ArrayList<>();
    for (Path in : inputs) {
      ins.add(real(abs(in)));
      ins.add(abs(in));
    }
    for (Target t : outputs) {
      if (t.kind() == Kind.DIRECTORY) {
        checkDirectory(t, ins, cwd, home);
      } else {
        checkFile(t, ins);
      }
    }
    for (int i = 0; i < outputs.size(); i++) {
      for (int j = i + 1; j < outputs.size(); j++) {
        checkApart(outputs.get(i), outputs.get(j));
      }
    }
  }

  private static void checkDirectory(Target t, List<Path> inputs, Path cwd, Path home) {
    if (t.path().toString().isEmpty()) {
      throw bad(t, "a directory name (it is empty)");
    }
    Path a = abs(t.path());
    Path r = real(a);
    if (a.getParent() == null || r.getParent() == null) {
      throw bad(t, "a directory Escalon may replace as a whole, not the file-system root");
    }
    if (cwd.startsWith(r) || cwd.startsWith(a)) {
      throw bad(t, "a directory Escalon may replace as a whole, not the working directory or one of its "
          + "ancestors");
    }
    if (home.startsWith(r) || home.startsWith(a)) {
      throw bad(t, "a directory Escalon may replace as a whole, not the home directory or one of its ancestors");
    }
    if (Files.exists(a) && !Files.isDirectory(a)) {
      throw bad(t, "a directory (it is a file)");
    }
    for (Path in : inputs) {
      if (in.startsWith(r) || in.startsWith(a)) {
        throw bad(t, "a directory that holds no input file (it holds " + in + ")");
      }
    }
    if (Files.isSymbolicLink(a)) {
      throw bad(t, "a directory, not a symbolic link (give the directory it points to)");
    }
    checkParent(t, a);
    if (!t.force() && Files.isDirectory(a) && !Files.exists(a.resolve(MARKER)) && !isEmpty(t, a)) {
      throw bad(t, "a new or empty directory or one written by Escalon (it holds other files and no " + MARKER
          + " marker; --force replaces it anyway)");
    }
  }

  private static void checkFile(Target t, List<Path> inputs) {
    if (t.path().toString().isEmpty()) {
      throw bad(t, "a file name (it is empty)");
    }
    Path a = abs(t.path());
    if (a.getParent() == null || Files.isDirectory(a)) {
      throw bad(t, "a file name (it is a directory)");
    }
    if (Files.exists(a) && !Files.isRegularFile(a)) {
      throw bad(t, "a regular file or a new file name (it is a device, pipe or socket)");
    }
    Path r = real(a);
    for (Path in : inputs) {
      if (in.equals(r) || in.equals(a)) {
        throw bad(t, "a file other than the input " + in);
      }
    }
    checkParent(t, a);
  }

  /** The nearest existing ancestor must be a directory (not a file we would have to write into). */
  private static void checkParent(Target t, Path a) {
    for (Path p = a.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw bad(t, "a path inside a directory (" + p + " is a file)");
        }
        return;
      }
    }
  }

  private static void checkApart(Target x, Target y) {
    Path a = real(abs(x.path()));
    Path b = real(abs(y.path()));
    if (a.equals(b)) {
      throw bad(y, "a path other than " + x.option() + " = '" + x.path() + "'");
    }
    if (a.startsWith(b) || b.startsWith(a)) {
      Target outer = a.startsWith(b) ? y : x;
      Target inner = outer == x ? y : x;
      throw bad(inner, "a path outside " + outer.option() + " = '" + outer.path() + "' (which is replaced as a "
          + "whole)");
    }
  }

  private static boolean isEmpty(Target t, Path dir) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    } catch (IOException e) {
      throw bad(t, "a readable directory (" + e.getMessage() + ")");
    }
  }

  static IllegalArgumentException bad(Target t, String mustBe) {
    return new IllegalArgumentException(t.option() + " = '" + t.path() + "': must be " + mustBe);
  }

  static Path abs(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** {@code p} with symbolic links resolved in its longest existing prefix (the rest appended unchanged). */
  static Path real(Path p) {
    Path existing = p;
    Path rest = null;
    while (existing != null && !Files.exists(existing)) {
      Path name = existing.getFileName();
      rest = rest == null ? name : name.resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return p;
    }
    try {
      Path r = existing.toRealPath();
      return rest == null ? r : r.resolve(rest).normalize();
    } catch (IOException e) {
      return p;
    }
  }
}
