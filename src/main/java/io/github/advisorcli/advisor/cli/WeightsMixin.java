package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.score.Criterion;
import io.github.advisorcli.advisor.score.Profiles;
import io.github.advisorcli.advisor.score.Weights;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --profile}, {@code --weights} and {@code --rank-criteria}: how the criteria are weighted.
 */
@Command(addMethodSubcommands = false)
public final class WeightsMixin {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      completionCandidates = Candidates.Profiles.class,
      descriptionKey = "option.profile")
  String profile;

  @Option(
      names = {"-w", "--weights"},
      paramLabel = "CRITERION=WEIGHT",
      split = ",",
      descriptionKey = "option.weights")
  List<String> weights = new ArrayList<>();

  @Option(
      names = "--rank-criteria",
      paramLabel = "CRITERION",
      split = ",",
      descriptionKey = "option.rank-criteria")
  List<String> rankCriteria = new ArrayList<>();

  /** The profile's name in effect. */
  public String profileName(Profiles profiles) {
    if (profile != null) {
      return profile;
    }
    return rankCriteria.isEmpty() && !profiles.isEmpty() ? Profiles.DEFAULT : null;
  }

  /**
   * The weights: rank order if given; else the profile's, with {@code --weights} applied on top.
   */
  public Weights resolve(Profiles profiles) {
    try {
      if (!rankCriteria.isEmpty()) {
        if (!pairs().isEmpty() || profile != null) {
          throw new ParameterException(
              mixee.commandLine(),
              "--rank-criteria cannot be combined with --weights or --profile");
        }
        List<Criterion> order = new ArrayList<>();
        for (String name : rankCriteria) {
          order.add(Criterion.parse(name));
        }
        return Weights.rankOrderCentroid(order);
      }
      Weights base = Weights.equal();
      String name = profileName(profiles);
      if (name != null) {
        base = profiles.weights(name, null);
      }
      List<String> pairs = pairs();
      if (pairs.isEmpty()) {
        return base;
      }
      EnumMap<Criterion, Double> changes = new EnumMap<>(Criterion.class);
      for (String pair : pairs) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          throw new AdvisorException(
              pair.isBlank()
                  ? "--weights has an empty entry; write CRITERION=WEIGHT pairs separated by commas"
                  : "--weights needs CRITERION=WEIGHT, not '" + pair + "'");
        }
        String key = pair.substring(0, eq).trim();
        Criterion criterion = Criterion.parse(key);
        if (changes.put(criterion, number(key, pair.substring(eq + 1))) != null) {
          throw new AdvisorException("--weights names " + criterion.key() + " twice");
        }
      }
      return base.with(changes);
    } catch (AdvisorException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }

  /**
   * The --weights pairs as typed, split at their commas, with the empty entries that picocli's
   * split drops, so that they can be refused.
   */
  private List<String> pairs() {
    var parsed = mixee.commandLine().getParseResult();
    var option = parsed == null ? null : parsed.matchedOption("--weights");
    if (option == null) {
      return weights;
    }
    List<String> pairs = new ArrayList<>();
    for (String value : option.originalStringValues()) {
      pairs.addAll(List.of(value.split(",", -1)));
    }
    return pairs;
  }

  private static double number(String key, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new AdvisorException("the weight of " + key + " must be a number, not '" + value + "'");
    }
  }
}
