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

/**
 * Tests each rule of {@link HtmlExtractor} that chooses the article's box (paragraph scores, class
 * weights, the climb to a parent, siblings that join, the strict and the lenient pass), with a
 * small invented page that comes out differently without the rule (or with its threshold moved
 * by one).
 */
final class HtmlExtractorScoringRulesTest {

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
  void classWeight_positiveNameAlone_givesTheArticleTheLead() {
    // The article's box, 18 unweighted, gains 25 for "story" (or "main" as an id) and beats the
    // listing's 26, which then stays out.
    assertThat(paragraphs(competing("class='box'", "class='story'")))
        .containsExactly(LEAD, MIDDLE, FISHING);
    assertThat(paragraphs(competing("id='box'", "id='main'")))
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

  /** Three paragraphs of 51-58 chars with two commas: each scores 3 too; 165 chars together. */
  private static final List<String> BUSES = List.of(
      "Swimmers, the council said, may use the pool in Eastfield.",
      "Buses to Eastfield, it said, will run every half hour.",
      "Season tickets, it added, will be refunded in full.");

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

  /** A page with the four paragraphs of {@link HtmlRulePages#BATHS} in a box and {@code sibling} after it. */
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
  @Test
  void withSiblings_nextStoryUnderItsOwnHeadline_doesNotJoin() {
    // Pages that scroll on to the next story put it in an <article> of the same class beside
    // the one the title names.
    String harbour = "<article class='story'><h2>Harbour Fees Rise</h2>"
        + ps(List.of(LEAD, MIDDLE, FISHING, CLOSE)) + "</article>";
    String html = "<html><head><title>Mill Lane Baths</title></head><body><div>"
        + "<article class='story'><h1>Mill Lane Baths</h1>" + ps(BATHS) + "</article>" + harbour
        + "</div></body></html>";
    assertThat(paragraphs(html)).containsExactlyElementsOf(BATHS);
    // Parts of one story without their own headline (a live blog's posts) still join.
    String post = "<article class='story'>" + ps(List.of(LEAD, MIDDLE)) + "</article>";
    String live = "<html><head><title>Mill Lane Baths</title></head><body><div>"
        + "<article class='story'><h1>Mill Lane Baths</h1>" + ps(BATHS) + "</article>" + post
        + "</div></body></html>";
    assertThat(paragraphs(live)).containsExactlyElementsOf(concat(BATHS, List.of(LEAD, MIDDLE)));
    // ... and so do sections of one story under their subheadings.
    String section = "<section class='story'><h2>Opening hours</h2>" + ps(List.of(LEAD, MIDDLE))
        + "</section>";
    String sections = "<html><head><title>Mill Lane Baths</title></head><body><div>"
        + "<section class='story'><h1>Mill Lane Baths</h1>" + ps(BATHS) + "</section>" + section
        + "</div></body></html>";
    assertThat(paragraphs(sections))
        .containsExactlyElementsOf(concat(BATHS, List.of("Opening hours", LEAD, MIDDLE)));
  }
}
