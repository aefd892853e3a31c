package org.escalon.examples.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The outputs of one run, written with the commit protocol of the package documentation: checked against the
 * rules before any work ({@link Builder#open()}), staged beside their destinations, put in place together by
 * {@link #commit()}, rolled back by {@link #close()} when not committed, and protected by a shutdown hook that
 * rolls forward or back and says which. Used by one thread; not reusable.
 */
public final class OutputSet implements AutoCloseable {

  private final List<Staged> outputs = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Thread hook;
  private boolean renamed;
  private boolean committed;
  private boolean closed;

  private final List<OutputRules.Target> targets;

  private OutputSet(List<OutputRules.Target> targets) {
    this.targets = List.copyOf(targets);
    this.hook = new Thread(this::onShutdown, "escalon-outputs");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * A builder: name the inputs and the outputs, then {@link Builder#open()}.
   *
   * @return a builder: name the inputs and the outputs, then {@link Builder#open()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the inputs and destinations of a run. */
  public static final class Builder {
    private final List<Path> inputs = new ArrayList<>();
    private final List<OutputRules.Target> targets = new ArrayList<>();

    private Builder() {}

    /**
     * A file the run reads (null: none); its directory and their ancestors are never replaced.
     *
     * @param file a file the run reads (null: none); its directory and their ancestors are never replaced
     * @return this builder
     */
    public Builder input(Path file) {
      if (file != null) {
        inputs.add(file);
      }
      return this;
    }

    /**
     * An output directory named by {@code option}; {@code force} allows replacing one without the marker.
     *
     * @param option the option that named it, for messages (e.g. {@code --out})
     * @param dir the directory
     * @param force whether a non-empty directory without the marker may be replaced (directories only)
     * @return this builder
     */
    public Builder directory(String option, Path dir, boolean force) {
      targets.add(new OutputRules.Target(option, dir, OutputRules.Kind.DIRECTORY, force));
      return this;
    }

    /**
     * An output file named by {@code option} (null: the option was not given, nothing is added).
     *
     * @param option the option that named it, for messages (e.g. {@code --out})
     * @param file the file, or null when the option was not given
     * @return this builder
     */
    public Builder file(String option, Path file) {
      if (file != null) {
        targets.add(new OutputRules.Target(option, file, OutputRules.Kind.FILE, false));
      }
      return this;
    }

    /** Checks the rules only (nothing is created). */
    public void check() {
      OutputRules.check(targets, inputs);
    }

    /**
     * Checks the rules, finishes leftovers of killed runs, creates the staging paths and installs the hook.
     *
     * @return the open output set, whose staging paths the run writes into
     * @throws IllegalArgumentException a rule is broken, or a staging path cannot be created ({@code --out =
     * '…': must be …}); nothing is left behind
     */
    public OutputSet open() {
      check();
      OutputSet set = new OutputSet(targets);
      for (OutputRules.Target t : targets) {
        Exception failure = null;
        set.lock.lock();
        try {
          StaleOutputs.recover(OutputRules.abs(t.path()));
          set.outputs.add(Staged.create(t));
        } catch (IOException | RuntimeException e) {
          failure = e;
        } finally {
          set.lock.unlock();
        }
        if (failure != null) {
          set.close();
          throw OutputRules.bad(t, "a path where Escalon can write (" + (failure instanceof AccessDeniedException
              ? "permission denied: " + ((AccessDeniedException) failure).getFile() : failure.toString()) + ")");
        }
        Checkpoints.reached("staged " + t.option());
      }
      return set;
    }
  }

  /**
   * Where to write the output named by {@code option}: a directory or a file that exists and is empty.
   *
   * @param option the option that named it, for messages (e.g. {@code --out})
   * @return where to write the output named by {@code option}: a directory or a file that exists and is empty
   */
  public Path staging(String option) {
    for (Staged s : outputs) {
      if (s.target.option().equals(option)) {
        return s.staging();
      }
    }
    throw new IllegalArgumentException("option = " + option + ": must be one of the outputs of this set");
  }

  /**
   * Puts every staged output in place: fsync, then renames, then deletes the old contents.
   *
   * @throws IOException a step failed; the message ends with the state of every destination (outputs not yet in
   *     place keep their old contents)
   */
  public void commit() throws IOException {
    try {
      for (Staged s : outputs) {
        s.sync();
        Checkpoints.reached("synced " + s.target.option());
      }
      for (Staged s : outputs) {
        String did;
        do {
          lock.lock();
          try {
            did = s.step();
            renamed |= did != null;
          } finally {
            lock.unlock();
          }
          if (did != null) {
            Checkpoints.reached(did);
          }
        } while (did != null);
      }
      lock.lock();
      try {
        outputs.forEach(Staged::finish);
        committed = true;
      } finally {
        lock.unlock();
      }
      Checkpoints.reached("committed");
    } catch (IOException e) {
      lock.lock();
      try {
        rollBackPending();
      } finally {
        lock.unlock();
      }
      throw new IOException(e.getMessage() + " (" + describe() + ")", e);
    }
  }

  /** Rolls back every output not committed and removes the hook; after {@link #commit()} it only removes it. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      if (!committed) {
        rollBackPending();
      }
    } finally {
      lock.unlock();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down: the hook finds the set closed
    }
  }

  /**
   * The state of every destination, e.g. {@code --out DIR unchanged; --export-patients FILE not created}.
   *
   * @return the state of every destination, e.g
   */
  public String describe() {
    StringJoiner j = new StringJoiner("; ");
    for (int i = 0; i < targets.size(); i++) {
      OutputRules.Target t = targets.get(i);
      j.add(i < outputs.size() ? outputs.get(i).describe() : t.option() + " " + t.path()
          + (Files.exists(t.path(), LinkOption.NOFOLLOW_LINKS) ? " unchanged" : " not created"));
    }
    return j.toString();
  }

  private void rollBackPending() {
    for (int i = outputs.size() - 1; i >= 0; i--) {
      try {
        outputs.get(i).rollBack();
      } catch (IOException e) {
        // describe() tells where the contents are
      }
    }
  }

  /** The shutdown hook: takes the lock for good, rolls forward (after the first rename) or back, and reports. */
  private void onShutdown() {
    lock.lock();
    if (closed) {
      return;
    }
    if (!committed && renamed) {
      try {
        for (Staged s : outputs) {
          while (s.step() != null) {
            // each call is one rename
          }
        }
        outputs.forEach(Staged::finish);
      } catch (IOException e) {
        rollBackPending();
      }
    } else if (!committed) {
      rollBackPending();
    }
    System.err.println();
    System.err.println("escalon: interrupted; " + describe());
    System.err.flush();
  }
}
