package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.config.InvitationConfig;
import org.retentionsuite.feedback.domain.Invitation;
import org.retentionsuite.feedback.domain.InvitationOutcome;
import org.retentionsuite.feedback.domain.InvitationRequest;
import org.retentionsuite.feedback.domain.InvitationStatus;
import org.retentionsuite.feedback.domain.InvitationToken;
import org.retentionsuite.feedback.domain.InvalidRequestException;
import org.retentionsuite.feedback.domain.FieldViolation;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyPurpose;
import org.retentionsuite.feedback.domain.Violations;
import org.retentionsuite.feedback.repository.InvitationBatchRepository;
import org.retentionsuite.feedback.repository.InvitationRepository;
import org.retentionsuite.feedback.repository.RollupRepository;
import org.retentionsuite.feedback.repository.SurveyRepository;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Invites customers to an active survey, within the survey-fatigue rule. */
@ApplicationScoped
public class InvitationService {

    private final SurveyRepository surveys;
    private final InvitationRepository invitations;
    private final InvitationBatchRepository batches;
    private final InvitationConfig config;
    private final Clock clock;
    private final RollupRepository rollups;

    public InvitationService(SurveyRepository surveys, InvitationRepository invitations, InvitationBatchRepository batches,
            InvitationConfig config, Clock clock, RollupRepository rollups) {
        this.rollups = rollups;
        this.surveys = surveys;
        this.invitations = invitations;
        this.batches = batches;
        this.config = config;
        this.clock = clock;
    }

    /** One outcome per requested customer, in the request's order. */
    @Transactional
    public List<InvitationOutcome> invite(InvitationRequest request) {
        Survey survey = surveys.findByIdOptional(request.surveyId())
                .orElseThrow(() -> new NotFoundException("survey " + request.surveyId() + " does not exist"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        survey.requireOpenFor("invitations", now);
        String language = request.language() == null ? survey.defaultLanguage() : request.language();
        if (!survey.languages().contains(language)) {
            throw new InvalidRequestException(List.of(new FieldViolation("language", "is not offered by the survey (offered: "
                    + String.join(", ", survey.languages()) + ")")));
        }
        String key = request.idempotencyKey();
        if (key != null && !batches.claim(key, survey.id(), request.fingerprint(), now)) {
            return replay(request);
        }
        Set<String> invitable = invitations.claimContacts(request.customerIds(), now, now.minus(coolDown(survey)));
        Instant expiresAt = survey.terms().invitationExpiry(now.plus(config.tokenValidity()));
        List<InvitationOutcome> outcomes = request.customerIds().stream().map(customerId -> {
            if (!invitable.contains(customerId)) {
                return InvitationOutcome.throttled(customerId);
            }
            InvitationToken token = InvitationToken.generate();
            invitations.persist(new Invitation(survey.id(), customerId, language, request.language(), token, now,
                    expiresAt, key));
            return invited(customerId, token, expiresAt);
        }).toList();
        rollups.countInvited(survey.id(), now, (int) outcomes.stream()
                .filter(outcome -> outcome.status() == InvitationStatus.INVITED).count());
        return outcomes;
    }

    /**
     * Invites one customer to the active survey of a purpose (the one created last, if several), under
     * the same fatigue rule and idempotency as every invitation; the key is required.
     */
    @Transactional
    public PurposeInvitation inviteToPurpose(String customerId, SurveyPurpose purpose, String language,
            String idempotencyKey) {
        Violations violations = new Violations();
        violations.requiredText("customer_id", customerId, InvitationRequest.MAX_CUSTOMER_ID_LENGTH);
        if (purpose == null) {
            violations.add("purpose", "is required");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            violations.add("idempotency_key", "is required: a playbook's retry must not invite twice");
        }
        violations.throwIfAny();
        Survey survey = surveys.findActiveByPurpose(purpose).orElseThrow(() -> new NotFoundException(
                "no active survey has the purpose " + purpose));
        List<InvitationOutcome> outcomes = invite(InvitationRequest.of(survey.id().toString(),
                java.util.Collections.singletonList(customerId), language, idempotencyKey, 1));
        return new PurposeInvitation(survey.id(), outcomes.get(0));
    }

    /** The survey a purpose invitation went to, and the customer's outcome. */
    public record PurposeInvitation(java.util.UUID surveyId, InvitationOutcome outcome) {
    }

    /**
     * The first result of this key again. Its tokens never reached the client (else it would not
     * retry), and only their hashes are kept, so the unanswered invitations get new tokens.
     */
    private List<InvitationOutcome> replay(InvitationRequest request) {
        byte[] first = batches.requestHash(request.idempotencyKey()).orElseThrow();
        if (!MessageDigest.isEqual(first, request.fingerprint())) {
            throw new InvalidRequestException(List.of(new FieldViolation("idempotency_key",
                    "was used before for a different request")));
        }
        Map<String, Invitation> invited = invitations.findByIdempotencyKey(request.idempotencyKey()).stream()
                .collect(Collectors.toMap(Invitation::customerId, Function.identity()));
        return request.customerIds().stream().map(customerId -> {
            Invitation invitation = invited.get(customerId);
            if (invitation == null) {
                return InvitationOutcome.throttled(customerId);
            }
            if (invitation.used()) {
                return new InvitationOutcome(customerId, InvitationStatus.INVITED, null, null, invitation.expiresAt());
            }
            InvitationToken token = InvitationToken.generate();
            invitation.replaceToken(token);
            return invited(customerId, token, invitation.expiresAt());
        }).toList();
    }

    private Duration coolDown(Survey survey) {
        Integer days = survey.invitationCoolDownDays();
        return days == null ? config.coolDown() : Duration.ofDays(days);
    }

    private InvitationOutcome invited(String customerId, InvitationToken token, Instant expiresAt) {
        String base = config.publicBaseUrl().replaceAll("/+$", "");
        return new InvitationOutcome(customerId, InvitationStatus.INVITED, token.value(), base + "/s/" + token.value(),
                expiresAt);
    }
}
