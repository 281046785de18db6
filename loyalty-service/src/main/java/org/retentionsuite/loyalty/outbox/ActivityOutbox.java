package org.retentionsuite.loyalty.outbox;

import com.google.protobuf.Timestamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;

/**
 * Purchases and returns for segmentation, as customer activity. Written in the caller's
 * transaction (MANDATORY): the event exists exactly when the change it reports was committed.
 */
@ApplicationScoped
public class ActivityOutbox {

    public static final String DESTINATION = "segmentation";

    private final OutboxRepository outbox;
    private final Clock clock;

    public ActivityOutbox(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void purchase(Program program, Member member, String orderId, Currency currency, long amountMinor, Instant at) {
        outbox.persist(purchaseEvent(program, member.customerId(), orderId, currency, amountMinor, at));
    }

    /** The event of a purchase, for a caller that writes it itself (in the purchase's own transaction). */
    public OutboxEvent purchaseEvent(Program program, String customerId, String orderId, Currency currency,
            long amountMinor, Instant at) {
        return event("loyalty:" + program.id() + ":purchase:" + orderId, customerId, ActivityType.ACTIVITY_TYPE_PURCHASE,
                money(program, currency, amountMinor), at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void returned(Program program, Member member, String returnId, Currency currency, long amountMinor, Instant at) {
        enqueue("loyalty:" + program.id() + ":return:" + returnId, member, ActivityType.ACTIVITY_TYPE_RETURN,
                money(program, currency, amountMinor), at);
    }

    private void enqueue(String eventId, Member member, ActivityType type, Money amount, Instant at) {
        outbox.persist(event(eventId, member.customerId(), type, amount, at));
    }

    private OutboxEvent event(String eventId, String customerId, ActivityType type, Money amount, Instant at) {
        Activity activity = Activity.newBuilder()
                .setEventId(eventId)
                .setCustomerId(customerId)
                .setType(type)
                .setOccurredAt(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
                .setAmount(amount)
                .build();
        return new OutboxEvent(DESTINATION, eventId, activity.toByteArray(), clock.instant());
    }

    /** Segmentation sums activity in one currency: amounts travel converted to the programme's. */
    private static Money money(Program program, Currency currency, long amountMinor) {
        return Money.newBuilder()
                .setCurrencyCode(program.currency().getCurrencyCode())
                .setAmountMinor(program.toProgramMinor(currency, amountMinor))
                .build();
    }
}
