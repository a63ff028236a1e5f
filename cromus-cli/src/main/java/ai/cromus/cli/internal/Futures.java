package ai.cromus.cli.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to a thread pool, with the task's own failure rethrown as it was. */
public final class Futures {
  private Futures() {}

  /**
   * The task's result; a {@link RuntimeException} or {@link Error} it threw is rethrown as it is, a
   * checked exception wrapped in an {@link IllegalStateException}; an interrupt is kept.
   */
  public static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtimeException) {
        throw runtimeException;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
