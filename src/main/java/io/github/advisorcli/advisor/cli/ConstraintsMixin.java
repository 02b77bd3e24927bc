package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.license.LicenseCategory;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import io.github.advisorcli.advisor.license.Situation;
import io.github.advisorcli.advisor.score.Constraints;
import io.github.advisorcli.advisor.score.Precision;
import io.github.advisorcli.advisor.score.Sizes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Hard constraints: a model that breaks one is never ranked. */
@Command(addMethodSubcommands = false)
public final class ConstraintsMixin {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--commercial", descriptionKey = "option.commercial")
  boolean commercial;

  @Option(
      names = "--license-category",
      paramLabel = "CATEGORY",
      split = ",",
      completionCandidates = Candidates.LicenseCategories.class,
      descriptionKey = "option.license-category")
  List<String> categories = new ArrayList<>();

  @Option(
      names = "--license",
      paramLabel = "LICENSE",
      split = ",",
      completionCandidates = Candidates.LicenseIds.class,
      descriptionKey = "option.license")
  List<String> licenses = new ArrayList<>();

  @Option(names = "--max-params", paramLabel = "COUNT", descriptionKey = "option.max-params")
  String maxParams;

  @Option(names = "--max-memory", paramLabel = "SIZE", descriptionKey = "option.max-memory")
  String maxMemory;

  @Option(
      names = "--precision",
      paramLabel = "PRECISION",
      defaultValue = "fp16",
      descriptionKey = "option.precision")
  Precision precision = Precision.FP16;

  @Option(names = "--open-weights", descriptionKey = "option.open-weights")
  boolean openWeights;

  @Option(names = "--language", paramLabel = "CODE", descriptionKey = "option.language")
  String language;

  @Option(names = "--min-context", paramLabel = "TOKENS", descriptionKey = "option.min-context")
  String minContext;

  @Option(names = "--region", paramLabel = "CODE", descriptionKey = "option.region")
  String region;

  @Option(names = "--users", paramLabel = "N", descriptionKey = "option.users")
  String users;

  @Option(names = "--revenue", paramLabel = "USD", descriptionKey = "option.revenue")
  String revenue;

  @Option(names = "--train-on-outputs", descriptionKey = "option.train-on-outputs")
  boolean trainOnOutputs;

  /** The user's situation as the options state it. */
  public Situation situation() {
    try {
      return new Situation(
          region == null ? null : Situation.region(region),
          users == null ? null : Sizes.parseCount(users),
          revenue == null ? null : Sizes.parseCount(revenue),
          trainOnOutputs);
    } catch (AdvisorException | IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }

  public Constraints resolve(LicenseRegistry registry) {
    try {
      Set<LicenseCategory> cats = new LinkedHashSet<>();
      for (String c : categories) {
        cats.add(LicenseCategory.parse(c));
      }
      Set<String> ids = new LinkedHashSet<>();
      for (String l : licenses) {
        ids.add(registry.normalize(l));
      }
      return new Constraints(
          commercial,
          cats,
          ids,
          maxParams == null ? null : Sizes.parseCount(maxParams),
          maxMemory == null ? null : Sizes.parseBytes(maxMemory),
          precision,
          openWeights,
          language == null ? null : language.trim(),
          minContext == null ? null : Sizes.parseTokens(minContext),
          Set.of(),
          situation());
    } catch (AdvisorException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }
}
