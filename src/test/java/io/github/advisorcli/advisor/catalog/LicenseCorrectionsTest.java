package io.github.advisorcli.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.license.ClauseType;
import io.github.advisorcli.advisor.license.CommercialUse;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseCategory;
import io.github.advisorcli.advisor.license.LicenseClause;
import io.github.advisorcli.advisor.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** The corrected license and model facts stay as the sources state them. */
class LicenseCorrectionsTest {
  private static final Catalog CATALOG = Catalogs.bundled();

  private static License license(String id) {
    return CATALOG.licenses().find(id).orElseThrow();
  }

  private static LicenseClause clause(License l, ClauseType type) {
    return l.clauses().stream().filter(c -> c.type() == type).findFirst().orElseThrow();
  }

  @Test
  void word2vecVectorsHaveNoStatedLicenseSoCommercialUseIsUnknownNotForbidden() {
    License l = license("LicenseRef-word2vec-googlenews");
    assertThat(l.commercialUse()).isNull();
    assertThat(CommercialUse.of(l)).isEqualTo(CommercialUse.UNKNOWN);
    assertThat(l.category()).isNotEqualTo(LicenseCategory.NON_COMMERCIAL);
    assertThat(l.conditions()).contains("No license is stated");
    Model m = CATALOG.find("word2vec-google-news-300").orElseThrow();
    assertThat(m.license()).isEqualTo("LicenseRef-word2vec-googlenews");
  }

  @Test
  void theDeepSeekModelLicenseIsUseRestrictedLikeTheOtherRailLicenses() {
    License l = license("LicenseRef-deepseek");
    assertThat(l.category()).isEqualTo(LicenseCategory.USE_RESTRICTED);
    assertThat(clause(l, ClauseType.USE_RESTRICTIONS).clause()).contains("Attachment A");
    assertThat(clause(l, ClauseType.PASS_ON).clause()).contains("enforceable provision");
  }

  @Test
  void baichuan2CapsDailyActiveUsersAndExcludesServiceProviders() {
    License l = license("LicenseRef-baichuan2");
    LicenseClause users = clause(l, ClauseType.USER_THRESHOLD);
    assertThat(users.metric()).isEqualTo("daily_active_users");
    assertThat(users.limit()).isEqualTo(1_000_000L);
    assertThat(clause(l, ClauseType.PROVIDER_EXCLUSION).clause())
        .contains("software service providers or cloud service providers");
    assertThat(CommercialUse.of(l)).isEqualTo(CommercialUse.CONDITIONAL);
  }

  @Test
  void falcon180bCarriesItsAcceptableUsePolicy() {
    License l = license("LicenseRef-falcon-180b");
    assertThat(l.acceptableUsePolicy()).endsWith("ACCEPTABLE_USE_POLICY.txt");
    assertThat(clause(l, ClauseType.USE_RESTRICTIONS).clause())
        .startsWith("You agree not to use Falcon 180B or any Work or Derivative Work");
  }

  @Test
  void theYiLicenseHistoryRunsFromV1ThroughV21ToApache() {
    License l = license("LicenseRef-yi");
    String c = l.conditions();
    assertThat(c.indexOf("v1.0")).isLessThan(c.indexOf("v2.0"));
    assertThat(c.indexOf("v2.0")).isLessThan(c.indexOf("v2.1"));
    assertThat(c.indexOf("v2.1")).isLessThan(c.indexOf("Apache License 2.0"));
    assertThat(CATALOG.find("yi-34b").orElseThrow().license()).isEqualTo("Apache-2.0");
  }

  @Test
  void qwen25Coder7bHas761BillionParameters() {
    assertThat(CATALOG.find("qwen2.5-coder-7b-instruct").orElseThrow().parameters())
        .isEqualTo(7_610_000_000L);
  }

  @Test
  void phi3MiniIsReleasedInAMonthNotAnInventedDay() {
    assertThat(CATALOG.find("phi-3-mini-4k-instruct").orElseThrow().released())
        .isEqualTo("2024-06");
    assertThat(CATALOG.find("phi-3-mini-128k-instruct").orElseThrow().released())
        .isEqualTo("2024-06");
  }

  @Test
  void theLlama32EuClauseCoversOnlyItsMultimodalModels() {
    LicenseClause eu = clause(license("LicenseRef-llama3.2"), ClauseType.TERRITORY);
    assertThat(eu.excluded()).containsExactly("EU");
    assertThat(eu.scope()).isEqualTo(LicenseClause.MULTIMODAL);
    assertThat(eu.covers(false)).isFalse();
    Model vision = CATALOG.find("llama-3.2-11b-vision-instruct").orElseThrow();
    assertThat(vision.capabilities().imageInput()).isTrue();
  }

  @Test
  void theSentenceTransformersAllModelsCarryMsMarcosNonCommercialTerms() {
    assertThat(CommercialUse.of(license("LicenseRef-msmarco"))).isEqualTo(CommercialUse.NO);
    for (String id : new String[] {"all-minilm-l6-v2", "all-mpnet-base-v2"}) {
      Model m = CATALOG.find(id).orElseThrow();
      Lineage lineage = Lineage.of(m, CATALOG::find);
      assertThat(lineage.expression()).isEqualTo("Apache-2.0 AND LicenseRef-msmarco");
      assertThat(CATALOG.licenses().expression(lineage.expression()).commercialUse())
          .isEqualTo(CommercialUse.NO);
    }
  }
}
