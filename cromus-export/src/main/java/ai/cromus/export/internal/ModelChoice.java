package ai.cromus.export.internal;

import java.util.Optional;

/**
 * The model one step runs on in an export: the catalog id and channel when known, and the id the
 * channel's API takes.
 *
 * @param catalogId the catalog model id; empty when the name is not in the catalog
 * @param channel the catalog channel id; empty when unknown
 * @param nativeId the id the channel's API takes (the catalog's channel model id), or the name as
 *     written
 * @param vendor the catalog vendor id, or one inferred from a well-known id prefix
 */
public record ModelChoice(
    Optional<String> catalogId,
    Optional<String> channel,
    String nativeId,
    Optional<String> vendor) {}
