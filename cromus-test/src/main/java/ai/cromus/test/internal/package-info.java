/**
 * Implementation of the test kit: the failure-message breakdown and resource loading. No
 * compatibility promise.
 */
package ai.cromus.test.internal;
