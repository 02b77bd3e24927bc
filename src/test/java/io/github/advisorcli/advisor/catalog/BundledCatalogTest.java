package io.github.advisorcli.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseCategory;
import io.github.advisorcli.advisor.score.Ranker;
import io.github.advisorcli.advisor.score.Request;
import io.github.advisorcli.advisor.testing.Catalogs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The curated catalog's integrity: every fact sourced, every id known, the models users ask about
 * present.
 */
class BundledCatalogTest {
  private static final Catalog CATALOG = Catalogs.bundled();

  @Test
  void atLeastFiftyModels() {
    assertThat(CATALOG.size()).isGreaterThanOrEqualTo(50);
  }

  @Test
  void licensesAndTasksAreKnown() {
    for (Model m : CATALOG.models()) {
      assertThat(CATALOG.licenses().licensesIn(m.license())).as(m.id()).isNotEmpty();
      for (TaskFit t : m.tasks()) {
        assertThat(CATALOG.tasks().find(t.id())).as(m.id() + " task " + t.id()).isPresent();
        assertThat(t.fit()).as(m.id()).isNotNull();
        assertThat(t.why()).as(m.id() + " why for " + t.id()).isNotBlank();
      }
      assertThat(m.tasks()).as(m.id() + " tasks").isNotEmpty();
    }
  }

  @Test
  void everySourcedFactHasASourceAndDate() {
    List<String> problems = new ArrayList<>();
    for (Model m : CATALOG.models()) {
      Provenance p = m.provenance();
      check(problems, m, "parameters", m.parameters(), p.parameters());
      check(problems, m, "active_parameters", m.activeParameters(), p.activeParameters());
      check(problems, m, "context_length", m.contextLength(), p.contextLength());
      check(problems, m, "license", m.license(), p.license());
      for (Benchmark b : m.benchmarks()) {
        if (b.source() == null || b.asOf() == null || b.metric() == null) {
          problems.add(m.id() + ": benchmark " + b.name() + " lacks source, as_of or metric");
        }
        if (b.split() == null && (b.note() == null || !b.note().contains("split"))) {
          problems.add(m.id() + ": benchmark " + b.name() + " has no split and no note saying why");
        }
      }
      if (m.docs() != null && (m.docs().source() == null || m.docs().asOf() == null)) {
        problems.add(m.id() + ": docs lack source or as_of");
      }
      if (m.community() != null
          && (m.community().source() == null || m.community().asOf() == null)) {
        problems.add(m.id() + ": community lacks source or as_of");
      }
      if (m.customization() != null
          && (m.customization().source() == null || m.customization().asOf() == null)) {
        problems.add(m.id() + ": customization lacks source or as_of");
      }
      if (m.sources().isEmpty()) {
        problems.add(m.id() + ": no sources");
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void check(
      List<String> problems, Model m, String field, Object value, Sourced source) {
    if (value != null && (source == null || source.source() == null || source.asOf() == null)) {
      problems.add(m.id() + ": " + field + " has no provenance");
    }
  }

  @Test
  void idsAliasesAndReposAreUniqueCaseInsensitively() {
    Map<String, String> seen = new HashMap<>();
    for (Model m : CATALOG.models()) {
      List<String> names = new ArrayList<>(m.aliases());
      names.add(m.id());
      if (m.hfRepo() != null) {
        names.add(m.hfRepo());
      }
      for (String n : names.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList()) {
        String other = seen.putIfAbsent(n, m.id());
        assertThat(other).as("'%s' names both %s and %s", n, other, m.id()).isNull();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "classification",
        "sentiment",
        "ner",
        "text-generation",
        "summarization",
        "translation",
        "embedding"
      })
  void atLeastThreeCandidatesPerCoreTask(String task) {
    var ranking = Ranker.complete(CATALOG, Request.of(CATALOG.tasks().find(task).orElseThrow()));
    assertThat(ranking.results().stream().filter(r -> r.model().fitFor(task) != null).count())
        .as("models listing %s", task)
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void theSourceDocumentsModelsArePresent() {
    for (String id :
        List.of(
            "word2vec-google-news-300",
            "glove-6b-300d",
            "gpt2",
            "gpt2-medium",
            "gpt2-large",
            "gpt2-xl",
            "gpt-neo-125m",
            "gpt-neo-1.3b",
            "gpt-neo-2.7b",
            "gpt-j-6b",
            "gpt-neox-20b",
            "gpt-3-davinci",
            "bert-base-uncased",
            "bert-large-uncased",
            "roberta-base",
            "roberta-large",
            "albert-base-v2",
            "albert-large-v2",
            "albert-xlarge-v2",
            "albert-xxlarge-v2",
            "distilbert-base-uncased",
            "electra-small-discriminator",
            "electra-base-discriminator",
            "electra-large-discriminator",
            "t5-small",
            "t5-base",
            "t5-large",
            "t5-3b",
            "t5-11b",
            "flan-t5-base")) {
      assertThat(CATALOG.find(id)).as(id).isPresent();
    }
  }

  @Test
  void gpt3IsApiOnlyUnderProprietaryTerms() {
    Model gpt3 = CATALOG.find("gpt-3-davinci").orElseThrow();
    assertThat(gpt3.openWeights()).isFalse();
    License l = CATALOG.licenses().licensesIn(gpt3.license()).get(0);
    assertThat(l.category()).isEqualTo(LicenseCategory.PROPRIETARY);
    assertThat(gpt3.notes().toLowerCase(Locale.ROOT)).contains("never released");
  }

  /** Spot checks against model cards and papers: licenses exactly, parameter counts within 5%. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          gpt2                    | MIT                        | 124439808
          gpt2-medium             | MIT                        | 354823168
          gpt2-xl                 | MIT                        | 1557611200
          bert-base-uncased       | Apache-2.0                 | 110000000
          bert-large-uncased      | Apache-2.0                 | 340000000
          roberta-large           | MIT                        | 355000000
          t5-base                 | Apache-2.0                 | 220000000
          t5-11b                  | Apache-2.0                 | 11000000000
          gpt-j-6b                | Apache-2.0                 | 6000000000
          gpt-neox-20b            | Apache-2.0                 | 20000000000
          opt-1.3b                | LicenseRef-opt-175b        | 1300000000
          bloom-560m              | LicenseRef-bigscience-bloom-rail-1.0 | 560000000
          llama-2-7b              | LicenseRef-llama2          | 6740000000
          llama-3.1-8b-instruct   | LicenseRef-llama3.1        | 8030000000
          mistral-7b-v0.1         | Apache-2.0                 | 7240000000
          mixtral-8x7b-v0.1       | Apache-2.0                 | 46700000000
          qwen2.5-3b-instruct     | LicenseRef-qwen-research   | 3090000000
          qwen2.5-7b-instruct     | Apache-2.0                 | 7610000000
          qwen2.5-72b-instruct    | LicenseRef-qwen            | 72700000000
          gemma-2-9b-it           | LicenseRef-gemma           | 9242164736
          phi-3-mini-4k-instruct  | MIT                        | 3800000000
          nllb-200-distilled-600m | CC-BY-NC-4.0               | 600000000
          bge-m3                  | MIT                        | 567754752
          bge-small-zh-v1.5       | MIT                        | 23953920
          xlnet-base-cased        | MIT                        | 116718336
          xlnet-large-cased       | MIT                        | 360268800
          opus-mt-en-zh           | Apache-2.0                 | 77419008
          opus-mt-zh-en           | CC-BY-4.0                  | 77419008
          qwen2.5-coder-7b-instruct | Apache-2.0               | 7610000000
          qwen3-next-80b-a3b-instruct | Apache-2.0             | 80000000000
          qwen3-next-80b-a3b-thinking | Apache-2.0             | 80000000000
          embeddinggemma-300m     | LicenseRef-gemma           | 308000000
          kimi-k2-instruct-0905   | LicenseRef-kimi-k2-modified-mit | 1000000000000
          kimi-k2-thinking        | LicenseRef-kimi-k2-modified-mit | 1000000000000
          deepseek-v3.1           | MIT                        | 671000000000
          magistral-small-2509    | Apache-2.0                 | 24000000000
          phi-4-reasoning         | MIT                        | 14000000000
          devstral-small-2507     | Apache-2.0                 | 24000000000
          qwen2.5-coder-32b-instruct | Apache-2.0              | 32500000000
          glm-4.6                 | MIT                        | 355000000000
          deepseek-v3.2-exp       | MIT                        | 671000000000
          olmo-3-7b-instruct      | Apache-2.0                 | 7000000000
          olmo-3-7b-think         | Apache-2.0                 | 7000000000
          olmo-3-32b-think        | Apache-2.0                 | 32000000000
          qwen3.5-397b-a17b       | Apache-2.0                 | 397000000000
          qwen3.5-122b-a10b       | Apache-2.0                 | 122000000000
          qwen3.5-35b-a3b         | Apache-2.0                 | 35000000000
          qwen3.5-27b             | Apache-2.0                 | 27000000000
          mmbert-small            | MIT                        | 140000000
          snowflake-arctic-embed-m-v2.0 | Apache-2.0           | -
          deepseek-v3.1-terminus  | MIT                        | 671000000000
          gemma-3n-e4b-it         | LicenseRef-gemma           | 8000000000
          gemma-3n-e2b-it         | LicenseRef-gemma           | -
          qwen3.5-9b              | Apache-2.0                 | 9000000000
          qwen3.5-0.8b            | Apache-2.0                 | 800000000
          """)
  void spotChecks(String id, String license, Long parameters) {
    Model m = CATALOG.find(id).orElseThrow();
    assertThat(m.license()).isEqualTo(license);
    if (parameters != null) {
      assertThat(m.parameters()).isNotNull();
      assertThat((double) m.parameters()).isCloseTo(parameters, within(parameters * 0.05));
    }
  }

  /**
   * Spot checks of benchmark figures against the table they were read from: the value exactly and
   * the source it cites.
   */
  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          t5-small                       | WMT14 En-De    | BLEU            | 26.7   | https://arxiv.org/abs/1910.10683
          t5-11b                         | CNN/DailyMail  | ROUGE-2         | 21.55  | https://arxiv.org/abs/1910.10683
          bart-large                     | CNN/DailyMail  | ROUGE-1         | 44.16  | https://arxiv.org/abs/1910.13461
          xlm-roberta-base               | CoNLL-2003     | F1              | 92.25  | https://arxiv.org/abs/1911.02116
          xlm-roberta-large              | CoNLL-2003     | F1              | 92.92  | https://arxiv.org/abs/1911.02116
          xlm-roberta-large              | MNLI           | accuracy        | 88.9   | https://arxiv.org/abs/1911.02116
          qwen3-8b                       | WMT24++ En-XX  | XCOMET-XXL      | 0.6532 | https://arxiv.org/abs/2509.05209
          gemma-3-27b-it                 | WMT24++ En-XX  | XCOMET-XXL      | 0.7742 | https://arxiv.org/abs/2509.05209
          hunyuan-mt-chimera-7b          | WMT24++ En-XX  | XCOMET-XXL      | 0.8787 | https://arxiv.org/abs/2509.05209
          bge-m3                         | MMTEB          | mean over tasks | 59.56  | https://github.com/QwenLM/Qwen3-Embedding
          multilingual-e5-large-instruct | MTEB (eng, v2) | mean over tasks | 65.53  | https://github.com/QwenLM/Qwen3-Embedding
          qwen3-embedding-8b             | MTEB (eng, v2) | mean over tasks | 75.22  | https://github.com/QwenLM/Qwen3-Embedding
          all-minilm-l6-v2               | MTEB           | average score   | 56.26  | https://arxiv.org/abs/2210.07316
          qwen2.5-coder-7b-instruct      | HumanEval      | pass@1          | 88.4   | https://arxiv.org/abs/2409.12186
          gemma-3-27b-it                 | HumanEval      | pass@1          | 87.8   | https://huggingface.co/google/gemma-3-27b-it
          phi-3-medium-4k-instruct       | MMLU           | accuracy        | 78.0   | https://huggingface.co/microsoft/Phi-3-medium-4k-instruct
          qwen2.5-coder-32b-instruct     | HumanEval      | pass@1          | 92.7   | https://github.com/QwenLM/Qwen2.5-Coder/blob/main/qwencoder-eval/instruct/README.md
          qwen2.5-coder-32b-instruct     | MBPP           | pass@1          | 90.2   | https://github.com/QwenLM/Qwen2.5-Coder/blob/main/qwencoder-eval/instruct/README.md
          opus-mt-en-zh                  | WMT17 En-Zh    | BLEU            | 19.2   | https://github.com/Helsinki-NLP/Tatoeba-Challenge/blob/master/models/eng-zho/opus-2020-07-17.bleu-scores.txt
          opus-mt-zh-en                  | WMT17 Zh-En    | BLEU            | 20.1   | https://github.com/Helsinki-NLP/Tatoeba-Challenge/blob/master/models/zho-eng/opus-2020-07-17.bleu-scores.txt
          """)
  void benchmarkSpotChecks(String id, String name, String metric, double value, String source) {
    Model m = CATALOG.find(id).orElseThrow();
    assertThat(m.benchmarks())
        .as("%s: %s %s %s from %s", id, name, metric, value, source)
        .anySatisfy(
            b -> {
              assertThat(b.name()).isEqualTo(name);
              assertThat(b.metric()).isEqualTo(metric);
              assertThat(b.value()).isEqualTo(value);
              assertThat(b.source()).isEqualTo(source);
            });
  }

  /**
   * A result on a benchmark that a task counts is put on the 0-1 scale by that benchmark's
   * reference points; a new benchmark name or metric without them would silently not count.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          translation | WMT24++ En-XX  | XCOMET-XXL
          embedding   | MTEB           | average score
          embedding   | MTEB (eng, v2) | mean over tasks
          embedding   | MMTEB          | mean over tasks
          embedding   | C-MTEB         | mean over tasks
          embedding   | C-MTEB         | average score
          ner         | CoNLL-2003     | F1
          chat        | IFEval         | prompt-level strict accuracy
          chat        | IFEval         | strict-prompt accuracy
          chat        | IFEval         | average of prompt/instruction accuracy, loose and strict
          chat        | C-Eval         | exact match
          chat        | MMLU           | pass@1
          """)
  void addedBenchmarksCountForTheirTaskWithReferencePoints(
      String task, String name, String metric) {
    assertThat(CATALOG.tasks().find(task).orElseThrow().benchmarks()).contains(name);
    assertThat(CATALOG.tasks().references())
        .as("reference point for %s / %s", name, metric)
        .anySatisfy(
            r -> {
              assertThat(r.name()).isEqualTo(name);
              assertThat(r.metric()).isEqualTo(metric);
              assertThat(r.floor()).isNotNull();
              assertThat(r.ceiling()).isGreaterThan(r.floor());
            });
  }

  /**
   * Benchmark keys (name and metric) that a task counts but that have no reference points on
   * purpose, each with the reason; every other key a task counts must have them.
   */
  private static final Map<String, String> UNREFERENCED =
      Map.of(
          "wikitext-103 / perplexity",
          "lower is better and unbounded: tasks.yaml gives perplexity no reference points",
          "ifeval / average of prompt-level and instruction-level accuracy",
          "the SmolLM2 cards do not say whether loose or strict accuracy is averaged",
          "ifeval / average of prompt-level and instruction-level strict accuracy",
          "only the Granite 4.0 card reports this average; no other source checked gives it");

  @Test
  void everyCountedBenchmarkKeyHasReferencePoints() {
    Map<String, String> missing = new TreeMap<>();
    for (Model m : CATALOG.models()) {
      for (var b : m.benchmarks()) {
        boolean counted =
            CATALOG.tasks().all().stream()
                .anyMatch(t -> t.benchmarks().stream().anyMatch(n -> n.equalsIgnoreCase(b.name())));
        if (!counted) {
          continue;
        }
        String key = (b.name() + " / " + b.metric()).toLowerCase(Locale.ROOT);
        boolean referenced =
            CATALOG.tasks().references().stream()
                .anyMatch(
                    r -> (r.name() + " / " + r.metric()).toLowerCase(Locale.ROOT).equals(key));
        if (!referenced && !UNREFERENCED.containsKey(key)) {
          missing.putIfAbsent(key, m.id());
        }
      }
    }
    assertThat(missing).as("counted benchmark keys without reference points").isEmpty();
  }

  @Test
  void mixtralCountsTotalAndActiveParameters() {
    Model m = CATALOG.find("mixtral-8x7b-v0.1").orElseThrow();
    assertThat((double) m.activeParameters()).isCloseTo(12.9e9, within(12.9e9 * 0.05));
    assertThat(m.parameters()).isGreaterThan(m.activeParameters());
  }

  /**
   * The models added from September 2025 on, against their sources: Qwen3-Next's card and
   * config.json (80B total, 3B active; 48 layers of which every fourth is full attention; 512
   * experts, 10 per token; 262,144 tokens), EmbeddingGemma's card (2,048 tokens, Gemma terms).
   */
  @Test
  void modelsFromSeptember2025AgreeWithTheirSources() {
    for (String id : List.of("qwen3-next-80b-a3b-instruct", "qwen3-next-80b-a3b-thinking")) {
      Model m = CATALOG.find(id).orElseThrow();
      assertThat(m.activeParameters()).isEqualTo(3_000_000_000L);
      assertThat(m.contextLength()).isEqualTo(262_144L);
      assertThat(m.config().layers()).isEqualTo(48L);
      assertThat(m.config().linearLayers()).isEqualTo(36L);
      assertThat(m.config().kvHeads()).isEqualTo(2L);
      assertThat(m.config().headDim()).isEqualTo(256L);
      assertThat(m.config().experts()).isEqualTo(512L);
      assertThat(m.config().expertsPerToken()).isEqualTo(10L);
      assertThat(m.provenance().activeParameters().source()).startsWith("https://");
      assertThat(m.released()).isEqualTo("2025-09");
    }
    assertThat(CATALOG.find("qwen3-next-80b-a3b-thinking").orElseThrow().checkpoint())
        .isEqualTo(Checkpoint.REASONING);
    assertThat(
            CATALOG
                .find("qwen3-next-80b-a3b-instruct")
                .orElseThrow()
                .capabilities()
                .reasoningMode())
        .isFalse();
    // Kimi K2 0905 and Thinking: 1T total / 32B active, 256k context (cards); Modified MIT.
    for (String id : List.of("kimi-k2-instruct-0905", "kimi-k2-thinking")) {
      Model m = CATALOG.find(id).orElseThrow();
      assertThat(m.activeParameters()).isEqualTo(32_000_000_000L);
      assertThat(m.contextLength()).isEqualTo(262_144L);
    }
    assertThat(CATALOG.find("kimi-k2-thinking").orElseThrow().capabilities().reasoningMode())
        .isTrue();
    // DeepSeek-V3.1: 671B / 37B, 128K, MIT weights (card), unlike V3's DeepSeek License.
    Model v31 = CATALOG.find("deepseek-v3.1").orElseThrow();
    assertThat(v31.activeParameters()).isEqualTo(37_000_000_000L);
    assertThat(v31.license()).isNotEqualTo(CATALOG.find("deepseek-v3").orElseThrow().license());
    // Magistral Small 1.2 reads images and reasons; Phi-4-reasoning: 32k, April 30, 2025 (card).
    assertThat(CATALOG.find("magistral-small-2509").orElseThrow().capabilities().imageInput())
        .isTrue();
    // Devstral Small 1.1: text only (vision encoder removed), Mistral function calling (card).
    Model devstral = CATALOG.find("devstral-small-2507").orElseThrow();
    assertThat(devstral.capabilities().imageInput()).isFalse();
    assertThat(devstral.capabilities().toolCalling()).isTrue();
    Model phi = CATALOG.find("phi-4-reasoning").orElseThrow();
    assertThat(phi.contextLength()).isEqualTo(32_768L);
    assertThat(phi.released()).isEqualTo("2025-04-30");
    Model gemma = CATALOG.find("embeddinggemma-300m").orElseThrow();
    assertThat(gemma.contextLength()).isEqualTo(2048L);
    assertThat(gemma.architecture()).isEqualTo(Architecture.EMBEDDING);
    assertThat(gemma.provenance().license().source())
        .isEqualTo("https://huggingface.co/google/embeddinggemma-300m");
  }
}
