package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tests {@link PlaceRepeats}: a place the text names twice is a place where it names it again. */
final class PlaceRepeatsTest {

  /** The body's occurrences of {@code name} as places, where {@code at} lists which ones. */
  private static List<TypedMention> places(String body, String name, int... at) {
    List<TypedMention> out = new ArrayList<>();
    Matcher m = Pattern.compile(Pattern.quote(name)).matcher(body);
    int k = 0;
    int next = 0;
    while (m.find()) {
      if (next < at.length && at[next] == k) {
        out.add(new TypedMention(m.start(), m.end(), EntityType.LOCATION, null, null, false));
        next++;
      }
      k++;
    }
    return out;
  }

  private static List<String> texts(String body, List<TypedMention> mentions) {
    return mentions.stream().map(t -> t.type() + ":" + body.substring(t.start(), t.end()))
        .toList();
  }

  @Test
  void apply_placeFoundTwice_isAPlaceWhereMissed() {
    String body = "Trucks reached al-Qarim on Monday. Food in al-Qarim ran short. Militias want"
        + " the army to leave al-Qarim, officials said. The Qorvel tank farm burned in Qorvel."
        + " Police in Qorvel said Qorvel's mayor was safe.";
    List<TypedMention> found = new ArrayList<>(places(body, "al-Qarim", 0, 1));
    found.addAll(places(body, "Qorvel", 1, 2));

    List<TypedMention> out = PlaceRepeats.apply(body, found, List.of(), false);

    assertThat(texts(body, out)).containsExactly("LOCATION:al-Qarim", "LOCATION:al-Qarim",
        "LOCATION:al-Qarim", "LOCATION:Qorvel", "LOCATION:Qorvel", "LOCATION:Qorvel",
        "LOCATION:Qorvel");
  }

  @Test
  void apply_longerNamesTitlesOnceFoundOrSports_stayAsTheyWere() {
    String body = "Ships left Brenmouth. Brenmouth Harbour closed, and Brenmouth was quiet. She"
        + " sang \u201cBrenmouth,\u201d a song. Kelby rose. Kelby Athletic won.";
    List<TypedMention> found = new ArrayList<>(places(body, "Brenmouth", 0, 2));
    found.addAll(places(body, "Kelby", 0));
    found.add(new TypedMention(body.indexOf("Kelby Athletic"), body.indexOf(" won"),
        EntityType.ORGANIZATION, null, null, false));
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));

    assertThat(PlaceRepeats.apply(body, found, List.of(), false)).isEqualTo(found);
    String sports = "Fans in Tarn cheered. Tarn beat Kelby, and Tarn top the table.";
    List<TypedMention> inSports = places(sports, "Tarn", 0, 1);
    assertThat(PlaceRepeats.apply(sports, inSports, List.of(), true)).isEqualTo(inSports);
  }
}
