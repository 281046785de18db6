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
 * <p>The key is claimed in a transaction of its own, so a concurrent duplicate sees it at once; the
 * work and the stored result commit together, so a crash between them leaves an abandoned claim,
 * which is taken over after {@code retention.loyalty.idempotency.in-flight-timeout}.
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

    public <R extends Message> R once(String scope, String key, Message request, Parser<R> parser, Supplier<R> work) {
        if (key == null || key.isBlank()) {
            throw new InvalidRequestException("idempotency_key", "is required");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new InvalidRequestException("idempotency_key", "is longer than " + MAX_KEY_LENGTH + " characters");
        }
        byte[] hash = hash(request);
        Optional<StoredKey> earlier = QuarkusTransaction.requiringNew().call(() -> claim(scope, key, hash));
        if (earlier.isPresent()) {
            return replay(earlier.get(), parser);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                R result = work.get();
                keys.complete(scope, key, result.toByteArray(), clock.instant());
                return result;
            });
        } catch (FailedPreconditionException | NotFoundException | AlreadyExistsException refused) {
            QuarkusTransaction.requiringNew().run(() ->
                    keys.completeWithError(scope, key, errorKind(refused), refused.getMessage(), clock.instant()));
            throw refused;
        } catch (RuntimeException failed) {
            // Not an answer to keep: let a retry with the same key run the request again.
            QuarkusTransaction.requiringNew().run(() -> keys.release(scope, key));
            throw failed;
        }
    }

    private Optional<StoredKey> claim(String scope, String key, byte[] hash) {
        Instant now = clock.instant();
        if (keys.claim(scope, key, hash, now)) {
            return Optional.empty();
        }
        StoredKey stored = keys.lock(scope, key).orElseThrow(() -> new RequestInFlightException(key));
        if (!Arrays.equals(stored.requestHash(), hash)) {
            throw new FailedPreconditionException(FailedPreconditionException.IDEMPOTENCY_KEY_REUSED,
                    "idempotency key " + key + " was used for a different request");
        }
        if (DONE.equals(stored.status())) {
            return Optional.of(stored);
        }
        if (stored.claimedAt().plus(inFlightTimeout).isAfter(now)) {
            throw new RequestInFlightException(key);
        }
        keys.reclaim(scope, key, now);
        return Optional.empty();
    }

    private static <R extends Message> R replay(StoredKey stored, Parser<R> parser) {
        if (stored.errorKind() != null) {
            throw rebuild(stored.errorKind(), stored.errorMessage());
        }
        try {
            return parser.parseFrom(stored.response());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored response of an idempotency key is unreadable", e);
        }
    }

    private static String errorKind(RuntimeException refused) {
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
