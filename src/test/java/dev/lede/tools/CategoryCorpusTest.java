package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.tools.EvalRelatedCommand.Doc;
import dev.lede.tools.NerCorpus.Raw;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CategoryCorpus} on a miniature of {@code ../shared/data/ner} written here: every source
 * file in its format, each with enough invented sentences for a document or two.
 */
final class CategoryCorpusTest {

  /** Sentences of {@code words} tokens each: "w1 w2 ... wN ." with a tag column. */
  private static String conll(int sentences, int words, String word) {
    StringBuilder b = new StringBuilder("-DOCSTART- O\n\n");
    for (int s = 0; s < sentences; s++) {
      for (int w = 0; w < words; w++) {
        b.append(word).append(s).append('\t').append(w == 0 ? "B-PER" : "O").append('\n');
      }
      b.append("\n");
    }
    return b.toString();
  }

  private static void write(Path dir, String file, String text) throws IOException {
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  /** A GUM- or EWT-style IOB2 file: documents of sentences with their original text. */
  private static String iob2(Map<String, Integer> docs, int words) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Integer> d : docs.entrySet()) {
      b.append("# newdoc id = ").append(d.getKey()).append('\n');
      for (int s = 0; s < d.getValue(); s++) {
        StringBuilder text = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (int w = 0; w < words; w++) {
          String token = "t" + s + "x" + w;
          text.append(w == 0 ? "" : " ").append(token);
          rows.append(w + 1).append('\t').append(token).append("\tO\t-\t-\n");
        }
        b.append("# sent_id = ").append(d.getKey()).append('-').append(s).append('\n')
            .append("# text = ").append(text).append('\n').append(rows).append('\n');
      }
    }
    return b.toString();
  }

  private static Path miniature(Path dir) throws IOException {
    write(dir, "litbank/1_a_brat.tsv", "Chapter\tO\tO\n1\tO\tO\n\nSir\tB-PER\tO\nWalter\tI-PER\tO"
        + "\nread\tO\tO\n.\tO\tO\n");
    write(dir, "litbank/2_b_brat.tsv", "It\tO\tO\nrained\tO\tO\n.\tO\tO\n\nThen\tO\tO\n"
        + "snow\tO\tO\n.\tO\tO\n");
    StringBuilder gmb = new StringBuilder("Sentence #,Word,POS,Tag\n");
    for (int s = 1; s <= 90; s++) {
      gmb.append("Sentence: ").append(s).append(",Officials,NNS,O\n");
      for (int w = 0; w < 9; w++) {
        gmb.append(",said,VBD,O\n");
      }
    }
    write(dir, "gmb/ner_dataset.csv", gmb.toString());
    write(dir, "sec-filings/FIN5-train.txt", conll(30, 10, "loan"));
    write(dir, "sec-filings/FIN3-dev.txt", conll(20, 10, "lender"));
    for (String d : List.of("ai", "literature", "music", "science")) {
      write(dir, "crossner-domains/" + d + "/train.txt", conll(20, 20, d));
      write(dir, "crossner-domains/" + d + "/dev.txt", conll(20, 20, d + "dev"));
    }
    write(dir, "crossner-politics/dev.txt", conll(40, 20, "vote"));
    write(dir, "wikigold/wikigold.conll.txt", conll(40, 20, "wiki"));
    for (String f : List.of("a", "b", "f")) {
      write(dir, "btc/" + f + ".conll", conll(30, 10, "tweet" + f));
    }
    write(dir, "btc/e.conll", conll(30, 10, "unused"));
    write(dir, "re3d/conll/Source_B/doc.conll", conll(20, 10, "troops"));
    write(dir, "re3d/conll/Source_A/doc.conll", conll(20, 10, "envoy"));
    Map<String, Integer> ewt = new TreeMap<>();
    ewt.put("answers-1", 40);
    ewt.put("email-1", 20);
    ewt.put("email-2", 20);
    write(dir, "uner-ewt-train/en_ewt-ud-train.reconstructed.iob2", iob2(ewt, 10));
    return dir;
  }

  private static Map<String, List<Doc>> byCategory(List<Doc> docs) {
    Map<String, List<Doc>> out = new TreeMap<>();
    for (Doc d : docs) {
      assertThat(d.strong()).hasSize(1);
      out.computeIfAbsent(d.strong().iterator().next(), c -> new ArrayList<>()).add(d);
    }
    return out;
  }

  @Test
  void categories_everySourceACategory_documentsCutFromConsecutiveSentences(@TempDir Path tmp)
      throws IOException {
    List<Doc> docs = CategoryCorpus.categories(miniature(tmp));
    Map<String, List<Doc>> cats = byCategory(docs);
    assertThat(cats.keySet()).containsExactly("fiction", "legal", "news", "security", "tweets",
        "web-answers", "web-email", "wiki-ai", "wiki-general", "wiki-literature", "wiki-music",
        "wiki-politics", "wiki-science");
    // a novel is one document; its first sentence is the title
    assertThat(cats.get("fiction")).extracting(Doc::title)
        .containsExactlyInAnyOrder("Chapter 1", "It rained .");
    // 90 GMB sentences of 10 words: 2 documents of 400 words, the last 100 words left out
    assertThat(cats.get("news")).hasSize(2);
    // 50 sentences of 10 words: 1 document of 400 words
    assertThat(cats.get("legal")).hasSize(1);
    // 40 sentences of 20 words in each domain: 2 documents of 300 words, 40 words left out
    assertThat(cats.get("wiki-ai")).hasSize(2);
    assertThat(cats.get("wiki-politics")).hasSize(2);
    // tweets from sections a, b and f only: 900 words, 3 documents
    assertThat(cats.get("tweets")).hasSize(3);
    assertThat(cats.get("tweets")).allSatisfy(d -> assertThat(d.text()).doesNotContain("unused"));
    // EWT documents by genre: the two e-mails join (400 words: one document)
    assertThat(cats.get("web-email")).hasSize(1);
    assertThat(cats.get("web-answers")).hasSize(1);
    assertThat(docs).allSatisfy(d -> {
      assertThat(d.query()).isTrue();
      assertThat(d.weak()).isEmpty();
    });
    assertThat(docs).extracting(Doc::id).doesNotHaveDuplicates();
  }

  @Test
  void categories_sameDrawEveryTime(@TempDir Path tmp) throws IOException {
    Path dir = miniature(tmp);
    assertThat(CategoryCorpus.categories(dir)).isEqualTo(CategoryCorpus.categories(dir));
  }

  @Test
  void categories_missingSource_ioExceptionNamingIt(@TempDir Path tmp) throws IOException {
    Path dir = miniature(tmp);
    Files.delete(dir.resolve("wikigold/wikigold.conll.txt"));
    assertThatThrownBy(() -> CategoryCorpus.categories(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("wikigold.conll.txt");
    assertThatThrownBy(() -> CategoryCorpus.categories(tmp.resolve("none")))
        .isInstanceOf(IOException.class).hasMessageContaining("none");
  }

  @Test
  void categoriesTest_sameKindsOfTextFromDocumentsCategoriesNeverDraws(@TempDir Path tmp)
      throws IOException {
    Path dir = miniature(tmp);
    // 42 novels, of which categories draws 40 and leaves 2
    for (int i = 3; i <= 42; i++) {
      write(dir, "litbank/" + i + "_n_brat.tsv", "Novel\tO\tO\n" + i + "\tO\tO\n");
    }
    // GMB: 20,000 one-word sentences, then 90 of 10 words from 20,000 on
    StringBuilder gmb = new StringBuilder("Sentence #,Word,POS,Tag\n");
    for (int s = 1; s <= CategoryCorpus.GMB_SENTENCES; s++) {
      gmb.append("Sentence: ").append(s).append(",Earlier,RB,O\n");
    }
    for (int s = 1; s <= 90; s++) {
      gmb.append("Sentence: ").append(CategoryCorpus.GMB_SENTENCES + s).append(",Later,RB,O\n");
      gmb.append(",said,VBD,O\n".repeat(9));
    }
    write(dir, "gmb/ner_dataset.csv", gmb.toString());
    write(dir, "crossner-politics/train.txt", conll(40, 20, "politics"));
    for (String f : List.of("g", "h")) {
      write(dir, "btc/" + f + ".conll", conll(30, 10, "news" + f));
    }
    write(dir, "wnut17/wnut17train.conll", conll(30, 10, "reddit"));
    write(dir, "wnut17/emerging.dev.conll", conll(10, 10, "youtube"));
    write(dir, "wnut17/emerging.test.annotated", conll(10, 10, "stack"));
    write(dir, "uner-ewt-dev/en_ewt-ud-dev.iob2", iob2(Map.of("reviews-1", 40), 10));

    List<Doc> test = CategoryCorpus.categoriesTest(dir);
    Map<String, List<Doc>> cats = byCategory(test);
    assertThat(cats.keySet()).containsExactly("fiction", "news", "social", "tweets",
        "web-reviews", "wiki-politics");
    // the two novels categories left
    Set<String> drawn = new HashSet<>();
    CategoryCorpus.categories(dir).forEach(d -> drawn.add(d.title()));
    assertThat(cats.get("fiction")).hasSize(2).noneMatch(d -> drawn.contains(d.title()));
    // the 90 sentences after 20,000 only: 2 documents of 400 words
    assertThat(cats.get("news")).hasSize(2).allSatisfy(d -> assertThat(d.title() + d.text())
        .doesNotContain("Earlier"));
    // tweets from sections e, g and h: 900 words, 3 documents
    assertThat(cats.get("tweets")).hasSize(3).noneMatch(d -> d.text().contains("tweeta"));
    // every WNUT-17 split: 500 words, 1 document of 300
    assertThat(cats.get("social")).hasSize(1);
    assertThat(test).extracting(Doc::id).doesNotHaveDuplicates();
  }

  @Test
  void genres_oneDocumentPerGumDocument_itsGenreFromTheId_originalText(@TempDir Path tmp)
      throws IOException {
    Map<String, Integer> train = new TreeMap<>();
    train.put("GUM_news_flood", 3);
    train.put("GUM_voyage_lisbon", 2);
    write(tmp, "gum-6genres/gum-6genres-train.tsv", iob2(train, 4));
    write(tmp, "gum-6genres/gum-6genres-dev.tsv", iob2(Map.of("GUM_news_vote", 2), 4));
    write(tmp, "gum-6genres/gum-6genres-test.tsv", iob2(Map.of("GUM_court_theft", 2), 4));
    List<Doc> docs = CategoryCorpus.genres(tmp);
    assertThat(docs).extracting(Doc::id).containsExactly("GUM_news_flood", "GUM_voyage_lisbon",
        "GUM_news_vote", "GUM_court_theft");
    assertThat(docs).extracting(d -> d.strong()).containsExactly(Set.of("news"),
        Set.of("voyage"), Set.of("news"), Set.of("court"));
    assertThat(docs.get(0).title()).isEqualTo("t0x0 t0x1 t0x2 t0x3");
    assertThat(docs.get(0).text()).isEqualTo("t1x0 t1x1 t1x2 t1x3 t2x0 t2x1 t2x2 t2x3");
  }

  @Test
  void chunks_atLeastTheWords_restLeftOut() {
    List<Raw> sentences = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sentences.add(new Raw(Collections.nCopies(i + 1, "w"), Collections.nCopies(i + 1, "O")));
    }
    // 1+2 = 3, 3 (>= 3), 4, 5
    assertThat(CategoryCorpus.chunks(sentences, 3)).extracting(List::size)
        .containsExactly(2, 1, 1, 1);
    assertThat(CategoryCorpus.chunks(sentences, 100)).isEmpty();
  }
}
