package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class HtmlMetadataTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "NULL", value = {
      "2024-04-09T07:45:00Z; 2024-04-09T07:45:00Z",
      "2024-04-09T09:45:00+02:00; 2024-04-09T09:45:00+02:00",
      "Tue, 9 Apr 2024 07:45:00 GMT; 2024-04-09T07:45:00Z",
      "2024-04-09; 2024-04-09",
      "20240409; 2024-04-09",
      "2024-04-09 07:45; 2024-04-09T07:45:00",
      "2024-04-09T07:45:30.123; 2024-04-09T07:45:30",
      "2024-04-09T0745+0200; 2024-04-09T07:45:00+02:00",
      "2024-04-09T07:45:00 -0530; 2024-04-09T07:45:00-05:30",
      "2024-04-09 07:45:00Z; 2024-04-09T07:45:00Z",
      "2024-04-09 07:45+02:00; 2024-04-09T07:45:00+02:00",
      "  2024-04-09  ; 2024-04-09",
      "2024-13-09; NULL",
      "2024-04-09T25:00; NULL",
      "April 9, 2024; NULL",
      "'   '; NULL",
      "''; NULL"})
  void isoDate_formsOfTheSameDate(String raw, String iso) {
    assertThat(HtmlMetadata.isoDate(raw)).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "NULL", value = {
      // title; declared site name; guess without one -> title without the site
      "Quarry Lake Opens | Town Ledger; Town Ledger; false; Quarry Lake Opens",
      "Town Ledger - Quarry Lake Opens; town ledger; false; Quarry Lake Opens",
      "Quarry Lake Opens | Town Ledger; Other Paper; false; Quarry Lake Opens | Town Ledger",
      "Quarry Lake Opens | Town Ledger; NULL; false; Quarry Lake Opens | Town Ledger",
      "Quarry Lake Opens | Town Ledger; NULL; true; Quarry Lake Opens",
      "Quarry Lake Opens | Town Ledger; '  '; true; Quarry Lake Opens",
      // a colon is part of a headline, never a site separator
      "Quarry Lake: Opens Today; NULL; true; Quarry Lake: Opens Today",
      "Quarry Lake Swimmers : Opens Today; NULL; true; Quarry Lake Swimmers : Opens Today",
      // the site's part must be shorter than the headline's
      "Lake Opens | Town Ledge; NULL; true; Lake Opens | Town Ledge",
      "Lake Opens | Town Ledg; NULL; true; Lake Opens",
      // a long tail (five words) or a tail longer than the head is no site name
      "Lake Opens | The Town Ledger Of The Valley; NULL; true; "
          + "Lake Opens | The Town Ledger Of The Valley",
      "Opens | Town Ledger; NULL; true; Opens | Town Ledger",
      "Quarry Lake Opens for Swimming | Town Ledger Of Valley; NULL; true; "
          + "Quarry Lake Opens for Swimming",
      "Quarry Lake A | B - Town Ledger; NULL; true; Quarry Lake A | B",
      "No separator here; Town Ledger; true; No separator here",
      "'  Padded title  '; NULL; true; Padded title"})
  void stripSite_removesTheSiteNameOnly(String title, String site, boolean guess,
      String expected) {
    assertThat(HtmlMetadata.stripSite(title, site, guess)).isEqualTo(expected);
  }

  private static HtmlMetadata read(String html) {
    return HtmlMetadata.read(Jsoup.parse(html));
  }

  @Test
  void read_jsonLdBodyInHtml_isReducedToText() {
    HtmlMetadata m = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\"<p>The ferry runs again.</p><p>Fares stay the same.</p>\"}"
        + "</script>");
    assertThat(m.articleBody()).isEqualTo("The ferry runs again. Fares stay the same.");
  }

  @Test
  void read_jsonLdBodyInPlainText_keepsItsParagraphBreaks() {
    HtmlMetadata m = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\"The ferry runs again.\\n\\nFares stay the same.\"}</script>");
    assertThat(m.articleBody()).isEqualTo("The ferry runs again.\n\nFares stay the same.");
  }

  @Test
  void read_jsonLdArticleWinsOverWebPage() {
    HtmlMetadata m = read("<script type='application/ld+json'>{\"@graph\":["
        + "{\"@type\":\"WebPage\",\"url\":\"https://port.example/\",\"headline\":\"Port News\"},"
        + "{\"@type\":\"NewsArticle\",\"url\":\"https://port.example/fees\"}]}</script>");
    assertThat(m.url()).isEqualTo("https://port.example/fees");
    assertThat(m.title()).isEqualTo("Port News");
  }

  @Test
  void read_jsonLdNestedFourDeep_isFoundFiveDeepIsNot() {
    String article = "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour Fees Rise\"}";
    String four = "[[[[" + article + "]]]]";
    String five = "[" + four + "]";
    assertThat(read("<script type='application/ld+json'>" + four + "</script>").title())
        .isEqualTo("Harbour Fees Rise");
    assertThat(read("<script type='application/ld+json'>" + five + "</script>").title())
        .isNull();
    assertThat(read("<script type='application/ld+json'>{\"@graph\":{\"@graph\":{\"@graph\":"
        + "{\"@graph\":" + article + "}}}}</script>").title()).isEqualTo("Harbour Fees Rise");
    assertThat(read("<script type='application/ld+json'>{\"@graph\":{\"@graph\":{\"@graph\":"
        + "{\"@graph\":{\"@graph\":" + article + "}}}}}</script>").title()).isNull();
  }

  @Test
  void read_twitterLabelFourStatesReadingTime() {
    HtmlMetadata m = read("<meta name='twitter:label4' content='Reading time'>"
        + "<meta name='twitter:data4' content='7 minutes'>");
    assertThat(m.statedReadingMinutes()).isEqualTo(7);
  }

  @Test
  void read_readingLabelOfFortyChars_isRead() {
    String forty = "Estimated reading time: about 12 minutes";
    assertThat(forty).hasSize(40);
    assertThat(read("<body><span>" + forty + "</span></body>").statedReadingMinutes())
        .isEqualTo(12);
    assertThat(read("<body><span>" + forty + ".</span></body>").statedReadingMinutes()).isNull();
  }

  @Test
  void read_readingLabel_firstOneWinsAndNavigationIsNotSearched() {
    assertThat(read("<body><span>4 min read</span><span>Ferries</span></body>")
        .statedReadingMinutes()).isEqualTo(4);
    assertThat(read("<body><nav><span>4 min read</span></nav><aside>6 min read</aside>"
        + "<footer>7 min read</footer><p>Ferries run late.</p></body>").statedReadingMinutes())
        .isNull();
  }

  @Test
  void read_readingLabelAfterAParagraphOfEightyChars_isNotRead() {
    String eighty = "x".repeat(80);
    assertThat(read("<body><p>" + eighty + "</p><span>4 min read</span></body>")
        .statedReadingMinutes()).isNull();
    assertThat(read("<body><p>" + eighty.substring(1) + "</p><span>4 min read</span></body>")
        .statedReadingMinutes()).isEqualTo(4);
  }

  @Test
  void read_authorOfHundredChars_isKept() {
    String hundred = "Ana " + "x".repeat(96);
    assertThat(read("<meta name='author' content='" + hundred + "'>").byline())
        .isEqualTo(hundred);
    assertThat(read("<meta name='author' content='" + hundred + "x'>").byline()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://social.example/harbourtimes", "www.harbourtimes.example/staff",
      "/authors/ana-reyes"})
  void read_authorThatIsALink_isNoByline(String link) {
    // Sites put a profile link where the name belongs; the next source names the writer.
    assertThat(read("<meta property='article:author' content='" + link + "'>").byline()).isNull();
    assertThat(read("<meta property='article:author' content='" + link + "'>"
        + "<meta name='dc.creator' content='Ana Reyes'>").byline()).isEqualTo("Ana Reyes");
  }
  @Test
  void read_oneAuthorMetaPerWriter_namesThemAll() {
    assertThat(read("<meta name='author' content='Dana Whitfield'>"
        + "<meta name='author' content='Marcus Bell'><meta name='author' content='Dana Whitfield'>")
        .byline()).isEqualTo("Dana Whitfield, Marcus Bell");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Leah Fontaine lfontaine@oakridge.example",
      "By Leah Fontaine leah.fontaine@oakridge.example", "Leah Fontaine"})
  void read_authorWithHerEmailAddress_keepsTheName(String author) {
    assertThat(read("<meta name='author' content='" + author + "'>").byline())
        .isEqualTo("Leah Fontaine");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "article__byline; By Harriet Okafor",
      "c-byline__author; Harriet Okafor",
      "m-author__name; Harriet Okafor",
      "story-meta__author-name; Harriet Okafor",
      "article-byline__name; Harriet Okafor",
      "o-byline; By Harriet Okafor",
      "byline small; By Harriet Okafor",
      "js-tracked author-name; Harriet Okafor"})
  void read_bylineMarkedByItsClassAlone_namesTheWriter(String classes, String shown) {
    // BEM names (block__element--modifier, with c-/m-/o- prefixes) and class lists: the writer
    // beside a role, a reader's comment below that must not lend its author
    String body = "<article><h1>Mill Pond Dredging</h1><div class='meta-wrap'><div><span class='"
        + classes + "'>" + shown + "</span><span class='m-author__role'>Environment reporter"
        + "</span></div></div><p>The county will dredge the old mill pond in April.</p></article>"
        + "<div class='comment'><span class='comment-author'>Reader Person</span></div>";
    assertThat(HtmlMetadata.read(Jsoup.parse(body)).byline()).isEqualTo("Harriet Okafor");
  }

  @Test
  void read_bemBylineOfTwoWriters_namesBoth() {
    String body = "<div class='c-byline'><span class='c-byline__item'><a class='c-byline__author' "
        + "href='/a/1'>Harriet Okafor</a></span><span class='c-byline__item'><a "
        + "class='c-byline__author' href='/a/2'>Tomas Reyes</a></span></div>"
        + "<p>The county will dredge the old mill pond in April.</p>";
    assertThat(HtmlMetadata.read(Jsoup.parse(body)).byline())
        .isEqualTo("Harriet Okafor, Tomas Reyes");
  }

  @Test
  void read_authorBioBoxClass_isNoByline() {
    String body = "<p>The county will dredge the old mill pond in April.</p><div class='author-bio'>"
        + "Harriet writes about ponds.</div><div class='c-author__avatar'>HO</div>";
    assertThat(HtmlMetadata.read(Jsoup.parse(body)).byline()).isNull();
  }
}
