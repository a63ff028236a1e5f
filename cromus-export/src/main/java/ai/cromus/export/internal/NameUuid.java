package ai.cromus.export.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids: name-based (version 3) UUIDs of the workflow, the target and a local key. */
public final class NameUuid {
  private NameUuid() {}

  /** The same arguments always give the same UUID. */
  public static String of(String workflow, String target, String key) {
    String name = workflow.length() + ":" + workflow + "|" + target + "|" + key;
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
