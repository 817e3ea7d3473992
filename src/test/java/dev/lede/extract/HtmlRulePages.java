package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;

/** The invented articles and page builders shared by the {@link HtmlExtractor} rule tests. */
final class HtmlRulePages {

  private HtmlRulePages() {}

  static final String LEAD = "The harbour board met on Tuesday evening and agreed, after a "
      + "long debate, to raise the fees it charges for berths by four percent from April.";
  static final String MIDDLE = "Carriers using the port, who handled more containers last "
      + "year than ever before, said they would respond to the plan within thirty days.";
  static final String FISHING = "Fishing crews, who pay a lower rate, will not see their "
      + "fees change this year, though the board said it would look at them again in the autumn.";
  static final String CLOSE = "The board will publish the full plan, with the new fees for "
      + "every berth, on its website next week.";

  /** An article of four paragraphs (over 500 chars) with {@code inner} after the second. */
  static String page(String inner) {
    return "<html><head><title>Harbour Fees Rise</title></head><body><article>"
        + "<h1>Harbour Fees Rise</h1><p>" + LEAD + "</p><p>" + MIDDLE + "</p>" + inner
        + "<p>" + FISHING + "</p><p>" + CLOSE + "</p></article></body></html>";
  }

  /** The paragraphs expected from {@link #page} with {@code kept} as what {@code inner} gives. */
  static List<String> expected(String... kept) {
    List<String> out = new ArrayList<>(List.of(LEAD, MIDDLE));
    out.addAll(List.of(kept));
    out.addAll(List.of(FISHING, CLOSE));
    return out;
  }

  static List<String> paragraphs(String html) {
    return Article.fromHtml(html).paragraphs();
  }

  /** A paragraph in a box whose class names page furniture: pruned in the strict pass only. */
  static final String RELATED_BOX = "<p class='related'>The same board raised mooring "
      + "fees last year, by three percent, and the year before by two.</p>";

  /** Four paragraphs of 140-144 chars with one comma: each scores 3 (1, a comma, 1 per 100 chars). */
  static final List<String> BATHS = List.of(
      "The town council voted on Monday night to close the old swimming baths on Mill Lane, which "
          + "have lost money every year since the roof was mended.",
      "Councillors said the building needs a new boiler and new pumps, and that the repairs would "
          + "cost more than the baths take in a decade of opening.",
      "A group of regular swimmers has asked the council to wait a year, and says it will raise "
          + "money for the boiler through a series of summer galas.",
      "The council will hold a public meeting about the closure at the town hall on the first "
          + "Thursday of next month, when the plans will be shown.");

  static String ps(List<String> texts) {
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      sb.append("<p>").append(t).append("</p>");
    }
    return sb.toString();
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
