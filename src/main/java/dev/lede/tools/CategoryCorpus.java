package dev.lede.tools;

import dev.lede.tools.EvalRelatedCommand.Doc;
import dev.lede.tools.NerCorpus.Format;
import dev.lede.tools.NerCorpus.Raw;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Category-level corpora for {@code eval-related}, built from the entity corpora in
 * {@code ../shared/data/ner} when the command runs (their texts never enter the project): each
 * document's relevant suggestions are the other documents of its category, as in the Brown
 * corpus, where a category is a genre ("news", "learned", "romance") or a subject.
 *
 * <ul>
 *   <li>{@code categories}: 16 categories of {@value #PER_CATEGORY} documents, a dev set. Fiction
 *       (a LitBank novel's opening each), news (GMB's VOA sentences up to 20,000), legal (SEC
 *       loan agreements), security (re3d's press releases), tweets (BTC sections A, B, F), web
 *       answers, e-mail, newsgroups, reviews and weblogs (UNER-EWT train by document genre),
 *       Wikipedia on AI, literature, music, science, politics (CrossNER) and of every kind
 *       (Wikigold). Apart from the novels, consecutive sentences are cut into documents of about
 *       {@value #WORDS} words ({@value #NEWS_WORDS} for news and legal text); each category's
 *       documents are drawn with a fixed seed.
 *   <li>{@code categories-test}: the same kinds of text from documents {@code categories} never
 *       draws, 10 categories, held out from tuning ({@link #categoriesTest}).
 *   <li>{@code genres}: GUM's 108 documents of six genres (news, interviews, academic writing,
 *       biographies, court transcripts, travel guides), all splits, held out from tuning until
 *       stop 20 and stop 34 looked at it.
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
final class CategoryCorpus {

  /** Documents drawn per category of {@code categories}. */
  static final int PER_CATEGORY = 40;
  /** Words per document cut from consecutive sentences. */
  static final int WORDS = 300;
  /** Words per document of news and legal text, whose sentences are longer. */
  static final int NEWS_WORDS = 400;
  /** GMB sentences read for news (those from 40,000 on are the entity dev set). */
  static final int GMB_SENTENCES = 20_000;
  private static final long SEED = 7;

  private CategoryCorpus() {}

  /**
   * The {@code categories} corpus.
   *
   * @param dir the entity corpora folder ({@code ../shared/data/ner})
   * @throws IOException if a source file is missing or unreadable (its path is in the message)
   */
  static List<Doc> categories(Path dir) throws IOException {
    Map<String, List<List<Raw>>> byCategory = new TreeMap<>();
    byCategory.put("fiction", novels(dir));
    List<Raw> gmb = NerCorpus.read(dir.resolve("gmb/ner_dataset.csv"), Format.GMB);
    byCategory.put("news", chunks(gmb.subList(0, Math.min(GMB_SENTENCES, gmb.size())),
        NEWS_WORDS));
    byCategory.put("legal", chunks(conll(dir.resolve("sec-filings/FIN5-train.txt"),
        dir.resolve("sec-filings/FIN3-dev.txt")), NEWS_WORDS));
    for (String domain : List.of("ai", "literature", "music", "science")) {
      Path d = dir.resolve("crossner-domains").resolve(domain);
      byCategory.put("wiki-" + domain,
          chunks(conll(d.resolve("train.txt"), d.resolve("dev.txt")), WORDS));
    }
    byCategory.put("wiki-politics", chunks(conll(dir.resolve("crossner-politics/dev.txt")),
        WORDS));
    byCategory.put("wiki-general", chunks(conll(dir.resolve("wikigold/wikigold.conll.txt")),
        WORDS));
    byCategory.put("tweets", chunks(conll(dir.resolve("btc/a.conll"),
        dir.resolve("btc/b.conll"), dir.resolve("btc/f.conll")), WORDS));
    byCategory.put("security", chunks(conll(sorted(dir.resolve("re3d/conll"), ".conll")
        .toArray(Path[]::new)), WORDS));
    web(dir.resolve("uner-ewt-train/en_ewt-ud-train.reconstructed.iob2"), byCategory);
    return draw(byCategory);
  }

  /**
   * The {@code categories-test} corpus, held out from tuning: the same kinds of text as {@code
   * categories}, from documents that corpus never draws. Fiction (the LitBank novels it left),
   * news (GMB's sentences 20,000 to 39,999), Wikipedia on politics (CrossNER politics train),
   * tweets (BTC sections E, G and H), social media (WNUT-17: Twitter, Reddit, YouTube and
   * StackExchange), and web answers, e-mail, newsgroups, reviews and weblogs (UNER-EWT dev by
   * document genre); cut and drawn as {@code categories} is.
   *
   * @param dir the entity corpora folder ({@code ../shared/data/ner})
   * @throws IOException if a source file is missing or unreadable (its path is in the message)
   */
  static List<Doc> categoriesTest(Path dir) throws IOException {
    Map<String, List<List<Raw>>> byCategory = new TreeMap<>();
    List<List<Raw>> novels = novels(dir);
    Collections.shuffle(novels, new Random(SEED)); // the order categories() draws them in
    byCategory.put("fiction", novels.subList(Math.min(PER_CATEGORY, novels.size()),
        novels.size()));
    List<Raw> gmb = NerCorpus.read(dir.resolve("gmb/ner_dataset.csv"), Format.GMB);
    byCategory.put("news", chunks(gmb.subList(Math.min(GMB_SENTENCES, gmb.size()),
        Math.min(2 * GMB_SENTENCES, gmb.size())), NEWS_WORDS));
    byCategory.put("wiki-politics", chunks(conll(dir.resolve("crossner-politics/train.txt")),
        WORDS));
    byCategory.put("tweets", chunks(conll(dir.resolve("btc/e.conll"),
        dir.resolve("btc/g.conll"), dir.resolve("btc/h.conll")), WORDS));
    byCategory.put("social", chunks(conll(dir.resolve("wnut17/wnut17train.conll"),
        dir.resolve("wnut17/emerging.dev.conll"), dir.resolve("wnut17/emerging.test.annotated")),
        WORDS));
    web(dir.resolve("uner-ewt-dev/en_ewt-ud-dev.iob2"), byCategory);
    byCategory.values().removeIf(List::isEmpty);
    return draw(byCategory);
  }

  /** Each LitBank novel's opening, in path order. */
  private static List<List<Raw>> novels(Path dir) throws IOException {
    List<List<Raw>> novels = new ArrayList<>();
    for (Path f : sorted(dir.resolve("litbank"), ".tsv")) {
      novels.add(NerCorpus.read(f, Format.LITBANK));
    }
    return novels;
  }

  /** UNER-EWT's documents cut by genre, the first part of their ids ("email-..."). */
  private static void web(Path file, Map<String, List<List<Raw>>> byCategory)
      throws IOException {
    Map<String, List<Raw>> web = new TreeMap<>();
    for (NerCorpus.Document d : NerCorpus.documents(NerCorpus.readSourced(file, Format.IOB2),
        "")) {
      String genre = d.id().contains("-") ? d.id().substring(0, d.id().indexOf('-')) : d.id();
      List<Raw> sentences = web.computeIfAbsent("web-" + genre, g -> new ArrayList<>());
      d.sentences().forEach(s -> sentences.add(s.raw()));
    }
    web.forEach((genre, sentences) -> byCategory.put(genre, chunks(sentences, WORDS)));
  }

  /** Up to {@value #PER_CATEGORY} documents of each category, drawn with a fixed seed. */
  private static List<Doc> draw(Map<String, List<List<Raw>>> byCategory) {
    List<Doc> out = new ArrayList<>();
    for (Map.Entry<String, List<List<Raw>>> e : byCategory.entrySet()) {
      List<List<Raw>> docs = new ArrayList<>(e.getValue());
      Collections.shuffle(docs, new Random(SEED));
      List<List<Raw>> drawn = docs.subList(0, Math.min(PER_CATEGORY, docs.size()));
      for (int i = 0; i < drawn.size(); i++) {
        out.add(doc(e.getKey() + "-" + (i + 1), e.getKey(),
            drawn.get(i).stream().map(r -> String.join(" ", r.tokens())).toList()));
      }
    }
    return out;
  }

  /**
   * The {@code genres} corpus: one document per GUM document, its genre the second part of its
   * id ({@code GUM_news_...}).
   *
   * @param dir the entity corpora folder ({@code ../shared/data/ner})
   * @throws IOException if a split is missing or unreadable
   */
  static List<Doc> genres(Path dir) throws IOException {
    List<Doc> out = new ArrayList<>();
    for (String split : List.of("train", "dev", "test")) {
      Path f = dir.resolve("gum-6genres/gum-6genres-" + split + ".tsv");
      for (NerCorpus.Document d : NerCorpus.documents(NerCorpus.readSourced(f, Format.IOB2),
          "")) {
        String[] parts = d.id().split("_");
        String genre = parts.length > 2 ? parts[1] : d.id();
        out.add(doc(d.id(), genre, d.sentences().stream().map(CategoryCorpus::text).toList()));
      }
    }
    return out;
  }

  /** A document of sentences: the first is its title, the rest its text. */
  private static Doc doc(String id, String category, List<String> sentences) {
    return new Doc(id, sentences.get(0), String.join(" ", sentences.subList(1, sentences.size())),
        true, Set.of(category), Set.of());
  }

  /** A sentence as written where the corpus keeps it ({@code # text =}), else its tokens. */
  private static String text(NerCorpus.Sourced s) {
    return s.text() != null ? s.text() : String.join(" ", s.raw().tokens());
  }

  /** Consecutive sentences cut into documents of at least {@code words} tokens. */
  static List<List<Raw>> chunks(List<Raw> sentences, int words) {
    List<List<Raw>> out = new ArrayList<>();
    List<Raw> current = new ArrayList<>();
    int n = 0;
    for (Raw s : sentences) {
      current.add(s);
      n += s.tokens().size();
      if (n >= words) {
        out.add(current);
        current = new ArrayList<>();
        n = 0;
      }
    }
    return out;
  }

  private static List<Raw> conll(Path... files) throws IOException {
    List<Raw> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(NerCorpus.read(f, Format.CONLL));
    }
    return out;
  }

  /** The files under a folder (recursively) whose names end so, in path order. */
  private static List<Path> sorted(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no such folder: " + dir);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> out = files.filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted().toList();
      if (out.isEmpty()) {
        throw new IOException("no " + suffix + " file in " + dir);
      }
      return out;
    }
  }
}
