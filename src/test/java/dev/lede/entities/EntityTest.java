package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EntityTest {

  private static final List<Mention> MENTIONS = List.of(new Mention(0, 5, "Ghana"));

  @Test
  void constructor_salienceBounds_accepted() {
    assertThat(new Entity(EntityType.COUNTRY, "Ghana", "GH", 0, MENTIONS).salience()).isZero();
    assertThat(new Entity(EntityType.COUNTRY, "Ghana", "GH", 1, MENTIONS).salience()).isOne();
    assertThat(new Entity(EntityType.LOCATION, "Accra", null, 0.5, MENTIONS).countryCode())
        .isNull();
  }

  @Test
  void constructor_salienceOutsideZeroToOne_throws() {
    for (double s : new double[] {-0.001, 1.001, Double.NaN}) {
      assertThatThrownBy(() -> new Entity(EntityType.PERSON, "Kofi", null, s, MENTIONS))
          .as("%s", s).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("salience");
    }
  }

  @Test
  void constructor_countryWithoutTwoLetterCode_throws() {
    for (String code : new String[] {null, "G", "GHA"}) {
      assertThatThrownBy(() -> new Entity(EntityType.COUNTRY, "Ghana", code, 0.5, MENTIONS))
          .as("%s", code).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("two-letter");
    }
  }

  @Test
  void constructor_countryCodeOfAPersonPlaceOrOrganisation_throwsButAMinistrysIsKept() {
    for (EntityType type : List.of(EntityType.PERSON, EntityType.LOCATION,
        EntityType.ORGANIZATION)) {
      assertThatThrownBy(() -> new Entity(type, "Accra", "GH", 0.5, MENTIONS))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("country code");
    }
    assertThat(new Entity(EntityType.MINISTRY, "Ministry of Health", "GH", 0.5, MENTIONS)
        .countryCode()).isEqualTo("GH");
  }

  @Test
  void constructor_copiesMentionsAndRejectsNulls() {
    List<Mention> mentions = new ArrayList<>(MENTIONS);
    Entity e = new Entity(EntityType.COUNTRY, "Ghana", "GH", 0.5, mentions);
    mentions.clear();

    assertThat(e.mentions()).isEqualTo(MENTIONS);
    assertThatThrownBy(() -> new Entity(null, "Ghana", "GH", 0.5, MENTIONS))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("type");
    assertThatThrownBy(() -> new Entity(EntityType.COUNTRY, null, "GH", 0.5, MENTIONS))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
  }
}
