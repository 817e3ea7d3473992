package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.text.TextProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the recognizer on news paragraphs, headlines and whole articles written for this
 * project and annotated by the entity guidelines: strict span match, as the hidden evaluation
 * scores it. {@code news-gold.txt} was written before the recognizer was run on it, but rules
 * have since been made from its errors, so it is a tuning set; {@code news-heldout.txt} was
 * written after the last rule and is scored, never tuned on; the headline and article files
 * come in the same pairs. All check modern news text, which none of the corpora in {@code
 * ../shared/data/ner} is annotated for.
 */
final class NewsGoldTest {

  private static final Pattern MENTION = Pattern.compile("\\{(PER|COUNTRY|LOC|MIN|ORG):([^}]+)}");

  /** A typed span of one paragraph. */
  private record Span(int paragraph, int start, int end, String type) {}

  /**
   * The gold and recognised spans of one file of paragraphs or articles, and where each
   * article's headline ends (its first line; a paragraph's whole length).
   */
  private record Scored(List<Span> gold, List<Span> predicted, List<Integer> headlineEnds) {

    /** The spans of the headlines only. */
    Scored headlines() {
      return new Scored(gold.stream().filter(this::inHeadline).toList(),
          predicted.stream().filter(this::inHeadline).toList(), headlineEnds);
    }

    private boolean inHeadline(Span s) {
      return s.start() < headlineEnds.get(s.paragraph());
    }
  }

  private static Scored tuning;
  private static Scored heldOut;
  private static Scored headlines;
  private static Scored heldOutHeadlines;
  private static Scored articles;
  private static Scored heldOutArticles;
  private static Scored wireArticles;
  private static Scored heldOutWireArticles;
  private static Scored governmentArticles;
  private static Scored heldOutGovernmentArticles;
  private static Scored businessArticles;
  private static Scored heldOutBusinessArticles;
  private static Scored companyArticles;
  private static Scored heldOutCompanyArticles;
  private static Scored encyclopediaArticles;

  @BeforeAll
  static void recognizeAll() throws IOException {
    tuning = recognize("news-gold.txt");
    heldOut = recognize("news-heldout.txt");
    headlines = recognize("headlines-gold.txt");
    heldOutHeadlines = recognize("headlines-heldout.txt");
    articles = recognize("articles-gold.txt");
    heldOutArticles = recognize("articles-heldout.txt");
    wireArticles = recognize("articles2-gold.txt");
    heldOutWireArticles = recognize("articles2-heldout.txt");
    governmentArticles = recognize("articles3-gold.txt");
    heldOutGovernmentArticles = recognize("articles3-heldout.txt");
    businessArticles = recognize("articles4-gold.txt");
    heldOutBusinessArticles = recognize("articles4-heldout.txt");
    companyArticles = recognize("articles5-gold.txt");
    heldOutCompanyArticles = recognize("articles5-heldout.txt");
    encyclopediaArticles = recognize("articles6-gold.txt");
  }

  private static Scored recognize(String name) throws IOException {
    return recognize(name, "\n\n");
  }

  /** The file's documents, their lines joined by {@code separator}, recognized and scored. */
  private static Scored recognize(String name, String separator) throws IOException {
    TextProcessor processor = StageFixtures.processor();
    EntityRecognizer recognizer = StageFixtures.recognizer();
    List<Span> gold = new ArrayList<>();
    List<Span> predicted = new ArrayList<>();
    List<Integer> headlineEnds = new ArrayList<>();
    String file;
    try (InputStream in = NewsGoldTest.class.getResourceAsStream(name)) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int paragraph = 0;
    for (String document : documents(file, name.startsWith("articles"), separator)) {
      StringBuilder body = new StringBuilder();
      Matcher m = MENTION.matcher(document);
      int at = 0;
      while (m.find()) {
        body.append(document, at, m.start());
        int start = body.length();
        body.append(m.group(2));
        gold.add(new Span(paragraph, start, body.length(), m.group(1)));
        at = m.end();
      }
      body.append(document.substring(at));
      int firstBreak = body.indexOf("\n");
      headlineEnds.add(firstBreak < 0 ? body.length() : firstBreak);
      for (Entity e : recognizer.recognize(null, processor.process(body.toString()))) {
        for (Mention mention : e.mentions()) {
          predicted.add(new Span(paragraph, mention.start(), mention.end(), fine(e.type())));
        }
      }
      paragraph++;
    }
    return new Scored(gold, predicted, headlineEnds);
  }

  /**
   * The documents of a gold file, comment lines aside: each line, or for whole articles each
   * block of lines (a headline, then its paragraphs; blocks separated by a blank line) with its
   * lines joined by a blank line, as a page's paragraphs reach the analyzer.
   */
  private static List<String> documents(String file, boolean articles, String separator) {
    List<String> documents = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : file.split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      if (!line.isBlank()) {
        block.add(line);
      }
      if (!block.isEmpty() && (line.isBlank() || !articles)) {
        documents.add(String.join(separator, block));
        block.clear();
      }
    }
    if (!block.isEmpty()) {
      documents.add(String.join(separator, block));
    }
    return documents;
  }

  private static String fine(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case COUNTRY -> "COUNTRY";
      case LOCATION -> "LOC";
      case MINISTRY -> "MIN";
      case ORGANIZATION -> "ORG";
    };
  }

  /** PER, LOC (COUNTRY and LOCATION) or ORG (MINISTRY and ORGANIZATION). */
  private static String coarse(String fine) {
    return switch (fine) {
      case "COUNTRY", "LOC" -> "LOC";
      case "MIN", "ORG" -> "ORG";
      default -> fine;
    };
  }

  /** {precision, recall, F1} of the spans whose type {@code map} sends to {@code type}. */
  private static double[] score(Scored scored, UnaryOperator<String> map, String type) {
    Set<Span> g = new HashSet<>();
    Set<Span> p = new HashSet<>();
    for (Span s : scored.gold()) {
      String t = map.apply(s.type());
      if (type == null || t.equals(type)) {
        g.add(new Span(s.paragraph(), s.start(), s.end(), t));
      }
    }
    for (Span s : scored.predicted()) {
      String t = map.apply(s.type());
      if (type == null || t.equals(type)) {
        p.add(new Span(s.paragraph(), s.start(), s.end(), t));
      }
    }
    long hits = p.stream().filter(g::contains).count();
    double precision = p.isEmpty() ? 0 : hits / (double) p.size();
    double recall = g.isEmpty() ? 0 : hits / (double) g.size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }

  /** Strict scores per type, printed with {@code label}: PER, LOC, ORG, micro, COUNTRY, MINISTRY. */
  private static Map<String, double[]> rows(Scored scored, String label) {
    Map<String, double[]> rows = new TreeMap<>();
    for (String t : List.of("PER", "LOC", "ORG")) {
      rows.put(t, score(scored, NewsGoldTest::coarse, t));
    }
    rows.put("micro", score(scored, NewsGoldTest::coarse, null));
    rows.put("COUNTRY", score(scored, t -> t, "COUNTRY"));
    rows.put("MINISTRY", score(scored, t -> t, "MIN"));
    rows.forEach((t, s) -> System.out.printf(Locale.ROOT, "%s %-9s P %.3f R %.3f F1 %.3f%n",
        label, t, s[0], s[1], s[2]));
    return rows;
  }

  @Test
  void recognize_newsParagraphs_strictScores() {
    Map<String, double[]> rows = rows(tuning, "news-gold");
    assertThat(tuning.gold()).hasSizeGreaterThan(200);
    // Rules were made from this file's errors, so it guards regressions only: floors sit just
    // under what the shipped model measures (micro 0.969, PER 0.958, LOC 0.983, ORG 0.952,
    // COUNTRY 0.990, MINISTRY 0.960), about one mention below each.
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.95);
    assertThat(rows.get("PER")[2]).isGreaterThanOrEqualTo(0.92);
    assertThat(rows.get("LOC")[2]).isGreaterThanOrEqualTo(0.97);
    assertThat(rows.get("ORG")[2]).isGreaterThanOrEqualTo(0.91);
    assertThat(rows.get("COUNTRY")[2]).isGreaterThanOrEqualTo(0.98);
    assertThat(rows.get("MINISTRY")[2]).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void recognize_heldOutNewsParagraphs_strictScores() {
    Map<String, double[]> rows = rows(heldOut, "news-heldout");
    assertThat(heldOut.gold()).hasSizeGreaterThan(140);
    // No rule was made or changed from this file. Its floors sit just under what the shipped
    // recognizer measures (micro 0.944, PER 0.925, LOC 0.983, ORG 0.911, COUNTRY 0.958,
    // MINISTRY 1.000, at 604e89c), each that minus 0.01, rounded down: issue 10's targets
    // (0.90, 0.88, 0.80, 0.95, 0.90), asserted before, let real regressions through.
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.93);
    assertThat(rows.get("PER")[2]).isGreaterThanOrEqualTo(0.91);
    assertThat(rows.get("LOC")[2]).isGreaterThanOrEqualTo(0.97);
    assertThat(rows.get("ORG")[2]).isGreaterThanOrEqualTo(0.90);
    assertThat(rows.get("COUNTRY")[2]).isGreaterThanOrEqualTo(0.94);
    assertThat(rows.get("MINISTRY")[2]).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void recognize_headlines_strictScores() {
    Map<String, double[]> rows = rows(headlines, "headlines-gold");
    assertThat(headlines.gold()).hasSizeGreaterThan(60);
    // A headline's capitals say little: before its common words were read in lower case for the
    // tagger, micro F1 was 0.672 (PER 0.345). Floors about one mention under the stop-28 build.
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.85);
    assertThat(rows.get("PER")[2]).isGreaterThanOrEqualTo(0.72);
    assertThat(rows.get("COUNTRY")[2]).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void recognize_heldOutHeadlines_strictScores() {
    Map<String, double[]> rows = rows(heldOutHeadlines, "headlines-heldout");
    assertThat(heldOutHeadlines.gold()).hasSizeGreaterThan(60);
    // Never tuned on (0.722 before the headline rule). Floors about one mention under the
    // stop-28 build.
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.78);
    assertThat(rows.get("PER")[2]).isGreaterThanOrEqualTo(0.64);
  }

  @Test
  void recognize_articlesOneParagraphPerLine_scoreAsWithBlankLines() throws IOException {
    // A body handed over with one line break between its headline and paragraphs: no sentence
    // may run across a line break (micro 0.922 against 0.976 when the heading and the paragraph
    // under it were one sentence)
    Scored oneLine = recognize("articles-gold.txt", "\n");
    double blankLines = rows(articles, "articles-gold").get("micro")[2];

    assertThat(rows(oneLine, "articles-gold-one-line").get("micro")[2])
        .isGreaterThanOrEqualTo(blankLines - 0.005);
  }

  @Test
  void recognize_wholeArticles_strictScores() {
    Map<String, double[]> rows = rows(articles, "articles-gold");
    Map<String, double[]> headlineRows = rows(articles.headlines(), "articles-gold-headlines");
    assertThat(articles.gold()).hasSizeGreaterThan(350);
    assertThat(articles.headlines().gold()).hasSizeGreaterThan(50);
    // A tuning set (the headline rule was made from its errors): floors about one mention under
    // the stop-32 build (micro 0.971, PER 0.990; headlines micro 0.955, PER 0.968). Before the
    // headline rule its headlines scored micro 0.852 (PER 0.867).
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.96);
    assertThat(rows.get("PER")[2]).isGreaterThanOrEqualTo(0.98);
    assertThat(headlineRows.get("micro")[2]).isGreaterThanOrEqualTo(0.93);
    assertThat(headlineRows.get("PER")[2]).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void recognize_heldOutWholeArticles_strictScores() {
    Map<String, double[]> rows = rows(heldOutArticles, "articles-heldout");
    Map<String, double[]> headlineRows =
        rows(heldOutArticles.headlines(), "articles-heldout-headlines");
    assertThat(heldOutArticles.gold()).hasSizeGreaterThan(350);
    assertThat(heldOutArticles.headlines().gold()).hasSizeGreaterThan(45);
    // Never tuned on: micro 0.937 and headlines micro 0.738 (PER 0.750) before the headline
    // rule, 0.960 and 0.906 (PER 0.976) after it, in stop 32. Floors about one mention under.
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.95);
    assertThat(rows.get("PER")[2]).isGreaterThanOrEqualTo(0.97);
    assertThat(headlineRows.get("micro")[2]).isGreaterThanOrEqualTo(0.88);
    assertThat(headlineRows.get("PER")[2]).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void recognize_wireAndSportsArticles_strictScores() {
    Map<String, double[]> rows = rows(wireArticles, "articles2-gold");
    assertThat(wireArticles.gold()).hasSizeGreaterThan(550);
    // A tuning set (step 13's rules were made from its errors): micro 0.904, ORG 0.838 before
    // them; floors about one mention under the stop-32 build (micro 0.934, PER 0.972, ORG 0.904,
    // MINISTRY 1.000).
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.93);
    assertThat(rows.get("PER")[2]).isGreaterThanOrEqualTo(0.96);
    assertThat(rows.get("ORG")[2]).isGreaterThanOrEqualTo(0.89);
    assertThat(rows.get("MINISTRY")[2]).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void recognize_heldOutWireAndSportsArticles_strictScores() {
    Map<String, double[]> rows = rows(heldOutWireArticles, "articles2-heldout");
    assertThat(heldOutWireArticles.gold()).hasSizeGreaterThan(600);
    // Never tuned on: micro 0.903 (ORG 0.853, MINISTRY 0.774) before step 13, 0.927 (PER
    // 0.966, ORG 0.896, MINISTRY 1.000) after steps 13 and 14, in stop 32. Floors about one
    // mention under.
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.92);
    assertThat(rows.get("PER")[2]).isGreaterThanOrEqualTo(0.96);
    assertThat(rows.get("ORG")[2]).isGreaterThanOrEqualTo(0.89);
    assertThat(rows.get("MINISTRY")[2]).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void recognize_governmentArticles_strictScores() {
    Map<String, double[]> rows = rows(governmentArticles, "articles3-gold");
    assertThat(governmentArticles.gold()).hasSizeGreaterThan(580);
    // A tuning set (step 14's rules were made from its errors): micro 0.970, MINISTRY 0.853
    // before them; floors about one mention under the stop-32 build (micro 0.981, ORG 0.974,
    // MINISTRY 0.994).
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.975);
    assertThat(rows.get("ORG")[2]).isGreaterThanOrEqualTo(0.96);
    assertThat(rows.get("MINISTRY")[2]).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void recognize_heldOutGovernmentArticles_strictScores() {
    Map<String, double[]> rows = rows(heldOutGovernmentArticles, "articles3-heldout");
    assertThat(heldOutGovernmentArticles.gold()).hasSizeGreaterThan(650);
    // Never tuned on: micro 0.960 (ORG 0.918, MINISTRY 0.848) before step 14, 0.966 (ORG
    // 0.936, MINISTRY 0.977) after it, in stop 32. Floors about one mention under.
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.96);
    assertThat(rows.get("ORG")[2]).isGreaterThanOrEqualTo(0.93);
    assertThat(rows.get("MINISTRY")[2]).isGreaterThanOrEqualTo(0.96);
  }

  @Test
  void recognize_businessCultureAndLocalArticles_strictScores() {
    Map<String, double[]> rows = rows(businessArticles, "articles4-gold");
    Map<String, double[]> heldOutRows = rows(heldOutBusinessArticles, "articles4-heldout");
    assertThat(businessArticles.gold()).hasSizeGreaterThan(450);
    assertThat(heldOutBusinessArticles.gold()).hasSizeGreaterThan(390);
    // Written after step 14: micro 0.892 and 0.924 (ORG 0.834 and 0.867, companies read as
    // people or places), 0.889 and 0.922 with stop 31's rules. The tuning file's errors made
    // step 15: 0.916 and 0.924 (ORG 0.868 and 0.867); with the companies list (step 16) 0.928
    // and 0.925 (ORG 0.886 and 0.871); step 17 0.936 and 0.926. Floors about one mention under.
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.932);
    assertThat(rows.get("ORG")[2]).isGreaterThanOrEqualTo(0.88);
    assertThat(heldOutRows.get("micro")[2]).isGreaterThanOrEqualTo(0.92);
    assertThat(heldOutRows.get("ORG")[2]).isGreaterThanOrEqualTo(0.865);
  }

  @Test
  void recognize_companyArticles_strictScores() {
    Map<String, double[]> rows = rows(companyArticles, "articles5-gold");
    Map<String, double[]> heldOutRows = rows(heldOutCompanyArticles, "articles5-heldout");
    assertThat(companyArticles.gold()).hasSizeGreaterThan(590);
    assertThat(heldOutCompanyArticles.gold()).hasSizeGreaterThan(570);
    // Companies, markets, media, sport business and health, written in stop 33 before step 15
    // (half the mentions organisations): micro 0.889 and 0.857 before it (ORG 0.843 and 0.793),
    // 0.903 and 0.869 after (ORG 0.863 and 0.810), 0.938 and 0.904 with the companies list of
    // step 16 (ORG 0.916 and 0.863, PER 0.946 and 0.936), 0.947 and 0.911 with legal forms
    // (step 18; ORG 0.876 held out); the tuning file's errors were read, the held-out file's
    // never. Floors about one mention under.
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.944);
    assertThat(rows.get("ORG")[2]).isGreaterThanOrEqualTo(0.92);
    assertThat(heldOutRows.get("micro")[2]).isGreaterThanOrEqualTo(0.907);
    assertThat(heldOutRows.get("ORG")[2]).isGreaterThanOrEqualTo(0.87);
    assertThat(heldOutRows.get("PER")[2]).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void recognize_encyclopediaArticles_strictScores() {
    Map<String, double[]> rows = rows(encyclopediaArticles, "articles6-gold");
    assertThat(encyclopediaArticles.gold()).hasSizeGreaterThan(160);
    // Four invented Wikipedia-like articles (a scientist, a company, a football club, a town),
    // written in stop 44 before the recognizer read them: micro 0.829 (PER 0.830, LOC 0.853, ORG
    // 0.800) then; stop 44's rules (a nickname in quotes, "née", a name without its legal form
    // or club designator, European legal forms, a possessive after "of", a kind before a name
    // of two words, a player's clubs) were made from their errors, so this is a tuning set:
    // micro 0.891 (PER 0.921, LOC 0.882, ORG 0.877) after them. Floors about one mention under.
    assertThat(rows.get("micro")[2]).isGreaterThanOrEqualTo(0.885);
    assertThat(rows.get("PER")[2]).isGreaterThanOrEqualTo(0.90);
    assertThat(rows.get("LOC")[2]).isGreaterThanOrEqualTo(0.87);
    assertThat(rows.get("ORG")[2]).isGreaterThanOrEqualTo(0.86);
  }
}
