package fr.cohorte.web;

import org.springframework.util.unit.DataSize;

/**
 * A route that takes a file, and the largest file it accepts. The request may be a little larger
 * ({@link #FORM_ALLOWANCE}, for the form's other fields and the multipart framing), so that a file
 * just over its limit still reaches the form, which says so and keeps what was typed; anything
 * larger is refused by {@link UploadLimits} before its body is read.
 *
 * @param path        the route's path pattern, as its controller maps it, for POST requests
 * @param largestFile the largest file the route's own check accepts
 */
public record UploadRoute(String path, DataSize largestFile) {

    /** Room for a form's fields and the multipart framing: all a multipart request to a route that takes no file may hold. */
    public static final DataSize FORM_ALLOWANCE = DataSize.ofKilobytes(512);

    public long requestLimit() {
        return largestFile.toBytes() + FORM_ALLOWANCE.toBytes();
    }
}
