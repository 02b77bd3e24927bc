package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AtomicWrite;
import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.hub.HubClient;
import io.github.advisorcli.advisor.hub.HubException;
import io.github.advisorcli.advisor.hub.HubFetch;
import io.github.advisorcli.advisor.hub.HubImport;
import io.github.advisorcli.advisor.hub.Proxies;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code advisor catalog fetch hf --task T --output CATALOG}: downloads the Hub's list of the most
 * downloaded models for a task, then imports it as {@code catalog import hf} does. The facts are
 * dated {@code --as-of}, else today (UTC).
 */
@Command(
    addMethodSubcommands = false,
    name = "hf",
    mixinStandardHelpOptions = true,
    sortOptions = false)
public final class CatalogFetchHfCommand implements Callable<Integer> {
  private final Environment environment;
  private final GlobalOptions options;
  private final Services services;

  @Spec CommandSpec spec;

  @Option(
      names = "--task",
      paramLabel = "TASK",
      required = true,
      completionCandidates = Candidates.TaskNames.class,
      descriptionKey = "option.hub.task")
  String task;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      descriptionKey = "option.hub.limit")
  int limit;

  @Mixin HubOutputMixin output;

  @Option(names = "--endpoint", paramLabel = "URL", hidden = true)
  URI endpoint;

  @Option(names = "--timeout", paramLabel = "MILLIS", defaultValue = "30000", hidden = true)
  long timeoutMillis;

  @Option(names = "--attempts", paramLabel = "N", defaultValue = "4", hidden = true)
  int attempts;

  @Option(names = "--backoff", paramLabel = "MILLIS", defaultValue = "1000", hidden = true)
  long backoffMillis;

  CatalogFetchHfCommand(Environment environment, GlobalOptions options, Services services) {
    this.environment = environment;
    this.options = options;
    this.services = services;
  }

  @Override
  public Integer call() {
    if (limit < 1 || limit > HubClient.MAX_LIMIT) {
      throw new ParameterException(
          spec.commandLine(),
          "--limit must be from 1 to "
              + HubClient.MAX_LIMIT
              + " (the Hub's page size), not "
              + limit);
    }
    List<String> tags = HubFetch.pipelineTags(Catalogs.registries(services.bundle()).tasks(), task);
    HubImport.Target target = HubImportRun.target(environment, output);
    AtomicWrite.checkWritable(target.path(), target.overwrite(), target.name());
    String asOf = (output.asOf != null ? output.asOf : LocalDate.now(ZoneOffset.UTC)).toString();
    PrintWriter err = spec.commandLine().getErr();
    List<HubFetch.Download> downloads = HubFetch.download(client(), tags, limit);
    try {
      for (HubFetch.Download d : downloads) {
        err.println(options.labels().get("hub.downloaded", d.pipelineTag(), d.uri()));
      }
      HubImportRun.run(
          environment,
          services,
          options.labels(),
          downloads.stream().map(d -> HubImport.Input.file(d.file(), d.uri().toString())).toList(),
          target,
          asOf,
          err);
    } finally {
      HubFetch.delete(downloads);
    }
    return ExitCodes.OK;
  }

  private HubClient client() {
    URI base = endpoint;
    if (base == null) {
      String fromEnv = environment.getenv("ADVISOR_HF_ENDPOINT");
      try {
        base = fromEnv == null ? HubClient.DEFAULT_ENDPOINT : new URI(fromEnv);
      } catch (java.net.URISyntaxException e) {
        throw new HubException("ADVISOR_HF_ENDPOINT is not a URL: '" + fromEnv + "'");
      }
    }
    if (base.getHost() == null
        || !("https".equalsIgnoreCase(base.getScheme())
            || "http".equalsIgnoreCase(base.getScheme()))) {
      throw new HubException("the Hub endpoint must be an http(s) URL, not '" + base + "'");
    }
    Duration timeout = Duration.ofMillis(Math.max(1, timeoutMillis));
    return new HubClient(
        new HubClient.Settings(
            base,
            timeout,
            timeout,
            attempts,
            Duration.ofMillis(Math.max(0, backoffMillis)),
            Duration.ofSeconds(60),
            Proxies.fromEnvironment(environment::getenv),
            "advisor/" + VersionProvider.version()));
  }
}
