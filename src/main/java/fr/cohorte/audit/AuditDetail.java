package fr.cohorte.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an audit entry says: a message code with its arguments, read in each reader's language, and
 * the fields the change touched with their values before and after.
 *
 * @param code a key of the message bundles, e.g. {@code audit.detail.session.updated}
 */
public record AuditDetail(String code, List<String> arguments, List<Change> changes) {

    /** One changed field; the field is a message key too. */
    public record Change(String field, String before, String after) {
    }

    public AuditDetail {
        Objects.requireNonNull(code);
        arguments = List.copyOf(arguments.stream().map(a -> a == null ? "" : a).toList());
        changes = List.copyOf(changes);
    }

    /**
     * A value read in each reader's language (a state, a kind): the message key is kept, and the
     * bundles say it when the entry is read. Usable as an argument or as a changed value.
     */
    public static String label(String key) {
        return "#{" + key + "}";
    }

    public static AuditDetail of(String code, Object... arguments) {
        return new AuditDetail(code, Arrays.stream(arguments).map(a -> a == null ? "" : String.valueOf(a)).toList(), List.of());
    }

    /**
     * Adds every component that differs between two values of the same record (a form's details
     * before and after), each named by {@code fieldPrefix} followed by the component's name.
     */
    public AuditDetail changedFields(String fieldPrefix, Record before, Record after) {
        AuditDetail detail = this;
        for (var component : after.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                // A record kept private to the service that audits its changes is still read.
                accessor.trySetAccessible();
                Object was = before == null ? null : accessor.invoke(before);
                Object is = accessor.invoke(after);
                detail = detail.changed(fieldPrefix + component.getName(), was, is);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
        }
        return detail;
    }

    /** Adds a field to the change when its value differs; equal values are left out. */
    public AuditDetail changed(String field, Object before, Object after) {
        String was = before == null ? "" : String.valueOf(before);
        String is = after == null ? "" : String.valueOf(after);
        if (was.equals(is)) {
            return this;
        }
        List<Change> more = new ArrayList<>(changes);
        more.add(new Change(field, was, is));
        return new AuditDetail(code, arguments, more);
    }
}
