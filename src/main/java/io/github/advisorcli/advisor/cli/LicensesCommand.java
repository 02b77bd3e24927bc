package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.license.CommercialUse;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseCategory;
import io.github.advisorcli.advisor.render.LicenseText;
import io.github.advisorcli.advisor.render.LicensesView;
import io.github.advisorcli.advisor.render.OutputFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code advisor licenses [ID]}: the license registry, or one license with its conditions. */
@Command(
    addMethodSubcommands = false,
    name = "licenses",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class LicensesCommand implements Callable<Integer> {
  private final GlobalOptions options;
  private final Services services;
  private final TerminalInfo terminal;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "LICENSE",
      arity = "0..1",
      completionCandidates = Candidates.LicenseIds.class,
      descriptionKey = "param.licenses.id")
  String id;

  @Option(
      names = "--category",
      paramLabel = "CATEGORY",
      completionCandidates = Candidates.LicenseCategories.class,
      descriptionKey = "option.licenses.category")
  String category;

  @Option(names = "--commercial", descriptionKey = "option.licenses.commercial")
  boolean commercial;

  @Mixin OutputFormatMixin output;

  LicensesCommand(GlobalOptions options, Services services, TerminalInfo terminal) {
    this.options = options;
    this.services = services;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Catalog catalog = services.catalog();
    LicenseCategory cat = category == null ? null : LicenseCategory.parse(category);
    List<License> licenses =
        catalog.licenses().all().stream()
            .filter(l -> cat == null || l.category() == cat)
            .filter(l -> !commercial || CommercialUse.of(l).granted())
            .toList();
    if (id != null) {
      License one =
          catalog.licenses().find(id).orElseThrow(() -> new AdvisorException(unknown(catalog, id)));
      licenses = List.of(one);
    }
    LicensesView view = LicensesView.of(licenses, catalog);
    var out = Terminal.output(terminal, options.labels(), spec.commandLine(), output.format());
    if (id != null && output.format() == OutputFormat.TABLE) {
      LicenseText.write(view.licenses().get(0), options.labels(), out);
    } else {
      out.render(output.format(), view, view.table(options.labels()));
    }
    return ExitCodes.OK;
  }

  private static String unknown(Catalog catalog, String id) {
    try {
      catalog.licenses().normalize(id);
      return "unknown license '" + id + "'";
    } catch (AdvisorException e) {
      return e.getMessage();
    }
  }
}
