package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Lookup;
import io.github.advisorcli.advisor.render.FamilyView;
import io.github.advisorcli.advisor.render.ModelCardText;
import io.github.advisorcli.advisor.render.ModelCardView;
import io.github.advisorcli.advisor.render.OutputFormat;
import io.github.advisorcli.advisor.render.TableSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code advisor show NAME}: a model card, or a family with its variants. */
@Command(
    addMethodSubcommands = false,
    name = "show",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class ShowCommand implements Callable<Integer> {
  private final GlobalOptions options;
  private final Services services;
  private final TerminalInfo terminal;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "MODEL",
      completionCandidates = Candidates.ModelIds.class,
      descriptionKey = "param.show.model")
  String name;

  @Mixin OutputFormatMixin output;

  @Option(
      names = "--max-fact-age",
      paramLabel = "AGE",
      converter = FactAge.class,
      descriptionKey = "option.show.max-fact-age")
  Long maxFactAge;

  ShowCommand(GlobalOptions options, Services services, TerminalInfo terminal) {
    this.options = options;
    this.services = services;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Catalog catalog = services.catalog();
    Lookup.Found found = Lookup.find(catalog, name);
    var out = Terminal.output(terminal, options.labels(), spec.commandLine(), output.format());
    if (found.isFamily()) {
      FamilyView view = FamilyView.of(found.family().get(0).family(), found.family());
      out.render(output.format(), view, view.table(options.labels()));
      return ExitCodes.OK;
    }
    ModelCardView view =
        ModelCardView.of(catalog, found.model(), output.format() != OutputFormat.TABLE)
            .withFreshness(
                catalog,
                found.model(),
                services.bundle().generations(),
                maxFactAge,
                LocalDate.now());
    if (output.format() == OutputFormat.TABLE) {
      ModelCardText.write(found.model(), view, options.labels(), out);
    } else {
      out.render(output.format(), view, facts(view));
    }
    return ExitCodes.OK;
  }

  /**
   * One row per plain value: a nested field's name is its path ({@code community.hf_downloads},
   * {@code benchmarks.1.name}); a list of plain values is one row, joined with {@code "; "}.
   */
  private static void flatten(String key, Object value, List<String[]> rows) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        flatten(key + "." + e.getKey(), e.getValue(), rows);
      }
    } else if (value instanceof List<?> list
        && list.stream().anyMatch(v -> v instanceof Map<?, ?> || v instanceof List<?>)) {
      for (int i = 0; i < list.size(); i++) {
        flatten(key + "." + (i + 1), list.get(i), rows);
      }
    } else if (value instanceof List<?> list) {
      rows.add(new String[] {key, String.join("; ", list.stream().map(String::valueOf).toList())});
    } else if (value != null) {
      rows.add(new String[] {key, String.valueOf(value)});
    }
  }

  /** The card as field/value rows, for CSV and Markdown. */
  private TableSpec<String[]> facts(ModelCardView view) {
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<String, Object> e : view.model().entrySet()) {
      flatten(e.getKey(), e.getValue(), rows);
    }
    var l = options.labels();
    return new TableSpec<>(
        List.of(
            io.github.advisorcli.advisor.render.Column.<String[]>text(
                l.get("col.field"), r -> r[0], 5, 30),
            io.github.advisorcli.advisor.render.Column.<String[]>text(
                l.get("col.value"), r -> r[1], 5, 10_000)),
        rows);
  }
}
