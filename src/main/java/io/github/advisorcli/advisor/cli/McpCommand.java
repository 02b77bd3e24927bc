package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.mcp.AdvisorServer;
import io.github.advisorcli.advisor.mcp.CommandRun;
import io.github.advisorcli.advisor.render.Labels;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code advisor mcp}: a Model Context Protocol server on stdin/stdout whose tools run this command
 * tree in-process, sharing one session, so the catalog is loaded once.
 */
@Command(
    addMethodSubcommands = false,
    name = "mcp",
    mixinStandardHelpOptions = true,
    sortOptions = false)
public final class McpCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  McpCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (session.options().debug()) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
    AdvisorServer server = server(session, spec.root().commandLine().getParseResult());
    if (session.environment().interactive()) {
      spec.commandLine().getErr().println(session.options().labels().get("mcp.interactive"));
      spec.commandLine().getErr().flush();
    }
    // Standard output carries the protocol: anything else printed by mistake goes to stderr.
    PrintStream stdout = System.out;
    OutputStream protocol = new FileOutputStream(FileDescriptor.out);
    System.setOut(System.err);
    try {
      server.serve(session.environment().in(), protocol);
    } finally {
      System.setOut(stdout);
    }
    return ExitCodes.OK;
  }

  /**
   * The server for a session, as {@code advisor GLOBALS... mcp} (parsed) starts it: the catalog
   * loaded now, once (a catalog error stops it before it serves, with exit 2), and a tree of its
   * own over the same session for the calls.
   */
  static AdvisorServer server(Session session, ParseResult parsed) {
    List<String> globals = globals(parsed);
    Labels labels = session.options().labels();
    Catalog catalog = session.services().catalog();
    CommandLine tree = Cli.create(session);
    // The session sees the global options (--lang, --catalog, ...) before the first call too.
    tree.parseArgs(globals.toArray(String[]::new));
    tree.setResourceBundle(labels.bundle());
    return new AdvisorServer(
        tree, runner(tree, globals), catalog, labels, VersionProvider.version());
  }

  /**
   * The global options given to {@code advisor mcp} ({@code --catalog}, {@code --lang}, ...), to be
   * given to every command the server runs; colour is always off.
   */
  static List<String> globals(ParseResult parsed) {
    List<String> args = new ArrayList<>();
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      for (OptionSpec o : p.matchedOptions()) {
        if (o.scopeType() != ScopeType.INHERIT
            || o.usageHelp()
            || o.versionHelp()
            || o.longestName().equals("--color")) {
          continue;
        }
        if (o.arity().max() == 0) {
          args.add(o.longestName());
        } else {
          o.originalStringValues().forEach(v -> args.add(o.longestName() + "=" + v));
        }
      }
    }
    args.add("--color=never");
    return args;
  }

  /** Runs command lines of the tree one at a time, with their output captured. */
  static CommandRun.Runner runner(CommandLine tree, List<String> globals) {
    Object lock = new Object();
    return args -> {
      synchronized (lock) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        tree.setOut(new PrintWriter(out, true));
        tree.setErr(new PrintWriter(err, true));
        List<String> argv = new ArrayList<>(globals);
        argv.addAll(args);
        int code = tree.execute(argv.toArray(String[]::new));
        return new CommandRun(code, out.toString(), err.toString());
      }
    };
  }
}
