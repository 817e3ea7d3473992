package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class JoinedNamesTest {

  /**
   * The mention texts after {@link JoinedNames#split}, joined by "|", of a body whose
   * organisations are written in brackets ("[Okafor Group] said").
   */
  private static String split(String marked) {
    return run(marked, JoinedNames::split);
  }

  /** The mention texts a stage gives for a body marked as {@link #split}'s, joined by "|". */
  private static String run(String marked,
      BiFunction<String, List<TypedMention>, List<TypedMention>> stage) {
    return StageFixtures.afterStage(marked, EntityType.ORGANIZATION, stage);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a capitalised "The" opens a second name
      "a blow to [Brisk Machine and The Carlyle Group]; Brisk Machine|The Carlyle Group",
      // each side ends in a head and the right one opens with a word of its own
      "crews from [Palmer Fire Department and Ridge Central Fire Department] came;"
          + " Palmer Fire Department|Ridge Central Fire Department",
      "[Velmora Holdings Ltd. and Kesmark Mining Corp.] agreed;"
          + " Velmora Holdings Ltd.|Kesmark Mining Corp.",
      // the text names each side on its own
      "[Keller Defenders and Center for Marine Life] sued. The [Keller Defenders] said the"
          + " [Center for Marine Life] would;"
          + " Keller Defenders|Center for Marine Life|Keller Defenders|Center for Marine Life",
      "[Tessin Semiconductor and Norrvik Micro] signed. [Tessin Semiconductor Co.] and"
          + " [Norrvik Micro Corp.] said; Tessin Semiconductor|Norrvik Micro|"
          + "Tessin Semiconductor Co.|Norrvik Micro Corp.",
  })
  void split_twoWholeNames_areTwoMentions(String marked, String texts) {
    assertThat(split(marked)).isEqualTo(texts);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "the [Fish and Wildlife Service] said; Fish and Wildlife Service",
      "the [First National Bank and Trust Company] said; First National Bank and Trust Company",
      "the [Okafor and Nowak Group] said; Okafor and Nowak Group",
      "the [Board of Agriculture and Conservation] met; Board of Agriculture and Conservation",
      "the [Bill and Greta Okafor Foundation] gave; Bill and Greta Okafor Foundation",
      // one side named alone is not enough
      "the [Wildlife Service] and the [Fish and Wildlife Service]; Wildlife Service|"
          + "Fish and Wildlife Service",
      // three names or more are left as they are
      "[Okafor Group and Nowak Group and The Lin Group]; Okafor Group and Nowak Group and The"
          + " Lin Group",
  })
  void split_oneNameWithAnAnd_staysWhole(String marked, String texts) {
    assertThat(split(marked)).isEqualTo(texts);
  }

  @Test
  void split_sideWrittenAloneElsewhere_joinsThatMention() {
    String body = "The Carlyle Group bought it. A blow to Brisk Machine and The Carlyle Group.";
    int joined = body.indexOf("Brisk");
    List<TypedMention> out = JoinedNames.split(body, List.of(
        new TypedMention(0, 17, EntityType.ORGANIZATION, "Carlyle Group", null, false),
        new TypedMention(joined, body.length() - 1, EntityType.ORGANIZATION, null, null, false)));

    assertThat(out).extracting(TypedMention::canonical)
        .containsExactly("Carlyle Group", null, "Carlyle Group");
  }

  /** As {@link #split}, through {@link JoinedNames#join}. */
  private static String join(String marked) {
    return run(marked, JoinedNames::join);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // capitalised words that no mention covers before "and" and a company's name
      "Shares of Varden Telephone and [Telegraph Co] rose; Varden Telephone and Telegraph Co",
      "a unit of British and [Commonwealth Freight Plc] said; British and Commonwealth Freight Plc",
      "the Harlow Savings and [Loan Insurance Corp.] paid; Harlow Savings and Loan Insurance Corp.",
      // a word or two of a trade before "and" and a head
      "the House Ways and [Means Committee] voted; House Ways and Means Committee",
      // a right side of heads and a legal form alone continues the name before it
      "[Harlow County Bank] and [Trust Co] said; Harlow County Bank and Trust Co",
      "a director of [Ostwick Exchange Bank] and [Trust Ltd] of Anguilla;"
          + " Ostwick Exchange Bank and Trust Ltd",
  })
  void join_companysNameCutAtItsAnd_isOneMention(String marked, String texts) {
    assertThat(join(marked)).isEqualTo(texts);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // two companies
      "[Velmora Holdings Ltd.] and [Kesmark Mining Corp.] agreed; Velmora Holdings Ltd.|"
          + "Kesmark Mining Corp.",
      // the last member of a list
      "rivals Pellar, Brisk and [Tessin Corp] cut prices; Tessin Corp",
      // a day, or words in lower case, before the "and"
      "said on Monday and [Tessin Corp] agreed; Tessin Corp",
      "the bank and [Trust Co] said; Trust Co",
      // a legal form ends the name before the "and"
      "Pellar Holdings Ltd and [Tessin Corp] agreed; Tessin Corp",
      // three words or more before "and" and a head without a legal form: two parties as
      // often as one name
      "parties (Tessin Varden Kachchi and [All Pellar Tamil Congress]); All Pellar Tamil Congress",
      // one word of heads on the right
      "the [House] and [Senate] voted; House|Senate",
  })
  void join_otherwise_leavesTheMentions(String marked, String texts) {
    assertThat(join(marked)).isEqualTo(texts);
  }
}
