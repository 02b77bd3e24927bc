package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden output of {@code advisor check}: JSON in English, tables in English and Chinese. */
class CheckCommandTest {
  private static final String DIR = "src/test/resources/manifests/";

  @ParameterizedTest
  @CsvSource({
    "compliant,0",
    "noncommercial,1",
    "denied-category,1",
    "expired-exception,1",
    "valid-exception,0",
    "hardware,1"
  })
  void matchesItsGolden(String manifest, int exit) {
    // Relative to the project folder (the tests' working directory), so that the golden files do
    // not depend on where the project is checked out.
    String file = DIR + manifest + ".yaml";
    CliRun json = CliRun.run("check", "--manifest", file, "--format", "json");
    json.assertExit(exit);
    Golden.assertMatches(json.out(), "check/" + manifest + ".json");
    for (String lang : new String[] {"en", "zh"}) {
      CliRun table = CliRun.run("--lang", lang, "check", "--manifest", file);
      table.assertExit(exit);
      Golden.assertMatches(table.out(), "check/" + manifest + "-" + lang + ".txt");
    }
  }
}
