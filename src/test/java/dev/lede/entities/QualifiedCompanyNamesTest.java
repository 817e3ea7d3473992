package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QualifiedCompanyNamesTest {

  /**
   * The mentions after {@link QualifiedCompanyNames#apply} as "type:text" joined by "|", of a
   * body whose mentions are written in brackets with their type's letter ("[P Cheung Kong]").
   */
  private static String apply(String marked) {
    StringBuilder body = new StringBuilder();
    List<TypedMention> found = new ArrayList<>();
    int start = -1;
    EntityType type = null;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '[') {
        type = switch (marked.charAt(++i)) {
          case 'P' -> EntityType.PERSON;
          case 'C' -> EntityType.COUNTRY;
          default -> EntityType.ORGANIZATION;
        };
        i++; // the space after the letter
        start = body.length();
      } else if (c == ']') {
        found.add(new TypedMention(start, body.length(), type, null, null, false));
      } else {
        body.append(c);
      }
    }
    List<String> texts = new ArrayList<>();
    for (TypedMention m : QualifiedCompanyNames.apply(body.toString(), found)) {
      texts.add(m.type().name().charAt(0) + ":" + body.substring(m.start(), m.end()));
    }
    return String.join("|", texts);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "a unit of [O Varden Sachs] ([C Japan]) Corp said; O:Varden Sachs (Japan) Corp",
      "while [P Cheung Lam] (Holdings) [O Ltd] and [O Brisk Ltd] will; O:Cheung Lam (Holdings)"
          + " Ltd|O:Brisk Ltd",
      "a deal with E.D.F.Tessin (Sugar) Ltd under which; O:E.D.F.Tessin (Sugar) Ltd",
      "[C Canada] said E.H. Pellar Industries ([C Canada]) Inc would; C:Canada|"
          + "O:E.H. Pellar Industries (Canada) Inc",
  })
  void apply_companyWithAQualifierInParentheses_isOneOrganisation(String marked,
      String texts) {
    assertThat(apply(marked)).isEqualTo(texts);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // no legal form after the parenthesis
      "[O Varden Sachs] ([C Japan]) said; O:Varden Sachs|C:Japan",
      // a run of capitalised words longer than a name's: where it starts is unknown
      "[O Pellar Holdings Brisk Varden Tessin] (UK) Ltd; O:Pellar Holdings Brisk Varden Tessin",
      // a mention reaching out of the name
      "[O Varden Sachs (Japan) Corp and Pellar] said; O:Varden Sachs (Japan) Corp and Pellar",
  })
  void apply_otherwise_leavesTheMentions(String marked, String texts) {
    assertThat(apply(marked)).isEqualTo(texts);
  }
}
