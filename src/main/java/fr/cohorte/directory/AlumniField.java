package fr.cohorte.directory;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What an alumnus may choose to show in the alumni directory, beyond their name. */
public enum AlumniField {
    ORGANISATION,
    POSITION,
    BACKGROUND,
    SESSIONS,
    BIO,
    PHOTO,
    EMAIL;

    /** Stored as a comma-separated list of names, so that adding a field needs no migration. */
    @Converter
    public static class SetConverter implements AttributeConverter<Set<AlumniField>, String> {

        @Override
        public String convertToDatabaseColumn(Set<AlumniField> fields) {
            return fields == null ? "" : fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        }

        @Override
        public Set<AlumniField> convertToEntityAttribute(String column) {
            EnumSet<AlumniField> fields = EnumSet.noneOf(AlumniField.class);
            if (column != null) {
                Arrays.stream(column.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                        .filter(name -> Arrays.stream(values()).anyMatch(f -> f.name().equals(name)))
                        .map(AlumniField::valueOf).forEach(fields::add);
            }
            return fields;
        }
    }
}
