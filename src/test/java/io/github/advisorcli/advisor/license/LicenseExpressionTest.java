package io.github.advisorcli.advisor.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.AdvisorException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for license expressions and commercial use, as a table. */
class LicenseExpressionTest {
  private static License license(String id, LicenseCategory category, Boolean commercial) {
    return license(id, category, commercial, List.of());
  }

  private static License license(
      String id, LicenseCategory category, Boolean commercial, List<LicenseClause> clauses) {
    return new License(
        id,
        id,
        null,
        false,
        category,
        commercial,
        true,
        false,
        false,
        null,
        "",
        List.of(),
        null,
        clauses,
        null,
        null);
  }

  static final LicenseRegistry REGISTRY =
      new LicenseRegistry(
          List.of(
              license("MIT", LicenseCategory.PERMISSIVE, true),
              license("Apache-2.0", LicenseCategory.PERMISSIVE, true),
              license("CC-BY-NC-4.0", LicenseCategory.NON_COMMERCIAL, false),
              license("LicenseRef-unstated", LicenseCategory.PROPRIETARY, null),
              license(
                  "LicenseRef-threshold",
                  LicenseCategory.COMMUNITY,
                  true,
                  List.of(
                      new LicenseClause(
                          ClauseType.USER_THRESHOLD,
                          "monthly_active_users",
                          700_000_000L,
                          null,
                          null,
                          "separate-license",
                          null,
                          null,
                          null,
                          "...",
                          null))),
              license("GPL-3.0-only", LicenseCategory.COPYLEFT, true)));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          MIT                                          | yes         | true  | 1.00 | MIT
          CC-BY-NC-4.0                                 | no          | false | 0.00 | CC-BY-NC-4.0
          CC-BY-NC-4.0 OR MIT                          | yes         | true  | 1.00 | MIT
          MIT OR CC-BY-NC-4.0                          | yes         | true  | 1.00 | MIT
          CC-BY-NC-4.0 AND MIT                         | no          | false | 0.00 | CC-BY-NC-4.0
          LicenseRef-unstated                          | unknown     | false | 0.00 | LicenseRef-unstated
          LicenseRef-unstated OR CC-BY-NC-4.0          | unknown     | false | 0.00 | LicenseRef-unstated
          LicenseRef-unstated OR MIT                   | yes         | true  | 1.00 | MIT
          LicenseRef-threshold                         | conditional | true  | 0.50 | LicenseRef-threshold
          LicenseRef-threshold AND MIT                 | conditional | true  | 0.50 | LicenseRef-threshold
          LicenseRef-threshold OR MIT                  | yes         | true  | 1.00 | MIT
          CC-BY-NC-4.0 OR MIT AND GPL-3.0-only         | yes         | true  | 0.60 | GPL-3.0-only
          (CC-BY-NC-4.0 OR MIT) AND GPL-3.0-only       | yes         | true  | 0.60 | GPL-3.0-only
          (CC-BY-NC-4.0 OR LicenseRef-unstated) AND MIT| unknown     | false | 0.00 | CC-BY-NC-4.0
          """)
  void commercialUseAndValue(
      String expression, String commercial, boolean granted, double value, String decisive) {
    LicenseExpression e = REGISTRY.expression(REGISTRY.normalize(expression));
    assertThat(e.commercialUse().id()).isEqualTo(commercial);
    assertThat(e.commercialUse().granted()).isEqualTo(granted);
    assertThat(e.value(l -> LicenseTerms.value(l, Use.COMMERCIAL)))
        .isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(e.decisive(l -> LicenseTerms.value(l, Use.COMMERCIAL)).id()).isEqualTo(decisive);
  }

  @ParameterizedTest(name = "{0} allows permissive only: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          MIT                                  | true
          CC-BY-NC-4.0 OR MIT                  | true
          CC-BY-NC-4.0 AND MIT                 | false
          GPL-3.0-only OR CC-BY-NC-4.0         | false
          (MIT OR GPL-3.0-only) AND Apache-2.0 | true
          """)
  void aRuleIsMetWhenSomeAlternativeMeetsIt(String expression, boolean allowed) {
    LicenseExpression e = REGISTRY.expression(REGISTRY.normalize(expression));
    assertThat(e.allows(l -> l.category() == LicenseCategory.PERMISSIVE)).isEqualTo(allowed);
    assertThat(
            e.problems(l -> l.category() == LicenseCategory.PERMISSIVE ? null : l.id()).isEmpty())
        .isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          MIT OR                 | invalid license expression
          (MIT OR Apache-2.0     | a '(' is not closed
          MIT Apache-2.0         | expected OR or AND
          ()                     | invalid license expression
          """)
  void malformedExpressionsAreRefusedWithAReason(String expression, String message) {
    assertThatThrownBy(() -> REGISTRY.normalize(expression))
        .isInstanceOf(AdvisorException.class)
        .hasMessageContaining(message);
  }
}
