package ai.cromus.langchain4j;

import dev.langchain4j.agentic.planner.AgentInstance;
import dev.langchain4j.agentic.scope.AgenticScope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runs of a spend listener: which agent is running on each thread (a stack of frames), the runs
 * in progress by agentic scope, the finished runs up to a limit, and the calls made outside any
 * run. Thread-safe; its state is guarded by the book itself.
 */
final class RunBook {
  private static final class Frame {
    final AgenticScope scope;
    final AgentInstance agent;

    Frame(AgenticScope scope, AgentInstance agent) {
      this.scope = scope;
      this.agent = agent;
    }
  }

  private final int keepRuns;
  private final PredictedPlan predicted;
  private final ThreadLocal<Deque<Frame>> frames = ThreadLocal.withInitial(ArrayDeque::new);
  private final IdentityHashMap<AgenticScope, SpendRun> active = new IdentityHashMap<>();
  private final Deque<SpendRun> finished = new ArrayDeque<>();
  private final AtomicInteger runCounter = new AtomicInteger();
  private SpendRun standalone;

  RunBook(int keepRuns, PredictedPlan predicted) {
    this.keepRuns = keepRuns;
    this.predicted = predicted;
  }

  /** An agent starts on the current thread; its scope's run starts with it when new. */
  void started(AgenticScope s, AgentInstance agent) {
    if (s == null || agent == null) {
      return;
    }
    frames.get().push(new Frame(s, agent));
    synchronized (this) {
      active.computeIfAbsent(s, k -> new SpendRun("run-" + runCounter.incrementAndGet()));
    }
  }

  /** An agent ended on the current thread; when it is the root, its run is finished. */
  void ended(AgenticScope s, AgentInstance agent) {
    Deque<Frame> stack = frames.get();
    for (Iterator<Frame> it = stack.iterator(); it.hasNext(); ) {
      Frame f = it.next();
      if (f.agent == agent && f.scope == s) {
        it.remove();
        break;
      }
    }
    if (stack.isEmpty()) {
      frames.remove();
    }
    if (s != null && agent != null && isRoot(agent)) {
      synchronized (this) {
        SpendRun run = active.remove(s);
        if (run != null) {
          run.finish();
          finished.addLast(run);
          while (finished.size() > keepRuns) {
            finished.removeFirst();
          }
        }
      }
    }
  }

  private static boolean isRoot(AgentInstance agent) {
    try {
      return agent.parent() == null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The run and agent of a call made now on the current thread. */
  Attribution current() {
    Frame f = frames.get().peek();
    if (f == null) {
      synchronized (this) {
        if (standalone == null) {
          standalone = new SpendRun("standalone");
        }
        return new Attribution(standalone, "(no agent)", Optional.empty(), Optional.empty());
      }
    }
    SpendRun run;
    synchronized (this) {
      run =
          active.computeIfAbsent(f.scope, k -> new SpendRun("run-" + runCounter.incrementAndGet()));
    }
    String name = safeName(f.agent);
    Optional<String> id = safeId(f.agent);
    return new Attribution(run, name, id, predicted.step(id, name));
  }

  private static String safeName(AgentInstance a) {
    try {
      String n = a.name();
      return n == null ? "(unnamed agent)" : n;
    } catch (RuntimeException e) {
      return "(unnamed agent)";
    }
  }

  private static Optional<String> safeId(AgentInstance a) {
    try {
      return Optional.ofNullable(a.agentId());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Finished runs (oldest first), then runs in progress, then the standalone calls. */
  List<RunSpend> runs() {
    List<SpendRun> all;
    synchronized (this) {
      all = new ArrayList<>(finished);
      List<SpendRun> running = new ArrayList<>(active.values());
      running.sort((a, b) -> Integer.compare(number(a.id), number(b.id)));
      all.addAll(running);
      if (standalone != null) {
        all.add(standalone);
      }
    }
    List<RunSpend> out = new ArrayList<>();
    for (SpendRun r : all) {
      out.add(r.snapshot());
    }
    return Collections.unmodifiableList(out);
  }

  private static int number(String id) {
    try {
      return Integer.parseInt(id.substring(id.indexOf('-') + 1));
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** Forgets every run (the counter goes on, so run ids stay unique). */
  synchronized void reset() {
    finished.clear();
    active.clear();
    standalone = null;
  }
}
