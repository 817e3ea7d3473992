package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link Article#fromPageText} on the shapes a whole page takes when a reader selects all
 * and copies it: the site's menus, banners and teasers around the article (the pages are invented;
 * the shapes are those {@code eval-extract --as page-text} met on real pages).
 */
final class PageCopyTest {

  private static final String TITLE = "Ferry Service Resumes After a Week of Storms";
  private static final String P1 = "The first ferry to the outer islands left the harbour at six "
      + "on Monday, a week after storms kept every boat in port.";
  private static final String P2 = "Harbour officials said the timetable would be back to normal "
      + "by Friday, though the early sailing stays cancelled until the pier is repaired.";
  private static final String P3 = "Island residents who had waited on the mainland for days "
      + "filled the first crossing, and a second boat was added at noon.";

  private static String page(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void title_isTheHeadlineNearestTheArticle_notAMenuLineBeforeIt() {
    Article a = Article.fromPageText(page("Skip to content Skip to site index",
        "Local News and Weather Updates", "Sign in", "World", "Harbour Life",
        TITLE, "By Lena Okafor", "March 4, 2024", P1, P2, P3));

    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.byline()).isEqualTo("Lena Okafor");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void title_strayBannerSentenceBeforeTheMenu_doesNotHideIt() {
    Article a = Article.fromPageText(page(
        "Get breaking news in your browser. Click here to turn on notifications.",
        "Things to Do in the Harbour Town", "Obituaries", "Classifieds", "Today's Paper",
        "Local Sports", "Opinion", "You are at:", "Home", TITLE, "By Lena Okafor", P1, P2, P3));

    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void title_isNoCaptionWithACreditOrDate() {
    Article a = Article.fromPageText(page("Harbour Ledger Local News Desk", TITLE,
        "The ferry leaves the harbour at dawn (Lena Okafor/Harbour Ledger)",
        "A crossing in calm weather. © Harbour Ledger", P1, P2, P3));

    assertThat(a.title()).isEqualTo(TITLE);
  }

  @Test
  void teasers_headlinesWithExcerptsAfterAMarker_endTheArticle() {
    Article a = Article.fromPageText(page(TITLE, "By Lena Okafor", P1, P2, P3,
        "More Stories", "Harbour Life",
        "Pier repairs to start in spring",
        "The council set aside money for the work, which will close the north berth.",
        "Harbour Life",
        "Fishing crews count a quiet season",
        "Catches fell for a third year as the cold water came early.",
        "Island school opens its new library",
        "Pupils moved two thousand books across the yard in a single afternoon.",
        "Why the Harbour Ledger?"));

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"More Great Harbour Ledger Stories", "MORE STORIES LIKE THIS ONE",
      "Most Popular Today", "More News for You"})
  void teasers_markerWordedWithMoreWords_endsTheArticle(String marker) {
    Article a = Article.fromPageText(page(TITLE, "By Lena Okafor", P1, P2, P3, marker,
        "Pier repairs to start in spring",
        "The council set aside money for the work, which will close the north berth.",
        "Fishing crews count a quiet season",
        "Catches fell for a third year as the cold water came early."));

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void standfirst_betweenTheTitleAndTheByline_isNoBodyParagraph() {
    String dek = "Storms kept every boat in port for a week; the first crossing was full.";
    Article byLine = Article.fromPageText(page(TITLE, dek, "By Lena Okafor", "March 4, 2024",
        "Share this article", P1, P2, P3));
    Article nameAndDate = Article.fromPageText(page(TITLE, dek, "Lena Okafor", "March 4, 2024",
        P1, P2, P3));

    assertThat(byLine.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(byLine.byline()).isEqualTo("Lena Okafor");
    assertThat(nameAndDate.paragraphs()).containsExactly(P1, P2, P3);
    // a date alone after the first paragraph is an update's, and the paragraph stays
    assertThat(Article.fromPageText(page(TITLE, P1, "March 4, 2024", P2, P3)).paragraphs())
        .containsExactly(P1, P2, P3);
  }

  @Test
  void captions_aboveACreditLineOrEndingWithOne_areNoBodyParagraphs() {
    Article a = Article.fromPageText(page(TITLE, "By Lena Okafor", P1,
        "Passengers board the first ferry in six days.",
        "Lena Okafor/Harbour Ledger/Island Press",
        P2,
        "The pier after the storm, on March 2. HARBOUR/Tom Reyes",
        "A crew member checks the lines before the crossing.",
        "Photograph: Tom Reyes/Harbour Ledger",
        P3));

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void menu_itemsRunTogetherIntoALongLine_isNoParagraph() {
    String menu = "Cloud Partner ProgramsCloud SecurityCloud StorageEdge ComputingEnterprise "
        + "Application SoftwareIndustry TrendsIoT PlatformsNetwork Security Rankings and Research "
        + "Companies Channelcast Marketing Matters Events Jobs Harbour Ledger Newsroom Data Center "
        + "Newsroom Island Summit 2024 News Ferry Week 2024 News";
    Article a = Article.fromPageText(page(menu, TITLE, "By Lena Okafor", P1, P2, P3, menu));

    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void pointer_inBracketsBetweenParagraphs_isNoParagraph() {
    Article a = Article.fromPageText(page(TITLE, "By Lena Okafor", P1,
        "[Related: Pier Repairs To Start In Spring As Council Sets Aside Money]", P2, P3));

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }
}
