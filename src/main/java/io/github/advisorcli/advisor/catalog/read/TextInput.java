package io.github.advisorcli.advisor.catalog.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Lets a parser read only UTF-8 text: a UTF-8 byte order mark is skipped; UTF-16 and UTF-32 (with
 * or without a byte order mark), malformed UTF-8 and raw control characters other than tab, line
 * feed and carriage return (which neither JSON nor YAML allows) are refused with the line they are
 * on. Jackson would otherwise read UTF-16 and UTF-32 JSON silently, and report the rest as assorted
 * syntax errors, some without a place. Optionally bounds the length of a line ({@link
 * Parsers#MAX_YAML_LINE}).
 */
final class TextInput extends InputDecorator {
  private final int maxLine;

  /**
   * @param maxLine the longest line allowed, in bytes; 0 for no limit
   */
  TextInput(int maxLine) {
    this.maxLine = maxLine;
  }

  @Override
  public InputStream decorate(IOContext ctxt, InputStream in) {
    return new Checked(in, maxLine);
  }

  @Override
  public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) {
    return new Checked(new ByteArrayInputStream(src, offset, length), maxLine);
  }

  @Override
  public Reader decorate(IOContext ctxt, Reader r) {
    return r; // already characters: nothing to check
  }

  /** Input advisor refuses to read, with a message meant for the user. */
  static final class RejectedInputException extends JsonParseException {
    RejectedInputException(String message, JsonLocation at) {
      super(message, at);
    }

    RejectedInputException(String message, long line) {
      super(
          message,
          line > 0 && line <= Integer.MAX_VALUE
              ? new JsonLocation(ContentReference.unknown(), -1L, (int) line, 0)
              : JsonLocation.NA);
    }
  }

  private static final class Checked extends InputStream {
    private final InputStream in;
    private final int maxLine;
    private byte[] head;
    private int headPos;
    private long line = 1;
    private long lineBytes;
    private boolean afterCr;

    /** Continuation bytes still expected, and the range the next one must fall in. */
    private int pending;

    private int low = 0x80;
    private int high = 0xBF;

    /** The bytes of the character being read, for the message when it turns out malformed. */
    private final int[] sequence = new int[4];

    private int sequenceLength;

    Checked(InputStream in, int maxLine) {
      this.in = in;
      this.maxLine = maxLine;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n;
      do {
        n = read(one, 0, 1);
      } while (n == 0);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (head == null) {
        start();
      }
      if (maxLine > 0) {
        return readAhead(b, off, len);
      }
      int n;
      if (headPos < head.length) {
        n = Math.min(len, head.length - headPos);
        System.arraycopy(head, headPos, b, off, n);
        headPos += n;
      } else {
        n = in.read(b, off, len);
      }
      if (n < 0) {
        if (pending > 0) {
          throw reject("not UTF-8 text: the file ends inside a multi-byte character");
        }
        return n;
      }
      check(b, off, n);
      return n;
    }

    /**
     * Bytes read and checked ahead of the parser when lines are bounded: {@code ahead[aheadPos,
     * aheadEnd)}. The parser is handed bytes only while more than a line's limit of checked bytes
     * follow them (or the end of the file does), so an over-long line is refused before the parser
     * has read more than a few of its bytes; it never reads the rest of the file, nor spends time
     * on the line (SnakeYAML's cost grows with the square of a token's length).
     */
    private byte[] ahead;

    private int aheadPos;
    private int aheadEnd;
    private boolean atEnd;

    /** Another error found ahead, raised when the parser reaches its place, as it would be. */
    private RejectedInputException deferred;

    private boolean lineTooLong;

    /** Where in its buffer {@link #check} met the last byte other than printable ASCII. */
    private int at;

    private int readAhead(byte[] b, int off, int len) throws IOException {
      if (ahead == null) {
        ahead = new byte[Math.min(1 << 16, 2 * maxLine + 2)];
        System.arraycopy(head, 0, ahead, 0, head.length);
        checkAhead(head.length);
      }
      fill();
      if (aheadPos == aheadEnd) {
        if (deferred != null) {
          throw deferred;
        }
        if (pending > 0) {
          throw reject("not UTF-8 text: the file ends inside a multi-byte character");
        }
        return -1;
      }
      int n = Math.min(len, aheadEnd - aheadPos);
      System.arraycopy(ahead, aheadPos, b, off, n);
      aheadPos += n;
      return n;
    }

    /** Reads on until more than a line's limit is checked ahead, or the end, or an error. */
    private void fill() throws IOException {
      while (!atEnd && aheadEnd - aheadPos <= maxLine) {
        if (aheadEnd == ahead.length) {
          int kept = aheadEnd - aheadPos;
          byte[] target =
              kept * 2 > ahead.length
                  ? new byte[Math.min(2 * ahead.length, 2 * maxLine + 2)]
                  : ahead;
          System.arraycopy(ahead, aheadPos, target, 0, kept);
          ahead = target;
          aheadPos = 0;
          aheadEnd = kept;
        }
        int n = in.read(ahead, aheadEnd, ahead.length - aheadEnd);
        if (n < 0) {
          atEnd = true;
        } else {
          checkAhead(n);
        }
      }
    }

    /**
     * Checks the {@code n} bytes just read after {@code aheadEnd}. An over-long line is refused at
     * once; any other error waits for the parser to reach the byte it is about.
     */
    private void checkAhead(int n) throws IOException {
      at = aheadEnd;
      try {
        check(ahead, aheadEnd, n);
        aheadEnd += n;
      } catch (RejectedInputException e) {
        if (lineTooLong) {
          throw e;
        }
        deferred = e;
        aheadEnd = at;
        atEnd = true;
      }
    }

    /** Reads the first bytes: skips a UTF-8 byte order mark, refuses UTF-16 and UTF-32. */
    private void start() throws IOException {
      byte[] first = in.readNBytes(4);
      int n = first.length;
      int b0 = n > 0 ? first[0] & 0xFF : -1;
      int b1 = n > 1 ? first[1] & 0xFF : -1;
      int b2 = n > 2 ? first[2] & 0xFF : -1;
      int b3 = n > 3 ? first[3] & 0xFF : -1;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        throw reject(
            "not UTF-8 text: the file starts with a UTF-16 or UTF-32 byte order mark; save it as"
                + " UTF-8");
      }
      if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
        throw reject(
            "not UTF-8 text: the file starts with a UTF-32 byte order mark; save it as UTF-8");
      }
      if (b0 == 0 || b1 == 0 || b2 == 0 || b3 == 0) {
        throw reject(
            "not UTF-8 text: NUL bytes at the start, as in UTF-16 or UTF-32; save it as UTF-8");
      }
      int skip = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF ? 3 : 0;
      head = java.util.Arrays.copyOfRange(first, skip, n);
    }

    private void check(byte[] b, int off, int n) throws IOException {
      long limit = maxLine > 0 ? maxLine : Long.MAX_VALUE;
      long used = lineBytes;
      boolean cr = afterCr;
      for (int i = off, end = off + n; i < end; i++) {
        int c = b[i];
        if (c >= 0x20 && pending == 0) {
          // Printable ASCII, nearly every byte: kept short, a 400 MB catalog passes through here.
          cr = false;
          if (++used > limit) {
            throw tooLong();
          }
          continue;
        }
        lineBytes = used;
        afterCr = cr;
        at = i;
        other(c & 0xFF);
        used = lineBytes;
        cr = afterCr;
      }
      lineBytes = used;
      afterCr = cr;
    }

    /** A byte other than printable ASCII. */
    private void other(int c) throws IOException {
      if (pending > 0) {
        sequence[sequenceLength++] = c;
        if (c < low || c > high) {
          StringBuilder bytes = new StringBuilder();
          for (int k = 0; k < sequenceLength; k++) {
            bytes.append(String.format(" %02X", sequence[k]));
          }
          throw reject("not UTF-8 text: the bytes" + bytes + " are no UTF-8 character");
        }
        pending--;
        low = 0x80;
        high = 0xBF;
      } else if (c == '\n') {
        if (!afterCr) {
          line++;
        }
        lineBytes = 0;
        afterCr = false;
        return;
      } else if (c == '\r') {
        line++;
        lineBytes = 0;
        afterCr = true;
        return;
      } else if (c == 0) {
        throw reject("not UTF-8 text: a NUL byte");
      } else if (c < 0x20 && c != '\t') {
        throw reject(
            String.format(
                "a raw control character (U+%04X); write it escaped in a quoted string", c));
      } else if (c >= 0x80) {
        lead(c);
      }
      afterCr = false;
      if (maxLine > 0 && ++lineBytes > maxLine) {
        throw tooLong();
      }
    }

    private RejectedInputException tooLong() {
      lineTooLong = true;
      return reject(
          String.format(
              "the line is longer than %,d bytes; split long text over several lines", maxLine));
    }

    /** The first byte of a multi-byte character: how many follow, and the range of the next. */
    private void lead(int c) throws IOException {
      sequence[0] = c;
      sequenceLength = 1;
      if (c >= 0xC2 && c <= 0xDF) {
        pending = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        pending = 2;
        low = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        high = c == 0xED ? 0x9F : 0xBF; // no surrogates
      } else if (c >= 0xF0 && c <= 0xF4) {
        pending = 3;
        low = c == 0xF0 ? 0x90 : 0x80; // no overlong forms
        high = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
      } else {
        throw reject(String.format("not UTF-8 text: the byte %02X starts no UTF-8 character", c));
      }
    }

    private RejectedInputException reject(String message) {
      return new RejectedInputException(message, line);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
