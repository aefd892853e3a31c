package org.escalon.examples.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** File-system steps of the commit protocol: renames, fsync, tree deletion, parent creation. Internal. */
final class FileOps {

  private FileOps() {}

  /** Renames {@code from} to {@code to} (same directory, so atomic on POSIX; replaces a file {@code to}). */
  static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Forces a file's or directory's contents and metadata to the device; quiet where the platform cannot. */
  static void fsync(Path p) throws IOException {
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      if (!Files.isDirectory(p)) {
        throw e;
      }
      // some platforms cannot open a directory for fsync: nothing more to do there
    }
  }

  /** fsyncs every file and directory under {@code root} (directories after their contents). */
  static void fsyncTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile()) {
          fsync(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        if (exc != null) {
          throw exc;
        }
        fsync(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * Deletes a file or directory tree; a tree is first renamed to a fresh name, so that a writer still holding
   * the old path cannot add entries while it is being deleted. Returns whether nothing is left.
   */
  static boolean delete(Path p) {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    Path victim = p;
    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Path trash = p.resolveSibling(p.getFileName() + ".trash");
      try {
        Files.move(p, trash, StandardCopyOption.ATOMIC_MOVE);
        victim = trash;
      } catch (IOException e) {
        victim = p;
      }
    }
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        deleteTree(victim);
        return true;
      } catch (IOException e) {
        // a concurrent writer added an entry, or a file vanished: try again
      }
    }
    return !Files.exists(victim, java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  private static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * Creates the missing ancestors of {@code p} (not {@code p} itself).
   *
   * @return the directories created, outermost first (to delete in reverse order when the run fails)
   */
  static List<Path> createParents(Path p) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path d = p.getParent(); d != null && !Files.exists(d); d = d.getParent()) {
      missing.add(0, d);
    }
    List<Path> created = new ArrayList<>();
    for (Path d : missing) {
      try {
        Files.createDirectory(d);
        created.add(d);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // made by someone else meanwhile: not ours to delete
      }
    }
    return created;
  }

  /** Deletes the directories in {@code created} that are empty, innermost first. */
  static void deleteCreated(List<Path> created) {
    for (int i = created.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(created.get(i));
      } catch (DirectoryNotEmptyException e) {
        return;
      } catch (IOException e) {
        // best effort: the caller reports what it could not remove
      }
    }
  }
}
