package fr.cohorte.publication;

import java.util.regex.Pattern;

/**
 * A Digital Object Identifier: the directory {@code 10.}, a registrant code of digits (possibly
 * with dotted sub-codes), a slash and a non-empty suffix. A resolver address typed before it is
 * accepted and dropped, since the identifier is what citations need.
 */
public final class Doi {

    private static final Pattern SYNTAX = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");
    private static final Pattern RESOLVER = Pattern.compile("^(https?://(dx\\.)?doi\\.org/|doi:)", Pattern.CASE_INSENSITIVE);

    private Doi() {
    }

    public static boolean isValid(String typed) {
        return typed != null && SYNTAX.matcher(bare(typed)).matches();
    }

    /** The identifier without a resolver address or a {@code doi:} prefix. */
    public static String bare(String typed) {
        return RESOLVER.matcher(typed.strip()).replaceFirst("");
    }
}
