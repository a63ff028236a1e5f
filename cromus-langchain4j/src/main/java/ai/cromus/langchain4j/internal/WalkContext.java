package ai.cromus.langchain4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where a node sits: its enclosing agents, the loop bound around it, its branch condition. */
final class WalkContext {
  final List<String> path;
  final long loop;
  final boolean unbounded;
  final int depth;
  final Optional<String> condition;

  WalkContext(
      List<String> path, long loop, boolean unbounded, int depth, Optional<String> condition) {
    this.path = path;
    this.loop = loop;
    this.unbounded = unbounded;
    this.depth = depth;
    this.condition = condition;
  }

  WalkContext inside(String name) {
    List<String> p = new ArrayList<>(path);
    p.add(name);
    return new WalkContext(List.copyOf(p), loop, unbounded, depth + 1, Optional.empty());
  }

  WalkContext looping(long bound, boolean noBound) {
    long product = noBound ? loop : saturatingTimes(loop, bound);
    return new WalkContext(path, product, unbounded || noBound, depth, condition);
  }

  WalkContext when(String c) {
    return new WalkContext(path, loop, unbounded, depth, Optional.of(c));
  }

  WalkContext when(Optional<String> c) {
    return new WalkContext(path, loop, unbounded, depth, c);
  }

  WalkContext unconditional() {
    return new WalkContext(path, loop, unbounded, depth, Optional.empty());
  }

  static long saturatingTimes(long a, long b) {
    long r = a * b;
    return (a != 0 && (r / a != b || r > Integer.MAX_VALUE)) ? Integer.MAX_VALUE : r;
  }
}
