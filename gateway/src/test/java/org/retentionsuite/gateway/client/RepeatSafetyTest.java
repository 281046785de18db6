package org.retentionsuite.gateway.client;

import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;
import org.retentionsuite.proto.loyalty.v1.SuspendMemberRequest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatSafetyTest {

    @Test
    void readsAreSafeToRepeat() {
        assertTrue(RepeatSafety.isRead("GetMember"));
        assertTrue(RepeatSafety.isRead("ListLedgerEntries"));
        assertTrue(RepeatSafety.isRead("ExportMember"));
        assertFalse(RepeatSafety.isRead("RecordPurchase"));
        assertFalse(RepeatSafety.isRead("ForgetMember"));
    }

    @Test
    void aWriteIsSafeToRepeatOnlyWithAnIdempotencyKey() {
        assertTrue(RepeatSafety.hasIdempotencyKey(RecordPurchaseRequest.newBuilder().setIdempotencyKey("k-1").build()));
        assertFalse(RepeatSafety.hasIdempotencyKey(RecordPurchaseRequest.newBuilder().build()));
        assertFalse(RepeatSafety.hasIdempotencyKey(SuspendMemberRequest.newBuilder().setReason("fraud").build()));
    }
}
