package io.github.advisorcli.advisor.catalog;

import java.util.List;

/**
 * One task of the vocabulary.
 *
 * @param id the canonical id
 * @param name the English name
 * @param nameZh the Chinese name
 * @param synonyms other names, English and Chinese
 * @param related tasks whose models partly fit this one
 * @param benchmarks benchmarks that measure this task
 * @param hfPipelineTags Hugging Face pipeline tags that mean this task
 * @param fitRules limits on the fit of models with given facts (base checkpoints for chat, ...)
 */
public record Task(
    String id,
    String name,
    String nameZh,
    List<String> synonyms,
    List<String> related,
    List<String> benchmarks,
    List<String> hfPipelineTags,
    List<FitRule> fitRules) {
  public Task {
    synonyms = Merge.list(synonyms);
    related = Merge.list(related);
    benchmarks = Merge.list(benchmarks);
    hfPipelineTags = Merge.list(hfPipelineTags);
    fitRules = Merge.list(fitRules);
  }
}
