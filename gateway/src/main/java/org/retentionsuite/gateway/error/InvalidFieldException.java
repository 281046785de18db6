package org.retentionsuite.gateway.error;

import java.util.List;

/** A request field the gateway cannot translate for a service; answered 400 naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidFieldException(String field, String message) {
        super(field + " " + message, null, false, false);
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
