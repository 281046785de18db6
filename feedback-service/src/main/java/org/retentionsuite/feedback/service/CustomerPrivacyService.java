package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.FollowUpCase;
import org.retentionsuite.feedback.domain.InvitationRequest;
import org.retentionsuite.feedback.domain.Pseudonym;
import org.retentionsuite.feedback.domain.SurveyResponse;
import org.retentionsuite.feedback.domain.Violations;
import org.retentionsuite.feedback.outbox.OutboxRepository;
import org.retentionsuite.feedback.repository.CustomerDataRepository;
import org.retentionsuite.feedback.repository.FollowUpCaseRepository;

import java.util.List;

/**
 * What feedback holds on one customer: shown (360 view), handed over (export) and forgotten
 * (erasure). Forgetting keeps every score, invitation and case under a random pseudonym, so the
 * metrics stay exactly as they were, and removes the customer id and all free text about them.
 */
@ApplicationScoped
public class CustomerPrivacyService {

    public static final int DEFAULT_RECENT = 5;
    public static final int MAX_RECENT = 100;

    private final CustomerDataRepository data;
    private final FollowUpCaseRepository cases;
    private final OutboxRepository outbox;
    private final EntityManager entityManager;

    public CustomerPrivacyService(CustomerDataRepository data, FollowUpCaseRepository cases, OutboxRepository outbox,
            EntityManager entityManager) {
        this.data = data;
        this.cases = cases;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    public record CustomerFeedback(List<SurveyResponse> recentResponses, List<FollowUpCase> openCases) {
    }

    public record CustomerExport(String customerId, List<SurveyResponse> responses, List<FollowUpCase> cases) {
    }

    public record Forgotten(int responses, int invitations, int cases) {
    }

    @Transactional
    public CustomerFeedback feedbackOf(String customerId, int limit) {
        Violations violations = new Violations();
        String customer = violations.requiredText("customer_id", customerId, InvitationRequest.MAX_CUSTOMER_ID_LENGTH);
        if (limit < 0 || limit > MAX_RECENT) {
            violations.add("limit", "must be between 1 and " + MAX_RECENT + " (0: " + DEFAULT_RECENT + ")");
        }
        violations.throwIfAny();
        return new CustomerFeedback(data.completedResponses(customer, limit == 0 ? DEFAULT_RECENT : limit),
                cases.unresolvedOfCustomer(customer));
    }

    @Transactional
    public CustomerExport export(String customerId) {
        String customer = customer(customerId);
        return new CustomerExport(customer, data.responses(customer), cases.ofCustomer(customer));
    }

    /** Repeating it finds nothing left under the customer id, so it changes nothing more. */
    @Transactional
    public Forgotten forget(String customerId) {
        String customer = customer(customerId);
        List<String> responseIds = data.responses(customer).stream().map(r -> r.id().toString()).toList();
        outbox.deleteDeliveredOf(responseIds);
        String pseudonym = Pseudonym.next();
        int responses = data.anonymiseResponses(customer, pseudonym);
        int followUps = data.anonymiseCases(customer, pseudonym);
        int invitations = data.anonymiseInvitations(customer, pseudonym);
        entityManager.clear(); // entities read above still hold the old values
        return new Forgotten(responses, invitations, followUps);
    }

    private static String customer(String customerId) {
        Violations violations = new Violations();
        String customer = violations.requiredText("customer_id", customerId, InvitationRequest.MAX_CUSTOMER_ID_LENGTH);
        violations.throwIfAny();
        return customer;
    }
}
