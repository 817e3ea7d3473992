package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class MentionTest {

  @Test
  void constructor_offsetsMatchingTheText_kept() {
    Mention m = new Mention(0, 5, "Accra");

    assertThat(m.start()).isZero();
    assertThat(m.end()).isEqualTo(5);
    assertThat(m.text()).isEqualTo("Accra");
  }

  @Test
  void constructor_badOffsets_throw() {
    assertThatThrownBy(() -> new Mention(-1, 4, "Accra"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-1, 4)");
    assertThatThrownBy(() -> new Mention(3, 3, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Mention(4, 3, "A"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Mention(2, 6, "Accra"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 5");
    assertThatThrownBy(() -> new Mention(2, 8, "Accra"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Mention(0, 5, null))
        .isInstanceOf(NullPointerException.class);
  }
}
