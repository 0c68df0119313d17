package edu.aum.course.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * An expected refusal of a business rule, named by the bundle key of its message. Services and
 * entities throw it; views never catch it: BusinessExceptionHandler shows it as a faces message.
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
        return Arrays.copyOf(arguments, arguments.length);
    }
}
