package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole pages in the markup of publishing stacks (Drupal, Ghost, Substack, Next.js, AMP...),
 * written for Lede under {@code extract/html/stacks/}: what {@link Article#fromHtml} reads of each.
 */
final class HtmlStacksTest {

  static String page(String name) throws IOException {
    try (InputStream in = HtmlStacksTest.class.getResourceAsStream(
        "/extract/html/stacks/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void fromHtml_drupalSubmittedLine_givesBylineAndDate() throws IOException {
    Article a = Article.fromHtml(page("drupal-node.html"));

    assertThat(a.byline()).isEqualTo("mgreaves");
    assertThat(a.publishedAt()).isEqualTo("2024-05-08");
    assertThat(a.paragraphs()).hasSize(4).noneMatch(p -> p.contains("Submitted"));
  }

  @Test
  void fromPageText_drupalSubmittedLine_givesBylineAndDate() {
    Article a = Article.fromPageText("Library Extends Opening Hours\n"
        + "Submitted by Martha Greaves on Wed, 05/08/2024 - 14:22\n\n"
        + "The town library will open until eight in the evening on weekdays from June.\n");

    assertThat(a.byline()).isEqualTo("Martha Greaves");
    assertThat(a.publishedAt()).isEqualTo("2024-05-08");
    assertThat(a.paragraphs()).containsExactly(
        "The town library will open until eight in the evening on weekdays from June.");
  }

  static final String POND = "The county will start dredging the old mill pond in April, after "
      + "three years of complaints from residents about the smell and the algae that covers it "
      + "every summer.";

  @Test
  void fromHtml_tableLayoutWithMetadataLinesInTheBodyCell_dropsAndReadsThem() throws IOException {
    // headline, byline and date as the first lines of the cell that holds the article
    Article a = Article.fromHtml(page("table-layout-lines.html"));

    assertThat(a.byline()).isEqualTo("Harriet Okafor, Tomas Reyes");
    assertThat(a.publishedAt()).isEqualTo("2023-03-14");
    assertThat(a.paragraphs()).hasSize(4).first().isEqualTo(POND);
  }

  @Test
  void fromHtml_tableLayoutWithLabelAndValueCells_readsThem() throws IOException {
    // "Author:" and "Date:" in one cell, the value in the next
    Article a = Article.fromHtml(page("table-layout-cells.html"));

    assertThat(a.byline()).isEqualTo("Harriet Okafor");
    assertThat(a.publishedAt()).isEqualTo("2023-03-14");
    assertThat(a.paragraphs()).hasSize(4).first().isEqualTo(POND);
  }

  @Test
  void fromHtml_ampPageWithAnalyticsVariables_givesSectionWritersAndImages() throws IOException {
    Article a = Article.fromHtml(page("amp-chartbeat.html"));

    assertThat(a.section()).isEqualTo("Environment");
    assertThat(a.byline()).isEqualTo("Harriet Okafor");
    assertThat(a.imageCount()).isEqualTo(1);
    assertThat(a.paragraphs()).hasSize(4);
  }

  @ParameterizedTest
  @CsvSource({"amp-breadcrumb.html, Environment", "breadcrumb-microdata.html, County News",
      "breadcrumb-links.html, Environment"})
  void fromHtml_breadcrumbTrail_givesTheSectionAfterTheSitesOwnCrumbs(String name, String section)
      throws IOException {
    assertThat(Article.fromHtml(page(name)).section()).isEqualTo(section);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<nav class='breadcrumb'><a href='/'>Home</a> &gt; <a href='/x'>Mill Pond Dredging</a></nav>",
      "<nav class='breadcrumb'><a href='/'>Home</a> &gt; <a href='/news/'>News</a></nav>",
      "<nav class='breadcrumb'><a href='/x'>The County Will Start Dredging the Old Mill Pond in "
          + "April</a></nav>"})
  void fromHtml_breadcrumbOfNoSection_givesNone(String trail) {
    Article a = Article.fromHtml("<html><head><title>Mill Pond Dredging</title></head><body>"
        + trail + "<article><h1>Mill Pond Dredging</h1><p>" + POND + "</p></article></body></html>");
    assertThat(a.section()).isNull();
  }

  @Test
  void fromHtml_nextJsPageWithTheArticleOnlyInItsData_readsTheData() throws IOException {
    // rich-text blocks in __NEXT_DATA__; an image block's caption and a related story's
    // summary are no part of the body
    Article a = Article.fromHtml(page("nextjs-blocks.html"));

    assertThat(a.paragraphs()).hasSize(4).first().isEqualTo(POND);
    assertThat(a.body()).doesNotContain("The pond in August", "Something else entirely");
    assertThat(a.byline()).isEqualTo("Harriet Okafor, Tomas Reyes");
    assertThat(a.publishedAt()).isEqualTo("2023-03-14T10:15:00Z");
    assertThat(a.section()).isEqualTo("Environment");
  }

  @Test
  void fromHtml_nextJsPageWithAnHtmlBodyInItsData_readsItsParagraphs() throws IOException {
    Article a = Article.fromHtml(page("nextjs-html.html"));

    assertThat(a.paragraphs()).hasSize(4).first().isEqualTo(POND);
    assertThat(a.byline()).isEqualTo("Harriet Okafor");
    assertThat(a.publishedAt()).isEqualTo("2023-03-14");
  }

  @Test
  void fromHtml_ghostPost_keepsTheCalloutsTextWithoutItsIcon() throws IOException {
    // a callout card (icon, then a correction: content) and a sign-up card inside the body
    Article a = Article.fromHtml(page("ghost-post.html"));

    assertThat(a.byline()).isEqualTo("Harriet Okafor");
    assertThat(a.statedReadingMinutes()).isEqualTo(3);
    assertThat(a.paragraphs()).hasSize(5).first().isEqualTo(POND);
    assertThat(a.paragraphs()).contains(
        "Correction: an earlier version of this post gave the wrong cost for the work.");
    assertThat(a.body()).doesNotContain("\uD83D\uDCA1", "Sign up", "inbox", "Another Post");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD83D\uDCA1", "\u2728 \uD83D\uDE80", "\u2764\uFE0F", "\u2192"})
  void isIconOnly_symbolsAlone(String text) {
    assertThat(HtmlBlockWriter.isIconOnly(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"* * *", "___", "\uD83D\uDCA1 Tip", "2024", "\u00A9 2024", "\u2014"})
  void isIconOnly_textOrARuleOfPunctuation_isNot(String text) {
    assertThat(HtmlBlockWriter.isIconOnly(text)).isFalse();
  }

  @Test
  void fromHtml_bloggerPost_titleWithoutTheBlogsName() throws IOException {
    // <title> "Blog Name: Post Title" (no space before the colon), the post headed by an h3
    Article a = Article.fromHtml(page("blogger-post.html"));

    assertThat(a.title()).isEqualTo("Mill Pond Dredging Starts Next Month");
    assertThat(a.byline()).isEqualTo("Harriet Okafor");
    assertThat(a.publishedAt()).isEqualTo("2023-03-14");
    assertThat(a.paragraphs()).hasSize(4).first().isEqualTo(POND);
  }

  @Test
  void fromHtml_substackPost_keepsTheFootnoteAndDropsTheSubscribeBoxes() throws IOException {
    // a subscription widget and a "Subscribe now" button inside the body, a captioned image,
    // and a footnote at the end, which is the writer's text
    Article a = Article.fromHtml(page("substack-post.html"));

    assertThat(a.byline()).isEqualTo("Harriet Okafor");
    assertThat(a.paragraphs()).hasSize(5).first().isEqualTo(POND);
    assertThat(a.paragraphs()).last()
        .isEqualTo("The county's figure includes the cost of drying the silt.");
    assertThat(a.body()).doesNotContain("subscriber", "Subscribe", "last August");
  }
}
