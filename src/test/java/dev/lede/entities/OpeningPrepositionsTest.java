package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class OpeningPrepositionsTest {

  private static final String STRIKES = "Near Tessama, three strikes destroyed a bunker.\n"
      + "Near Hamid Dulaim, one strike destroyed a tank.";

  /** Words and single punctuation marks, as the tokenizer splits "Tessama," in two. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  private static List<Token> tokens(String body) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(body);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end(), "X", m.group()));
    }
    return out;
  }

  private static TypedMention place(String body, String name) {
    int start = body.indexOf(name);
    return new TypedMention(start, start + name.length(), EntityType.LOCATION, null, null, false);
  }

  private static List<String> texts(String body, List<TypedMention> mentions) {
    List<String> texts = new ArrayList<>();
    for (TypedMention m : mentions) {
      texts.add(body.substring(m.start(), m.end()) + "/" + m.type());
    }
    return texts;
  }

  @Test
  void unfound_anotherLinesNameIsAPlace_addsTheBareName() {
    List<TypedMention> out = List.of(place(STRIKES, "Hamid Dulaim"));

    List<TypedMention> added = OpeningPrepositions.unfound(STRIKES, out,
        tokens(STRIKES));

    assertThat(texts(STRIKES, added)).containsExactly("Tessama/LOCATION");
  }

  @Test
  void unfound_noLinePlaced_addsNothing() {
    assertThat(OpeningPrepositions.unfound(STRIKES, List.of(), tokens(STRIKES)))
        .isEmpty();
  }

  @Test
  void unfound_lineInsideASentenceOrCompassWord_isNoListedPlace() {
    String body = "Near Tessama, three strikes destroyed a bunker. Shops opened Near Orvel, it"
        + " said.\nNear East experts met, and Around Christmas, prices rose.";
    List<TypedMention> out = List.of(place(body, "Tessama"));

    assertThat(OpeningPrepositions.unfound(body, out, tokens(body))).isEmpty();
  }

  @Test
  void unfound_nameAlreadyCovered_isNotAddedTwice() {
    List<TypedMention> out = List.of(place(STRIKES, "Hamid Dulaim"),
        new TypedMention(0, "Near Tessama".length(), EntityType.PERSON, null, null, false));

    assertThat(OpeningPrepositions.unfound(STRIKES, out, tokens(STRIKES)))
        .isEmpty();
  }
}
