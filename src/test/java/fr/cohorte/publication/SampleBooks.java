package fr.cohorte.publication;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/** Books the renderer is tested on: the demo's book of the 34th session, and an illustrated one. */
final class SampleBooks {

    private SampleBooks() {
    }

    /** The book of the 34th session as the demo data has it: three chapters, each a summary. */
    static BookModel session34() {
        return new BookModel(
                "Construire des espaces de coopération pour l’emploi, la formation et le développement économique",
                "Travaux de la 34e session nationale de l’Intefp",
                "Les sessions nationales de l’Intefp",
                List.of("P.-L. Rosenfeld", "J.-P. Aubert"),
                List.of("Céreq", "Intefp"),
                2016,
                Locale.FRENCH,
                "Cet ouvrage, coédité par le Céreq et l’Intefp, restitue les travaux de la 34e session nationale "
                        + "organisée de juin 2015 à juin 2016 sur le thème de la coopération.",
                List.of("coopération", "emploi", "formation", "territoires"),
                Licence.CC_BY_NC_ND,
                Map.of(BookFormat.PDF, "978-2-11-139999-6"),
                "10.5555/cohorte.34",
                "Dépôt légal : juin 2016",
                null,
                List.of(
                        chapter(1, "La « révolution » numérique : croissance et inégalités",
                                "Les deux voyages d’étude, en Bavière et dans la Silicon Valley, ont conduit les auditeurs "
                                        + "dans des territoires en pleine expansion économique."),
                        chapter(2, "Coopérer autrement : de nouveaux espaces de coopération",
                                "Pour s’adapter au changement permanent, les solutions sont à puiser dans de nouvelles "
                                        + "façons de collaborer et de coopérer."),
                        chapter(3, "Préconisations et bonnes pratiques",
                                "Hors de toute idée de « recettes » à appliquer, ce chapitre dégage les conditions "
                                        + "nécessaires pour créer des espaces de coopération.")));
    }

    private static BookChapter chapter(int number, String title, String summary) {
        return new BookChapter(number, title, List.of("Les auditeurs de la 34e session"), summary, List.of());
    }

    /** A book using everything a chapter may hold: sections, footnotes, a table, a figure; a JPEG cover, three editions. */
    static BookModel illustrated() {
        BookCover cover = new BookCover(image(600, 900, new Color(0x00, 0x00, 0x91), "jpeg"),
                "Couverture : un disque bleu sur fond blanc");
        BookFigure map = new BookFigure("carte-baviere", png(400, 250, new Color(0x6a, 0x9e, 0x4f)),
                "Carte de la Bavière avec Munich et Nuremberg", "Figure 1 – Les étapes du voyage d’étude");
        return new BookModel(
                "Coopérer pour l’emploi",
                "Un ouvrage d’essai, avec notes, tableaux et figures",
                null,
                List.of("Anne Martin", "Bruno Petit", "Chloé Durand"),
                List.of("Céreq", "Intefp", "Éditions d’essai"),
                2026,
                Locale.FRENCH,
                "Un ouvrage qui exerce toutes les parties du moteur de rendu.",
                List.of("essai"),
                Licence.CC_BY,
                Map.of(BookFormat.PRINT, "978-2-11-000000-2", BookFormat.PDF, "978-2-11-139999-6",
                        BookFormat.EPUB, "979-10-90636-07-1"),
                null,
                "Dépôt légal : janvier 2026",
                cover,
                List.of(
                        new BookChapter(1, "Ce que nous avons vu en Bavière", List.of("Anne Martin", "Bruno Petit"),
                                longChapter(true), List.of(map)),
                        new BookChapter(2, "Ce que nous en retenons", List.of("Chloé Durand"), longChapter(false), List.of()),
                        new BookChapter(3, "Préconisations", List.of(), "Une seule page suffit ici[^1].\n\n[^1]: Et une note.",
                                List.of())));
    }

    /** A chapter that embeds a practice's card and a recommendation's, and names a third in a sentence. */
    static BookModel withCards() {
        BookCard practice = new BookCard(new BookCard.Reference(BookCard.Kind.PRACTICE, 12), "Pratique de coopération",
                "Un groupement d’employeurs pour l’agriculture et le tourisme",
                List.of(new BookCard.Line("Type", "Groupement d’employeurs (GE, GEIQ)"),
                        new BookCard.Line("Territoire", "Hautes-Alpes (05)"),
                        new BookCard.Line("Niveau de preuve", "Suivi chiffré")),
                "Des exploitations agricoles et des stations de ski partagent des salariés à l’année.",
                "https://cohorte.example.org/practices/12");
        BookCard recommendation = new BookCard(new BookCard.Reference(BookCard.Kind.RECOMMENDATION, 4), "Recommandation",
                "Ouvrir les groupements d’employeurs aux collectivités",
                List.of(new BookCard.Line("Adressée à", "l’État, les collectivités territoriales")),
                "Permettre aux communes rurales d’adhérer à un groupement d’employeurs.", null);
        BookModel sample = session34();
        List<BookChapter> chapters = new java.util.ArrayList<>(sample.chapters());
        chapters.set(1, new BookChapter(2, "Coopérer autrement : de nouveaux espaces de coopération",
                List.of("Les auditeurs de la 34e session"),
                "Les auditeurs ont rencontré un groupement d’employeurs.\n\n::practice[12]\n\n"
                        + "Ils en tirent une recommandation, comme le dit ::recommendation[9] dans la phrase.\n\n"
                        + "::recommandation[4]\n",
                List.of(), List.of(practice, recommendation)));
        return new BookModel(sample.title(), sample.subtitle(), sample.series(), sample.coordinators(), sample.coPublishers(),
                sample.year(), sample.language(), sample.summary(), sample.keywords(), sample.licence(), sample.isbns(),
                sample.doi(), sample.legalDeposit(), sample.cover(), chapters);
    }

    /** The illustrated book as its English edition: the same parts, every label in English. */
    static BookModel inEnglish() {
        BookModel french = illustrated();
        List<BookChapter> chapters = List.of(
                new BookChapter(1, "What we saw in Bavaria", List.of("Anne Martin", "Bruno Petit"),
                        french.chapters().get(0).markdown(), french.chapters().get(0).figures()),
                new BookChapter(2, "What we take from it", List.of("Chloé Durand"), "Two ways to work together[^1].\n\n"
                        + "[^1]: As the second journey showed.", List.of()),
                new BookChapter(3, "Recommendations", List.of(), "One page is enough here.", List.of()));
        return new BookModel("Cooperating for employment", "A test book with notes, tables and figures", "National sessions",
                french.coordinators(), french.coPublishers(), french.year(), Locale.ENGLISH, "A book that exercises every part of the renderer.",
                List.of("test", "cooperation"), Licence.CC_BY_SA, french.isbns(), "10.5555/cohorte.test", null, french.cover(), chapters);
    }

    private static String longChapter(boolean withFigure) {
        StringBuilder markdown = new StringBuilder();
        for (int section = 1; section <= 2; section++) {
            markdown.append("## Étape ").append(section).append("\n\n");
            for (int paragraph = 1; paragraph <= 4; paragraph++) {
                markdown.append("Les auditeurs ont rencontré des élus, des syndicalistes et des chefs d’entreprise ; "
                        + "chacun a quitté son cadre de pensée habituel pour travailler avec des personnes qu’il "
                        + "n’aurait jamais croisées autrement. L’apprentissage « dual » a retenu leur attention");
                markdown.append("[^s").append(section).append('p').append(paragraph).append("]. ");
                markdown.append("Les *groupements d’employeurs* et les **coopératives** en sont d’autres exemples.\n\n");
            }
            if (section == 2) {
                markdown.append("### Chiffres clés\n\n| Territoire | Emplois | Taux de chômage |\n|:---|---:|---:|\n"
                        + "| Bavière | 7,6 M | 3,2 % |\n| Île-de-France | 6,3 M | 7,1 % |\n| Silicon Valley | 1,7 M | 2,5 % |\n\n");
            }
            if (withFigure && section == 1) {
                markdown.append("![](carte-baviere)\n\n");
            }
            for (int paragraph = 1; paragraph <= 4; paragraph++) {
                markdown.append("[^s").append(section).append('p').append(paragraph)
                        .append("]: Entretien du ").append(paragraph).append(" mars, voir *Rapport* p. ").append(section * 10).append(".\n");
            }
            markdown.append('\n');
        }
        return markdown.toString();
    }

    static BookImage png(int width, int height, Color colour) {
        return image(width, height, colour, "png");
    }

    /** A disc of that colour on white, as a PNG or JPEG ({@code format} as ImageIO names it). */
    static BookImage image(int width, int height, Color colour, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(colour);
        graphics.fillOval(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BookImage(bytes.toByteArray(), "image/" + format);
    }
}
