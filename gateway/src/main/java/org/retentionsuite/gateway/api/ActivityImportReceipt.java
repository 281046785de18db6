package org.retentionsuite.gateway.api;

/** What {@code POST /activities/import} did: the file's data rows, those recorded now, and those an earlier import recorded. */
public record ActivityImportReceipt(int rows, int recorded, int duplicates) {
}
