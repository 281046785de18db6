package org.retentionsuite.loyalty.service;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.config.LoyaltyConfig;
import org.retentionsuite.loyalty.domain.AlreadyExistsException;
import org.retentionsuite.loyalty.domain.FailedPreconditionException;
import org.retentionsuite.loyalty.domain.InvalidRequestException;
import org.retentionsuite.loyalty.domain.NotFoundException;
import org.retentionsuite.loyalty.domain.RequestInFlightException;
import org.retentionsuite.loyalty.repository.IdempotencyRepository;
import org.retentionsuite.loyalty.repository.IdempotencyRepository.StoredKey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a mutating request once per idempotency key (IETF httpapi draft, as Stripe does): the first
 * result, or the first domain error, is stored with the key and replayed for the same request; the
 * same key with another request is refused; a key still being processed is refused as in flight.
 *
 * <p>The key is claimed in the work's own transaction with a transaction-scoped advisory lock: a
 * concurrent duplicate fails to take the lock and is refused as in flight at once, and the work and
 * its stored result commit together (a crash rolls both back and frees the key). A domain refusal
 * rolls the work back and is then stored in a short transaction of its own.
 */
@ApplicationScoped
public class IdempotencyGuard {

    private static final String DONE = "DONE";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyRepository keys;
    private final Clock clock;
    private final Duration inFlightTimeout;

    public IdempotencyGuard(IdempotencyRepository keys, Clock clock, LoyaltyConfig config) {
        this.keys = keys;
        this.clock = clock;
        this.inFlightTimeout = config.idempotency().inFlightTimeout();
    }

    /** As {@link #once}, for requests whose key is optional: without one the work simply runs. */
    public <R extends Message> R onceIfKeyed(String scope, String key, Message request, Parser<R> parser,
            Supplier<R> work) {
        return key == null || key.isEmpty() ? work.get() : once(scope, key, request, parser, work);
    }

    public <R extends Message> R once(String scope, String key, Message request, Parser<R> parser, Supplier<R> work) {
        requireKey(key);
        byte[] hash = hash(request);
        Outcome<R> outcome;
        try {
            outcome = QuarkusTransaction.requiringNew().call(() -> {
                Optional<StoredKey> earlier = claim(scope, key, hash);
                if (earlier.isPresent()) {
                    return new Outcome<R>(null, earlier.get());
                }
                R result = refusalsMarked(work);
                keys.complete(scope, key, hash, result.toByteArray(), clock.instant());
                return new Outcome<R>(result, null);
            });
        } catch (Refused refused) {
            storeRefusal(scope, key, hash, (RuntimeException) refused.getCause());
            throw (RuntimeException) refused.getCause();
        }
        return outcome.fresh() != null ? outcome.fresh() : replay(outcome.earlier(), parser);
    }

    /** Either the result of this call's work, or what an earlier call stored under the key. */
    private record Outcome<R>(R fresh, StoredKey earlier) {
    }

    /** A domain refusal of the work: the answer to keep, though the work's transaction rolls back. */
    private static final class Refused extends RuntimeException {
        Refused(RuntimeException refusal) {
            super(refusal);
        }
    }

    private static <R> R refusalsMarked(Supplier<R> work) {
        try {
            return work.get();
        } catch (FailedPreconditionException | NotFoundException | AlreadyExistsException refusal) {
            throw new Refused(refusal);
        }
    }

    /** A key as a request gives it: required, and at most 255 characters. */
    void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidRequestException("idempotency_key", "is required");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new InvalidRequestException("idempotency_key", "is longer than " + MAX_KEY_LENGTH + " characters");
        }
    }

    /** Whether the work's exception is a domain refusal, stored under the key and replayed. */
    static boolean isRefusal(RuntimeException e) {
        return e instanceof FailedPreconditionException || e instanceof NotFoundException
                || e instanceof AlreadyExistsException;
    }

    /** Stores a refusal under the key in a short transaction of its own, after the work rolled back. */
    void storeRefusal(String scope, String key, byte[] hash, RuntimeException refusal) {
        QuarkusTransaction.requiringNew().run(() -> keys.completeWithError(scope, key, hash, errorKind(refusal),
                refusal.getMessage(), clock.instant()));
    }

    private Optional<StoredKey> claim(String scope, String key, byte[] hash) {
        if (!keys.tryLock(scope, key)) {
            throw new RequestInFlightException(key);
        }
        return judge(key, hash, keys.find(scope, key));
    }

    /**
     * With the key's lock held, what was stored under it: the earlier answer to replay, or empty when
     * the work is to be done. The same key with another request is refused as reused.
     */
    Optional<StoredKey> judge(String key, byte[] hash, Optional<StoredKey> stored) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!Arrays.equals(stored.get().requestHash(), hash)) {
            throw new FailedPreconditionException(FailedPreconditionException.IDEMPOTENCY_KEY_REUSED,
                    "idempotency key " + key + " was used for a different request");
        }
        if (DONE.equals(stored.get().status())) {
            return stored;
        }
        // A claim committed on its own (by an earlier version of this service): in flight until it times out.
        if (stored.get().claimedAt().plus(inFlightTimeout).isAfter(clock.instant())) {
            throw new RequestInFlightException(key);
        }
        return Optional.empty();
    }

    static <R extends Message> R replay(StoredKey stored, Parser<R> parser) {
        if (stored.errorKind() != null) {
            throw rebuild(stored.errorKind(), stored.errorMessage());
        }
        try {
            return parser.parseFrom(stored.response());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored response of an idempotency key is unreadable", e);
        }
    }

    private static String errorKind(Throwable refused) {
        if (refused instanceof FailedPreconditionException precondition) {
            return "PRECONDITION:" + precondition.reason();
        }
        return refused instanceof NotFoundException ? "NOT_FOUND" : "ALREADY_EXISTS";
    }

    private static RuntimeException rebuild(String kind, String message) {
        if (kind.startsWith("PRECONDITION:")) {
            return new FailedPreconditionException(kind.substring("PRECONDITION:".length()), message);
        }
        return "NOT_FOUND".equals(kind) ? new NotFoundException(message) : new AlreadyExistsException(message);
    }

    /** SHA-256 of the request's deterministic serialisation. */
    static byte[] hash(Message request) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream output = CodedOutputStream.newInstance(bytes);
            output.useDeterministicSerialization();
            request.writeTo(output);
            output.flush();
            return MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
