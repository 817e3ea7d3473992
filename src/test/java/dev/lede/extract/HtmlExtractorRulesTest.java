package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests each rule of {@link HtmlExtractor} that keeps or drops a block, with a small invented page
 * that comes out differently without the rule (or with its threshold moved by one).
 */
final class HtmlExtractorRulesTest {

  private static final String LEAD = "The harbour board met on Tuesday evening and agreed, after a "
      + "long debate, to raise the fees it charges for berths by four percent from April.";
  private static final String MIDDLE = "Carriers using the port, who handled more containers last "
      + "year than ever before, said they would respond to the plan within thirty days.";
  private static final String FISHING = "Fishing crews, who pay a lower rate, will not see their "
      + "fees change this year, though the board said it would look at them again in the autumn.";
  private static final String CLOSE = "The board will publish the full plan, with the new fees for "
      + "every berth, on its website next week.";

  /** An article of four paragraphs (over 500 chars) with {@code inner} after the second. */
  private static String page(String inner) {
    return "<html><head><title>Harbour Fees Rise</title></head><body><article>"
        + "<h1>Harbour Fees Rise</h1><p>" + LEAD + "</p><p>" + MIDDLE + "</p>" + inner
        + "<p>" + FISHING + "</p><p>" + CLOSE + "</p></article></body></html>";
  }

  /** The paragraphs expected from {@link #page} with {@code kept} as what {@code inner} gives. */
  private static List<String> expected(String... kept) {
    List<String> out = new ArrayList<>(List.of(LEAD, MIDDLE));
    out.addAll(List.of(kept));
    out.addAll(List.of(FISHING, CLOSE));
    return out;
  }

  private static List<String> paragraphs(String html) {
    return Article.fromHtml(html).paragraphs();
  }

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

  /** A paragraph in a box whose class names page furniture: pruned in the strict pass only. */
  private static final String RELATED_BOX = "<p class='related'>The same board raised mooring "
      + "fees last year, by three percent, and the year before by two.</p>";

  @Test
  void prune_furnitureClass_dropsTheBox() {
    assertThat(paragraphs(page(RELATED_BOX))).containsExactlyElementsOf(expected());
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

  /**
   * One paragraph of 283 chars and 18 commas: it scores its box (26) above a plain box with the
   * article's three paragraphs (18), below an article element with them (28).
   */
  private static final String LISTING = "Deck chairs, parasols, towels, buckets, spades, kites, "
      + "nets, rods, reels, floats, hooks, lines, sinkers, lures, maps, hats, caps, cups and cool "
      + "boxes are sold at the kiosk on the quay, which opens daily from nine in the morning until "
      + "the last ferry leaves the harbour in the evening.";

  /** A page with the listing box and the article's box side by side, each in its own wrapper. */
  private static String competing(String listingAttrs, String articleAttrs) {
    return "<body><div><div " + listingAttrs + "><p>" + LISTING + "</p></div></div>"
        + "<div><div " + articleAttrs + "><p>" + LEAD + "</p><p>" + MIDDLE + "</p><p>" + FISHING
        + "</p></div></div></body>";
  }

  @Test
  void classWeight_negativeAndPositiveClassNames_decideTheWinner() {
    // Unweighted, the listing's box scores higher and the article joins it as a sibling.
    assertThat(paragraphs(competing("class='box'", "class='box2'")))
        .containsExactly(LISTING, LEAD, MIDDLE, FISHING);
    assertThat(paragraphs(competing("class='shopping'", "class='story'")))
        .containsExactly(LEAD, MIDDLE, FISHING);
    assertThat(paragraphs(competing("id='shopping'", "id='story'")))
        .containsExactly(LEAD, MIDDLE, FISHING);
  }

  @Test
  void classWeight_negativeNameAlone_losesTheListingItsLead() {
    assertThat(paragraphs(competing("class='shopping'", "class='box2'")))
        .containsExactly(LEAD, MIDDLE, FISHING);
  }

  @Test
  void initialScore_articleElementAndArticleBodyItemprop_scoreHigher() {
    String article = "<body><div><div class='box'><p>" + LISTING + "</p></div></div><div>"
        + "<article><p>" + LEAD + "</p><p>" + MIDDLE + "</p><p>" + FISHING + "</p></article>"
        + "</div></body>";
    assertThat(paragraphs(article)).containsExactly(LEAD, MIDDLE, FISHING);
    assertThat(paragraphs(competing("class='box'", "itemprop='articleBody'")))
        .containsExactly(LEAD, MIDDLE, FISHING);
  }

  @Test
  void isParagraph_divsHoldingTextDirectly_scoreTheirContainer() {
    // The story's paragraphs are divs; the weather box after it is no part of it.
    String html = "<body><div id='story'><div>" + LEAD + "</div><div>" + MIDDLE + "</div><div>"
        + FISHING + "</div><div>" + CLOSE + "</div></div><div>Weather: 14 degrees and sunny</div>"
        + "</body>";
    assertThat(paragraphs(html)).containsExactly(LEAD, MIDDLE, FISHING, CLOSE);
  }

  /** Four paragraphs of 140-144 chars with one comma: each scores 3 (1, a comma, 1 per 100 chars). */
  private static final List<String> BATHS = List.of(
      "The town council voted on Monday night to close the old swimming baths on Mill Lane, which "
          + "have lost money every year since the roof was mended.",
      "Councillors said the building needs a new boiler and new pumps, and that the repairs would "
          + "cost more than the baths take in a decade of opening.",
      "A group of regular swimmers has asked the council to wait a year, and says it will raise "
          + "money for the boiler through a series of summer galas.",
      "The council will hold a public meeting about the closure at the town hall on the first "
          + "Thursday of next month, when the plans will be shown.");

  /** Three paragraphs of 51-58 chars with two commas: each scores 3 too; 165 chars together. */
  private static final List<String> BUSES = List.of(
      "Swimmers, the council said, may use the pool in Eastfield.",
      "Buses to Eastfield, it said, will run every half hour.",
      "Season tickets, it added, will be refunded in full.");

  private static String ps(List<String> texts) {
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      sb.append("<p>").append(t).append("</p>");
    }
    return sb.toString();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Test
  void topCandidate_articleSplitAcrossTwoBoxes_climbsToTheirParent() {
    // The box of four paragraphs scores 17 (5 + 4 x 3), the box of three 14; their parent 11.5
    // (5 + 12 / 6 + 9 / 2) beats the first box's own parent, 11 (5 + 12 / 2), which lies between:
    // the article is split, and the parent holds both halves. The second box alone (165 chars,
    // under 200) would not join as a sibling.
    String html = "<html><head><title>Mill Lane Baths</title></head><body><div><div><div>"
        + ps(BATHS) + "</div></div><div>" + ps(BUSES) + "</div></div></body></html>";
    assertThat(paragraphs(html)).containsExactlyElementsOf(concat(BATHS, BUSES));
  }

  /** A page with the four paragraphs of {@link #BATHS} in a box and {@code sibling} after it. */
  private static String besideBaths(String sibling) {
    return "<html><head><title>Mill Lane Baths</title></head><body><div>" + ps(BATHS) + "</div>"
        + sibling + "</body></html>";
  }

  @Test
  void withSiblings_paragraphOverEightyCharsWithoutFullStop_joins() {
    String eighty = "Opening hours at the Eastfield pool change from the first Monday in the new year";
    String eightyOne = eighty.replace("new", "next");
    assertThat(eighty).hasSize(80);
    assertThat(eightyOne).hasSize(81);
    assertThat(paragraphs(besideBaths("<p>" + eighty + "</p>"))).containsExactlyElementsOf(BATHS);
    assertThat(paragraphs(besideBaths("<p>" + eightyOne + "</p>")))
        .containsExactlyElementsOf(concat(BATHS, List.of(eightyOne)));
  }

  @Test
  void withSiblings_sentenceOfEightyCharsWithoutLinks_joins() {
    String sentence = "Opening hours at the Eastfield pool alter from the first Monday in the new year.";
    assertThat(sentence).hasSize(80);
    assertThat(paragraphs(besideBaths("<p>" + sentence + "</p>")))
        .containsExactlyElementsOf(concat(BATHS, List.of(sentence)));
    // The same with a link in it is a link stub.
    assertThat(paragraphs(besideBaths("<p>Opening hours at the <a href='/e'>Eastfield pool</a> "
        + "alter from the first Monday.</p>"))).containsExactlyElementsOf(BATHS);
  }

  @Test
  void withSiblings_paragraphOfAQuarterLinkText_staysOut() {
    // 100 chars, 25 of them link text: a sibling joins only with less than a quarter.
    String quarter = "The <a href='/e'>pool in an Eastfield park</a> stays open late on Fridays "
        + "and on Saturdays in the summer months, too.";
    String text = "The pool in an Eastfield park stays open late on Fridays and on Saturdays in "
        + "the summer months, too.";
    assertThat(text).hasSize(100);
    assertThat("pool in an Eastfield park").hasSize(25);
    assertThat(paragraphs(besideBaths("<p>" + quarter + "</p>"))).containsExactlyElementsOf(BATHS);
    String less = quarter.replace("<a href='/e'>pool in an ", "pool in <a href='/e'>an ");
    assertThat(paragraphs(besideBaths("<p>" + less + "</p>")))
        .containsExactlyElementsOf(concat(BATHS, List.of(text)));
  }

  /** Two paragraphs of 100 chars: a box of them is 201 chars of text (with the space between). */
  private static final String POOL = "The pool at Eastfield, a short bus ride away, stays open "
      + "late on Fridays and on Saturdays in summer.";
  private static final String LOCKERS = "Lockers at the Mill Lane baths will be emptied by council "
      + "staff, who will keep anything left inside.";

  @Test
  void withSiblings_boxOfTwoParagraphsOverTwoHundredChars_joins() {
    assertThat(POOL).hasSize(100);
    assertThat(LOCKERS).hasSize(100);
    assertThat(paragraphs(besideBaths("<div><p>" + POOL + "</p><p>" + LOCKERS + "</p></div>")))
        .containsExactlyElementsOf(concat(BATHS, List.of(POOL, LOCKERS)));
    // One char less: 200 chars are not enough.
    String shorter = LOCKERS.replace("inside.", "inside");
    assertThat(paragraphs(besideBaths("<div><p>" + POOL + "</p><p>" + shorter + "</p></div>")))
        .containsExactlyElementsOf(BATHS);
    // A box of one paragraph is not more of the article, however long.
    assertThat(paragraphs(besideBaths("<div><p>" + POOL + " " + LOCKERS + "</p></div>")))
        .containsExactlyElementsOf(BATHS);
  }

  @Test
  void withSiblings_boxOfAQuarterLinkText_staysOut() {
    // 240 chars of text (100 + 100 + 38 and two spaces), 60 of them in links (22 + 38).
    String lessons = "Swimming lessons move there from June.";
    String box = "<div><p>" + POOL.replace("The pool at Eastfield,",
        "<a href='/p'>The pool at Eastfield,</a>") + "</p><p>" + LOCKERS + "</p><p><a href='/s'>"
        + lessons + "</a></p></div>";
    assertThat(lessons).hasSize(38);
    assertThat(paragraphs(besideBaths(box))).containsExactlyElementsOf(BATHS);
    String fewer = box.replace("<a href='/s'>" + lessons + "</a>", lessons);
    assertThat(paragraphs(besideBaths(fewer)))
        .containsExactlyElementsOf(concat(BATHS, List.of(POOL, LOCKERS, lessons)));
  }

  @Test
  void isInlineOnly_divOrSectionOfTextAlone_joinsAsAParagraph() {
    String sentence = "Season tickets bought this year will be refunded.";
    assertThat(paragraphs(besideBaths("<div>Season tickets <b>bought this year</b> will be "
        + "refunded.</div>"))).containsExactlyElementsOf(concat(BATHS, List.of(sentence)));
    assertThat(paragraphs(besideBaths("<section>" + sentence + "</section>")))
        .containsExactlyElementsOf(concat(BATHS, List.of(sentence)));
  }

  @Test
  void isInlineOnly_boxHoldingABlockOrAHeading_isNoParagraph() {
    // A box holding one paragraph of 100 chars is neither a paragraph nor a box of two.
    assertThat(paragraphs(besideBaths("<div><p>" + POOL + "</p></div>")))
        .containsExactlyElementsOf(BATHS);
    assertThat(paragraphs(besideBaths("<h3>What happens to the lockers?</h3>")))
        .containsExactlyElementsOf(BATHS);
  }

  /** Two boxes side by side, each in a wrapper of its own, so that neither joins the other. */
  private static String twoBoxes(String first, String second) {
    return "<html><head><title>Mill Lane Baths</title></head><body><div><div>" + first
        + "</div></div><div><div>" + second + "</div></div></body></html>";
  }

  @Test
  void topCandidate_equalScores_firstBoxInThePageWins() {
    // Each box: 5 + one paragraph of 3 (two commas, under 100 chars).
    assertThat(paragraphs(twoBoxes("<p>" + BUSES.get(0) + "</p>", "<p>" + BUSES.get(1) + "</p>")))
        .containsExactly(BUSES.get(0));
  }

  @Test
  void topCandidate_paragraphOfTwentyFiveChars_scores() {
    // The second box's 25-char paragraph (score 1) breaks the tie of two boxes of 8.
    String berths = "Berth fees rise in April.";
    assertThat(berths).hasSize(25);
    assertThat(paragraphs(twoBoxes("<p>" + BUSES.get(1) + "</p>",
        "<p>" + berths + "</p><p>" + BUSES.get(0) + "</p>")))
        .containsExactly(berths, BUSES.get(0));
    // The same as a div holding its text directly.
    assertThat(paragraphs(twoBoxes("<p>" + BUSES.get(1) + "</p>",
        "<div>" + berths + "</div><p>" + BUSES.get(0) + "</p>")))
        .containsExactly(berths, BUSES.get(0));
  }

  @Test
  void topCandidate_longParagraphsScoreByTheirLength() {
    // Two paragraphs of 200-299 chars without commas score 3 each (box: 11); three of under
    // 100 chars score 1 each (box: 8).
    String ferry = "The ferry company said that the new fees would be passed on to passengers from "
        + "the start of the summer timetable and that the price of a return ticket to the islands "
        + "would rise by one pound for adults and fifty pence for children.";
    String channel = "The harbour master said that the money raised would pay for dredging the "
        + "approach channel which has silted up since the storms of last winter and which large "
        + "ships can now use only at high tide on calm days in the spring.";
    String shorts = "<p>Parking on the quay is free after six.</p><p>The cafe by the slipway stays "
        + "open.</p><p>Buses stop at the harbour gate hourly.</p>";
    assertThat(paragraphs(twoBoxes(shorts, "<p>" + ferry + "</p><p>" + channel + "</p>")))
        .containsExactly(ferry, channel);
  }

  @Test
  void topCandidate_parentBeyondFiveLevelsOrScoringAsTheLastOne_isNotClimbedTo() {
    // The paragraphs score their first five ancestors only: the box (17), then 11, 7, 6.33 and
    // 6 (5 + 12 / 12). The sixth, which also holds a short paragraph (score 2, one comma), gets
    // 5 + 2 / 2 = 6 from it alone: no more than the fifth, so the climb stops below it and the
    // short paragraph stays out.
    String html = "<html><head><title>Mill Lane Baths</title></head><body><div><div><div><div>"
        + "<div><div>" + ps(BATHS) + "</div></div></div></div></div>"
        + "<div><p>Until then, the baths open as usual.</p></div></div></body></html>";
    assertThat(paragraphs(html)).containsExactlyElementsOf(BATHS);
  }

  @Test
  void isParagraph_headingsDoNotScoreTheirBox() {
    // Six headlines with two commas each would score their box 23, above the article's 14 (three
    // paragraphs of 3, 165 chars: too short to join the headlines' box as a sibling).
    String headlines = "<h3>Pools, gyms and parks: the council's plans, in full</h3>"
        + "<h3>Buses, trams and trains: what changes, and when</h3>"
        + "<h3>Schools, libraries and halls: the new opening hours, listed</h3>"
        + "<h3>Parks, gardens and allotments: who pays, and how much</h3>"
        + "<h3>Roads, bridges and paths: the repairs, street by street</h3>"
        + "<h3>Bins, recycling and tips: new days, new rules</h3>";
    assertThat(paragraphs(twoBoxes(headlines, ps(BUSES)))).containsExactlyElementsOf(BUSES);
  }

  @Test
  void ownText_textInsideInlineElements_scoresItsParagraph() {
    StringBuilder emphasised = new StringBuilder();
    for (String p : BATHS) {
      emphasised.append("<p><em>").append(p).append("</em></p>");
    }
    // 17 against the plain box's 14.
    assertThat(paragraphs(twoBoxes(ps(BUSES), emphasised.toString())))
        .containsExactlyElementsOf(BATHS);
  }

  @Test
  void extract_bodyOfFiveHundredChars_isNotTriedAgainWithoutClassPatterns() {
    String five = "The board will publish its plan, with every fee, on its website next week.";
    String four = five.replace("every", "each");
    String page = "<html><head><title>Harbour Fees Rise</title></head><body><article>"
        + "<h1>Harbour Fees Rise</h1><p>" + LEAD + "</p><p>" + MIDDLE + "</p><p>" + FISHING
        + "</p>" + RELATED_BOX + "<p>%s</p></article></body></html>";
    assertThat(Article.fromHtml(page.formatted(five)).body()).hasSize(500);
    assertThat(paragraphs(page.formatted(five))).containsExactly(LEAD, MIDDLE, FISHING, five);
    // 499 chars: the lenient pass keeps the related box too, and is longer.
    assertThat(paragraphs(page.formatted(four))).containsExactly(LEAD, MIDDLE, FISHING,
        "The same board raised mooring fees last year, by three percent, and the year before "
            + "by two.", four);
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

  /** Five paragraphs of under 100 chars with one comma: each scores 2. */
  private static final List<String> HISTORY = List.of(
      "The baths on Mill Lane opened in 1931, and were last refitted in 1987.",
      "Their main pool is 25 metres long, and was once used for county galas.",
      "The council says they now cost too much to run, in a report published today.",
      "Swimmers who use the baths every morning are unhappy, many of them retired.",
      "A decision on the closure is due at the next full meeting, in two weeks.");

  @Test
  void topCandidate_parentScoringAThirdOfTheBest_isClimbedThrough() {
    // The box scores 15 (5 + 5 x 2); the span around it, which has no score of its own, 5
    // (10 / 2): exactly a third, not less, so the climb goes on through it to the div, 6.67
    // (5 + 10 / 6), which beats it and holds the credit line too.
    String html = "<html><head><title>Mill Lane Baths</title></head><body><h1>Mill Lane Baths</h1>"
        + "<div><span><div>" + ps(HISTORY) + "</div></span><p>Photographs: Mill Lane archive</p>"
        + "</div></body></html>";
    assertThat(paragraphs(html))
        .containsExactlyElementsOf(concat(HISTORY, List.of("Photographs: Mill Lane archive")));
  }

  @Test
  void withSiblings_sameClassAsAWinnerWithoutScore_doesNotJoin() {
    // The winner gives way to its lone-child ancestors up to a box six levels above the
    // paragraphs, which has no score (only five levels are scored): a box of the same class
    // beside it is then judged as any other box, and one paragraph of 89 chars is not enough.
    String more = "The baths will keep their Saturday opening hours for children until the end of "
        + "the summer";
    String html = "<html><head><title>Mill Lane Baths</title></head><body><h1>Mill Lane Baths</h1>"
        + "<div><div class='part'><div><div><div><div><div>" + ps(BATHS) + "</div></div></div>"
        + "</div></div></div><div class='part'><p>" + more + "</p></div></div></body></html>";
    assertThat(paragraphs(html)).containsExactlyElementsOf(BATHS);
    // Beside a winner that scored, the same box joins as a paragraph would.
    String scored = "<html><head><title>Mill Lane Baths</title></head><body><h1>Mill Lane Baths"
        + "</h1><div><div class='part'>" + ps(BATHS) + "</div><div class='part'><p>" + more
        + "</p></div></div></body></html>";
    assertThat(paragraphs(scored)).containsExactlyElementsOf(concat(BATHS, List.of(more)));
  }

  @Test
  void withSiblings_paragraphOfOneCharEndingASentence_joins() {
    // An ellipsis marking a cut between excerpts: its only char ends a sentence.
    assertThat(paragraphs(besideBaths("<p>\u2026</p>")))
        .containsExactlyElementsOf(concat(BATHS, List.of("\u2026")));
    assertThat(paragraphs(besideBaths("<p>x</p>"))).containsExactlyElementsOf(BATHS);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"?|true", "x|false", "'Done. '|true", "' ?'|true",
      "''|false", "'  '|false"})
  void endsLikeSentence_lastVisibleCharDecides(String text, boolean expected) {
    assertThat(HtmlExtractor.endsLikeSentence(text)).isEqualTo(expected);
  }

  private static final String LIBRARY = "The town library will close for a month from Monday "
      + "while builders fix the leaking roof above the reading room and mend the stairs which "
      + "lead to the local archives.";

  /**
   * A page whose one-paragraph article (under 500 chars) stands beside a box of three paragraphs
   * that only the lenient pass keeps ("extra" is a furniture class), and where it wins.
   */
  private static String besideExtraBox(String lastOfBox) {
    return "<html><head><title>Library Closes</title></head><body><div><p>" + LIBRARY
        + "</p></div><div class='extra'><p>Books due back in March, the staff said, can wait.</p>"
        + "<p>The mobile library, which visits the villages, runs as usual.</p><p>" + lastOfBox
        + "</p></div></body></html>";
  }

  @Test
  void extract_lenientPassOfTheSameLength_doesNotReplaceTheStrictOne() {
    String last = "Readers can borrow, renew and return books there.";
    assertThat(Article.fromHtml(besideExtraBox(last)).body()).hasSize(164);
    assertThat(LIBRARY).hasSize(164);

    assertThat(paragraphs(besideExtraBox(last))).containsExactly(LIBRARY);
    // one char longer: the lenient pass's text wins
    String longer = "Readers can borrow, renew and return books there!!";
    assertThat(paragraphs(besideExtraBox(longer))).containsExactly(
        "Books due back in March, the staff said, can wait.",
        "The mobile library, which visits the villages, runs as usual.", longer);
  }
}
