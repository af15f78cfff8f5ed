package fr.cohorte.web;

/**
 * A request larger than Cohorte accepts: more of something (participants, rounds, candidates,
 * characters of an id...) than the limit allows. The service refuses it before doing any of the
 * work, so that no request can take more time or memory than the largest accepted one; API clients
 * get a 400 problem naming the limit, its maximum and the field ({@link ApiLimitProblems}).
 *
 * @param limit   the limit's name as the README lists it, such as {@code participants}
 * @param maximum the most the limit accepts
 * @param actual  how many the request has
 * @param field   where in the request, as a JSON path such as {@code participants} or {@code candidates[3].id}
 */
public class RequestLimitExceededException extends RuntimeException {

    private final String limit;
    private final long maximum;
    private final long actual;
    private final String field;

    public RequestLimitExceededException(String limit, long maximum, long actual, String field) {
        super(field + ": at most " + maximum + " accepted (limit " + limit + "), " + actual + " given");
        this.limit = limit;
        this.maximum = maximum;
        this.actual = actual;
        this.field = field;
    }

    /** Refuses the request when {@code actual} is above {@code maximum}. */
    public static void check(String limit, long maximum, long actual, String field) {
        if (actual > maximum) {
            throw new RequestLimitExceededException(limit, maximum, actual, field);
        }
    }

    /** Refuses a text (an id, a horizon, a quota's value) longer than {@code maximum} characters; null passes. */
    public static void checkLength(String limit, int maximum, String text, String field) {
        if (text != null) {
            check(limit, maximum, text.length(), field);
        }
    }

    public String limit() {
        return limit;
    }

    public long maximum() {
        return maximum;
    }

    public long actual() {
        return actual;
    }

    public String field() {
        return field;
    }
}
