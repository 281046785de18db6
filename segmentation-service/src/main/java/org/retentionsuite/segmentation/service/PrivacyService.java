package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.retentionsuite.segmentation.config.PrivacyConfig;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.AnonymousId;
import org.retentionsuite.segmentation.domain.CustomerExport;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.repository.ActivityRepository;
import org.retentionsuite.segmentation.repository.CustomerRecordsRepository;
import org.retentionsuite.segmentation.repository.CustomerRepository;
import org.retentionsuite.segmentation.repository.MembershipRepository;
import org.retentionsuite.segmentation.repository.PrivacyRepository;

/** A customer's right to see what is held on them, and to be forgotten. */
@ApplicationScoped
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class);

    private final ActivityRepository activities;
    private final MembershipRepository memberships;
    private final PrivacyRepository privacy;
    private final CustomerRepository attributes;
    private final CustomerRecordsRepository records;
    private final SegmentationConfig config;
    private final PrivacyConfig privacyConfig;

    public PrivacyService(ActivityRepository activities, MembershipRepository memberships, PrivacyRepository privacy,
            CustomerRepository attributes, CustomerRecordsRepository records, SegmentationConfig config,
            PrivacyConfig privacyConfig) {
        this.activities = activities;
        this.memberships = memberships;
        this.privacy = privacy;
        this.attributes = attributes;
        this.records = records;
        this.config = config;
        this.privacyConfig = privacyConfig;
    }

    /** Empty lists (and no insights) for a customer nothing is held on. */
    @Transactional
    public CustomerExport export(String customerId) {
        String customer = customerId(customerId);
        return new CustomerExport(customer,
                activities.find("customerId = ?1 order by occurredAt, eventId", customer).list(),
                activities.insights(customer, config.reportingCurrency()),
                memberships.currentSegmentsOf(customer), memberships.changesOf(customer), attributes.find(customer),
                records.storedChurnRisk(customer), records.levelChanges(customer), records.playbookRuns(customer),
                records.score(customer));
    }

    /**
     * Replaces the customer's id by their anonymous id in every row (also where another customer
     * names them as referrer), so counts, spend and segment sizes stay right while nothing here
     * names them; drops their score snapshot row and their playbook actions not yet delivered or
     * kept as delivered (their payload names them). Repeating it changes nothing more.
     */
    @Transactional
    public int forget(String customerId) {
        String customer = customerId(customerId);
        int anonymised = privacy.replaceCustomerId(customer, AnonymousId.of(customer, privacyConfig.anonymisationKey()));
        LOG.infof("a customer was forgotten: %d activity rows anonymised", anonymised);
        return anonymised;
    }

    private static String customerId(String customerId) {
        Violations violations = new Violations();
        String customer = violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        return customer;
    }
}
