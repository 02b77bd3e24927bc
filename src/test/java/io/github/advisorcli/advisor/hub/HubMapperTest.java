package io.github.advisorcli.advisor.hub;

import static io.github.advisorcli.advisor.hub.HubFixture.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Architecture;
import io.github.advisorcli.advisor.catalog.CardCompleteness;
import io.github.advisorcli.advisor.catalog.Community;
import io.github.advisorcli.advisor.catalog.Docs;
import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.catalog.ImportSource;
import io.github.advisorcli.advisor.catalog.Imported;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Provenance;
import io.github.advisorcli.advisor.catalog.Sourced;
import io.github.advisorcli.advisor.catalog.TaskFit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mapping of the recorded list, field by field. */
class HubMapperTest {
  private static Map<String, Outcome> outcomes;

  @BeforeAll
  static void map() {
    outcomes = HubFixture.outcomes();
  }

  private static Model imported(String repo) {
    Outcome o = outcomes.get(repo);
    assertThat(o).as(repo).isInstanceOf(Outcome.Imported.class);
    return ((Outcome.Imported) o).model();
  }

  private static Outcome.Skipped skipped(String repo) {
    Outcome o = outcomes.get(repo);
    assertThat(o).as(repo).isInstanceOf(Outcome.Skipped.class);
    return (Outcome.Skipped) o;
  }

  private static Sourced page(String repo) {
    return new Sourced("https://huggingface.co/" + repo, AS_OF);
  }

  @Test
  void theFixtureHasEnoughVariety() {
    assertThat(HubFixture.entries()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(outcomes.values().stream().map(o -> o.getClass().getSimpleName()).distinct())
        .containsExactlyInAnyOrder("Imported", "Merged", "Skipped");
  }

  @Test
  void aTokenClassifierEveryField() {
    Model m = imported("dslim/bert-base-NER");
    assertThat(m.id()).isEqualTo("dslim--bert-base-ner");
    assertThat(m.family()).isEqualTo("bert");
    assertThat(m.name()).isEqualTo("bert-base-NER");
    assertThat(m.organization()).isEqualTo("dslim");
    assertThat(m.year()).isNull();
    assertThat(m.architecture()).isEqualTo(Architecture.ENCODER);
    assertThat(m.parameters()).isNull();
    assertThat(m.activeParameters()).isNull();
    assertThat(m.contextLength()).isNull();
    assertThat(m.license()).isEqualTo("MIT");
    assertThat(m.openWeights()).isTrue();
    assertThat(m.hfRepo()).isEqualTo("dslim/bert-base-NER");
    assertThat(m.aliases()).isNull();
    assertThat(m.paper()).isNull();
    assertThat(m.languages()).containsExactly("en");
    assertThat(m.tasks())
        .containsExactly(new TaskFit("ner", Fit.GOOD, "Hub pipeline tag 'token-classification'"));
    assertThat(m.benchmarks()).isNull();
    assertThat(m.docs())
        .isEqualTo(
            new Docs(
                CardCompleteness.MINIMAL,
                null,
                List.of("transformers", "pytorch"),
                "https://huggingface.co/dslim/bert-base-NER",
                AS_OF));
    assertThat(m.community()).as("the entry has no downloads or likes").isNull();
    assertThat(m.customization()).isNull();
    assertThat(m.provenance())
        .isEqualTo(new Provenance(null, null, null, page("dslim/bert-base-NER")));
    assertThat(m.notes())
        .isEqualTo("Imported from the Hugging Face Hub; architecture from model_type 'bert'.");
    assertThat(m.imported()).isEqualTo(new Imported(ImportSource.HUGGINGFACE_API, AS_OF));
  }

  @Test
  void aCuratedModelWithCountsIsMerged() {
    Outcome o = outcomes.get("Qwen/Qwen3-235B-A22B");
    assertThat(o).isInstanceOf(Outcome.Merged.class);
    assertThat(((Outcome.Merged) o).override().community().hfDownloads()).isEqualTo(354_190L);
  }

  @Test
  void parametersAndCommunityComeFromSafetensorsAndCounts() {
    // Qwen3-235B-A22B is curated in the bundled catalog; map it over a catalog without it.
    Outcome o = HubFixture.uncuratedMapper().map(HubFixture.entryOf("Qwen/Qwen3-235B-A22B"));
    assertThat(o).isInstanceOf(Outcome.Imported.class);
    Model m = ((Outcome.Imported) o).model();
    assertThat(m.id()).isEqualTo("qwen--qwen3-235b-a22b");
    assertThat(m.family()).isEqualTo("qwen3_moe");
    assertThat(m.architecture()).isEqualTo(Architecture.DECODER);
    assertThat(m.parameters()).isEqualTo(235_093_634_560L);
    assertThat(m.provenance().parameters()).isEqualTo(page("Qwen/Qwen3-235B-A22B"));
    assertThat(m.license()).isEqualTo("Apache-2.0");
    assertThat(m.tasks()).extracting(TaskFit::id).containsExactly("text-generation");
    assertThat(m.community())
        .isEqualTo(
            new Community(
                354_190L,
                1_108L,
                null,
                null,
                "https://huggingface.co/Qwen/Qwen3-235B-A22B",
                AS_OF));
    assertThat(m.languages()).isNull();
  }

  @Test
  void withoutCardConfigOrAuthorOnlyWhatIsThereIsUsed() {
    // MiniMax-M2 is curated: map it as a catalog without it would.
    Outcome o = HubFixture.uncuratedMapper().map(HubFixture.entryOf("MiniMaxAI/MiniMax-M2"));
    assertThat(o).isInstanceOf(Outcome.Imported.class);
    Model m = ((Outcome.Imported) o).model();
    assertThat(m.organization()).as("the owner, as there is no author").isEqualTo("MiniMaxAI");
    assertThat(m.family()).as("no model_type: its own family").isEqualTo("minimaxai--minimax-m2");
    assertThat(m.architecture()).isEqualTo(Architecture.DECODER);
    assertThat(m.notes()).contains("architecture from pipeline tag 'text-generation'");
    assertThat(m.license()).isEqualTo("MIT");
    assertThat(m.parameters()).isNull();
    assertThat(m.provenance().parameters()).isNull();
    assertThat(m.tasks())
        .containsExactly(
            new TaskFit("text-generation", Fit.GOOD, "Hub pipeline tag 'text-generation'"),
            new TaskFit("chat", Fit.GOOD, "Hub tag 'conversational'"));
    assertThat(m.docs().modelCard()).as("no cardData, no file list: unknown").isNull();
    assertThat(m.docs().frameworks()).containsExactly("transformers");
    assertThat(m.community().hfDownloads()).isEqualTo(846_249L);
    assertThat(m.community().hfLikes()).isEqualTo(1_178L);
  }

  @Test
  void gatedModelsAreOpenWeightsWithANote() {
    Model llama = imported("meta-llama/Llama-3.2-1B");
    assertThat(llama.openWeights()).isTrue();
    assertThat(llama.license()).isEqualTo("LicenseRef-llama3.2");
    assertThat(llama.notes())
        .isEqualTo(
            "Imported from the Hugging Face Hub; architecture from model_type 'llama'; gated"
                + " (manual approval): accept the terms on the model page to download.");
    assertThat(llama.languages()).containsExactly("en", "de", "fr", "it", "pt", "hi", "es", "th");
    Model gemma = imported("google/gemma-2b");
    assertThat(gemma.license()).isEqualTo("LicenseRef-gemma");
    assertThat(gemma.docs().frameworks()).containsExactly("transformers", "gguf");
    assertThat(gemma.notes()).contains("gated (manual approval)");
    assertThat(imported("dslim/bert-base-NER").notes()).doesNotContain("gated");
  }

  @Test
  void licenseOtherIsUsedOnlyWhenItsNameIsKnown() {
    assertThat(imported("Qwen/Qwen2.5-72B").license()).isEqualTo("LicenseRef-qwen");
    // Kimi-K2-Thinking is curated in the bundled catalog, so the uncurated mapper shows the rule.
    Outcome kimi =
        HubFixture.uncuratedMapper().map(HubFixture.entryOf("moonshotai/Kimi-K2-Thinking"));
    assertThat(kimi).isInstanceOf(Outcome.Skipped.class);
    assertThat(((Outcome.Skipped) kimi).reason()).isEqualTo(Skip.LICENSE_OTHER);
  }

  @Test
  void licensesAreNeverGuessed() {
    Outcome.Skipped starcoder = skipped("bigcode/starcoder");
    assertThat(starcoder.reason()).isEqualTo(Skip.UNKNOWN_LICENSE);
    assertThat(starcoder.detail()).isEqualTo("bigcode-openrail-m");
    assertThat(skipped("google-bert/bert-base-chinese").reason()).isEqualTo(Skip.NO_LICENSE);
    assertThat(imported("deepset/tinyroberta-squad2").license()).isEqualTo("CC-BY-4.0");
  }

  @Test
  void architectureComesOnlyFromEvidence() {
    assertThat(imported("BAAI/bge-large-en-v1.5").architecture())
        .as("an embedding tag wins over the bert backbone")
        .isEqualTo(Architecture.EMBEDDING);
    assertThat(imported("facebook/bart-large-mnli").architecture())
        .isEqualTo(Architecture.ENCODER_DECODER);
    assertThat(imported("google/flan-t5-small").architecture())
        .isEqualTo(Architecture.ENCODER_DECODER);
    assertThat(imported("CohereForAI/aya-101").architecture())
        .as("no config: from the text2text-generation tag")
        .isEqualTo(Architecture.ENCODER_DECODER);
    for (String vision : List.of("Intel/dpt-large", "Intel/dpt-hybrid-midas")) {
      assertThat(skipped(vision).reason()).isEqualTo(Skip.NO_ARCHITECTURE);
      assertThat(skipped(vision).detail()).isEqualTo("depth-estimation");
    }
    assertThat(skipped("OrionLLM/GRM-2.6-Opus").detail()).isEqualTo("image-text-to-text");
  }

  @Test
  void tasksFollowTheVocabularysPipelineTags() {
    assertThat(
            imported("distilbert/distilbert-base-uncased-finetuned-sst-2-english")
                .tasks()
                .get(0)
                .id())
        .isEqualTo("classification");
    assertThat(imported("facebook/bart-large-mnli").tasks().get(0).id()).isEqualTo("nli");
    assertThat(imported("deepset/tinyroberta-squad2").tasks().get(0).id())
        .isEqualTo("extractive-qa");
    assertThat(imported("intfloat/multilingual-e5-large").tasks().get(0).id())
        .isEqualTo("embedding");
    Outcome.Imported flan = (Outcome.Imported) outcomes.get("google/flan-t5-small");
    assertThat(flan.model().tasks()).as("text2text-generation maps to no task").isNull();
    assertThat(flan.untaskedTag()).isEqualTo("text2text-generation");
    assertThat(flan.model().notes())
        .contains("pipeline tag 'text2text-generation' has no advisor task");
  }

  @Test
  void languagesKeepOnlyTwoLetterCodes() {
    assertThat(imported("intfloat/multilingual-e5-large").languages())
        .containsExactly("af", "ar", "de", "en", "zh");
    assertThat(imported("CohereForAI/aya-101").languages())
        .as("three-letter codes are not ISO 639-1")
        .isNull();
  }

  @Test
  void aCuratedModelOnlyGetsItsCommunityNumbers() {
    Outcome o = outcomes.get("google-bert/bert-base-uncased");
    assertThat(o).isInstanceOf(Outcome.Merged.class);
    Model override = ((Outcome.Merged) o).override();
    assertThat(override)
        .isEqualTo(
            Model.builder()
                .id("bert-base-uncased")
                .community(
                    new Community(
                        42_711_978L,
                        3_379L,
                        null,
                        null,
                        "https://huggingface.co/google-bert/bert-base-uncased",
                        AS_OF))
                .build());
    Outcome.Skipped minilm = skipped("sentence-transformers/all-MiniLM-L6-v2");
    assertThat(minilm.reason()).isEqualTo(Skip.CURATED_WITHOUT_NUMBERS);
    assertThat(minilm.detail()).isEqualTo("all-minilm-l6-v2");
  }

  @Test
  void entriesOfEveryShapeAreSkippedWithTheirReason() {
    HubMapper mapper = HubFixture.mapper();
    String base =
        "\"pipeline_tag\":\"fill-mask\",\"config\":{\"model_type\":\"bert\"},\"author\":\"x\"";
    record Case(String json, Skip reason, String detail) {}
    for (Case c :
        List.of(
            new Case("{" + base + "}", Skip.NO_REPO_ID, null),
            new Case("{\"id\":\"a--b/c\"," + base + "}", Skip.BAD_REPO_ID, null),
            new Case("{\"id\":\"a/b\",\"private\":true," + base + "}", Skip.PRIVATE, null),
            new Case("{\"id\":\"a/b\",\"disabled\":true," + base + "}", Skip.DISABLED, null),
            new Case(
                "{\"id\":\"a/b\",\"cardData\":{\"license\":[\"mit\",\"apache-2.0\"]}," + base + "}",
                Skip.SEVERAL_LICENSES,
                "mit, apache-2.0"),
            new Case(
                "{\"id\":\"a/b\",\"cardData\":{\"license\":\"unknown\"}," + base + "}",
                Skip.NO_LICENSE,
                null),
            new Case(
                "{\"id\":\"a/b\",\"cardData\":{\"license\":\"other\",\"license_name\":\"acme\"},"
                    + base
                    + "}",
                Skip.LICENSE_OTHER,
                "acme"),
            new Case(
                "{\"id\":\"a/b\",\"tags\":[\"license:mit\"],\"siblings\":[{\"rfilename\":"
                    + "\"README.md\"}],"
                    + base
                    + "}",
                Skip.NO_WEIGHTS,
                null),
            new Case(
                "{\"id\":\"a/b\",\"tags\":[\"license:mit\"],\"author\":\"x\"}",
                Skip.NO_ARCHITECTURE,
                "(none)"))) {
      Outcome o = mapper.map(HubFixture.entry(c.json()));
      assertThat(o).as(c.json()).isInstanceOf(Outcome.Skipped.class);
      assertThat(((Outcome.Skipped) o).reason()).as(c.json()).isEqualTo(c.reason());
      assertThat(((Outcome.Skipped) o).detail()).as(c.json()).isEqualTo(c.detail());
    }
  }

  @Test
  void aFileListShowsWhetherThereIsACard() {
    HubMapper mapper = HubFixture.mapper();
    Model with =
        ((Outcome.Imported)
                mapper.map(
                    HubFixture.entry(
                        "{\"id\":\"a/b\",\"tags\":[\"license:mit\"],\"pipeline_tag\":\"fill-mask\","
                            + "\"siblings\":[{\"rfilename\":\"README.md\"},"
                            + "{\"rfilename\":\"model.safetensors\"}]}")))
            .model();
    assertThat(with.docs().modelCard()).isEqualTo(CardCompleteness.MINIMAL);
    Model without =
        ((Outcome.Imported)
                mapper.map(
                    HubFixture.entry(
                        "{\"id\":\"a/b\",\"tags\":[\"license:mit\"],\"pipeline_tag\":\"fill-mask\","
                            + "\"siblings\":[{\"rfilename\":\"pytorch_model.bin\"}]}")))
            .model();
    assertThat(without.docs().modelCard()).isEqualTo(CardCompleteness.NONE);
    assertThat(without.organization()).isEqualTo("a");
  }
}
