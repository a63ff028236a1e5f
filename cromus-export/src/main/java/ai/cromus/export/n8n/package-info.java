/** n8n export: an importable workflow JSON. */
package ai.cromus.export.n8n;
