/**
 * Shared writers of the exporters: JSON, YAML, Python literals, names, paths and model routes. No
 * compatibility promise.
 */
package ai.cromus.export.internal;
