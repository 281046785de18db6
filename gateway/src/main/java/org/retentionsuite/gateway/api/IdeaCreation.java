package org.retentionsuite.gateway.api;

/** {@code POST /ideas}: {@code effort} 1-10; {@code currency} (optional) of the customer values linked later. */
public record IdeaCreation(String title, String description, Integer effort, String currency) {
}
