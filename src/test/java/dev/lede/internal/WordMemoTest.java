package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WordMemoTest {

  @Test
  void get_sameWordTwice_computedOnce() {
    List<String> computed = new ArrayList<>();
    WordMemo<Integer> memo = new WordMemo<>(10, w -> {
      computed.add(w);
      return w.length();
    });

    assertThat(memo.get("Oslo")).isEqualTo(4);
    assertThat(memo.get("Oslo")).isEqualTo(4);
    assertThat(memo.get("Bergen")).isEqualTo(6);
    assertThat(computed).containsExactly("Oslo", "Bergen");
  }

  @Test
  void put_whenFull_emptiesTheMemoFirst() {
    WordMemo<Integer> memo = new WordMemo<>(2);
    memo.put("a", 1);
    memo.put("b", 2);
    memo.put("c", 3);

    assertThat(memo.getIfPresent("a")).isNull();
    assertThat(memo.getIfPresent("b")).isNull();
    assertThat(memo.getIfPresent("c")).isEqualTo(3);
  }

  @Test
  void get_nullResult_isReturnedButNotKept() {
    List<String> computed = new ArrayList<>();
    WordMemo<String> memo = new WordMemo<>(10, w -> {
      computed.add(w);
      return null;
    });

    assertThat(memo.get("x")).isNull();
    assertThat(memo.get("x")).isNull();
    assertThat(computed).containsExactly("x", "x");
    assertThat(new WordMemo<String>(10).get("y")).isNull();
  }

  @Test
  void clear_forgetsEveryWord() {
    WordMemo<Integer> memo = new WordMemo<>(10, String::length);
    memo.get("Oslo");
    memo.clear();

    assertThat(memo.getIfPresent("Oslo")).isNull();
  }

  @Test
  void constructor_badArguments_clearErrors() {
    assertThatThrownBy(() -> new WordMemo<>(0, String::length))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
    assertThatThrownBy(() -> new WordMemo<Integer>(5, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("function");
  }
}
