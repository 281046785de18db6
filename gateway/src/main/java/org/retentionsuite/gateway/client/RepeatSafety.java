package org.retentionsuite.gateway.client;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.MethodDescriptor;

/**
 * Learns, as a call goes out, whether repeating it is safe: a read ({@code Get...}, {@code List...},
 * {@code Export...}) or a write carrying an idempotency key, which the service answers once.
 */
final class RepeatSafety implements ClientInterceptor {

    private static final String IDEMPOTENCY_KEY = "idempotency_key";

    private volatile boolean safe;

    boolean safe() {
        return safe;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        boolean read = isRead(method.getBareMethodName());
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void sendMessage(Q message) {
                safe = read || hasIdempotencyKey(message);
                super.sendMessage(message);
            }
        };
    }

    static boolean isRead(String rpc) {
        return rpc != null && (rpc.startsWith("Get") || rpc.startsWith("List") || rpc.startsWith("Export"));
    }

    static boolean hasIdempotencyKey(Object message) {
        if (!(message instanceof Message proto)) {
            return false;
        }
        Descriptors.FieldDescriptor key = proto.getDescriptorForType().findFieldByName(IDEMPOTENCY_KEY);
        return key != null && key.getJavaType() == Descriptors.FieldDescriptor.JavaType.STRING
                && !((String) proto.getField(key)).isEmpty();
    }
}
