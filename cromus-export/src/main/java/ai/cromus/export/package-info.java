/**
 * The exporters of Cromus, one package per target, and {@link ai.cromus.export.BundlePath} for safe
 * file names.
 */
package ai.cromus.export;
