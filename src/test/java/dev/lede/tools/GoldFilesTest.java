package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-made gold sets kept as offsets ({@code src/test/resources/dev/lede/tools/gold}) still
 * point at the texts they were made on: every line reads, inside its text, with a known type. Runs
 * where {@code ../shared} is present, as on CI; skipped elsewhere.
 */
final class GoldFilesTest {

  @ParameterizedTest
  @CsvSource({
      "htmldev-odd.tsv, ../shared/data/html-dev/ground-truth.json, 30, 1050",
      "htmldev-even.tsv, ../shared/data/html-dev/ground-truth.json, 30, 850",
      "re3d-check.tsv, ../shared/data/ner/re3d/original, 45, 809",
      "ecbplus-sample.tsv, ../shared/data/related/ecbplus-dev/ecbplus_dev.jsonl, 62, 1452",
      "ecbplus-tune.tsv, ../shared/data/related/ecbplus-dev/ecbplus_dev.jsonl, 62, 1439",
      "re3d-even.tsv, ../shared/data/ner/re3d/original, 45, 713",
      "ecbplus-sample2.tsv, ../shared/data/related/ecbplus-dev/ecbplus_dev.jsonl, 62, 1285"})
  void readGold_committedSet_everyLineFitsItsText(String file, String texts, int documents,
      int mentions) throws Exception {
    assumeTrue(Files.exists(Path.of(texts)), "the texts are under ../shared/data");
    Path gold = Path.of(GoldFilesTest.class.getResource("gold/" + file).toURI());

    List<EvalNerGold.Document> docs = EvalNerGold.readGold(gold,
        EvalNerGold.readTexts(Path.of(texts)));

    assertThat(docs).hasSize(documents);
    assertThat(docs.stream().mapToInt(d -> d.gold().size()).sum()).isEqualTo(mentions);
  }
}
