/**
 * The bundled model catalog ({@link ai.cromus.catalog.BundledCatalog}), its service-loader
 * registration, and catalog diffs for the CHANGELOG ({@link ai.cromus.catalog.CatalogDiff}).
 */
@CatalogValueStyle
package ai.cromus.catalog;

import ai.cromus.catalog.internal.CatalogValueStyle;
