package edu.aum.course.platform;

import jakarta.ejb.ApplicationException;

/**
 * An expected refusal of a business rule: names the bundle key of the message that explains it.
 * Rolls the transaction back; views do not catch it (platform.faces.BusinessExceptionHandler shows it).
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    public BusinessException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
