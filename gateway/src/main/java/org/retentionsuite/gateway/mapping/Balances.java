package org.retentionsuite.gateway.mapping;

import org.retentionsuite.gateway.api.MemberView;
import org.retentionsuite.proto.loyalty.v1.Balance;

/** A member's points as the API shows them, wherever a reply carries a balance. */
final class Balances {

    private Balances() {
    }

    static MemberView.BalanceView toView(Balance balance) {
        return new MemberView.BalanceView(balance.getActive(), balance.getPending(), balance.getReserved(),
                balance.getLifetimeEarned(), balance.getLifetimeSpent(), balance.getExpired(), balance.getDebt());
    }
}
