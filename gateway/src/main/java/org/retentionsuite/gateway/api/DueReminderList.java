package org.retentionsuite.gateway.api;

import java.util.List;

/** The reminders taken by this call, oldest due first; each is handed out once. */
public record DueReminderList(List<DueReminderView> reminders) {
}
