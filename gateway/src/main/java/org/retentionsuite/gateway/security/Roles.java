package org.retentionsuite.gateway.security;

import java.util.Set;

/**
 * Who may call what. An API key carries one of {@link #KEY_ROLES}; a member token carries
 * {@link #MEMBER}. An endpoint without a role rule of its own is {@link #ADMIN}-only
 * ({@code quarkus.security.jaxrs.default-roles-allowed}).
 */
public final class Roles {

    /** Sets up programmes, surveys, segments and playbooks; may call every endpoint. */
    public static final String ADMIN = "admin";
    /** Web shops and POS systems: purchases, returns, activity, invitations. */
    public static final String INTEGRATION = "integration";
    /** Back-office reporting: reads metrics, segments and insights. */
    public static final String ANALYST = "analyst";
    /** An end customer with a token of the business's identity provider: their own data only. */
    public static final String MEMBER = "member";

    /** The roles an API key may have. */
    public static final Set<String> KEY_ROLES = Set.of(ADMIN, INTEGRATION, ANALYST);

    /** The identity attribute holding a member's customer id. */
    public static final String CUSTOMER_ID = "customerId";

    private Roles() {
    }
}
