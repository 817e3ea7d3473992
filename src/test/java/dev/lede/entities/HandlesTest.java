package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.recognize;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Handles}: social media handles are no mentions. The posts are written for this
 * test.
 */
final class HandlesTest {

  @Test
  void without_mentionRightAfterAnAtSign_isDropped() {
    String body = "Thanks @MarloweQuint and Dana Ferris.";
    List<TypedMention> found = List.of(
        new TypedMention(8, 19, EntityType.PERSON, null, null, false),
        new TypedMention(24, 35, EntityType.PERSON, null, null, false));

    assertThat(Handles.without(body, found)).containsExactly(found.get(1));
  }

  @Test
  void without_atSignInsideAWord_keepsTheMention() {
    String body = "Write to info@Kelmar or see Kelmar.";
    List<TypedMention> found = List.of(
        new TypedMention(13, 19, EntityType.ORGANIZATION, null, null, false),
        new TypedMention(28, 34, EntityType.ORGANIZATION, null, null, false));

    assertThat(Handles.without(body, found)).isEqualTo(found);
  }

  @Test
  void recognize_quotedPostWithHandles_findsTheNamedPersonOnly() {
    List<Entity> entities = recognize(null, """
        "Governor @DanaFerris has done a wonderful job for the people of the state," the \
        senator wrote on Tuesday, tagging @MarloweQuint. Governor Dana Ferris thanked him.""");

    assertThat(entities).flatExtracting(Entity::mentions).extracting(Mention::text)
        .doesNotContain("DanaFerris", "MarloweQuint").contains("Dana Ferris");
  }
}
