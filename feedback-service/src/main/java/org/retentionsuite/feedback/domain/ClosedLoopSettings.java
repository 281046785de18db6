package org.retentionsuite.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.util.UUID;

/** A survey's closed-loop settings: its own follow-up SLA and the loyalty incentive for completing it. */
@Entity
@Table(name = "survey_settings")
public class ClosedLoopSettings {

    public static final String DEFAULT_INCENTIVE_EVENT = "survey_completed";

    @Id
    @Column(name = "survey_id")
    private UUID surveyId;

    @Column(name = "follow_up_sla_hours")
    private Integer followUpSlaHours;

    @Column(name = "incentive_program_id")
    private UUID incentiveProgramId;

    @Column(name = "incentive_event_key")
    private String incentiveEventKey;

    protected ClosedLoopSettings() {
    }

    public ClosedLoopSettings(UUID surveyId, ClosedLoopSettingsDefinition definition) {
        this.surveyId = surveyId;
        this.followUpSlaHours = definition.followUpSlaHours();
        this.incentiveProgramId = definition.incentiveProgramId();
        this.incentiveEventKey = definition.incentiveEventKey();
    }

    /** The SLA of this survey's follow-up cases: its own, or the deployment's. */
    public Duration slaOr(Duration deploymentDefault) {
        return followUpSlaHours == null ? deploymentDefault : Duration.ofHours(followUpSlaHours);
    }

    public Integer followUpSlaHours() {
        return followUpSlaHours;
    }

    public boolean hasIncentive() {
        return incentiveProgramId != null;
    }

    public UUID incentiveProgramId() {
        return incentiveProgramId;
    }

    public String incentiveEventKey() {
        return incentiveEventKey;
    }
}
