package org.retentionsuite.feedback.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;

/**
 * Whether every midnight of a time zone within a range falls on a whole UTC hour, so that day, week
 * and month buckets can be summed from hourly rollups. False for zones such as Asia/Kolkata (+05:30).
 */
public final class WholeHourZone {

    private static final int HOUR = 3600;

    private WholeHourZone() {
    }

    public static boolean holdsFor(String zone, Instant from, Instant to) {
        ZoneRules rules = ZoneId.of(zone).getRules();
        if (rules.getOffset(from).getTotalSeconds() % HOUR != 0) {
            return false;
        }
        for (ZoneOffsetTransition transition : rules.getTransitions()) {
            boolean inRange = transition.getInstant().isAfter(from) && transition.getInstant().isBefore(to);
            if (inRange && transition.getOffsetAfter().getTotalSeconds() % HOUR != 0) {
                return false;
            }
        }
        // Beyond the recorded history the zone follows its yearly rules.
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            if (rule.getOffsetAfter().getTotalSeconds() % HOUR != 0) {
                return false;
            }
        }
        return true;
    }
}
