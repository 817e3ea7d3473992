package dev.lede.extract;

import static dev.lede.extract.PageTextExtractorTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link Article#fromHtml} on pages with the usual boilerplate around the article. */
final class HtmlExtractorTest {

  @Test
  void fromHtml_pageWithChrome_keepsOnlyArticleParagraphs() throws IOException {
    Article a = Article.fromHtml(resource("html/chrome-page.html"));

    assertThat(a.title()).isEqualTo("Library Extends Opening Hours Across Three Branches");
    assertThat(a.byline()).isEqualTo("Hannah Ostrowski");
    assertThat(a.section()).isEqualTo("Local");
    assertThat(a.publishedAt()).isEqualTo("2024-04-09T07:45:00Z");
    assertThat(a.url()).isEqualTo("https://ledger.example/local/library-hours");
    assertThat(a.statedReadingMinutes()).isNull();
    assertThat(a.imageCount()).as("article images, not the ad's or a tracking pixel").isEqualTo(2);
    assertThat(a.paragraphs()).containsExactly(
        "The city library will stay open until nine in the evening on weekdays at its three "
            + "largest branches from next month, after a year in which visits after work rose "
            + "faster than at any other time of day.",
        "Librarians said students and shift workers had asked for the change in a survey last "
            + "autumn, and that the extra hours will be covered by moving staff from quieter "
            + "morning slots rather than by hiring.",
        "What changes for readers",
        "Borrowers will also be able to collect reserved books from a self-service locker at "
            + "the central branch, which opens at six in the morning, well before the doors do.",
        "The pilot runs for six months.",
        "A decision on whether to keep the longer hours will be made in the autumn, once the "
            + "library has counted how many people actually come in after seven.");
    assertThat(a.body()).doesNotContain("cookies", "Accept", "Facebook", "Advertisement",
        "Photo: Ledger staff", "Related stories", "Council budget vote", "Tags", "Comments",
        "late shifts", "Most read", "Storm damages", "All rights reserved", "Opinion",
        "Have a tip");
  }

  @Test
  void fromHtml_linkHeavyBlockScoringHigherThanTheArticle_losesByItsLinkDensity()
      throws IOException {
    // Six headline-and-blurb items, 40% link text, with more commas and text than the article:
    // only the link-density discount keeps them out, and only the halving of the score for
    // grandparents keeps the page's body element from winning with both.
    Article a = Article.fromHtml(resource("html/link-heavy-page.html"));

    assertThat(a.title()).isEqualTo("Quarry Lake Opens for Summer Swimming");
    assertThat(a.paragraphs()).containsExactly(
        "The flooded quarry north of the town opened for swimming on Saturday, after the council "
            + "tested the water every week since April and found it clean, cold and, at its "
            + "deepest, forty metres down.",
        "Lifeguards will watch the roped area from ten until six, seven days a week, and a small "
            + "kiosk by the car park hires out wetsuits, towels and, for the brave, goggles with a "
            + "torch.",
        "Divers are not allowed, the council said, because old machinery still lies on the floor "
            + "of the pit, and two signs at the gate warn visitors, in four languages, to keep out "
            + "of the far end.",
        "Parking costs two pounds a day, and a bus from the station stops at the gate every hour.");
  }

  @Test
  void fromHtml_articleSplitAcrossSiblings_joinsOnlyThoseThatReadAsArticle() throws IOException {
    // Joined: a long paragraph with few links, a short full sentence, a div of the winner's
    // class. Not joined: a label, a paragraph that is mostly a link, a one-paragraph box of
    // another kind. Never: a hidden element.
    Article a = Article.fromHtml(resource("html/split-article-page.html"));

    assertThat(a.title()).isEqualTo("Night Buses Return to the Valley Towns");
    assertThat(a.paragraphs()).containsExactly(
        "Night buses will run again between the valley towns from the first weekend of May, the "
            + "transport board said on Tuesday, after a gap of almost three years.",
        "The service was cut when the operator lost half its drivers, and the board has since "
            + "trained forty new ones, most of them from the towns along the route.",
        "Buses will leave the central square every hour from midnight until five, stopping at "
            + "the hospital, the station and, on request, at the three villages in between.",
        "Fares will be the same as in the day, and weekly passes will be valid at night too.",
        "Shift workers at the hospital, who petitioned for the return of the night route, "
            + "welcomed the news on Tuesday evening.",
        "Nobody else did.",
        "The board said it would review the timetable in the autumn, once it knows how many "
            + "passengers actually use the buses after midnight on weekdays.");
  }

  @Test
  void fromHtml_blogPage_dropsWidgetsBioNavigationCommentsAndCredits() throws IOException {
    Article a = Article.fromHtml(resource("html/blog-page.html"));

    assertThat(a.title()).isEqualTo("Five Quiet Trails for an Autumn Walk");
    assertThat(a.byline()).isEqualTo("Mira Solberg");
    assertThat(a.publishedAt()).isEqualTo("2023-10-14T08:00:00Z");
    assertThat(a.statedReadingMinutes()).isEqualTo(3);
    assertThat(a.imageCount()).as("the picture in the caption box").isEqualTo(1);
    assertThat(a.paragraphs()).containsExactly(
        "When the summer crowds have gone home, the hills are at their best, and these five "
            + "trails are the ones I come back to every year.",
        "The first is the old drovers' road above the reservoir, which is wide, gentle and "
            + "lined with birches that turn gold in the second week of October.",
        "Bring the right boots",
        "Two of the paths cross boggy ground after rain, so waterproof boots make the difference "
            + "between a pleasant morning and a miserable one.",
        "The reservoir loop, about seven kilometres, mostly flat.",
        "The beech hanger, short but steep, with a bench at the top.",
        "Whichever you choose, start early.");
    assertThat(a.body()).doesNotContain("sunrise", "Share this", "Like", "About Mira",
        "Previous post", "thoughts on", "Lovely list", "Leave a Reply", "Recent Posts",
        "Proudly powered", "Home");
  }

  @Test
  void fromHtml_articleInWrapperWithBoilerplateClass_isStillFound() {
    String html = "<body><div class='wrap has-share-bar'><h1>Bridge Reopens</h1>"
        + "<p>The old bridge reopened to cars on Friday after a year of repairs, the council "
        + "said.</p><p>Cyclists will get their own lane from next month.</p>"
        + "<p>Tolls will not return.</p></div><div class='sidebar'><a href='/'>More</a></div>"
        + "</body>";
    assertThat(Article.fromHtml(html).paragraphs()).containsExactly(
        "The old bridge reopened to cars on Friday after a year of repairs, the council said.",
        "Cyclists will get their own lane from next month.", "Tolls will not return.");
  }

  @Test
  void fromHtml_jsonLd_givesMetadataAndBreaksSplitParagraphs() throws IOException {
    Article a = Article.fromHtml(resource("html/jsonld-page.html"));

    assertThat(a.title()).isEqualTo("Orchard Growers Report Early Blossom After Mild Winter");
    assertThat(a.byline()).isEqualTo("Ines Kowal, Dev Patel");
    assertThat(a.section()).isEqualTo("Agriculture");
    assertThat(a.publishedAt()).isEqualTo("2024-03-18T06:00:00+01:00");
    assertThat(a.url()).isEqualTo("https://farm.example/orchards/early-blossom");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.paragraphs().get(3)).isEqualTo("Growers will meet at the cooperative hall next "
        + "week to share equipment and plan for cold nights.");
    assertThat(a.body()).doesNotContain("newsletter", "You may also like", "Hay prices",
        "Privacy", "Crops");
  }

  @Test
  void fromHtml_truncatedMalformedPage_keepsWhatArrived() throws IOException {
    Article a = Article.fromHtml(resource("html/truncated-page.html"));

    assertThat(a.title()).isEqualTo("Library Extends Opening Hours Across Three Branches");
    assertThat(a.body()).contains("The first paragraph survives",
        "A second paragraph opens without the first closing and a bold run that never ends");
  }

  @Test
  void fromHtml_articleBodyOnlyInJsonLd_usesIt() {
    String body = "The museum reopened its east wing on Sunday after two years of repairs. "
        + "Visitors queued around the block before the doors opened, and the first tours sold "
        + "out within an hour. Curators said the restored ceiling paintings were the main draw, "
        + "along with a new room for the museum's collection of maps and globes.";
    String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Museum Reopens East Wing\",\"articleBody\":\"" + body + "\"}</script>"
        + "</head><body><div id='app'></div><script>render()</script></body></html>";
    Article a = Article.fromHtml(html);
    assertThat(a.title()).isEqualTo("Museum Reopens East Wing");
    assertThat(a.body()).isEqualTo(body);
  }

  @Test
  void fromHtml_titleTagOnly_stripsSiteSuffix() {
    Article a = Article.fromHtml("<html><head><title>Rail Strike Called Off | The Daily Line"
        + "</title></head><body><p>The rail strike planned for Friday has been called off after "
        + "late talks, the union said on Thursday night.</p></body></html>");
    assertThat(a.title()).isEqualTo("Rail Strike Called Off");
    assertThat(a.paragraphs()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<meta property='article:published_time' content='2024-04-09T07:45:00+0000'>|"
          + "2024-04-09T07:45:00Z",
      "<meta name='pubdate' content='2024-04-09 07:45:00'>|2024-04-09T07:45:00",
      "<meta itemprop='datePublished' content='2024-04-09'>|2024-04-09",
      "<time datetime='2024-04-09T09:45:00+02:00'>9 April</time>|2024-04-09T09:45:00+02:00",
      "<meta name='date' content='Tue, 9 Apr 2024 07:45:00 GMT'>|2024-04-09T07:45:00Z",
      "<meta name='date' content='sometime last spring'>|"})
  void fromHtml_dateMarkup_isNormalisedToIso(String markup, String expected) {
    Article a = Article.fromHtml("<html><head>" + markup + "</head><body><p>A paragraph of "
        + "text, long enough to count as one.</p></body></html>");
    assertThat(a.publishedAt()).isEqualTo(expected);
  }

  @Test
  void fromHtml_bylineClassAndRelAuthor_areRead() {
    Article byClass = Article.fromHtml("<body><h1>Dam Inspection Finds Cracks</h1>"
        + "<div class='byline'>By Noor Haddad</div><p>Inspectors found small cracks in the old "
        + "dam, but engineers said there was no immediate danger to the town.</p></body>");
    Article byRel = Article.fromHtml("<body><h1>Dam Inspection Finds Cracks</h1>"
        + "<a rel='author' href='/n'>Noor Haddad</a><p>Inspectors found small cracks in the old "
        + "dam, but engineers said there was no immediate danger to the town.</p></body>");
    assertThat(List.of(byClass.byline(), byRel.byline())).containsOnly("Noor Haddad");
    assertThat(byClass.title()).isEqualTo("Dam Inspection Finds Cracks");
    assertThat(byClass.body()).doesNotContain("Noor", "Dam Inspection");
  }

  @Test
  void fromHtml_deeplyNestedPage_doesNotOverflowTheStack() {
    String html = "<div>".repeat(20_000) + "<p>Deep inside many boxes, the text is still found, "
        + "and kept.</p>";
    assertThat(Article.fromHtml(html).body()).contains("Deep inside many boxes");
  }

  @Test
  void fromHtml_readingTimeLabel_isStatedOnlyBeforeTheArticle() {
    String paragraph = "<p>The harbour wall was repaired overnight after the storm, and the ferry "
        + "service will run as normal from the morning, the port authority said.</p>";
    Article before = Article.fromHtml("<body><h1>Harbour Wall Repaired</h1>"
        + "<span class='read-time'>4 min read</span>" + paragraph + "</body>");
    Article teaserOnly = Article.fromHtml("<body><h1>Harbour Wall Repaired</h1>" + paragraph
        + "<div><a href='/x'>Ferry fares rise</a> <span>7 min read</span></div></body>");
    Article yoast = Article.fromHtml("<head>"
        + "<meta name='twitter:label1' content='Est. reading time'>"
        + "<meta name='twitter:data1' content='6 minutes'></head><body>" + paragraph + "</body>");
    assertThat(before.statedReadingMinutes()).isEqualTo(4);
    assertThat(before.body()).doesNotContain("min read");
    assertThat(teaserOnly.statedReadingMinutes()).isNull();
    assertThat(yoast.statedReadingMinutes()).isEqualTo(6);
  }

  @Test
  void fromHtml_bylineBoxWithHandleAndDate_keepsTheName() {
    Article a = Article.fromHtml("<body><div class='byline'>By Lena Marsh @lenamarsh Nov 18, 2019"
        + " at 9:24 pm ET • 2 min read</div><p>The city council approved the budget on Monday "
        + "after a long debate about road repairs and library hours.</p></body>");
    assertThat(a.byline()).isEqualTo("Lena Marsh");
  }
  @Test
  void fromHtml_bylineAndDateOnlyInTheTextBeforeTheArticle_areRead() {
    // Small sites declare neither in meta tags: the visible metadata line before the first
    // paragraph, in the forms fromPageText reads, names them; the same line after it does not.
    String paragraph = "<p>The harbour wall was repaired overnight after the storm, and the ferry "
        + "service will run as normal from the morning, the port authority said.</p>";
    Article line = Article.fromHtml("<body><h2>Harbour Wall Repaired</h2><div class='entry'>"
        + "Story by Alex Novak &bull; April 2, 2024 &bull; 3 min read</div>" + paragraph
        + "</body>");
    Article broken = Article.fromHtml("<body><font size='5'>Harbour Wall Repaired</font><br>"
        + "<font size='2'>By Ruth Becker<br>Tuesday, October 15, 2024</font><br><br>"
        + paragraph + "</body>");
    Article after = Article.fromHtml("<body><h2>Harbour Wall Repaired</h2>" + paragraph
        + "<div>Story by Alex Novak &bull; April 2, 2024</div></body>");
    assertThat(line.byline()).isEqualTo("Alex Novak");
    assertThat(line.publishedAt()).isEqualTo("2024-04-02");
    assertThat(broken.byline()).isEqualTo("Ruth Becker");
    assertThat(broken.publishedAt()).isEqualTo("2024-10-15");
    assertThat(after.byline()).isNull();
    assertThat(after.publishedAt()).isNull();
    // nor after a line of prose, in a page without paragraphs
    Article afterProse = Article.fromHtml("<body><h2>Harbour Wall Repaired</h2><div>"
        + paragraph.replace("<p>", "").replace("</p>", "").repeat(2) + "<br><br>Story by Alex "
        + "Novak &bull; April 2, 2024</div></body>");
    assertThat(afterProse.byline()).isNull();
  }
}
