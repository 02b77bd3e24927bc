package io.github.advisorcli.advisor.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Capabilities;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.TrainingData;
import io.github.advisorcli.advisor.license.Conditions.Status;
import io.github.advisorcli.advisor.score.Constraints;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** What each kind of clause means for a situation: the one place clause meaning is decided. */
class ConditionsTest {
  private static LicenseClause clause(
      ClauseType type,
      String metric,
      Long limit,
      Long limitUsd,
      String period,
      String effect,
      List<String> excluded,
      String scope) {
    return new LicenseClause(
        type, metric, limit, limitUsd, period, effect, excluded, null, null, "the words", scope);
  }

  private static License license(String id, Boolean commercial, LicenseClause... clauses) {
    return new License(
        id,
        id,
        null,
        false,
        LicenseCategory.COMMUNITY,
        commercial,
        true,
        false,
        false,
        null,
        "",
        List.of(),
        null,
        List.of(clauses),
        null,
        null);
  }

  private static Status status(License l, Situation s, Boolean imageInput) {
    return Conditions.apply(l, s, imageInput).get(0).status();
  }

  private static Situation users(long n) {
    return new Situation(null, n, null, false);
  }

  private static Situation revenue(long usd) {
    return new Situation(null, null, usd, false);
  }

  static final License MAU =
      license(
          "LicenseRef-mau",
          true,
          clause(
              ClauseType.USER_THRESHOLD,
              "monthly_active_users",
              700_000_000L,
              null,
              null,
              "separate-license",
              null,
              null));
  static final License DAU =
      license(
          "LicenseRef-dau",
          true,
          clause(
              ClauseType.USER_THRESHOLD,
              "daily_active_users",
              1_000_000L,
              null,
              null,
              "separate-license",
              null,
              null));
  static final License ANNUAL_REVENUE =
      license(
          "LicenseRef-revenue",
          true,
          clause(
              ClauseType.REVENUE_THRESHOLD,
              null,
              null,
              1_000_000L,
              "annual",
              "separate-license",
              null,
              null));
  static final License MONTHLY_REVENUE_NOTICE =
      license(
          "LicenseRef-revenue-notice",
          true,
          clause(
              ClauseType.REVENUE_THRESHOLD,
              null,
              null,
              20_000_000L,
              "monthly",
              "attribution",
              null,
              null));
  static final License TERRITORY =
      license(
          "LicenseRef-territory",
          true,
          clause(ClauseType.TERRITORY, null, null, null, null, null, List.of("EU", "GB"), null));
  static final License MULTIMODAL_TERRITORY =
      license(
          "LicenseRef-multimodal",
          true,
          clause(
              ClauseType.TERRITORY,
              null,
              null,
              null,
              null,
              null,
              List.of("EU"),
              LicenseClause.MULTIMODAL));
  static final License OUTPUTS =
      license(
          "LicenseRef-outputs",
          true,
          clause(ClauseType.OUTPUT_USE, null, null, null, null, null, null, null));

  @Test
  void aUserThresholdExcludesAboveItAndIsUndecidedWhenUsersAreNotStated() {
    assertThat(status(MAU, Situation.UNSTATED, null)).isEqualTo(Status.UNDECIDED);
    assertThat(status(MAU, users(700_000_000L), null)).isEqualTo(Status.MET);
    assertThat(status(MAU, users(700_000_001L), null)).isEqualTo(Status.EXCLUDES);
    assertThat(Conditions.exclusion(MAU, users(800_000_000L), null))
        .contains("LicenseRef-mau", "700,000,000 monthly active users", "\"the words\"");
  }

  @Test
  void aDailyUserCapIsMetOnlyWhenMonthlyUsersAreBelowIt() {
    assertThat(status(DAU, users(999_999L), null)).isEqualTo(Status.MET);
    // Daily users may be fewer than monthly ones, but nothing shows they are: never assumed.
    assertThat(status(DAU, users(1_000_000L), null)).isEqualTo(Status.EXCLUDES);
  }

  @Test
  void aRevenueThresholdExcludesAboveItOrBindsADisplayDuty() {
    assertThat(status(ANNUAL_REVENUE, Situation.UNSTATED, null)).isEqualTo(Status.UNDECIDED);
    assertThat(status(ANNUAL_REVENUE, revenue(1_000_000L), null)).isEqualTo(Status.MET);
    assertThat(status(ANNUAL_REVENUE, revenue(2_000_000L), null)).isEqualTo(Status.EXCLUDES);
    // Monthly revenue of at most a year's revenue: below the limit a year, below it every month.
    assertThat(status(MONTHLY_REVENUE_NOTICE, revenue(20_000_000L), null)).isEqualTo(Status.MET);
    assertThat(status(MONTHLY_REVENUE_NOTICE, revenue(300_000_000L), null)).isEqualTo(Status.DUTY);
    assertThat(Conditions.exclusion(MONTHLY_REVENUE_NOTICE, revenue(300_000_000L), null)).isNull();
  }

  @Test
  void aTerritoryExcludesItsCodesAndTheEuropeanUnionsMemberStates() {
    assertThat(status(TERRITORY, Situation.UNSTATED, null)).isEqualTo(Status.UNDECIDED);
    assertThat(status(TERRITORY, Situation.UNSTATED.withRegion("DE"), null))
        .isEqualTo(Status.EXCLUDES);
    assertThat(status(TERRITORY, Situation.UNSTATED.withRegion("gb"), null))
        .isEqualTo(Status.EXCLUDES);
    assertThat(status(TERRITORY, Situation.UNSTATED.withRegion("EU"), null))
        .isEqualTo(Status.EXCLUDES);
    assertThat(status(TERRITORY, Situation.UNSTATED.withRegion("US"), null)).isEqualTo(Status.MET);
    assertThat(status(TERRITORY, Situation.UNSTATED.withRegion("CH"), null)).isEqualTo(Status.MET);
  }

  @Test
  void aMultimodalOnlyClauseSparesModelsThatReadNoImagesButNotThoseThatMayRead() {
    Situation eu = Situation.UNSTATED.withRegion("FR");
    assertThat(status(MULTIMODAL_TERRITORY, eu, false)).isEqualTo(Status.MET);
    assertThat(status(MULTIMODAL_TERRITORY, eu, true)).isEqualTo(Status.EXCLUDES);
    assertThat(status(MULTIMODAL_TERRITORY, eu, null)).isEqualTo(Status.EXCLUDES);
  }

  @Test
  void anOutputUseLimitIsADutyUnlessTheUseTrainsOnOutputs() {
    assertThat(status(OUTPUTS, Situation.UNSTATED, null)).isEqualTo(Status.DUTY);
    assertThat(status(OUTPUTS, new Situation(null, null, null, true), null))
        .isEqualTo(Status.EXCLUDES);
  }

  @Test
  void aUserThresholdFieldWithoutAClauseCountsAsOne() {
    License l =
        new License(
            "LicenseRef-field",
            "f",
            null,
            false,
            LicenseCategory.COMMUNITY,
            true,
            true,
            false,
            false,
            100_000_000L,
            "",
            List.of(),
            null,
            List.of(),
            null,
            null);
    assertThat(Conditions.clauses(l)).hasSize(1);
    assertThat(status(l, users(200_000_000L), null)).isEqualTo(Status.EXCLUDES);
  }

  @Test
  void regionCodesAreTwoLetters() {
    assertThat(Situation.region(" de ")).isEqualTo("DE");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Situation.region("Germany"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final LicenseRegistry REGISTRY;

  static {
    List<License> all = new ArrayList<>();
    all.add(license("Apache-2.0", true));
    all.add(ANNUAL_REVENUE);
    all.add(MULTIMODAL_TERRITORY);
    all.add(
        new License(
            "LicenseRef-data-nc",
            "nc",
            null,
            false,
            LicenseCategory.NON_COMMERCIAL,
            false,
            true,
            false,
            false,
            null,
            "",
            List.of(),
            null,
            List.of(),
            null,
            null));
    REGISTRY = new LicenseRegistry(all);
  }

  private static Model model(String license, Boolean imageInput, List<TrainingData> data) {
    return Model.builder()
        .id("m")
        .license(license)
        .capabilities(new Capabilities(null, imageInput, null, null, null))
        .trainingData(data)
        .build();
  }

  @Test
  void constraintsExcludeAModelWhoseLicenseExcludesTheSituationAndOnlyThen() {
    Constraints none = Constraints.NONE;
    Constraints rich = Constraints.NONE.withSituation(revenue(5_000_000L));
    Model m = model("LicenseRef-revenue", false, null);
    assertThat(none.violation(m, REGISTRY)).isEmpty();
    assertThat(rich.violation(m, REGISTRY)).get().asString().contains("USD 1,000,000");
    // A choice of licenses: the permissive alternative keeps the model.
    assertThat(rich.violation(model("LicenseRef-revenue OR Apache-2.0", false, null), REGISTRY))
        .isEmpty();
    Constraints eu = Constraints.NONE.withSituation(Situation.UNSTATED.withRegion("IT"));
    assertThat(eu.violation(model("LicenseRef-multimodal", false, null), REGISTRY)).isEmpty();
    assertThat(eu.violation(model("LicenseRef-multimodal", true, null), REGISTRY)).isPresent();
  }

  @Test
  void trainingDataTermsDecideCommercialUseWithTheModelsOwnLicense() {
    Constraints commercial =
        new Constraints(
            true,
            null,
            null,
            null,
            null,
            io.github.advisorcli.advisor.score.Precision.FP16,
            false,
            null,
            null);
    Model plain = model("Apache-2.0", false, null);
    Model trained =
        model(
            "Apache-2.0",
            false,
            List.of(new TrainingData("data", "LicenseRef-data-nc", "https://example.org/terms")));
    assertThat(commercial.violation(plain, REGISTRY)).isEmpty();
    assertThat(commercial.violation(trained, REGISTRY))
        .get()
        .extracting(r -> io.github.advisorcli.advisor.render.ReasonText.english(r))
        .asString()
        .contains("Apache-2.0 AND LicenseRef-data-nc", "does not allow commercial use");
  }

  @Property
  void aCountIsWrittenAsPercentCommaDInTheRootLocale(@ForAll long n) {
    assertThat(Conditions.count(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
  }

  @Test
  void anUnknownCountIsAQuestionMark() {
    assertThat(Conditions.count(null)).isEqualTo("?");
  }
}
