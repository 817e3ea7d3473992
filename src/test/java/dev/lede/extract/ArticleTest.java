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

  @Test
  void factory_binaryJunk_doesNotCrash() {
    Random random = new Random(20240409L);
    for (int i = 0; i < 20; i++) {
      byte[] bytes = new byte[5_000 + random.nextInt(20_000)];
      random.nextBytes(bytes);
      String junk = new String(bytes, i % 2 == 0 ? StandardCharsets.ISO_8859_1
          : StandardCharsets.UTF_8);
      assertThatNoException().isThrownBy(() -> {
        Article.fromHtml(junk);
        Article.fromPageText(junk);
        Article.fromHtml("<p>" + junk.replace('<', ' ') + "</p>");
      });
    }
  }

  @Test
  void ofBody_keepsTextVerbatim() {
    String body = "  First line\r\nsecond line\u00a0\n\n\nThird. ";
    Article a = Article.ofBody("Title", body);
    assertThat(a.body()).isEqualTo(body);
    assertThat(a.paragraphs()).containsExactly("First line\r\nsecond line", "Third.");
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
}
