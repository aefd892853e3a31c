package org.escalon.examples.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One destination of an {@link OutputSet} and its journal: the staging path, what was set aside, the parents
 * created, and the state. Every method that changes the file system is called with the set's lock held. Internal.
 *
 * <pre>
 * STAGING --(dest exists, directory)--> OLD_ASIDE --> IN_PLACE --> DONE
 * STAGING ----------(otherwise)-------------------> IN_PLACE --> DONE
 * STAGING --roll back--> ROLLED_BACK        OLD_ASIDE --roll back--> ROLLED_BACK (old renamed back)
 * </pre>
 */
final class Staged {

  /** Journal states. */
  enum State { STAGING, OLD_ASIDE, IN_PLACE, DONE, ROLLED_BACK }

  private static final AtomicLong COUNTER = new AtomicLong();

  final OutputRules.Target target;
  final Path dest;
  final boolean existed;
  private final Path staging;
  private final Path old;
  private final List<Path> createdParents;
  private State state = State.STAGING;

  private Staged(OutputRules.Target target, Path dest, Path staging, Path old, List<Path> createdParents) {
    this.target = target;
    this.dest = dest;
    this.existed = Files.exists(dest, LinkOption.NOFOLLOW_LINKS);
    this.staging = staging;
    this.old = old;
    this.createdParents = createdParents;
  }

  /** Creates the staging sibling of {@code target}'s destination (and any missing parents). */
  static Staged create(OutputRules.Target target) throws IOException {
    Path dest = OutputRules.abs(target.path());
    List<Path> created = FileOps.createParents(dest);
    String id = ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    Path staging = dest.resolveSibling("." + dest.getFileName() + StaleOutputs.NEW + id);
    Path old = dest.resolveSibling("." + dest.getFileName() + StaleOutputs.OLD + id);
    Staged s = new Staged(target, dest, staging, old, created);
    try {
      if (target.kind() == OutputRules.Kind.DIRECTORY) {
        Files.createDirectory(staging);
        permissions(staging, "rwxr-xr-x");
      } else {
        Files.createFile(staging);
        permissions(staging, "rw-r--r--");
      }
    } catch (IOException e) {
      FileOps.deleteCreated(created);
      throw e;
    }
    return s;
  }

  private static void permissions(Path p, String perms) throws IOException {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep the default
    }
  }

  Path staging() {
    return staging;
  }

  State state() {
    return state;
  }

  /** Commit step 1 (no lock needed): writes the marker into a directory, then fsyncs everything staged. */
  void sync() throws IOException {
    if (target.kind() == OutputRules.Kind.DIRECTORY) {
      Files.writeString(staging.resolve(OutputRules.MARKER), "Written by Escalon. This directory is replaced as a "
          + "whole by the next run that writes here; do not keep other files in it.\n", StandardCharsets.UTF_8);
    }
    if (target.kind() == OutputRules.Kind.DIRECTORY) {
      FileOps.fsyncTree(staging);
    } else {
      FileOps.fsync(staging);
    }
  }

  /** The next rename of the commit; returns a description of what it did, or null when in place. */
  String step() throws IOException {
    switch (state) {
      case STAGING:
        if (existed && target.kind() == OutputRules.Kind.DIRECTORY) {
          FileOps.rename(dest, old);
          state = State.OLD_ASIDE;
          return "moved old " + dest.getFileName() + " aside";
        }
        return putInPlace();
      case OLD_ASIDE:
        return putInPlace();
      default:
        return null;
    }
  }

  private String putInPlace() throws IOException {
    FileOps.rename(staging, dest);
    state = State.IN_PLACE;
    FileOps.fsync(dest.getParent());
    return "new " + dest.getFileName() + " in place";
  }

  /** Commit step 3: deletes what was set aside; returns whether it is gone. */
  boolean finish() {
    boolean gone = state != State.IN_PLACE || !existed || target.kind() == OutputRules.Kind.FILE
        || FileOps.delete(old);
    if (state == State.IN_PLACE) {
      state = State.DONE;
    }
    return gone;
  }

  /** Undoes a commit that has not put the new output in place; the destination keeps its old contents. */
  void rollBack() throws IOException {
    if (state == State.OLD_ASIDE) {
      FileOps.rename(old, dest);
      state = State.STAGING;
    }
    if (state == State.STAGING) {
      FileOps.delete(staging);
      FileOps.deleteCreated(createdParents);
      state = State.ROLLED_BACK;
    }
  }

  /** Whether the destination now holds the new output. */
  boolean holdsNew() {
    return state == State.IN_PLACE || state == State.DONE;
  }

  /** One phrase for messages: which state the destination is in. */
  String describe() {
    String name = target.option() + " " + target.path();
    if (holdsNew()) {
      return name + " holds the new output";
    }
    if (state == State.OLD_ASIDE) {
      return name + " is missing: its old contents are in " + old + ", the new output in " + staging;
    }
    return name + (existed ? " unchanged" : " not created");
  }
}
