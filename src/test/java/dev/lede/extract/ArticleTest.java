package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests the {@link Article} factories on bad and unusual input. */
final class ArticleTest {

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of("text", (Function<String, Article>) Article::fromPageText),
        Arguments.of("html", (Function<String, Article>) Article::fromHtml),
        Arguments.of("body", (Function<String, Article>) s -> Article.ofBody(null, s)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void factory_null_throwsNpeNamingParameter(String parameter, Function<String, Article> f) {
    assertThatThrownBy(() -> f.apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(parameter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void factory_overLimit_throwsIaeNamingLimit(String parameter, Function<String, Article> f) {
    String huge = "a".repeat(Article.MAX_INPUT_CHARS + 1);
    assertThatThrownBy(() -> f.apply(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MAX_INPUT_CHARS");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void factory_emptyOrBlank_givesEmptyBody(String parameter, Function<String, Article> f) {
    for (String blank : new String[] {"", " ", "\r\n\r\n", "\u00a0\t"}) {
      Article a = f.apply(blank);
      assertThat(a.paragraphs()).isEmpty();
      assertThat(a.title()).isNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Lone surrogates \uD800 and \uDC00 stay in the text, as the page gave them.",
      "Emoji stay too 🎉🚀 and family 👨‍👩‍👧 sequences, unbroken.",
      "النص العربي يبقى كما هو في الصفحة دون تغيير.",
      "טקסט בעברית נשאר כפי שהוא בעמוד.",
      "No-break\u00a0spaces\u00a0stay inside the sentence."})
  void factory_unusualCharacters_survive(String paragraph) {
    String title = "Unusual Characters Survive Extraction Intact";
    Article fromText = Article.fromPageText(title + "\r\n\r\n" + paragraph + "\r\n");
    Article fromHtml = Article.fromHtml("<h1>" + title + "</h1><p>" + paragraph + "</p>");
    assertThat(fromText.paragraphs()).containsExactly(paragraph);
    // HTML white space, no-break spaces included, collapses to plain spaces as browsers show it.
    assertThat(fromHtml.paragraphs()).containsExactly(paragraph.replace('\u00a0', ' '));
    assertThat(fromText.title()).isEqualTo(title);
  }

  /** Binary files as a reader would decode them, each with the reason it must be refused for. */
  static Stream<Arguments> binaryInputs() {
    Random random = new Random(20261203L);
    byte[] noise = new byte[6_000];
    random.nextBytes(noise);
    byte[] pdf = concat("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\n"
        .getBytes(StandardCharsets.ISO_8859_1), noise);
    byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
        0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'}, noise);
    // Compressed data: no NUL in the first 4 KB, only bytes that are not UTF-8.
    byte[] noNul = noise.clone();
    for (int i = 0; i < noNul.length; i++) {
      noNul[i] = noNul[i] == 0 ? (byte) 0xC0 : noNul[i];
    }
    // Control chars but no NUL and no bytes over 0x7F: "ASCII" binary.
    byte[] controls = new byte[4_000];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 10 == 0 ? 1 + random.nextInt(8) : 'a' + random.nextInt(26));
    }
    return Stream.of(
        Arguments.of("PDF", new String(pdf, StandardCharsets.UTF_8), "PDF"),
        Arguments.of("PNG as UTF-8", new String(png, StandardCharsets.UTF_8), "NUL"),
        Arguments.of("PNG as ISO-8859-1", new String(png, StandardCharsets.ISO_8859_1), "NUL"),
        Arguments.of("random as UTF-8", new String(noise, StandardCharsets.UTF_8), "NUL"),
        Arguments.of("random as ISO-8859-1", new String(noise, StandardCharsets.ISO_8859_1),
            "NUL"),
        Arguments.of("random without NUL as UTF-8", new String(noNul, StandardCharsets.UTF_8),
            "control chars"),
        Arguments.of("replacement chars", "Headline\n\n" + "\uFFFDab".repeat(100), "U+FFFD"),
        Arguments.of("control chars", new String(controls, StandardCharsets.US_ASCII),
            "10% of its first 4000 chars are control chars"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("binaryInputs")
  void factory_binaryInput_throwsIaeNamingReason(String name, String input, String reason) {
    factories().forEach(args -> {
      String parameter = (String) args.get()[0];
      @SuppressWarnings("unchecked")
      Function<String, Article> f = (Function<String, Article>) args.get()[1];
      assertThatThrownBy(() -> f.apply(input))
          .as(parameter)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(parameter + " looks like binary data, not text: ")
          .hasMessageContaining(reason);
    });
  }

  @Test
  void fromPageText_pdfSignature_namesPdf() {
    assertThatThrownBy(() -> Article.fromPageText("%PDF-1.4\nplain enough afterwards"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text looks like binary data, not text: "
            + "it starts with the signature of a PDF file (%PDF-)");
  }

  @Test
  void fromPageText_replacementChars_namesShare() {
    String text = "\uFFFDab".repeat(2_000);
    assertThatThrownBy(() -> Article.fromPageText(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text looks like binary data, not text: "
            + "33% of its first 4096 chars are U+FFFD, put for bytes that are not UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Emoji are text 🎉🚀 and so are family 👨‍👩‍👧 and flag 🇺🇦 sequences.",
      "Lone surrogates \uD800 and \uDC00 and \uDBFF are odd, not binary.",
      "Ο δήμαρχος άνοιξε τη νέα γέφυρα το πρωί της Τρίτης.",
      "市长周二上午宣布新桥正式通车，居民排队过桥。",
      "Мэр открыл новый мост во вторник утром.",
      "मेयर ने मंगलवार सुबह नए पुल का उद्घाटन किया।",
      "Tabs\tand form feeds\f and CRLF\r\nare ordinary in pasted text.",
      "A caf\uFFFD read in the wrong encoding: one stray replacement char is no cause.",
      "One escape \u001B[1m in a long line of terminal output stays text, since it is rare."})
  void factory_unusualButTextual_passes(String paragraph) {
    String text = "Unusual Text Passes The Binary Check\n\n" + paragraph;
    factories().forEach(args -> {
      @SuppressWarnings("unchecked")
      Function<String, Article> f = (Function<String, Article>) args.get()[1];
      assertThatNoException().as((String) args.get()[0]).isThrownBy(() -> f.apply(text));
    });
  }

  @Test
  void fromPageText_latin1FrenchReadAsUtf8_passes() {
    String french = "Le maire a inaugur\u00e9 le nouveau pont mardi matin, apr\u00e8s trois "
        + "ann\u00e9es de travaux et une f\u00eate de quartier tr\u00e8s suivie. ";
    String misread = new String(french.repeat(40).getBytes(StandardCharsets.ISO_8859_1),
        StandardCharsets.UTF_8);
    assertThat(misread).contains("\uFFFD");
    assertThatNoException().isThrownBy(() -> Article.fromPageText(misread));
  }

  @Test
  void ofBody_keepsTextVerbatim() {
    String body = "  First line\r\nsecond line\u00a0\n\n\nThird. ";
    Article a = Article.ofBody("Title", body);
    assertThat(a.body()).isEqualTo(body);
    assertThat(a.paragraphs()).containsExactly("First line\r\nsecond line", "Third.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0", "\u200b", "\ufeff", "\u2003 \t"})
  void paragraphs_blankLineHoldingUnicodeSpaces_separatesThemAsTheAnalysisDoes(String space) {
    Article a = Article.ofBody(null, "First.\n" + space + "\nSecond.");

    assertThat(a.paragraphs()).containsExactly("First.", "Second.");
  }

  @Test
  void ofBody_titleOverTheLimit_throwsNamingTitleAndLimit() {
    String title = "x".repeat(Article.MAX_INPUT_CHARS + 1);

    assertThatThrownBy(() -> Article.ofBody(title, "Body."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("title is")
        .hasMessageContaining("MAX_INPUT_CHARS");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void constructor_metadataOverTheLimit_throwsNamingFieldAndLimit(int field) {
    String[] texts = new String[5];
    texts[field] = "x".repeat(Article.MAX_INPUT_CHARS + 1);

    assertThatThrownBy(() -> new Article(texts[0], texts[1], texts[2], texts[3], texts[4], null,
        "Body.", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(List.of("title", "byline", "section", "publishedAt", "url")
            .get(field) + " is")
        .hasMessageContaining("MAX_INPUT_CHARS");
  }

  @Test
  void ofBody_binaryTitle_throwsNamingTitle() {
    assertThatThrownBy(() -> Article.ofBody("Bad\u0000title", "Body."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("title looks like binary data");
  }

  @Test
  void fromHtml_pageCutAtAnyPoint_neverFails() throws IOException {
    String page = PageTextExtractorTest.resource("html/chrome-page.html");
    for (int end = 0; end <= page.length(); end += 37) {
      String cut = page.substring(0, end);
      assertThatNoException().as("cut at %d", end).isThrownBy(() -> Article.fromHtml(cut));
    }
  }

  @Test
  @Tag("concurrency")
  void factories_sharedAcrossThreads_giveSameResults() throws Exception {
    List<String> pages = List.of(PageTextExtractorTest.resource("html/chrome-page.html"),
        PageTextExtractorTest.resource("html/jsonld-page.html"));
    List<String> texts = List.of(PageTextExtractorTest.resource("pagetext/harbor-gazette.txt"),
        PageTextExtractorTest.resource("pagetext/valley-courier.txt"));
    List<Article> expected = new ArrayList<>();
    pages.forEach(p -> expected.add(Article.fromHtml(p)));
    texts.forEach(t -> expected.add(Article.fromPageText(t)));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<List<Article>>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> {
          List<Article> got = new ArrayList<>();
          for (int round = 0; round < 5; round++) {
            got.clear();
            pages.forEach(p -> got.add(Article.fromHtml(p)));
            texts.forEach(t -> got.add(Article.fromPageText(t)));
          }
          return got;
        }));
      }
      for (Future<List<Article>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void constructor_zeroStatedMinutes_isValid() {
    Article a = new Article("T", null, null, null, null, 0, "Body.", 0);
    assertThat(a.statedReadingMinutes()).isZero();
    assertThatThrownBy(() -> new Article("T", null, null, null, null, -1, "Body.", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void constructor_bodyOfExactlyTheLimit_isAccepted() {
    String limit = "a".repeat(Article.MAX_INPUT_CHARS);
    assertThat(new Article(null, null, null, null, null, null, limit, 0).body()).hasSize(
        Article.MAX_INPUT_CHARS);
  }

  @Test
  void fromPageText_replacementCharsUpToTenPercent_pass() {
    // 10 of 100 chars: not more than 10%; 11 are.
    String ten = "\uFFFD".repeat(10) + "a".repeat(90);
    String eleven = "\uFFFD".repeat(11) + "a".repeat(89);
    assertThatNoException().isThrownBy(() -> Article.fromPageText(ten));
    assertThatThrownBy(() -> Article.fromPageText(eleven))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11% of its first 100 chars are U+FFFD");
  }

  @Test
  void fromPageText_controlCharsUpToOnePercent_pass() {
    String one = "\u0001" + "a".repeat(99);
    String two = "\u0001\u0002" + "a".repeat(98);
    assertThatNoException().isThrownBy(() -> Article.fromPageText(one));
    assertThatThrownBy(() -> Article.fromPageText(two))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2% of its first 100 chars are control chars");
  }

  @Test
  void fromPageText_nulAfterTheSample_isNotLookedAt() {
    String text = "a".repeat(BinaryDetector.SAMPLE_CHARS) + "\u0000";
    assertThatNoException().isThrownBy(() -> Article.fromPageText(text));
    assertThatThrownBy(() -> Article.fromPageText(text.substring(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
  }
  static Stream<Arguments> twoWriters() {
    String text = "The county will start dredging the old mill pond in April, after three years "
        + "of complaints from residents about the smell.";
    String page = "<html><head><title>Mill Pond Dredging</title>%s</head><body><article>"
        + "<h1>Mill Pond Dredging</h1>%s<p>" + text + "</p></article></body></html>";
    return Stream.of(
        Arguments.of("meta name=author", Article.fromHtml(String.format(page,
            "<meta name='author' content='Harriet Okafor and Tomas Reyes'>", ""))),
        Arguments.of("article:author tags", Article.fromHtml(String.format(page,
            "<meta property='article:author' content='Harriet Okafor'>"
                + "<meta property='article:author' content='Tomas Reyes'>", ""))),
        Arguments.of("JSON-LD", Article.fromHtml(String.format(page,
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": "
                + "[{\"name\": \"Harriet Okafor\"}, {\"name\": \"Tomas Reyes\"}]}</script>",
            ""))),
        Arguments.of("byline line", Article.fromHtml(String.format(page, "",
            "<div>By Harriet Okafor and Tomas Reyes</div>"))),
        Arguments.of("rel=author links", Article.fromHtml(String.format(page, "",
            "<div>By <a rel='author' href='/a/1'>Harriet Okafor</a> and "
                + "<a rel='author' href='/a/2'>Tomas Reyes</a></div>"))),
        Arguments.of("itemprop=author", Article.fromHtml(String.format(page, "",
            "<div>By <span itemprop='author'>Harriet Okafor</span> &amp; "
                + "<span itemprop='author'>Tomas Reyes</span></div>"))),
        Arguments.of("page text", Article.fromPageText("Mill Pond Dredging Starts Next Month\n"
            + "By Harriet Okafor and Tomas Reyes\n\n" + text)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("twoWriters")
  void byline_twoWriters_sameFormFromEveryPath(String path, Article article) {
    assertThat(article.byline()).isEqualTo("Harriet Okafor, Tomas Reyes");
  }
}
