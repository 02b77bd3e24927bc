package io.github.advisorcli.advisor.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that remembers why a write failed, which {@link PrintWriter} alone would swallow:
 * output that cannot be written (a full disk, {@code > /dev/full}, a closed descriptor) is an
 * error, not success. A reader that stops early ({@code | head}) is not: that is a broken pipe, and
 * the run ends as it would have.
 */
final class CheckedOutput extends PrintWriter {
  private final Recorder recorder;

  private CheckedOutput(Recorder recorder) {
    super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), true);
    this.recorder = recorder;
  }

  static CheckedOutput of(FileDescriptor fd) {
    return new CheckedOutput(new Recorder(new FileOutputStream(fd)));
  }

  /**
   * The exit code once a command is done: {@code code}, unless writing its output failed for a
   * reason other than a reader that went away, which is one line on {@code err} and exit 1.
   */
  static int finish(PrintWriter out, PrintWriter err, int code) {
    if (!(out instanceof CheckedOutput checked)) {
      return code;
    }
    checked.flush();
    IOException failure = checked.recorder.failure;
    if (failure == null || brokenPipe(failure)) {
      return code;
    }
    err.println(
        "advisor: cannot write the output: "
            + io.github.advisorcli.advisor.AdvisorException.reason(failure));
    err.flush();
    return ExitCodes.OUTPUT;
  }

  private static boolean brokenPipe(IOException e) {
    String message = e.getMessage();
    return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
  }

  /** Passes bytes on; after the first failure, fails at once without writing again. */
  private static final class Recorder extends FilterOutputStream {
    private IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }
}
