package fr.cohorte.publication.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes the glyph substitution table (GSUB) from a TrueType font, in memory, before the PDF
 * engine sees it. PDFBox 3 runs every text run of a font that has one through a regular-expression
 * based substitution that took nine tenths of the rendering time of a 350-page book; French text in
 * these fonts needs no substitution (optional ligatures are all it loses). The font files shipped
 * stay untouched.
 */
final class FontTables {

    private static final int GSUB = tag("GSUB");
    private static final int OFFSET_TABLE_SIZE = 12;
    private static final int TABLE_RECORD_SIZE = 16;

    private FontTables() {
    }

    static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int tableCount = Short.toUnsignedInt(in.getShort(4));
        List<TableRecord> kept = new ArrayList<>();
        for (int i = 0; i < tableCount; i++) {
            int record = OFFSET_TABLE_SIZE + i * TABLE_RECORD_SIZE;
            TableRecord table = new TableRecord(in.getInt(record), in.getInt(record + 4), in.getInt(record + 8), in.getInt(record + 12));
            if (table.tag() != GSUB) {
                kept.add(table);
            }
        }
        if (kept.size() == tableCount) {
            return font;
        }
        int dataStart = OFFSET_TABLE_SIZE + kept.size() * TABLE_RECORD_SIZE;
        int size = dataStart + kept.stream().mapToInt(table -> padded(table.length())).sum();
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(kept.size());
        out.putInt(version).putShort((short) kept.size()).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (kept.size() * 16 - power * 16));
        int offset = dataStart;
        for (TableRecord table : kept) {
            out.putInt(table.tag()).putInt(table.checksum()).putInt(offset).putInt(table.length());
            out.put(offset, font, table.offset(), table.length());
            offset += padded(table.length());
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static int tag(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }

    private record TableRecord(int tag, int checksum, int offset, int length) {
    }
}
