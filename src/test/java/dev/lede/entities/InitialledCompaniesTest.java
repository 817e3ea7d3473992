package dev.lede.entities;

import static dev.lede.entities.StageFixtures.mentions;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class InitialledCompaniesTest {

  private static InitialledCompanies companies;

  @BeforeAll
  static void load() {
    companies = new InitialledCompanies(StageFixtures.gazetteer());
  }

  private static List<String> apply(String body, String... typed) {
    return show(body, companies.apply(body, mentions(body, typed)));
  }

  @Test
  void apply_foundersInitialsBeforeACompanyWithItsLegalForm_openTheName() {
    assertThat(apply("The offer was managed by J.K. Varnum and Co Inc, the broker said.",
        "Varnum and Co Inc@ORGANIZATION"))
        .containsExactly("ORGANIZATION:J.K. Varnum and Co Inc");
    assertThat(apply("Shares of R.T. Oldacre Group Inc rose; A.B.C. Tessin Corp fell.",
        "Oldacre Group Inc@ORGANIZATION", "Tessin Corp@ORGANIZATION"))
        .containsExactly("ORGANIZATION:R.T. Oldacre Group Inc", "ORGANIZATION:A.B.C. Tessin Corp");
  }

  @Test
  void apply_placeInitialsNoLegalFormOrAMentionThere_leaveTheName() {
    // a listed place's initials say where the company is
    assertThat(apply("Its U.S. Orvana Holdings Inc unit grew.", "Orvana Holdings Inc@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Orvana Holdings Inc");
    // no legal form: a person's initials as often
    assertThat(apply("The letter from J.K. Varnum Associates came.",
        "Varnum Associates@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Varnum Associates");
    // a place's initials ending a sentence
    assertThat(apply("He left for the U.K. Varnum Corp stayed.", "Varnum Corp@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Varnum Corp");
  }
}
