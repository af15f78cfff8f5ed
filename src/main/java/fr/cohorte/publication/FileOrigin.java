package fr.cohorte.publication;

/** Where the PDF the catalogue serves comes from. */
public enum FileOrigin {
    /** Rendered by Cohorte from the chapters. */
    RENDERED,
    /** Produced elsewhere (by a typesetter, say) and uploaded by a coordinator or staff. */
    UPLOADED
}
