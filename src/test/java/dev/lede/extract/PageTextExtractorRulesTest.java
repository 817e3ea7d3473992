package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests each threshold of {@link PageTextExtractor} with an invented page that sits on it: one
 * side of the threshold keeps a line, the other drops it.
 */
final class PageTextExtractorRulesTest {

  private static final String TITLE = "Harbour Fees Rise Again This Spring";
  private static final String P1 =
      "The harbour board agreed on Tuesday to raise the fees it charges for berths.";
  private static final String P2 =
      "Carriers said they would respond to the plan within thirty days of its release.";
  private static final String P3 =
      "Fishing crews will not see their fees change this year, the board said.";

  /** A page whose line {@code line} sits between the first two of three prose paragraphs. */
  private static List<String> between(String line) {
    return Article.fromPageText(TITLE + "\n\n" + P1 + "\n\n" + line + "\n\n" + P2 + "\n\n" + P3
        + "\n").paragraphs();
  }

  private static String words(int n) {
    StringBuilder sb = new StringBuilder("Berths");
    for (int i = 1; i < n; i++) {
      sb.append(i % 2 == 0 ? " fees" : " rise");
    }
    return sb.toString();
  }

  @Test
  void titleCopyInOtherCase_isDroppedAlsoWhenTheTitleIsTheFirstLine() {
    assertThat(between(TITLE.toUpperCase(java.util.Locale.ROOT))).containsExactly(P1, P2, P3);
  }

  @Test
  void findTitle_fourWordLine_isPreferredOverAShorterOneBeforeIt() {
    Article a = Article.fromPageText("Town Ledger\n\nHarbour Fees Rise Again\n\n" + P1 + "\n");
    assertThat(a.title()).isEqualTo("Harbour Fees Rise Again");
  }

  @Test
  void findTitle_siteMenuBeforeIt_isNoTitle() {
    Article a = Article.fromPageText("Home | World | Science and Technology | Sport\n\n"
        + TITLE + "\n\nBy Lena Okafor\n\n" + P1 + "\n");
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.paragraphs()).containsExactly(P1);
    // a title with its site's name is two parts; an item of four words is no menu's
    assertThat(PageTextExtractor.isMenu("Harbour Fees Rise | Town Ledger")).isFalse();
    assertThat(PageTextExtractor.isMenu("Home | World | Sport")).isTrue();
    assertThat(PageTextExtractor.isMenu("Home · World · Sport and Local Events")).isFalse();
  }

  @Test
  void findTitle_withoutALongOne_takesTheFirstShortLine() {
    Article a = Article.fromPageText("Town Ledger\n\nHarbour Fees\n\n" + P1 + "\n");
    assertThat(a.title()).isEqualTo("Town Ledger");
  }

  @Test
  void findTitle_thirtyWordsIsATitleThirtyOneIsNot() {
    assertThat(Article.fromPageText(words(30) + "\n\n" + P1 + "\n").title()).isEqualTo(words(30));
    assertThat(Article.fromPageText(words(31) + "\n\n" + P1 + "\n").title()).isNull();
  }

  @Test
  void findTitle_wordsSeparatedByNoBreakSpaces_count() {
    Article a = Article.fromPageText("Harbour\u00a0Fees\n\n" + P1 + "\n");
    assertThat(a.title()).isEqualTo("Harbour\u00a0Fees");
  }

  @Test
  void relatedBox_dropsAtMostEightHeadlines() {
    StringBuilder page = new StringBuilder(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\nRelated\n\n");
    for (int i = 1; i <= 8; i++) {
      page.append("Ferry Route ").append(i).append(" Gets New Timetable\n\n");
    }
    String question = "Will the ferry fees rise again?";
    page.append(question).append("\n\n").append(P3).append("\n\n").append(P1.replace("Tuesday",
        "Monday")).append("\n\n").append(P2.replace("thirty", "forty")).append("\n");
    assertThat(Article.fromPageText(page.toString()).paragraphs())
        .containsExactly(P1, P2, question, P3, P1.replace("Tuesday", "Monday"),
            P2.replace("thirty", "forty"));
  }

  @Test
  void relatedBox_headlineOfTwentyWordsIsDroppedOfTwentyOneKept() {
    String twenty = "Will the " + words(17) + " again?";
    String twentyOne = "Will the " + words(18) + " again?";
    String page = TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\nRelated\n\n%s\n\n" + P3 + "\n\n"
        + P1.replace("Tuesday", "Monday") + "\n\n" + P2.replace("thirty", "forty") + "\n";
    assertThat(Article.fromPageText(page.formatted(twenty)).paragraphs()).doesNotContain(twenty)
        .hasSize(5);
    assertThat(Article.fromPageText(page.formatted(twentyOne)).paragraphs()).contains(twentyOne)
        .hasSize(6);
  }

  @Test
  void commentsCut_afterExactlyTwoProseParagraphs_endsTheArticle() {
    String text = TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n3 Comments\n\n"
        + "Great news for the port, though the fishermen will be unhappy about this.\n";
    assertThat(Article.fromPageText(text).paragraphs()).containsExactly(P1, P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"14 thoughts on “Harbour Fees Rise Again This Spring”",
      "3 Responses to \"Harbour Fees Rise Again This Spring\"",
      "One thought on “Harbour Fees Rise Again This Spring”",
      "2 comments on “Harbour Fees Rise Again This Spring”", "3 Comments »"})
  void commentsCut_headerQuotingTheTitle_endsTheArticle(String header) {
    // Blog themes head their comments with the title in quotes: a line that ends like a sentence.
    String text = TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + header + "\n\nGary P. says:\n\n"
        + "Great news for the port, though the fishermen will be unhappy about this.\n";
    assertThat(Article.fromPageText(text).paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void commentsCut_headerOverTwoHundredChars_isNoHeader() {
    String at = "Leave a Reply " + "x".repeat(186);
    String over = at + "x";
    String comment = "Great news for the port, though the fishermen will be unhappy about this.";
    String text = TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n%s\n\n" + comment + "\n";
    assertThat(at).hasSize(200);
    assertThat(Article.fromPageText(text.formatted(at)).paragraphs()).containsExactly(P1, P2);
    // Over 200 chars it is a line of text, here a subheading over the comment.
    assertThat(Article.fromPageText(text.formatted(over)).paragraphs())
        .containsExactly(P1, P2, over, comment);
  }

  @Test
  void listItems_insideProse_keptFromThreeWords() {
    // The bullet counts as a word; a short line that is no list item goes.
    String text = TITLE + "\n\n" + P1 + "\n\n- Tugs pay nothing\n- Tugs free\n- Tugs\n"
        + "Yachts pay by length\n\n" + P2 + "\n";
    assertThat(Article.fromPageText(text).paragraphs())
        .containsExactly(P1, "- Tugs pay nothing", "- Tugs free", P2);
  }

  @Test
  void classify_lineOfTwoHundredCharsIsMatchedAgainstWidgets() {
    String footer = "Copyright Harbour Ledger, all rights reserved. " + "x".repeat(152) + ".";
    assertThat(footer).hasSize(200);
    assertThat(Article.fromPageText(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + footer + "\n")
        .paragraphs()).containsExactly(P1, P2);
    String longer = footer.replace("reserved.", "reserved..");
    assertThat(Article.fromPageText(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + longer + "\n")
        .paragraphs()).containsExactly(P1, P2, longer);
  }

  @Test
  void classify_longUnpunctuatedLine_isProseOnlyOverThirtyWords() {
    // Over 200 chars: prose if it ends like a sentence or has over 30 words, else a short line
    // (dropped after the last paragraph).
    String thirty = words(29) + " " + "y".repeat(200 - words(29).length());
    String thirtyOne = words(30) + " " + "y".repeat(200 - words(30).length());
    assertThat(Article.fromPageText(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + thirty + "\n")
        .paragraphs()).containsExactly(P1, P2);
    assertThat(Article.fromPageText(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + thirtyOne
        + "\n").paragraphs()).containsExactly(P1, P2, thirtyOne);
  }

  @Test
  void classify_shortUnpunctuatedLine_isProseOnlyOverThirtyWords() {
    assertThat(Article.fromPageText(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + words(30)
        + "\n").paragraphs()).containsExactly(P1, P2);
    assertThat(Article.fromPageText(TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + words(31)
        + "\n").paragraphs()).containsExactly(P1, P2, words(31));
  }

  @Test
  void pointerLine_ofTwentyFiveWordsIsChromeOfTwentySixASubheading() {
    String twentyFive = "Read more: " + words(23);
    String twentySix = "Read more: " + words(24);
    assertThat(between(twentyFive)).containsExactly(P1, P2, P3);
    assertThat(between(twentySix)).containsExactly(P1, twentySix, P2, P3);
  }

  @Test
  void pointerLine_thatEndsASentence_isProse() {
    String line = "Read more: the board said fees would rise.";
    assertThat(between(line)).containsExactly(P1, line, P2, P3);
  }

  @Test
  void shareLine_ofTwoToTwelveSocialWordsIsChrome() {
    String two = "Flipboard Pocket";
    String twelve = "Flipboard Pocket Tumblr Messenger Threads Bluesky Mastodon Weibo WeChat "
        + "Instagram YouTube TikTok";
    String thirteen = twelve + " Pocket";
    assertThat(between(two)).containsExactly(P1, P2, P3);
    assertThat(between(twelve)).containsExactly(P1, P2, P3);
    assertThat(between(thirteen)).containsExactly(P1, thirteen, P2, P3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a named month that is no month: no date line
      "Chapter 11, 2024|true",
      "11 Chapter 2024|true",
      // an impossible numeric date is still a date line
      "2024-02-30|false"})
  void dateLine_namedMonthMustBeAMonth(String line, boolean kept) {
    assertThat(between(line)).hasSize(kept ? 4 : 3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Published 2024-03-03|2024-03-03",
      "3 March 2024|2024-03-03",
      "Posted on March 3, 2024 by Jane Doe|2024-03-03",
      "Updated: Mar 3, 2024 10:15|2024-03-03"})
  void dateLine_isReadAsIsoDate(String line, String iso) {
    Article a = Article.fromPageText(TITLE + "\n" + line + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(a.publishedAt()).isEqualTo(iso);
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void dateLine_relativeDateGivesNoDateAndLeavesRoomForALaterOne() {
    Article a = Article.fromPageText(TITLE + "\n5 minutes ago\nMarch 3, 2024\n\n" + P1 + "\n");
    assertThat(a.publishedAt()).isEqualTo("2024-03-03");
    assertThat(a.paragraphs()).containsExactly(P1);
  }

  @Test
  void readingTimeLabel_ofFortyCharsIsRead() {
    String forty = "Estimated reading time: about 12 minutes";
    assertThat(forty).hasSize(40);
    Article a = Article.fromPageText(TITLE + "\n" + forty + "\n\n" + P1 + "\n");
    assertThat(a.statedReadingMinutes()).isEqualTo(12);
    assertThat(a.paragraphs()).containsExactly(P1);
  }

  @Test
  void readingTimeLabel_zeroMinutes_isStated() {
    assertThat(Article.fromPageText(TITLE + "\n0 min read\n\n" + P1 + "\n")
        .statedReadingMinutes()).isZero();
  }

  @Test
  void byline_nameOfSixtyCharsAndEightWords_isAName() {
    String sixty = "Mary Anne Catherine Elizabeth Montgomery-Fairweather Smythes";
    String eightWords = "Ana de la Cruz y Ruiz van Dam";
    assertThat(sixty).hasSize(60);
    assertThat(Article.fromPageText(TITLE + "\nBy " + sixty + "\n\n" + P1 + "\n").byline())
        .isEqualTo(sixty);
    assertThat(Article.fromPageText(TITLE + "\nBy " + sixty + "s\n\n" + P1 + "\n").byline())
        .isNull();
    assertThat(Article.fromPageText(TITLE + "\nBy " + eightWords + "\n\n" + P1 + "\n").byline())
        .isEqualTo(eightWords);
    assertThat(Article.fromPageText(TITLE + "\nBy " + eightWords + " Berg\n\n" + P1 + "\n")
        .byline()).isNull();
  }

  @Test
  void byline_lowerCaseNameAfterAnUnmistakablePrefix_upToFiveWordsAndSixtyChars() {
    assertThat(Article.fromPageText(TITLE + "\nWritten by ana maria de la cruz\n\n" + P1 + "\n")
        .byline()).isEqualTo("ana maria de la cruz");
    assertThat(Article.fromPageText(TITLE + "\nWritten by ana maria de la cruz ruiz\n\n" + P1
        + "\n").byline()).isNull();
    String sixty = "mary anne catherine montgomery-fairweather-smythe-brockleton";
    assertThat(sixty).hasSize(60);
    assertThat(Article.fromPageText(TITLE + "\nWritten by " + sixty + "\n\n" + P1 + "\n")
        .byline()).isEqualTo(sixty);
    assertThat(Article.fromPageText(TITLE + "\nWritten by " + sixty + "x\n\n" + P1 + "\n")
        .byline()).isNull();
    assertThat(Article.fromPageText(TITLE + "\nWritten by staff, wire services\n\n" + P1 + "\n")
        .byline()).isNull();
  }

  @Test
  void byline_lowerCaseNameAfterABareBy_isNoByline() {
    // "By" alone also starts prose ("by the quay"): a lowercase name needs a longer prefix.
    assertThat(Article.fromPageText(TITLE + "\nBy ana reyes\n\n" + P1 + "\n").byline())
        .isNull();
    assertThat(Article.fromPageText(TITLE + "\nBy Ana Reyes\n\n" + P1 + "\n").byline())
        .isEqualTo("Ana Reyes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tags: harbour, fees, berths", "Tagged with: harbour fees",
      "Keywords - harbour, ferries", "Share this story: harbour fees"})
  void tagLine_isChrome(String line) {
    assertThat(between(line)).containsExactly(P1, P2, P3);
  }

  @Test
  void sectionLabel_upToSixWordsAndSixtyChars() {
    assertThat(Article.fromPageText(TITLE + "\nCategory: Ports Ferries Fishing Berths Tugs Docks"
        + "\n\n" + P1 + "\n").section()).isEqualTo("Ports Ferries Fishing Berths Tugs Docks");
    assertThat(Article.fromPageText(TITLE + "\nCategory: Ports Ferries Fishing Berths Tugs Docks "
        + "Quays\n\n" + P1 + "\n").section()).isNull();
    String sixty = "Harbours" + "x".repeat(52);
    assertThat(Article.fromPageText(TITLE + "\nCategory: " + sixty + "\n\n" + P1 + "\n")
        .section()).isEqualTo(sixty);
    assertThat(Article.fromPageText(TITLE + "\nCategory: " + sixty + "x\n\n" + P1 + "\n")
        .section()).isNull();
    assertThat(Article.fromPageText(TITLE + "\nCategory: Fees rise.\n\n" + P1 + "\n").section())
        .isNull();
  }

  @Test
  void teaserCut_remainderOfAQuarterOfTheProseBefore_isNoTeaser() {
    String before = "The harbour board agreed on Monday to raise its fees for berths by four "
        + "percent.";
    String quarter = "Fees stay fixed now.";
    String less = "Fees are fixed now.";
    assertThat(before).hasSize(80);
    assertThat(quarter).hasSize(20);
    assertThat(Article.fromPageText(TITLE + "\n\n" + before + "\n\nRelated\n\n" + quarter + "\n")
        .paragraphs()).containsExactly(before, quarter);
    assertThat(Article.fromPageText(TITLE + "\n\n" + before + "\n\nRelated\n\n" + less + "\n")
        .paragraphs()).containsExactly(before);
  }

  @Test
  void shortLines_withoutAnyProse_areTheBody() {
    Article a = Article.fromPageText(TITLE + "\n\nFerry operators warn of higher fares\n\n"
        + "Share this article\n\nCrews Keep Their Rates\n");

    // no prose marks them as labels around it: they are all the page says, chrome aside
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.paragraphs()).containsExactly("Ferry operators warn of higher fares",
        "Crews Keep Their Rates");
    // with prose, the same short line before it is a label
    assertThat(Article.fromPageText(TITLE + "\n\nFerry operators warn of higher fares\n\n"
        + P1 + "\n").paragraphs()).containsExactly(P1);
  }

  @Test
  void subheading_afterProseOnTheFirstLine_isKept() {
    String text = P1 + "\n\nWHAT CHANGES\n\n" + P2 + "\n";
    assertThat(Article.fromPageText(text).paragraphs()).containsExactly(P1, "WHAT CHANGES", P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "!", ".)", "?\u201d", "\u201d"})
  void endsLikeSentence_punctuationAloneOrFirst(String line) {
    assertThat(PageTextExtractor.endsLikeSentence(line)).isTrue();
  }
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Posted on March 3, 2024 by Jane Doe · 3 Comments|Jane Doe|2024-03-03",
      "By Jane Doe • March 3, 2024 • No Comments|Jane Doe|2024-03-03",
      "By Ruth Ann Becker, Gazette Correspondent|Ruth Ann Becker|",
      "By Jonah Levin, Staff Writer · March 3, 2024|Jonah Levin|2024-03-03",
      "By Ana Reyes and Tom Ashdown, Senior Reporters|Ana Reyes, Tom Ashdown|",
      "By Ana Reyes, Tom Ashdown|Ana Reyes, Tom Ashdown|"})
  void metaLine_commentCountAndJobTitle_areNoPartOfTheByline(String line, String byline,
      String date) {
    Article a = Article.fromPageText(TITLE + "\n" + line + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(a.byline()).isEqualTo(byline);
    assertThat(a.publishedAt()).isEqualTo(date);
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }
  @ParameterizedTest
  @ValueSource(strings = {
      "We use cookies to improve your experience on our site. By continuing to browse, you agree "
          + "to our use of cookies.\nAccept",
      "We and our 142 partners store and access information on your device, such as cookies, to "
          + "personalise content and ads.\nAccept all\nManage preferences",
      "This website uses cookies to ensure you get the best experience.\nGot it",
      "By using this site, you agree to our use of cookies and our privacy policy.\nI agree",
      "You have 2 free articles left this month. Subscribe for unlimited access.\nSee offers"})
  void notice_cookieOrMeterBeforeTheTitle_isChrome(String notice) {
    Article a = Article.fromPageText(notice + "\n\n" + TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }
  @Test
  void dateLine_timeBeforeTheDateAndLiveBlogTimestamps_areMetadata() {
    Article a = Article.fromPageText(TITLE + "\nUpdated 9:05 p.m. ET Nov. 5, 2024\n\n"
        + "9:05 p.m. ET\n" + P1 + "\n\n8:47 PM EST\n" + P2 + "\n\n20:31\n" + P3 + "\n");
    assertThat(a.publishedAt()).isEqualTo("2024-11-05");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }
}
