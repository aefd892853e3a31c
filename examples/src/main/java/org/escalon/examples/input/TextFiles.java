package org.escalon.examples.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading users' text files (scenario files, CSV) as UTF-8, with messages that say what is wrong: a missing file,
 * "permission denied" with the path, a directory where a file was expected, or bytes that are not UTF-8 (with the
 * byte offset and line of the first bad byte, e.g. a Latin-1 export). A leading byte-order mark (spreadsheet
 * exports write one) is skipped. Stateless.
 */
public final class TextFiles {
  private TextFiles() {}

  /** A problem reading a file; the message starts with the path. */
  public static final class ReadException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    ReadException(String message) {
      super(message);
    }
  }

  /**
   * The whole file as text (BOM removed).
   *
   * @param file the whole file as text (BOM removed)
   * @return the whole file as text (BOM removed)
   */
  public static String read(Path file) {
    byte[] bytes;
    try {
      checkReadable(file);
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw problem(file, e);
    }
    CharsetDecoder dec = decoder();
    try {
      return stripBom(dec.decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      throw notUtf8(file);
    }
  }

  /**
   * A reader on the file that fails on bytes that are not UTF-8 (BOM skipped); see {@link #problem}.
   *
   * @param file a reader on the file that fails on bytes that are not UTF-8 (BOM skipped); see {@link #problem}
   * @return a reader on the file that fails on bytes that are not UTF-8 (BOM skipped); see {@link #problem}
   */
  public static Reader reader(Path file) {
    BufferedReader r = null;
    try {
      checkReadable(file);
      r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder()));
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      return r;
    } catch (IOException e) {
      closeQuietly(r);
      throw problem(file, e);
    }
  }

  private static void closeQuietly(Reader r) {
    if (r != null) {
      try {
        r.close();
      } catch (IOException e) {
        // already failing
      }
    }
  }

  /**
   * The message for an {@link IOException} met while reading {@code file} (through {@link #reader}).
   *
   * @param file the file that was being read
   * @param e the error met
   * @return the message for an {@link IOException} met while reading {@code file} (through {@link #reader})
   */
  public static ReadException problem(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new ReadException(file + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new ReadException(file + ": permission denied");
    }
    if (e instanceof CharacterCodingException) {
      return notUtf8(file);
    }
    String m = e.getMessage();
    return new ReadException(file + ": cannot read: " + (m == null ? e.getClass().getSimpleName() : m));
  }

  private static void checkReadable(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("it is a directory, not a file");
    }
    if (Files.exists(file) && !Files.isReadable(file)) {
      throw new AccessDeniedException(file.toString());
    }
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Finds the first byte that is not UTF-8 (streaming, so any size of file) and names it. */
  static ReadException notUtf8(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      CharsetDecoder dec = decoder();
      ByteBuffer buf = ByteBuffer.allocate(1 << 16);
      CharBuffer out = CharBuffer.allocate(1 << 16);
      long offset = 0;
      long line = 1;
      int n;
      while ((n = in.read(buf.array(), buf.position(), buf.remaining())) >= 0 || buf.position() > 0) {
        boolean end = n < 0;
        buf.position(buf.position() + Math.max(n, 0));
        buf.flip();
        int start = buf.position();
        CoderResult r = dec.decode(buf, out, end);
        out.clear();
        for (int i = start; i < buf.position(); i++) {
          line += buf.get(i) == '\n' ? 1 : 0;
        }
        offset += buf.position() - start;
        if (r.isError()) {
          int bad = buf.get(buf.position()) & 0xff;
          return new ReadException(String.format("%s: not UTF-8 text: byte 0x%02X at byte offset %d (line %d); "
              + "save the file as UTF-8", file, bad, offset, line));
        }
        buf.compact();
        if (end) {
          break;
        }
      }
    } catch (IOException e) {
      return new ReadException(file + ": not UTF-8 text; save the file as UTF-8");
    }
    return new ReadException(file + ": not UTF-8 text; save the file as UTF-8");
  }
}
