package io.github.advisorcli.advisor.cli;

/**
 * The parts of one run that the commands of a tree share, kept together so that the interactive
 * shell, the wizard and the MCP server can build a new tree over the same ones (the catalog is then
 * loaded once). Commands take only the parts they need.
 *
 * @param environment streams, environment variables and working directory
 * @param options the parsed top-level options
 * @param services the catalog, registries, profiles and config, built on first use
 * @param terminal the terminal's width and colour, measured at most once
 */
public record Session(
    Environment environment, GlobalOptions options, Services services, TerminalInfo terminal) {

  public Session(Environment environment) {
    this(environment, new GlobalOptions(environment));
  }

  private Session(Environment environment, GlobalOptions options) {
    this(
        environment,
        options,
        new Services(environment, options),
        new TerminalInfo(environment, options));
  }
}
