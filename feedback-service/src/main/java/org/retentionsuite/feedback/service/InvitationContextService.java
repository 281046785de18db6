package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.InvitationContext;
import org.retentionsuite.feedback.domain.InvitationOutcome;
import org.retentionsuite.feedback.domain.InvitationRequest;
import org.retentionsuite.feedback.domain.InvitationStatus;
import org.retentionsuite.feedback.repository.InvitationContextRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Invites customers and records, in the same transaction, the country and attributes the invitations were sent with. */
@ApplicationScoped
public class InvitationContextService {

    private final InvitationService invitations;
    private final InvitationContextRepository contexts;

    public InvitationContextService(InvitationService invitations, InvitationContextRepository contexts) {
        this.invitations = invitations;
        this.contexts = contexts;
    }

    @Transactional
    public List<InvitationOutcome> invite(InvitationRequest request, InvitationContext context) {
        List<InvitationOutcome> outcomes = invitations.invite(request);
        if (!context.isEmpty()) {
            Map<Instant, List<String>> invitedByExpiry = outcomes.stream()
                    .filter(o -> o.status() == InvitationStatus.INVITED)
                    .collect(Collectors.groupingBy(InvitationOutcome::expiresAt,
                            Collectors.mapping(InvitationOutcome::customerId, Collectors.toList())));
            invitedByExpiry.forEach((expiresAt, customers) -> contexts.attach(request.surveyId(), customers, expiresAt, context));
        }
        return outcomes;
    }
}
