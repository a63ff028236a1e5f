package ai.cromus.langchain4j;

import ai.cromus.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A run in progress; its fields are guarded by the run itself. */
final class SpendRun {
  final String id;
  final List<CallRecord> calls = new ArrayList<>();
  Money spent = Money.ZERO;
  Money reserved = Money.ZERO;
  String untrusted;
  String refusal;
  boolean finished;

  SpendRun(String id) {
    this.id = id;
  }

  synchronized void finish() {
    finished = true;
  }

  synchronized RunSpend snapshot() {
    return RunSpend.builder()
        .id(id)
        .finished(finished)
        .calls(calls)
        .refusal(Optional.ofNullable(refusal))
        .build();
  }
}
