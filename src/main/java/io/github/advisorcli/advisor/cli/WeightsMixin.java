package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.catalog.Profile;
import io.github.advisorcli.advisor.score.Criterion;
import io.github.advisorcli.advisor.score.Weights;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --profile}, {@code --weights} and {@code --rank-criteria}: how the criteria are weighted.
 */
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
  Map<String, String> weights = new LinkedHashMap<>();

  @Option(
      names = "--rank-criteria",
      paramLabel = "CRITERION",
      split = ",",
      descriptionKey = "option.rank-criteria")
  List<String> rankCriteria = new ArrayList<>();

  /** The profile's name in effect. */
  public String profileName(List<Profile> profiles) {
    if (profile != null) {
      return profile;
    }
    return rankCriteria.isEmpty() && !profiles.isEmpty() ? "balanced" : null;
  }

  /**
   * The weights: rank order if given; else the profile's, with {@code --weights} applied on top.
   */
  public Weights resolve(List<Profile> profiles) {
    try {
      if (!rankCriteria.isEmpty()) {
        if (!weights.isEmpty() || profile != null) {
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
        base = Weights.fromKeys(find(profiles, name).weights());
      }
      if (weights.isEmpty()) {
        return base;
      }
      EnumMap<Criterion, Double> changes = new EnumMap<>(Criterion.class);
      for (Map.Entry<String, String> e : weights.entrySet()) {
        changes.put(Criterion.parse(e.getKey()), number(e.getKey(), e.getValue()));
      }
      return base.with(changes);
    } catch (AdvisorException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }

  private Profile find(List<Profile> profiles, String name) {
    for (Profile p : profiles) {
      if (p.id().equalsIgnoreCase(name)) {
        return p;
      }
    }
    throw new AdvisorException(
        "unknown profile '"
            + name
            + "'"
            + Suggest.suffix(name, profiles.stream().map(Profile::id).toList())
            + " (profiles: "
            + String.join(", ", profiles.stream().map(Profile::id).toList())
            + ")");
  }

  private static double number(String key, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new AdvisorException("the weight of " + key + " must be a number, not '" + value + "'");
    }
  }
}
