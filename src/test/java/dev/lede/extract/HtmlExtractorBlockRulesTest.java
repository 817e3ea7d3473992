package dev.lede.extract;

import static dev.lede.extract.HtmlRulePages.BATHS;
import static dev.lede.extract.HtmlRulePages.CLOSE;
import static dev.lede.extract.HtmlRulePages.FISHING;
import static dev.lede.extract.HtmlRulePages.LEAD;
import static dev.lede.extract.HtmlRulePages.MIDDLE;
import static dev.lede.extract.HtmlRulePages.RELATED_BOX;
import static dev.lede.extract.HtmlRulePages.concat;
import static dev.lede.extract.HtmlRulePages.expected;
import static dev.lede.extract.HtmlRulePages.page;
import static dev.lede.extract.HtmlRulePages.paragraphs;
import static dev.lede.extract.HtmlRulePages.ps;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests each rule of {@link HtmlExtractor} that keeps or drops a block of the chosen article
 * (link density, widgets, datelines, link lists, hidden and furniture boxes, the edges, line
 * breaks), with a small invented page that comes out differently without the rule (or with its
 * threshold moved by one).
 */
final class HtmlExtractorBlockRulesTest {

  @Test
  void page_withoutExtraBlocks_givesItsFourParagraphs() {
    assertThat(paragraphs(page(""))).containsExactlyElementsOf(expected());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // all link text: a stub for another story
      "<p><a href='/a'>Harbour fees rose last year too</a></p>|",
      // a sentence with a link in it
      "<p>Read the <a href='/p'>plan</a>.</p>|Read the plan.",
      // short, unpunctuated, with a link: a label
      "<p>Filed by the <a href='/d'>port desk</a></p>|",
      // short, unpunctuated, no link: kept (it may be a subheading)
      "<p>Berth fees from April</p>|Berth fees from April",
      // a second h1 is another headline; the title again, in other case, is the title
      "<h1>Harbour Fees Rise Again Next Year</h1>|",
      "<p>HARBOUR FEES RISE</p>|",
      // a subheading is kept though it is short, unpunctuated and has a link in it
      "<h3>What changes for <a href='/c'>carriers</a></h3>|What changes for carriers",
      "<h2>What changes for <a href='/c'>carriers</a></h2>|What changes for carriers",
      // widget phrases and datelines
      "<div>Story continues below advertisement</div>|",
      "<p>Advertisement</p>|",
      "<p>Published March 3, 2024 at 10:00</p>|",
      "<p>Updated 4 March 2024, 11:15 GMT</p>|"})
  void keep_blockInsideTheArticle(String block, String kept) {
    assertThat(paragraphs(page(block)))
        .containsExactlyElementsOf(kept == null ? expected() : expected(kept));
  }

  @Test
  void keep_unpunctuatedBlockWithALink_keptOnlyOverEightyChars() {
    String eighty = "Fees for the nine deep-water berths on the north quay rise first, then the "
        + "<a href='/f'>ferry</a>";
    String eightyOne = eighty.replace("nine", "seven");
    String eightyOneText = "Fees for the seven deep-water berths on the north quay rise first, "
        + "then the ferry";
    assertThat("Fees for the nine deep-water berths on the north quay rise first, then the ferry")
        .hasSize(80);
    assertThat(eightyOneText).hasSize(81);
    assertThat(paragraphs(page("<p>" + eighty + "</p>"))).containsExactlyElementsOf(expected());
    assertThat(paragraphs(page("<p>" + eightyOne + "</p>")))
        .containsExactlyElementsOf(expected(eightyOneText));
  }

  @Test
  void keep_longBlockWithManyLinks_keptUnderEightyPercentLinkText() {
    // Over 200 chars: a text with links in most of it is still text, unless nearly all link.
    String links = "<a href='/1'>the north quay berths</a>, <a href='/2'>the ferry terminal</a>, "
        + "<a href='/3'>the fishing harbour</a>, <a href='/4'>the marina pontoons</a>, "
        + "<a href='/5'>the outer moorings</a> and <a href='/6'>the old dry dock</a>";
    String mostlyLinks = "<p>The new fees apply at " + links + " alike, from the first of April "
        + "onwards, the harbour board said on Tuesday.</p>";
    String allLinks = "<p>" + links + ", " + links.replace("the ", "all of the ") + ".</p>";
    String keptText = Article.fromHtml("<p>The new fees apply at " + links + " alike, from the "
        + "first of April onwards, the harbour board said on Tuesday.</p>").body();
    assertThat(keptText.length()).isGreaterThan(200);
    assertThat(paragraphs(page(mostlyLinks))).containsExactlyElementsOf(expected(keptText));
    assertThat(paragraphs(page(allLinks))).containsExactlyElementsOf(expected());
  }

  @Test
  void keep_longBlockOfFourFifthsLinkText_isDropped() {
    // 200 chars of link text in 250: a long block is kept only under 80% links.
    String link = "Harbour fees rise by four percent from April for every berth on the north quay, "
        + "the ferry terminal and the fishing harbour, and by two percent for the marina pontoons "
        + "and the outer moorings in the bay";
    String rest = "the harbour board said after its meeting tonight.";
    assertThat(link).hasSize(200);
    assertThat(rest).hasSize(49);
    assertThat(paragraphs(page("<p><a href='/f'>" + link + "</a> " + rest + "</p>")))
        .containsExactlyElementsOf(expected());
    String longer = rest.replace("meeting", "meetings");
    assertThat(paragraphs(page("<p><a href='/f'>" + link + "</a> " + longer + "</p>")))
        .containsExactlyElementsOf(expected(link + " " + longer));
  }

  @Test
  void keep_blockOfTwoHundredCharsMostlyLinks_isDropped() {
    // 122 chars of link text: over half of a block, which is kept only when over 200 chars.
    String link = "Harbour fees rise by four percent from April for every berth on the north quay, "
        + "the ferry terminal and the fishing harbour";
    String rest = "and by two percent for the marina pontoons and outer moorings, the board said";
    assertThat(link + " " + rest).hasSize(200);
    assertThat(paragraphs(page("<p><a href='/f'>" + link + "</a> " + rest + "</p>")))
        .containsExactlyElementsOf(expected());
    assertThat(paragraphs(page("<p><a href='/f'>" + link + "</a> " + rest + ".</p>")))
        .containsExactlyElementsOf(expected(link + " " + rest + "."));
  }

  @Test
  void keep_shortBlockHalfLinks_droppedAtOverHalf() {
    // "berths here." is 12 chars, 6 of them link text ("berths"): exactly half is no link stub.
    assertThat(paragraphs(page("<p><a href='/b'>berths</a> here.</p>")))
        .containsExactlyElementsOf(expected("berths here."));
    assertThat(paragraphs(page("<p><a href='/b'>berths</a> now.</p>")))
        .containsExactlyElementsOf(expected());
  }

  @Test
  void keep_widgetPhraseUnderHundredTwentyChars_isDropped() {
    String tail = "x".repeat(108);
    String under = "Click here " + tail;
    String at = "Click here " + tail + "y";
    assertThat(under).hasSize(119);
    assertThat(paragraphs(page("<p>" + under + "</p>"))).containsExactlyElementsOf(expected());
    assertThat(paragraphs(page("<p>" + at + "</p>"))).containsExactlyElementsOf(expected(at));
  }

  @Test
  void keep_datelineUnderHundredFiftyChars_isDropped() {
    String under = "Updated 4 March 2024 " + "x".repeat(128);
    String at = under + "y";
    assertThat(under).hasSize(149);
    assertThat(paragraphs(page("<p>" + under + "</p>"))).containsExactlyElementsOf(expected());
    assertThat(paragraphs(page("<p>" + at + "</p>"))).containsExactlyElementsOf(expected(at));
  }

  /** One list item of over 200 chars, about 70% of it link text. */
  private static final String LINK_HEAVY_ITEM = "<a href='/a'>The north quay berths, the ferry "
      + "terminal, the fishing harbour, the marina pontoons, the outer moorings and the old dry "
      + "dock by the lighthouse</a> all pay the new fee from the first of April, the harbour board "
      + "said.";

  @ParameterizedTest
  @ValueSource(strings = {"ul", "ol"})
  void isLinkList_listMostlyOfLinks_isDroppedWhole(String tag) {
    assertThat(paragraphs(page("<" + tag + "><li>" + LINK_HEAVY_ITEM + "</li></" + tag + ">")))
        .containsExactlyElementsOf(expected());
  }

  @ParameterizedTest
  @ValueSource(strings = {"<h4>Read also</h4>", "<div><h3>More on the port</h3></div>"})
  void isLinkList_headingRightBeforeADroppedList_goesWithIt(String heading) {
    // The heading of a box of links to other stories inside the article is no subheading.
    assertThat(paragraphs(page(heading + "<ul><li>" + LINK_HEAVY_ITEM + "</li></ul>")))
        .containsExactlyElementsOf(expected());
    // A subheading with text of its own after it stays.
    assertThat(paragraphs(page("<h4>Fees by berth</h4><p>Ferry berths rise by two percent.</p>"
        + "<ul><li>" + LINK_HEAVY_ITEM + "</li></ul>"))).containsExactlyElementsOf(
        expected("Fees by berth", "Ferry berths rise by two percent."));
  }

  @Test
  void isLinkList_definitionListMostlyOfLinks_isDroppedWhole() {
    assertThat(paragraphs(page("<dl><dd>" + LINK_HEAVY_ITEM + "</dd></dl>")))
        .containsExactlyElementsOf(expected());
  }

  @Test
  void isLinkList_sameTextOutsideAList_isKept() {
    String text = Article.fromHtml("<p>" + LINK_HEAVY_ITEM + "</p>").body();
    assertThat(paragraphs(page("<div>" + LINK_HEAVY_ITEM + "</div>")))
        .containsExactlyElementsOf(expected(text));
  }

  @Test
  void isLinkList_listOfSentencesWithFewLinks_isKept() {
    assertThat(paragraphs(page("<ul><li>Container berths rise by four percent in "
        + "<a href='/a'>April</a>.</li><li>Ferry berths rise by two percent in May.</li></ul>")))
        .containsExactlyElementsOf(expected("Container berths rise by four percent in April.",
            "Ferry berths rise by two percent in May."));
  }

  @Test
  void isLinkList_listOfExactlySixtyPercentLinkText_isKept() {
    // 120 visible chars of link text, 80 of other text: not more than 60%.
    String link = "abcdefghij".repeat(12);
    String rest = "klmnopqrst".repeat(7) + "klmnopqrs";
    String item = "<a href='/x'>" + link + "</a> " + rest + ".";
    assertThat(paragraphs(page("<ul><li>" + item + "</li></ul>")))
        .containsExactlyElementsOf(expected(link + " " + rest + "."));
    String more = "<a href='/x'>" + link + "k</a> " + rest + ".";
    assertThat(paragraphs(page("<ul><li>" + more + "</li></ul>")))
        .containsExactlyElementsOf(expected());
  }

  @Test
  void lineBreaks_oneWrapsALineTwoEndAParagraph() {
    assertThat(paragraphs(page("<p>Berth fees rise in April.<br>Ferry fees do not.</p>")))
        .containsExactlyElementsOf(expected("Berth fees rise in April.\nFerry fees do not."));
    assertThat(paragraphs(page("<p>Berth fees rise in April.<br> \u00a0 <br>Ferry fees do "
        + "not.</p>"))).containsExactlyElementsOf(
            expected("Berth fees rise in April.", "Ferry fees do not."));
    assertThat(paragraphs(page("<p>Berth fees rise.<br>Ferry fees stay.<br>Fishing fees "
        + "too.</p>"))).containsExactlyElementsOf(
            expected("Berth fees rise.\nFerry fees stay.\nFishing fees too."));
  }

  @Test
  void lineBreaks_twoOpeningOrClosingABlock_leaveItsTextToTheRules() {
    // A dateline and the title, each with two breaks before or after it in its block.
    assertThat(paragraphs(page("<p><br><br>Updated 4 March 2024, 11:15 GMT</p>")))
        .containsExactlyElementsOf(expected());
    assertThat(paragraphs(page("<p><br><br>Harbour Fees Rise</p>")))
        .containsExactlyElementsOf(expected());
    assertThat(paragraphs(page("<p>Harbour Fees Rise<br><br></p>")))
        .containsExactlyElementsOf(expected());
  }

  @Test
  void lineBreaksInSource_areSpacesExceptInPre() {
    assertThat(paragraphs(page("<p>Berth fees rise\nin April.</p>")))
        .containsExactlyElementsOf(expected("Berth fees rise in April."));
    assertThat(paragraphs(page("<pre>berth  4.0%\r\nferry  2.0%</pre><p>Fees are per day.</p>")))
        .containsExactlyElementsOf(expected("berth 4.0%\nferry 2.0%", "Fees are per day."));
  }

  @Test
  void blocks_textAfterANestedHeadingIsJudgedByItsOwnBlock() {
    // After the h3 closes, the rest of the blockquote is blockquote text again: short,
    // unpunctuated and with a link, it is a label, not a subheading.
    assertThat(paragraphs(page("<blockquote><h3>What carriers say</h3>Quoted by the "
        + "<a href='/d'>port desk</a></blockquote>")))
        .containsExactlyElementsOf(expected("What carriers say"));
    // Text after a closed inner block is flushed as its own paragraph.
    assertThat(paragraphs(page("<div><p>Berth fees rise in April.</p>Ferry fees do not.</div>")))
        .containsExactlyElementsOf(expected("Berth fees rise in April.", "Ferry fees do not."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"display: none", "DISPLAY:NONE;color:red", "visibility: hidden"})
  void prune_hiddenByStyle_isDropped(String style) {
    assertThat(paragraphs(page("<p style='" + style + "'>The fee for the old dry dock will be "
        + "set later.</p>"))).containsExactlyElementsOf(expected());
  }

  @Test
  void prune_styledButVisible_isKept() {
    assertThat(paragraphs(page("<p style='color: navy'>The fee for the old dry dock will be set "
        + "later.</p>"))).containsExactlyElementsOf(
            expected("The fee for the old dry dock will be set later."));
  }

  @Test
  void prune_headerWithFewParagraphs_isDroppedWithThreeKept() {
    String two = "<header><p>Harbour board.</p><p>Fees.</p></header>";
    String three = "<header><p>Harbour board.</p><p>Fees.</p><p>April.</p></header>";
    assertThat(paragraphs(page(two))).containsExactlyElementsOf(expected());
    assertThat(paragraphs(page(three)))
        .containsExactlyElementsOf(expected("Harbour board.", "Fees.", "April."));
  }

  @Test
  void prune_furnitureClass_dropsTheBox() {
    assertThat(paragraphs(page(RELATED_BOX))).containsExactlyElementsOf(expected());
  }

  @ParameterizedTest
  @ValueSource(strings = {"data-qa='newsletter-inline'", "data-testid='related-stories'",
      "data-component='share-bar'"})
  void prune_furnitureNamedByATestAttribute_dropsTheBox(String attribute) {
    // Sites built with CSS-in-JS hash their class names; what a box is shows in the names they
    // give their tests and components.
    String box = "<div class='wpds-c-ePJbRr' " + attribute + "><h4>The Harbour Brief</h4><p>A "
        + "daily guide to what matters on the waterfront, delivered every weekday morning.</p>"
        + "</div>";
    assertThat(paragraphs(page(box))).containsExactlyElementsOf(expected());
    String content = box.replace(attribute, "data-qa='article-body'");
    assertThat(paragraphs(page(content))).containsExactlyElementsOf(expected("The Harbour Brief",
        "A daily guide to what matters on the waterfront, delivered every weekday morning."));
  }

  @Test
  void prune_furnitureClassThatMayBeContent_keepsTheBox() {
    String box = RELATED_BOX.replace("'related'", "'related-story-body'");
    assertThat(paragraphs(page(box))).containsExactlyElementsOf(expected(
        "The same board raised mooring fees last year, by three percent, and the year before "
            + "by two."));
  }

  private static String paragraphsOf(int n) {
    StringBuilder sb = new StringBuilder();
    String[] items = {LEAD, MIDDLE, FISHING, CLOSE, "Ferries pay less.", "Tugs pay nothing.",
        "Yachts pay by length.", "Barges pay by weight."};
    for (int i = 0; i < n; i++) {
      sb.append("<p>").append(items[i]).append("</p>");
    }
    return sb.toString();
  }

  @Test
  void prune_furnitureBoxHoldingEightParagraphs_wrapsTheArticle() {
    // Seven paragraphs and the related one: the box is kept (it holds the article), the
    // related box inside it is still pruned.
    String html = "<body><div class='promo-wrap'><h1>Harbour Fees Rise</h1>" + paragraphsOf(7)
        + RELATED_BOX + "</div></body>";
    assertThat(paragraphs(html)).containsExactly(LEAD, MIDDLE, FISHING, CLOSE,
        "Ferries pay less.", "Tugs pay nothing.", "Yachts pay by length.");
  }

  @Test
  void prune_furnitureBoxHoldingSevenParagraphs_isPruned() {
    // Six paragraphs and the related one.
    // Pruned, the page keeps too little text: the lenient pass, without class patterns, keeps
    // the related box too.
    String html = "<body><div class='promo-wrap'><h1>Harbour Fees Rise</h1>" + paragraphsOf(6)
        + RELATED_BOX + "</div></body>";
    assertThat(paragraphs(html)).containsExactly(LEAD, MIDDLE, FISHING, CLOSE,
        "Ferries pay less.", "Tugs pay nothing.",
        "The same board raised mooring fees last year, by three percent, and the year before "
            + "by two.");
  }

  @Test
  void prune_furnitureBoxHoldingAnArticleElement_wrapsTheArticle() {
    String html = "<body><div class='share-wrap'><div><article><h1>Harbour Fees Rise</h1>"
        + paragraphsOf(4) + RELATED_BOX + "</article></div></div></body>";
    assertThat(paragraphs(html)).containsExactly(LEAD, MIDDLE, FISHING, CLOSE);
  }

  @Test
  void prune_furnitureBoxHoldingAnArticleBodyItemprop_wrapsTheArticle() {
    String html = "<body><div class='share-wrap'><div><div itemprop='articleBody'>"
        + "<h1>Harbour Fees Rise</h1>" + paragraphsOf(4) + RELATED_BOX + "</div></div></div>"
        + "</body>";
    assertThat(paragraphs(html)).containsExactly(LEAD, MIDDLE, FISHING, CLOSE);
  }

  @Test
  void countImages_trackingPixelsLeftOut() {
    String images = "<img src='a.jpg' width='640'><img src='b.jpg'>"
        + "<img src='p.gif' width='1' height='1'><img src='q.gif' width='0'>"
        + "<img src='r.gif' height='2'><img src='s.gif' width='1px'><img src='t.gif' "
        + "height='0px'><img src='u.gif' style='x' width='2px'><img src='c.jpg' height='10'>"
        + "<img src='d.jpg' width='12'>";
    assertThat(Article.fromHtml(page(images)).imageCount()).isEqualTo(4);
  }

  @Test
  void prune_captionBoxKeepsItsPicture() {
    String html = page("<div class='photo-caption'><img src='quay.jpg'>The north quay at dawn"
        + "</div>");
    Article a = Article.fromHtml(html);
    assertThat(a.imageCount()).isEqualTo(1);
    assertThat(a.paragraphs()).containsExactlyElementsOf(expected());
  }

  @Test
  void trimEdges_labelsBeforeTheFirstSentenceAreDropped() {
    assertThat(HtmlExtractor.trimEdges(List.of("HARBOUR", "4 March 2024", LEAD, "Ferries",
        CLOSE))).containsExactly(LEAD, "Ferries", CLOSE);
  }

  @Test
  void trimEdges_noSentenceLikeParagraph_keepsEveryBlock() {
    assertThat(HtmlExtractor.trimEdges(List.of("HARBOUR", "Ferries resume at dawn")))
        .containsExactly("HARBOUR", "Ferries resume at dawn");
    assertThat(HtmlExtractor.trimEdges(List.of())).isEmpty();
  }

  @Test
  void fromHtml_brokenPageOfFragments_keepsItsText() {
    Article a = Article.fromHtml("<html><body><p>Harbour fees <b>rise again <div>Ferry "
        + "operators in Kesmark warn of higher fares");

    assertThat(a.paragraphs()).containsExactly("Harbour fees rise again",
        "Ferry operators in Kesmark warn of higher fares");
  }

  @Test
  void trimEdges_teaserCutShortBeforeTheArticle_isDropped() {
    String teaser = "Fees for moorings rose by three percent last year, and by two the year "
        + "before...";
    assertThat(HtmlExtractor.trimEdges(List.of(teaser, "Earlier fees rose too…", LEAD, CLOSE)))
        .containsExactly(LEAD, CLOSE);
    // Three hundred chars or more cut short is a paragraph that ends so, not a teaser.
    String longCut = "x".repeat(297) + "...";
    assertThat(HtmlExtractor.trimEdges(List.of(longCut, LEAD))).containsExactly(longCut, LEAD);
    String shorterCut = "x".repeat(296) + "...";
    assertThat(HtmlExtractor.trimEdges(List.of(shorterCut, LEAD))).containsExactly(LEAD);
  }

  @Test
  void trimEdges_labelOfHundredCharsIsKept() {
    String ninetyNine = "x".repeat(99);
    String hundred = "x".repeat(100);
    assertThat(HtmlExtractor.trimEdges(List.of(ninetyNine, LEAD))).containsExactly(LEAD);
    assertThat(HtmlExtractor.trimEdges(List.of(hundred, LEAD))).containsExactly(hundred, LEAD);
  }

  @Test
  void trimEdges_closingCallsToActionAreDropped() {
    assertThat(HtmlExtractor.trimEdges(List.of(LEAD, CLOSE,
        "Follow us on Twitter for more harbour news.",
        "Have a tip? Send us a message.")))
        .containsExactly(LEAD, CLOSE);
    // The first paragraph stays whatever it says, and a long closing paragraph is text.
    assertThat(HtmlExtractor.trimEdges(List.of("Subscribe to the harbour newsletter.")))
        .containsExactly("Subscribe to the harbour newsletter.");
    String longer = "Subscribe " + "y".repeat(290);
    assertThat(HtmlExtractor.trimEdges(List.of(LEAD, longer))).containsExactly(LEAD, longer);
    String shorter = "Subscribe " + "y".repeat(289);
    assertThat(HtmlExtractor.trimEdges(List.of(LEAD, shorter))).containsExactly(LEAD);
  }

  @Test
  void trimEdges_headingOfAClosingCallToAction_goesWithIt() {
    assertThat(HtmlExtractor.trimEdges(List.of(LEAD, CLOSE, "Support local journalism",
        "Your subscription makes our reporting possible. Subscribe today for one dollar.")))
        .containsExactly(LEAD, CLOSE);
    assertThat(HtmlExtractor.trimEdges(List.of(LEAD, CLOSE,
        "Jonah Levin covers the harbour. Reach him at jlevin@harbour.example or 555-0142.")))
        .containsExactly(LEAD, CLOSE);
    // A closing label with no call to action after it stays (it may be a last subheading).
    assertThat(HtmlExtractor.trimEdges(List.of(LEAD, CLOSE, "Support local journalism")))
        .containsExactly(LEAD, CLOSE, "Support local journalism");
  }

  @Test
  void normalise_collapsesSpacesKeepsLineBreaks() {
    assertThat(HtmlExtractor.normalise(" a\u00a0\u200b b\uFEFF\u2009c \r\n\n d  "))
        .isEqualTo("a b c\nd");
    assertThat(HtmlExtractor.normalise("\n\n")).isEmpty();
  }

  @Test
  void extract_jsonLdBodyReplacesTheTextOnlyWhenMuchLonger() {
    // Used when longer than twice the extracted text plus 200 chars.
    String text = "The ferry runs again.";
    String exactly = "y".repeat(2 * text.length() + 200);
    String longer = exactly + "y";
    String page = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\"%s\"}</script></head><body><p>" + text + "</p></body></html>";
    assertThat(Article.fromHtml(page.formatted(exactly)).body()).isEqualTo(text);
    assertThat(Article.fromHtml(page.formatted(longer)).body()).isEqualTo(longer);
  }

  @Test
  void extract_jsonLdBodyOfAPageWithoutText_isTheBodyHoweverShort() {
    // A scripted page shows only a spinner: its short articleBody is all the text there is.
    String body = "The ferry runs again from Monday, the port said.";
    String page = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\"" + body + "\"}</script></head><body><div id='root'>Loading</div>"
        + "</body></html>";
    assertThat(Article.fromHtml(page).body()).isEqualTo(body);
  }

  @Test
  void lineBreaksInSource_afterAPre_areSpacesAgain() {
    assertThat(paragraphs(page("<pre>berth  4.0%\nferry  2.0%</pre><p>Fees are\nper day.</p>")))
        .containsExactlyElementsOf(expected("berth 4.0%\nferry 2.0%", "Fees are per day."));
  }

  @Test
  void write_textAfterTheLastBlockOfAnInlineContainer_isKept() {
    // The span holds the paragraphs and wins; the heading beside it keeps the winner from
    // giving way to its parent, the body.
    String html = "<html><head><title>Mill Lane Baths</title></head><body><h1>Mill Lane Baths</h1>"
        + "<span>" + ps(BATHS) + "Until then, the baths open as usual.</span></body></html>";
    assertThat(paragraphs(html)).containsExactlyElementsOf(
        concat(BATHS, List.of("Until then, the baths open as usual.")));
  }

  @Test
  void isLinkList_linkTextInsideAnElementOfTheLink_countsAsLinkText() {
    String item = LINK_HEAVY_ITEM.replace("<a href='/a'>", "<a href='/a'><b>")
        .replace("</a>", "</b></a>");
    assertThat(paragraphs(page("<ul><li>" + item + "</li></ul>")))
        .containsExactlyElementsOf(expected());
  }

  @Test
  void prune_furnitureBoxWithTheArticleThreeLevelsDown_wrapsTheArticle() {
    String html = "<body><div class='share-wrap'><div><div><article><h1>Harbour Fees Rise</h1>"
        + paragraphsOf(4) + RELATED_BOX + "</article></div></div></div></body>";
    assertThat(paragraphs(html)).containsExactly(LEAD, MIDDLE, FISHING, CLOSE);
  }
  @Test
  void prune_commentSectionWhoseCommentsAreArticleElements_isPruned() {
    // WordPress themes mark up each reader's comment as an <article>: that does not make the
    // comment section a wrapper of the article.
    String comment = "<li><article class='comment-body'><footer class='comment-meta'>Gary P. "
        + "says:</footer><div class='comment-content'><p>About time they raised the fees, the "
        + "north quay berths have needed new fenders and lighting for years now.</p></div>"
        + "</article></li>";
    String html = "<body><main><article><h1>Harbour Fees Rise</h1>" + paragraphsOf(4)
        + "</article><div id='comments' class='comments-area'><h2>2 thoughts on Harbour Fees "
        + "Rise</h2><ol class='comment-list'>" + comment + comment.replace("Gary P.", "Ann K.")
        + "</ol><p class='comment-notes'>Your email address will not be published.</p></div>"
        + "</main></body>";
    assertThat(paragraphs(html)).containsExactly(LEAD, MIDDLE, FISHING, CLOSE);
  }
  @ParameterizedTest
  @ValueSource(strings = {"subscriber-preview", "subscriber-only", "subscribers-content"})
  void prune_boxForSubscribers_holdsTheArticleAndIsKept(String box) {
    // Paywalled pages wrap the article's paragraphs in boxes for subscribers; only boxes that
    // ask to subscribe are furniture.
    String html = "<body><article><h1>Harbour Fees Rise</h1><div class='" + box + "'><p>" + LEAD
        + "</p></div><p>" + MIDDLE + "</p><p>" + FISHING + "</p><p>" + CLOSE + "</p>"
        + "<div class='subscribe-box'><p>Get unlimited access to every story on the harbour "
        + "from the first month for one dollar.</p></div></article></body>";
    assertThat(paragraphs(html)).containsExactly(LEAD, MIDDLE, FISHING, CLOSE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<blockquote class='pull-quote'>Carriers using the port, who handled more containers last "
          + "year than ever before.</blockquote>",
      "<div class='sqs-block quote-block'><figure><blockquote>“They would respond to the plan "
          + "within thirty days.”</blockquote></figure></div>",
      "<p><strong>“Who handled more containers last year than ever before.”</strong></p>"})
  void pullQuote_repeatingASentenceOfTheArticle_isDropped(String quote) {
    assertThat(paragraphs(page(quote))).containsExactlyElementsOf(expected());
  }

  @Test
  void sameParagraphTwice_staysTwice() {
    // an interview's question put to each guest is no pull-quote
    String question = "What made you start cooking for other people, and when did you begin?";
    String html = page("<h2>Ana</h2><p>" + question + "</p><p>" + BATHS.get(0) + "</p><h2>Tom</h2>"
        + "<p>" + question + "</p><p>" + BATHS.get(1) + "</p>");
    assertThat(paragraphs(html)).containsExactlyElementsOf(expected("Ana", question,
        BATHS.get(0), "Tom", question, BATHS.get(1)));
  }
}
