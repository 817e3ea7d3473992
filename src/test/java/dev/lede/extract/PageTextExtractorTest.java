package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import dev.lede.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Article#fromPageText} on page text with chrome from differently-worded sites. */
final class PageTextExtractorTest {

  static Stream<Arguments> sites() {
    return Stream.of(
        Arguments.of("harbor-gazette",
            "Harbor Council Approves New Ferry Schedule for Winter Months",
            "Marta Okafor", "Local News", 4, "2024-03-03",
            List.of("Advertisement", "Share this article", "Facebook Twitter Email",
                "Tags: ferries, council, winter", "Leave a Reply", "Related Posts",
                "Ferry Fares Rise Again as Fuel Costs Climb", "Home", "News")),
        Arguments.of("northwind-tech",
            "Startup Builds Solar Charger That Fits in a Jacket Pocket",
            "Priya Raman", "Technology", 3, null,
            List.of("NORTHWIND TECH", "Menu", "3-minute read", "Keep reading below",
                "12 comments", "Join the discussion", "Log in", "Oldest", "Newest",
                "You might also like", "Battery Makers Race to Cut Cobalt Use")),
        Arguments.of("valley-courier",
            "Local Rowing Club Wins Regional Title After Decade-Long Drought",
            "Tomás Ferreira", "Sports", 5, "2024-03-12",
            List.of("Sports", "READ MORE: Rowing Club Opens New Boathouse",
                "LOCAL ROWING CLUB WINS REGIONAL TITLE AFTER DECADE-LONG DROUGHT",
                "Continue Reading", "Filed under: Sports", "Share on: Facebook · X · WhatsApp",
                "Notify me of new comments", "0 Replies", "Check this out",
                "Swim Team Sets Three Records at Spring Meet")),
        Arguments.of("lakeside-science",
            "Volunteers Count Record Number of Dragonflies Around the Lake",
            "Kofi Mensah", "Science", 6, "2024-06-02",
            List.of("Lakeside Science Review", "Skip to content", "Search", "Print", "Email",
                "Discussion (2)", "Ruth P.", "What a lovely piece", "Reply", "I saw two")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void fromPageText_siteWithChrome_findsMetadataAndKeepsEveryParagraph(String site, String title,
      String byline, String section, int minutes, String date, List<String> chrome)
      throws IOException {
    Article a = Article.fromPageText(resource("pagetext/" + site + ".txt"));

    assertThat(a.title()).isEqualTo(title);
    assertThat(a.byline()).isEqualTo(byline);
    assertThat(a.section()).isEqualTo(section);
    assertThat(a.statedReadingMinutes()).isEqualTo(minutes);
    assertThat(a.publishedAt()).isEqualTo(date);
    List<String> expected = Article.ofBody(null, resource("pagetext/" + site + ".body.txt"))
        .paragraphs();
    assertThat(a.paragraphs()).containsExactlyElementsOf(expected);
    assertThat(a.body()).isEqualTo(String.join("\n\n", expected));
    for (String line : chrome) {
      assertThat(a.paragraphs()).as("chrome line %s", line).noneMatch(p -> p.contains(line));
    }
  }

  @Test
  @Tag("shared")
  void fromPageText_seedPage_matchesIssueExpectations() throws IOException {
    String text = Files.readString(SharedData.require(SharedData.SEED));
    Article a = Article.fromPageText(text);

    assertThat(a.title()).isEqualTo(
        "Belarus Completes Military Training for Emergency Personnel Amid Rising Tensions");
    assertThat(a.byline()).isEqualTo("Jasmine C.");
    assertThat(a.section()).isEqualTo("World");
    assertThat(a.statedReadingMinutes()).isEqualTo(5);
    // Every long line of the page before the byline is an article paragraph; none may be lost.
    List<String> lines =
        text.lines().map(l -> l.replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", "")).toList();
    List<String> expected = lines.subList(0, lines.indexOf("Load More By\u00a0Jasmine C."))
        .stream().filter(l -> l.length() > 100).toList();
    assertThat(expected).hasSizeGreaterThan(5);
    assertThat(a.paragraphs()).containsExactlyElementsOf(expected);
    assertThat(a.body()).doesNotContain("Keep Reading", "Load More", "Subscribe", "Notify of",
        "Comments", "Inline Feedbacks", "Check Also", "Vietnam", "min read");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "5 min read|5",
      "Reading time: 4 minutes|4",
      "3-minute read|3",
      "Read time: 7 min|7",
      "12 mins read|12",
      "Estimated reading time: 6 minutes|6",
      "By Ada Lee · 8 min read|8"})
  void fromPageText_readingTimeLabel_isParsed(String label, int minutes) {
    Article a = Article.fromPageText(page(label));
    assertThat(a.statedReadingMinutes()).isEqualTo(minutes);
    assertThat(a.body()).doesNotContain(label);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "By Jane Doe|Jane Doe",
      "Written by Jane Doe|Jane Doe",
      "Author: Jane Doe|Jane Doe",
      "Load More By Jasmine C.|Jasmine C.",
      "View all posts by Omar al Farsi|Omar al Farsi",
      "Words by Anna-Lena Berg|Anna-Lena Berg",
      "Posted on March 3, 2024 by Jane Doe|Jane Doe",
      "Load more by jasmine c.|jasmine c.",
      "Author: amira haddad|amira haddad"})
  void fromPageText_bylineLabel_isParsed(String label, String name) {
    Article a = Article.fromPageText(page(label));
    assertThat(a.byline()).isEqualTo(name);
    assertThat(a.paragraphs()).hasSize(3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Load More In World|World",
      "More In Business|Business",
      "Posted in Science|Science",
      "Filed under Health|Health",
      "Category: Climate Change|Climate Change",
      "Home > Politics > Elections|Politics",
      "Posted in world|world"})
  void fromPageText_sectionLabel_isParsed(String label, String section) {
    Article a = Article.fromPageText(page(label));
    assertThat(a.section()).isEqualTo(section);
    assertThat(a.paragraphs()).hasSize(3);
  }

  /** An invented page whose "more in" labels come after its related-posts list. */
  private static String pageWithLabelsAfterRelatedPosts(String labelInArticle) {
    return "Orchard Growers Try Netting Against Late Frost\n\n"
        + "By Halvard Nyqvist | April 14, 2025\n\n"
        + labelInArticle
        + "Apple growers in the upper valley stretched fine netting over their trees this week.\n\n"
        + "The nets hold a little warmth near the blossoms on clear nights, growers said.\n\n"
        + "Related Posts\n\n"
        + "Posted in Weather\n\n"
        + "Cherry Harvest Starts Two Weeks Early in the South\n\n"
        + "Growers in the southern hills began picking cherries on Monday, two weeks…\n\n"
        + "Beekeepers Move Hives Ahead of the Cold Snap\n\n"
        + "Load More In Farming\n\n"
        + "More in\u00a0Markets\n\n"
        + "Subscribe\n";
  }

  @Test
  void fromPageText_moreInLabelAfterRelatedPosts_givesSection() {
    Article a = Article.fromPageText(pageWithLabelsAfterRelatedPosts(""));
    assertThat(a.section()).isEqualTo("Farming");
    assertThat(a.byline()).isEqualTo("Halvard Nyqvist");
    assertThat(a.publishedAt()).isEqualTo("2025-04-14");
    assertThat(a.paragraphs()).containsExactly(
        "Apple growers in the upper valley stretched fine netting over their trees this week.",
        "The nets hold a little warmth near the blossoms on clear nights, growers said.");
  }

  @Test
  void fromPageText_sectionLabelInArticle_winsOverLabelAfterEnd() {
    Article a =
        Article.fromPageText(pageWithLabelsAfterRelatedPosts("Filed under Horticulture\n\n"));
    assertThat(a.section()).isEqualTo("Horticulture");
  }

  @Test
  void fromPageText_proseThatLooksLikeLabels_isKept() {
    String text = "Ferry Crews Prepare for the Storm Season\n\n"
        + "By the time the ferry docked, the storm had passed over the bay.\n\n"
        + "Related work on the pier will continue next week, officials said.\n\n"
        + "It did.\n\n"
        + "Share prices of the ferry operator fell by three percent on Monday.\n";
    Article a = Article.fromPageText(text);
    assertThat(a.title()).isEqualTo("Ferry Crews Prepare for the Storm Season");
    assertThat(a.byline()).isNull();
    assertThat(a.paragraphs()).hasSize(4).contains("It did.");
  }

  @Test
  void fromPageText_noTitleLine_keepsAllProse() {
    String text = "The council met on Monday to discuss the new bridge.\n\n"
        + "Members agreed to hold a public meeting before any decision.\n";
    Article a = Article.fromPageText(text);
    assertThat(a.title()).isNull();
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void fromPageText_relatedBoxInMiddle_dropsItsHeadlinesButKeepsTheRest() {
    String text = "Town Plans New Cycle Lanes Along the River\n\n"
        + "The town will paint new cycle lanes along both banks of the river this summer.\n\n"
        + "Related Stories\n"
        + "Bike Sharing Scheme Expands to the Suburbs\n"
        + "Parking Fees to Rise in the Centre\n\n"
        + "Work will start in June and should take about six weeks, the council said.\n\n"
        + "Residents can comment on the plans until the end of April at the town hall.\n\n"
        + "Critics say the lanes are too narrow for cargo bikes and delivery riders.\n";
    Article a = Article.fromPageText(text);
    assertThat(a.paragraphs()).hasSize(4)
        .noneMatch(p -> p.contains("Bike Sharing") || p.contains("Parking Fees")
            || p.contains("Related"));
  }

  @Test
  void fromPageText_shortCapitalSubheadsBetweenProse_areKept() {
    String text = "Flood Waters Recede From the Old Mill Quarter\n\n"
        + "By Ines Kowalczyk\n\n"
        + "The river fell below its banks on Thursday night after four days of flooding.\n\n"
        + "THE AFTERMATH\n\n"
        + "Shopkeepers on Mill Lane spent Friday carrying ruined stock out to the street.\n\n"
        + "Advertisement\n\n"
        + "WHAT NEXT\n\n"
        + "Engineers will inspect the weir next week before the footbridge reopens.\n\n"
        + "Insurance\n\n"
        + "Claims can be filed at the library, which has opened a help desk until May.\n\n"
        + "Share this article\n";
    Article a = Article.fromPageText(text);
    assertThat(a.byline()).isEqualTo("Ines Kowalczyk");
    assertThat(a.paragraphs()).containsExactly(
        "The river fell below its banks on Thursday night after four days of flooding.",
        "THE AFTERMATH",
        "Shopkeepers on Mill Lane spent Friday carrying ruined stock out to the street.",
        "WHAT NEXT",
        "Engineers will inspect the weir next week before the footbridge reopens.",
        "Insurance",
        "Claims can be filed at the library, which has opened a help desk until May.");
  }

  @Test
  void fromPageText_shortLineNotBetweenProse_isDropped() {
    String text = "Flood Waters Recede From the Old Mill Quarter\n\n"
        + "LOCAL NEWS\n\n"
        + "The river fell below its banks on Thursday night after four days of flooding.\n\n"
        + "Shopkeepers on Mill Lane spent Friday carrying ruined stock out to the street.\n\n"
        + "MILL QUARTER\n"
        + "Contact the newsroom\n";
    assertThat(Article.fromPageText(text).paragraphs()).containsExactly(
        "The river fell below its banks on Thursday night after four days of flooding.",
        "Shopkeepers on Mill Lane spent Friday carrying ruined stock out to the street.");
  }

  @Test
  void fromPageText_footerLines_areDropped() {
    String text = "Town Opens New Library Branch\n\n"
        + "The town opened a new library branch on Saturday, with a reading garden.\n\n"
        + "Copyright 2024 The Morning Ledger. All rights reserved.\n"
        + "© 2024 Ledger Media\nPrivacy Policy\nTerms of Use\n";
    assertThat(Article.fromPageText(text).paragraphs()).containsExactly(
        "The town opened a new library branch on Saturday, with a reading garden.");
  }

  @Test
  void fromPageText_hardWrappedParagraph_isJoinedNotLost() {
    String text = "Rail Line Reopens After Flood Repairs\n\n"
        + "Trains returned to the valley line on Monday morning after six weeks of\n"
        + "repairs to the embankment that the January floods had washed away.\n\n"
        + "Services will run hourly.\n";
    assertThat(Article.fromPageText(text).paragraphs()).containsExactly(
        "Trains returned to the valley line on Monday morning after six weeks of "
            + "repairs to the embankment that the January floods had washed away.",
        "Services will run hourly.");
  }

  @Test
  void fromPageText_wireCopyWrappedAtFixedWidth_keepsEveryLine() {
    // Wire style: hard-wrapped at ~65 chars, paragraphs marked only by indentation, lines that
    // start with capitals and digits.
    String text = "HARBOUR AUTHORITY RAISES FEES\n\n"
        + "The Northport Harbour Authority said it would raise berthing\n"
        + "fees for container ships by 4.5 pct from April, the first\n"
        + "increase since 2019, citing dredging costs.\n"
        + "    Shipping lines using the port handled 1.2 mln containers\n"
        + "last year, up from 1.1 mln, the authority said in a statement.\n"
        + "    A spokesman for the carriers' association said members were\n"
        + "Reviewing the plan and would respond within 30 days.\n";
    Article a = Article.fromPageText(text);

    assertThat(a.title()).isEqualTo("HARBOUR AUTHORITY RAISES FEES");
    assertThat(a.paragraphs()).containsExactly(
        "The Northport Harbour Authority said it would raise berthing fees for container ships "
            + "by 4.5 pct from April, the first increase since 2019, citing dredging costs.",
        "Shipping lines using the port handled 1.2 mln containers last year, up from 1.1 mln, "
            + "the authority said in a statement.",
        "A spokesman for the carriers' association said members were Reviewing the plan and "
            + "would respond within 30 days.");
  }

  @Test
  void fromPageText_teaserWithoutCommentSection_endsTheArticle() {
    // Another article's headline, byline and first sentence after a marker, and no comments.
    String text = "Orchard Town Opens a Cider Museum in the Old Mill\n"
        + "By Lena Brook\n\n"
        + "The old mill by the river reopened on Saturday as a museum of cider making, with "
        + "presses lent by farms from across the valley.\n\n"
        + "Volunteers spent two winters repairing the water wheel, which now turns a small "
        + "press in the main hall.\n\n"
        + "Entry is free for children, and the cafe sells juice from this year's harvest.\n\n"
        + "The museum opens every day except Monday, from ten until five, until October.\n\n"
        + "You may also like\n"
        + "Beekeepers Warn of a Late Spring\n"
        + "By Omar Reyes\n"
        + "Beekeepers in the hills say the cold March has kept their hives closed for weeks.\n";
    Article a = Article.fromPageText(text);

    assertThat(a.title()).isEqualTo("Orchard Town Opens a Cider Museum in the Old Mill");
    assertThat(a.byline()).isEqualTo("Lena Brook");
    assertThat(a.paragraphs()).containsExactly(
        "The old mill by the river reopened on Saturday as a museum of cider making, with "
            + "presses lent by farms from across the valley.",
        "Volunteers spent two winters repairing the water wheel, which now turns a small "
            + "press in the main hall.",
        "Entry is free for children, and the cafe sells juice from this year's harvest.",
        "The museum opens every day except Monday, from ten until five, until October.");
  }

  @Test
  void fromPageText_teaserMarkerBeforeMuchProse_isNoCut() {
    // "Related" before as much prose again is a mid-article box, not the end of the article.
    String text = "Orchard Town Opens a Cider Museum in the Old Mill\n\n"
        + "The old mill by the river reopened on Saturday as a museum of cider making.\n\n"
        + "Related\n\n"
        + "Volunteers spent two winters repairing the water wheel, which now turns a press.\n\n"
        + "Entry is free for children, and the cafe sells juice from this year's harvest.\n";
    assertThat(Article.fromPageText(text).paragraphs()).containsExactly(
        "The old mill by the river reopened on Saturday as a museum of cider making.",
        "Volunteers spent two winters repairing the water wheel, which now turns a press.",
        "Entry is free for children, and the cafe sells juice from this year's harvest.");
  }

  @Test
  void fromPageText_commentHeaderAfterOneParagraph_isNoCut() {
    // A comment header ends the article only after two paragraphs of prose.
    String text = "Orchard Town Opens a Cider Museum in the Old Mill\n\n"
        + "The old mill by the river reopened on Saturday as a museum of cider making.\n\n"
        + "Comments\n\n"
        + "Volunteers spent two winters repairing the water wheel, which now turns a press.\n\n"
        + "Entry is free for children, and the cafe sells juice from this year's harvest.\n\n"
        + "3 Comments\n\n"
        + "Lovely place, we went on Sunday and the juice was excellent, highly recommended.\n";
    assertThat(Article.fromPageText(text).paragraphs()).containsExactly(
        "The old mill by the river reopened on Saturday as a museum of cider making.",
        "Volunteers spent two winters repairing the water wheel, which now turns a press.",
        "Entry is free for children, and the cafe sells juice from this year's harvest.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "It did.|true", "It did|false", "Is it?|true", "Wow!|true", "He said \"yes\"|true",
      "(as planned.)|true", "as planned.)'|true", "a)|false", ")|false", "end.   |true",
      "'   '|false", "''|false", "市場の朝は早い。|true", "Note:|true", "It did ...|true",
      "one, two,|false"})
  void endsLikeSentence_punctuationClosersAndQuotes(String line, boolean expected) {
    assertThat(PageTextExtractor.endsLikeSentence(line)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a line between prose paragraphs is a subheading, kept, whatever its length (issue 13)
      "What Changes for Riders|true",
      "Email and Print Editions|true",
      "What Changes Now|true",
      // lines of mostly share buttons are page chrome
      "Facebook Twitter WhatsApp Email|false",
      "Share on Facebook Twitter Print|false"})
  void fromPageText_shortLineBetweenParagraphs_keptOnlyAsSubheading(String line, boolean kept) {
    String first = "The tram company will run night services at weekends from May, it said.";
    String second = "Tickets bought before the change will stay valid until the end of June.";
    String text = "Trams to Run All Night at Weekends\n\n" + first + "\n\n" + line + "\n\n"
        + second + "\n\nThe council will pay for the first year of the trial, it said.\n";
    List<String> paragraphs = Article.fromPageText(text).paragraphs();

    assertThat(paragraphs.subList(0, 1)).containsExactly(first);
    assertThat(paragraphs).hasSize(kept ? 4 : 3).element(kept ? 2 : 1).isEqualTo(second);
  }

  @Test
  void fromPageText_subheadingWithNoProseAfterIt_isDropped() {
    String text = "Trams to Run All Night at Weekends\n\n"
        + "The tram company will run night services at weekends from May, it said.\n\n"
        + "Tickets bought before the change will stay valid until the end of June.\n\n"
        + "More Stories From the City Desk\n";
    assertThat(Article.fromPageText(text).paragraphs()).containsExactly(
        "The tram company will run night services at weekends from May, it said.",
        "Tickets bought before the change will stay valid until the end of June.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"6\u00a0min read", "6\u2009min\u00a0read", "6\tmin read",
      "\uFEFF6 min read", "6 min read\u200B"})
  void fromPageText_labelWithOddSpaces_isStillALabel(String label) {
    Article a = Article.fromPageText(page(label));
    assertThat(a.statedReadingMinutes()).isEqualTo(6);
    assertThat(a.paragraphs()).hasSize(3);
  }

  private static String page(String label) {
    return "Village Bakery Wins National Bread Award\n" + label + "\n\n"
        + "A small bakery in the hills has won the national award for its sourdough loaf.\n\n"
        + "The owners said they would not raise prices.\n\n"
        + "The award comes with a cash prize and a year of free flour, the organisers said.\n\n"
        + "Subscribe\nShare\n";
  }

  static String resource(String name) throws IOException {
    try (InputStream in = PageTextExtractorTest.class.getResourceAsStream("/extract/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
