package fr.cohorte.publication.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import fr.cohorte.publication.BookChapter;
import fr.cohorte.publication.BookFigure;
import fr.cohorte.publication.BookFormat;
import fr.cohorte.publication.BookImage;
import fr.cohorte.publication.BookModel;
import fr.cohorte.publication.Licence;

/**
 * A short book that uses everything a real one does (headings, emphasis, footnotes, a table, a
 * figure, the table of contents, an ISBN), rendered by the server after it starts so that the
 * renderer's code is compiled before the first real book: the first rendering after a restart
 * then takes about the time of the following ones.
 */
final class WarmUpBook {

    private static final String SENTENCE = "Le groupe de travail réunit des *auditeurs* venus des entreprises, "
            + "des syndicats et de l’**État**, qui confrontent leurs pratiques du dialogue social";

    private WarmUpBook() {
    }

    static BookModel model() {
        List<BookChapter> chapters = new ArrayList<>();
        BookFigure figure = new BookFigure("figure", new BookImage(png(), "image/png"),
                "Quatre barres de hauteurs croissantes", "Figure – une progression");
        for (int number = 1; number <= 2; number++) {
            StringBuilder markdown = new StringBuilder();
            for (int section = 1; section <= 3; section++) {
                markdown.append("## Partie ").append(section).append("\n\n");
                for (int paragraph = 1; paragraph <= 6; paragraph++) {
                    markdown.append((SENTENCE + ". ").repeat(5));
                    if (paragraph == 2) {
                        markdown.append("[^n").append(section).append(']');
                    }
                    markdown.append("\n\n");
                }
                markdown.append("| Territoire | Emplois | Part |\n|:---|---:|---:|\n| Nord | 12 400 | 31 % |\n| Sud | 9 800 | 24 % |\n\n");
                markdown.append("![](figure)\n\n");
                markdown.append("[^n").append(section).append("]: ").append(SENTENCE).append(".\n\n");
            }
            chapters.add(new BookChapter(number, "Chapitre d’échauffement " + number, List.of("Cohorte"),
                    markdown.toString(), List.of(figure)));
        }
        return new BookModel("Échauffement du moteur de rendu", "Un livre jamais publié", null, List.of("Cohorte"),
                List.of("Cohorte"), 2026, Locale.FRENCH, "Rendu au démarrage, puis oublié.", List.of("échauffement"),
                Licence.CC_BY, Map.of(BookFormat.PDF, "978-2-11-000000-2"), null, null, null, chapters);
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 160, 90);
        graphics.setColor(new Color(0, 0, 145));
        for (int bar = 0; bar < 4; bar++) {
            graphics.fillRect(10 + bar * 38, 80 - 18 * (bar + 1), 28, 18 * (bar + 1));
        }
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
