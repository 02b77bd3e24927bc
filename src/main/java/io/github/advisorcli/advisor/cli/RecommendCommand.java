package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Capability;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.catalog.stream.CatalogStream;
import io.github.advisorcli.advisor.hardware.HardwareFilter;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import io.github.advisorcli.advisor.license.Use;
import io.github.advisorcli.advisor.render.DecisionRecord;
import io.github.advisorcli.advisor.render.Output;
import io.github.advisorcli.advisor.render.OutputFormat;
import io.github.advisorcli.advisor.render.RecommendationText;
import io.github.advisorcli.advisor.render.RecommendationView;
import io.github.advisorcli.advisor.score.Method;
import io.github.advisorcli.advisor.score.MissingPolicy;
import io.github.advisorcli.advisor.score.Profiles;
import io.github.advisorcli.advisor.score.Ranker;
import io.github.advisorcli.advisor.score.Ranking;
import io.github.advisorcli.advisor.score.Request;
import io.github.advisorcli.advisor.score.Robustness;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code advisor recommend}: ranks the catalog's models for a task. */
@Command(
    addMethodSubcommands = false,
    name = "recommend",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class RecommendCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Option(
      names = {"-t", "--task"},
      completionCandidates = Candidates.TaskNames.class,
      paramLabel = "TASK",
      descriptionKey = "option.task")
  String task;

  @Option(
      names = {"-i", "--interactive"},
      descriptionKey = "option.interactive")
  boolean interactive;

  @Option(
      names = {"-n", "--top"},
      paramLabel = "N",
      defaultValue = "10",
      descriptionKey = "option.top")
  int top;

  @Option(
      names = "--use",
      paramLabel = "USE",
      defaultValue = "commercial",
      descriptionKey = "option.use")
  Use use;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      defaultValue = "weighted-sum",
      converter = MethodConverter.class,
      descriptionKey = "option.method")
  Method method;

  @Option(
      names = "--missing",
      paramLabel = "POLICY",
      defaultValue = "lowest-known",
      converter = MissingPolicyConverter.class,
      completionCandidates = MissingPolicyConverter.Candidates.class,
      descriptionKey = "option.missing")
  MissingPolicy missing;

  @Mixin WeightsMixin weights;

  @Mixin ConstraintsMixin constraints;

  @Mixin HardwareMixin hardware;

  @Option(
      names = "--capability",
      paramLabel = "CAPABILITY",
      converter = CapabilityConverter.class,
      completionCandidates = CapabilityConverter.Candidates.class,
      showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER,
      descriptionKey = "option.capability")
  List<Capability> capabilities = new java.util.ArrayList<>();

  @Option(names = "--allow-offload", descriptionKey = "option.allow-offload")
  boolean allowOffload;

  @Option(names = "--explain", descriptionKey = "option.explain")
  boolean explain;

  @Option(names = "--show-excluded", descriptionKey = "option.show-excluded")
  boolean showExcluded;

  @Option(names = "--robustness", paramLabel = "N", descriptionKey = "option.robustness")
  Integer robustness;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "42",
      descriptionKey = "option.seed")
  long seed;

  /** The listing formats, and {@code record}: a Markdown decision record for an audit. */
  public enum Format {
    TABLE,
    JSON,
    CSV,
    MARKDOWN,
    YAML,
    RECORD;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      descriptionKey = "option.format")
  Format format = Format.TABLE;

  /** Weight samples for the record's robustness section when --robustness is not given. */
  static final int RECORD_SAMPLES = 1000;

  RecommendCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws java.io.IOException {
    if (interactive) {
      return WizardCommand.run(session, spec.commandLine().getOut());
    }
    if (task == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--task=TASK'");
    }
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
    }
    if (robustness != null && (robustness < 1 || robustness > 1_000_000)) {
      throw new ParameterException(
          spec.commandLine(), "--robustness must be from 1 to 1000000, not " + robustness);
    }
    boolean record = format == Format.RECORD;
    if (record) {
      // The record holds the reasons, the exclusions and the robustness whatever was asked.
      explain = true;
      showExcluded = true;
      if (robustness == null) {
        robustness = RECORD_SAMPLES;
      }
    }
    Streaming.Choice streamed = Streaming.choose(session.environment(), session.options());
    Ranking ranking;
    Profiles profiles;
    if (streamed == null) {
      Catalog catalog = session.services().catalog();
      profiles = session.services().profiles();
      ranking = Ranker.complete(catalog, request(catalog.tasks(), profiles, catalog.licenses()));
    } else {
      String unsupported =
          record
              ? "--format record"
              : robustness != null
                  ? "--robustness"
                  : showExcluded
                      ? "--show-excluded"
                      : method == Method.TOPSIS ? "--method topsis" : null;
      if (unsupported == null && hardware.given()) {
        unsupported = session.options().labels().get("recommend.no_streaming_hardware");
      }
      if (unsupported != null) {
        throw Streaming.unsupported(session.options().labels(), streamed, unsupported);
      }
      Registries registries = session.services().registries();
      profiles = session.services().profiles();
      Request request = request(registries.tasks(), profiles, registries.licenses());
      ranking =
          Ranker.top(
              new CatalogStream(streamed.path(), streamed.name(), registries, Streaming.threads()),
              registries,
              request,
              top);
    }
    HardwareFilter fits = hardwareFilter();
    if (fits != null) {
      ranking = ranking.keep(fits::violation);
    }
    Task t = ranking.request().task();
    Robustness.Report report =
        robustness == null ? null : Robustness.analyze(ranking, robustness, seed);
    RecommendationView view =
        RecommendationView.of(
            ranking, weights.profileName(profiles), top, explain, showExcluded, report);
    if (fits != null) {
      view = FitRows.add(view, ranking, fits);
    }
    if (record) {
      var labels = session.options().labels();
      java.time.Instant created =
          io.github.advisorcli.advisor.bom.BillOfMaterials.created(
              session.environment().getenv("SOURCE_DATE_EPOCH"), java.time.Instant.now());
      spec.commandLine()
          .getOut()
          .print(
              DecisionRecord.markdown(
                  view,
                  ranking,
                  session.services().catalog().licenses(),
                  labels.taskName(t),
                  java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                      created.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                  VersionProvider.version(),
                  session.services().catalog().asOf(),
                  labels));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    OutputFormat format = OutputFormat.valueOf(this.format.name());
    Output out =
        Terminal.output(session.terminal(), session.options().labels(), spec.commandLine(), format);
    if (format == OutputFormat.TABLE) {
      var labels = session.options().labels();
      RecommendationText.write(view, labels.taskName(t), labels, out);
    } else {
      if ((format == OutputFormat.CSV || format == OutputFormat.MARKDOWN)
          && (explain || showExcluded || report != null)) {
        // CSV and Markdown hold one table: the details go elsewhere, and the user is told so.
        spec.commandLine().getErr().println(session.options().labels().get("recommend.flat_only"));
        spec.commandLine().getErr().flush();
      }
      out.render(format, view, RecommendationText.table(view, session.options().labels()));
    }
    return ExitCodes.OK;
  }

  /** The hardware rule when --gpu, --vram, --ram, --hardware or --context is given, else null. */
  private HardwareFilter hardwareFilter() {
    if (!hardware.given()) {
      return null;
    }
    return new HardwareFilter(
        hardware.resolve(session.options().labels(), spec.commandLine().getErr()),
        hardware.context(),
        hardware.batch(),
        constraints.precision.format(),
        hardware.kvPrecision(),
        allowOffload);
  }

  private Request request(TaskVocabulary tasks, Profiles profiles, LicenseRegistry licenses) {
    return new Request(
        tasks.require(task),
        use,
        weights.resolve(profiles),
        method,
        missing,
        constraints.resolve(licenses).withCapabilities(capabilities));
  }
}
