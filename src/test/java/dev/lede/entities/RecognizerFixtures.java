package dev.lede.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the end-to-end {@link EntityRecognizer} tests share: the shared recognizer run on a body,
 * an entity looked up by type and name, its mentions' texts, and the test articles.
 */
final class RecognizerFixtures {

  private RecognizerFixtures() {}

  static String resource(String name) throws IOException {
    try (InputStream in = RecognizerFixtures.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The entities of {@code body} found by the recognizer and models of {@link StageFixtures}. */
  static List<Entity> recognize(String title, String body) {
    return StageFixtures.recognizer().recognize(title, StageFixtures.processor().process(body));
  }

  static Optional<Entity> find(List<Entity> entities, EntityType type, String name) {
    return entities.stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
  }

  static List<String> texts(Entity e) {
    return e.mentions().stream().map(Mention::text).collect(Collectors.toList());
  }
}
