/**
 * Output files and directories that never lose a user's data: every command that writes files goes through an
 * {@link org.escalon.examples.io.OutputSet}.
 *
 * <p><b>Rules</b> ({@link org.escalon.examples.io.OutputRules}, checked before any work starts; a violation is an
 * {@link IllegalArgumentException} with the one-line message {@code --out = '…': must be …}, which the CLI turns
 * into exit status 2):
 * <ul>
 *   <li>an output directory is owned by Escalon: it carries the marker file {@value
 *       org.escalon.examples.io.OutputRules#MARKER}, and only a directory with the marker (or an empty one, or a
 *       missing one) is replaced; {@code --force} overrides the marker rule and nothing else;</li>
 *   <li>never an output directory: an empty path, {@code .}, {@code ..}, the file-system root, the working
 *       directory or any of its ancestors, the home directory, a directory that holds an input file (directly or
 *       deeper), a symbolic link, an existing file;</li>
 *   <li>never an output file: an empty path, a directory, anything but a regular file, an input file;</li>
 *   <li>no output equal to, inside or around another output of the same run.</li>
 * </ul>
 *
 * <p><b>Commit protocol</b>. Everything is written into staging siblings of the destinations (same directory, so
 * the final moves are renames): {@code .NAME.escalon-new-PID-N} directories and files. {@link
 * org.escalon.examples.io.OutputSet#commit()} then (1) fsyncs every staged file and directory and writes the
 * marker last, (2) for each destination in turn renames an existing directory aside ({@code
 * .NAME.escalon-old-PID-N}) and the staged one into place, or renames a staged file over the old file ({@code
 * ATOMIC_MOVE}), fsyncing the parent, and (3) deletes what was set aside. The state of every output is journaled
 * in memory under a lock held only for one rename at a time. A JVM shutdown hook (SIGINT, SIGTERM, {@code
 * System.exit}) takes that lock and can only roll forward or back: before the first rename it deletes the staging
 * (every destination keeps its old contents); after it, every staged output is complete and synced, so it
 * completes the renames (every destination holds the new output). It then prints which state each destination is
 * in. Temporary files and directories Escalon created (including missing parents of a destination) are removed
 * on every exit path: error, signal, or {@link org.escalon.examples.io.OutputSet#close()} without commit.
 * Leftovers of a process that was killed outright (SIGKILL, out of memory) are cleaned up, or the interrupted
 * swap completed, by the next run into the same destination.
 *
 * <p><b>Use</b> (for example a command with {@code --out DIR}):
 * <pre>
 * try (OutputSet outputs = OutputSet.builder().input(scenarioFile).directory("--out", dir, force).open()) {
 *   Path staging = outputs.staging("--out");   // write every file in here
 *   ...
 *   outputs.commit();                          // now DIR holds the new output
 * }
 * </pre>
 *
 * <p>{@link org.escalon.examples.io.Checkpoints} is a test hook (system property {@value
 * org.escalon.examples.io.Checkpoints#PAUSE_PROPERTY}) that announces each step on stderr and can pause at one.
 * An {@code OutputSet} is used by one thread; its shutdown hook is the only other thread that touches it.
 */
package org.escalon.examples.io;
