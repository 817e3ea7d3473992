package dev.lede.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: {@code --flag}, {@code --option value} or {@code --option=value},
 * and positional arguments. A lone {@code -} is positional (standard input).
 *
 * <p>Not thread-safe: one instance per command run.
 */
public final class Args {
  private final Map<String, String> options = new HashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Args() {}

  /**
   * Parses arguments.
   *
   * @param args the raw arguments
   * @param flags options that take no value
   * @param valued options that take a value
   * @throws UsageException on an unknown option or a missing value
   */
  public static Args parse(List<String> args, Set<String> flags, Set<String> valued)
      throws UsageException {
    Args a = new Args();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--") && arg.length() > 2) {
        String name = arg.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name) && value == null) {
          a.options.put(name, "true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new UsageException("option --" + name + " needs a value");
            }
            value = args.get(++i);
          }
          a.options.put(name, value);
        } else {
          throw new UsageException("unknown option --" + name);
        }
      } else {
        a.positional.add(arg);
      }
    }
    return a;
  }

  /** Whether the flag {@code --name} was given. */
  public boolean flag(String name) {
    return options.containsKey(name);
  }

  /** The value of {@code --name}, or {@code fallback} if it was not given. */
  public String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  /**
   * The whole-number value of {@code --name}, or {@code fallback} if it was not given.
   *
   * @throws UsageException if the value is not a whole number or is below {@code min}
   */
  public int intOption(String name, int fallback, int min) throws UsageException {
    return intOption(name, fallback, min, Integer.MAX_VALUE);
  }

  /**
   * The whole-number value of {@code --name} in [min, max], or {@code fallback} if it was not
   * given: a value out of range is a usage error, found before any model loads.
   *
   * @throws UsageException if the value is not a whole number or is outside [min, max]
   */
  public int intOption(String name, int fallback, int min, int max) throws UsageException {
    String v = options.get(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number: " + v);
    }
    if (n < min || n > max) {
      throw new UsageException("--" + name + " must be "
          + (max == Integer.MAX_VALUE ? "at least " + min : "in [" + min + ", " + max + "]")
          + ": " + v);
    }
    return n;
  }

  /**
   * The value of a number option, or the fallback when it is absent.
   *
   * @throws UsageException if the value is not a number in [min, max]
   */
  public double doubleOption(String name, double fallback, double min, double max)
      throws UsageException {
    String v = options.get(name);
    if (v == null) {
      return fallback;
    }
    double x;
    try {
      x = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      x = Double.NaN;
    }
    if (!(x >= min && x <= max)) {
      throw new UsageException("--" + name + " must be a number in [" + min + ", " + max + "]: "
          + v);
    }
    return x;
  }

  /** The arguments that are not options, in order. */
  public List<String> positional() {
    return positional;
  }
}
