package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.retentionsuite.feedback.domain.InvitationContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores the country and attributes of invitations just issued, beside the invitation's own columns. */
@ApplicationScoped
public class InvitationContextRepository {

    private final EntityManager entityManager;

    public InvitationContextRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The invitations of these customers to the survey that expire at {@code expiresAt}: the ones just issued. */
    public void attach(UUID surveyId, List<String> customerIds, Instant expiresAt, InvitationContext context) {
        entityManager.flush();
        entityManager.createNativeQuery("""
                        UPDATE invitation SET country = :country, attributes = CAST(:attributes AS jsonb)
                        WHERE survey_id = :survey AND customer_id IN (:customers) AND expires_at = :expiresAt""")
                .setParameter("country", context.country())
                .setParameter("attributes", json(context))
                .setParameter("survey", surveyId)
                .setParameter("customers", customerIds)
                .setParameter("expiresAt", expiresAt)
                .executeUpdate();
    }

    // Keys are letters, digits and _.-, values have no control characters (InvitationContext checks):
    // quotes and backslashes are all that JSON needs escaped.
    private static String json(InvitationContext context) {
        if (context.attributes().isEmpty()) {
            return null;
        }
        return context.attributes().entrySet().stream()
                .map(e -> quoted(e.getKey()) + ":" + quoted(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
